"""People the story quotes: a person named next to a verb of saying ("Ortega said", "said Lena Park", "Park, the
council's treasurer, told reporters", "according to Park") is a source the story is built on."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_SAYING: Final[str] = (
    r"(?:said|says|told|added|explained|wrote|writes|noted|argued|asked|tweeted|recalled|according to)"
)
_AFTER_NAME: Final[str] = r"(?:,[^,\n]{0,60},)?\s+" + _SAYING + r"(?!\w)"
"""After the name: the verb, or an apposition between commas and then the verb ("Park, the treasurer, said")."""
_BEFORE_NAME: Final[str] = r"(?<!\w)" + _SAYING + r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}"
"""Before the name: the verb and up to three capitalised words ("said Mayor Lena Park", "according to Park")."""


def quoted_people(people: Iterable[str], body: str) -> frozenset[str]:
    """The names of ``people`` that ``body`` quotes: whose last word (the surname a story quotes them by) stands
    right before or after a verb of saying. On the development halves, of the people met once or twice, 0.97 of
    those quoted and ranked in the first 12 were labelled against 0.73 of the others."""
    quoted = set()
    for name in people:
        words = name.split()
        if not words:
            continue
        last = re.escape(words[-1])
        if re.search(rf"(?<![\w-]){last}{_AFTER_NAME}", body) or re.search(rf"{_BEFORE_NAME}{last}(?![\w-])", body):
            quoted.add(name)
    return frozenset(quoted)


__all__ = ["quoted_people"]
