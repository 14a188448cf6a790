"""People the recognizer left untagged whom the text introduces with a title: "Home Minister Sushilkumar Shinde has
ordered an inquiry", "Chief executive RJ Scaringe told employees"."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from worker.entities.gazetteer import ORG_SUFFIXES
from worker.entities.institutions import SENTENCE_OPENERS
from worker.entities.mentions import Span, hits_outside
from worker.entities.merge import Mention
from worker.entities.names import NAME_PARTICLES, TitleRuns, is_plain_word, name_key

_WORD = r"[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:['’-](?!s(?![A-Za-z]))[A-Za-z]+)*"
"""A capitalised name word: "Shinde", "O'Brien", "McClain", "Okonjo-Iweala", "Wetang'ula"; not an owner's "Biden's"."""
_NAME_AFTER_TITLE: Final[re.Pattern[str]] = re.compile(
    rf"(?:{_WORD}|[A-Z]{{2}}|[A-Z]\.(?:[A-Z]\.)?)(?: (?:{_WORD}|[A-Z]\.)){{1,3}}(?![\w'’-])(?! [A-Z\d])"
)
"""Two to four capitalised words, the first maybe initials ("RJ", "R.J."), ending where the capitals do: a name a
title introduces ("Minister Sushilkumar Shinde has", "Fed President Charles Plosser,", "Speaker Moses Wetang'ula").
Not a run going on into more capitals or digits, an owner ("President Joe Biden's") or a quote ("Pathway’")."""
_REGNAL_NAME: Final[re.Pattern[str]] = re.compile(rf"{_WORD} (?:[IVX]{{1,4}})(?![\w'’-])")
"""A name and its regnal number after a title: "King Abdullah II", "Pope Leo XIV", "King Felipe VI"."""


def titled_people(
    body: str,
    runs: TitleRuns,
    found: Sequence[tuple[Span, Mention]],
    places: frozenset[str],
    lower: frozenset[str] | set[str],
    *,
    given: frozenset[str] = frozenset(),
) -> list[tuple[Span, Mention]]:
    """PERSON mentions (source "title") of each whole-word occurrence, outside ``found``'s spans, of the names a
    title or honorific introduces (``runs``, from ``names.title_runs``) that the model tagged nowhere; a given name
    (``given``) the model tagged alone as the name's first word ("Barack" of "President Barack Obama") does not stand
    in its way (the caller drops it as superseded). Not a known
    place (``places``), a run holding a title, determiner or function word ("Chief Executive Officer", "Minister
    The"), opening with a common sentence opener, ending in an organisation's suffix ("Minister Tech Corp"), holding a
    word the text writes in lower case (``lower``) or going on with a name particle ("Joost van Dijk")."""
    known = {name_key(mention.text) for _, mention in found}
    names = set()
    for _, rest in runs:
        match = _NAME_AFTER_TITLE.match(rest) or _REGNAL_NAME.match(rest)
        if match is None:
            continue
        name = match.group()
        after = rest[match.end() :].split(" ", 2)
        if len(after) > 1 and after[1] in NAME_PARTICLES:
            continue  # "Chief Executive Joost van Dijk": the name goes on past its capitals
        key = name_key(name)
        words = key.split(" ")
        if not key or key in known or key in places or words[0] in SENTENCE_OPENERS or words[-1] in ORG_SUFFIXES:
            continue
        if any(is_plain_word(word) for word in name.split(" ")) or any(word in lower for word in words):
            continue  # "Chief Executive Officer", "President The Company"
        names.add(name)
    firsts = {key.split(" ")[0] for key in map(name_key, names)} & given
    blocking = [  # not "Barack" tagged alone inside "President Barack Obama": the title's whole name replaces it
        (span, mention)
        for span, mention in found
        if not (mention.label == "PERSON" and " " not in mention.text and name_key(mention.text) in firsts)
    ]
    return hits_outside(names, body, blocking, "PERSON", "title")


__all__ = ["titled_people"]
