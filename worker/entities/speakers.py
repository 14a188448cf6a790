"""People the story quotes: a person named next to a verb of saying ("Ortega said", "said Lena Park", "Park, the
council's treasurer, told reporters", "according to Park") is a source the story is built on."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_SAYING: Final[str] = (
    r"(?:said|says|told|added|explained|wrote|writes|noted|argued|asked|tweeted|recalled|according to)"
)
_NAME_THEN_SAYING: Final[re.Pattern[str]] = re.compile(
    r"([A-Z](?<![\w-].)[\w'’-]*)(?:,[^,\n]{0,60},)?\s+" + _SAYING + r"(?!\w)"
)
"""A capitalised word, then the verb, or an apposition between commas and then the verb ("Park, the treasurer,
said"). The capital comes first, then the look-behind for the character before it (see ``cues._WHO_AFTER_NAME``)."""
_SAYING_THEN_NAME: Final[re.Pattern[str]] = re.compile(
    r"(?<!\w)" + _SAYING + r"\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)(?![\w-])"
)
"""The verb, then up to four capitalised words ("said Mayor Lena Park", "according to Park")."""


def quoted_people(people: Iterable[str], body: str) -> frozenset[str]:
    """The names of ``people`` that ``body`` quotes: whose last word (the surname a story quotes them by) stands
    right before a verb of saying or among the capitalised words right after one. On the development halves, of the
    people met once or twice, 0.97 of those quoted and ranked in the first 12 were labelled against 0.73 of the
    others. One pass over the body for all names."""
    words = {match.group(1) for match in _NAME_THEN_SAYING.finditer(body)}
    for match in _SAYING_THEN_NAME.finditer(body):
        words.update(word.rstrip(".") for word in match.group(1).split())  # "Ortega. The": a sentence ends
    return frozenset(name for name in people if name.split() and name.split()[-1] in words)


__all__ = ["quoted_people"]
