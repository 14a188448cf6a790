"""Other names of one entity that the text uses side by side, for merging: a short form in brackets, a country's
other names, a compass word's initial, a park's own name, a party's nickname, a web address, a clipped first word,
an institution's head word."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from worker.entities.gazetteer import INSTITUTION_HEADS
from worker.entities.institutions import SKIP
from worker.entities.labels import PLACE_LABELS
from worker.entities.merge import PROTECTED_AREAS, Mention
from worker.entities.names import name_key

_DATELINE_CHARS: Final[int] = 40
_SAME_COUNTRY: Final[tuple[frozenset[str], ...]] = (
    frozenset({"us", "usa", "america", "united states", "united states of america"}),
    frozenset({"uk", "britain", "great britain", "united kingdom"}),
    frozenset({"dc", "washington, dc", "washington dc", "district of columbia"}),
)
"""Name keys that name one country, or the US capital (a place's other names that news text mixes freely)."""
_SAME_ORGANISATION: Final[tuple[frozenset[str], ...]] = (
    frozenset({"gop", "grand old party", "republican party"}),
    frozenset({"tories", "tory party", "conservative party"}),
)
"""Name keys of one party: a nickname and the name it stands for (no initials or clipping relates them)."""
_OFFICE_WORDS: Final[frozenset[str]] = frozenset({"department", "ministry", "office"})
"""Heads of a government body named either way round: "Justice Department" / "Department of Justice"."""
_WEB_SUFFIX = re.compile(r"\.(?:com|net|org|co\.uk|com\.au|in)$", re.IGNORECASE)
"""A web address's ending on a company's name ("Amazon.com")."""
_ALIAS_AFTER = re.compile(r" \(([A-Z]{2,6}|[A-Z][a-z]{3,9})\)( ?[-—–])?")
"""Initials ("(LHR)") or a syllable acronym ("(Comelec)", "(Ofgem)") in brackets after a name."""


def _abbreviates(short: str, name: str) -> bool:
    """Whether a capitalised short form's letters run through the name in order from its first letter ("Comelec" in
    "Commission on Elections", "Ofgem" in "Office of Gas and Electricity Markets"): a syllable acronym, not a party
    or an outlet in brackets after a person ("Jane Doe (Labor)")."""
    letters = iter(name.casefold())
    return short[:1].casefold() == name[:1].casefold() and all(c in letters for c in short.casefold())


def bracket_aliases(mentions: Iterable[Mention], body: str) -> dict[str, str]:
    """Short names the text gives a name in brackets right after it: "London Heathrow (LHR)", "Showa Denko K.K.
    (SDK)", an organisation's syllable acronym ("Commission on Elections (Comelec)"): name key of the short form →
    name key of the name, for merging (initials need not match).

    Not a dateline's source ("AUSTIN (KXAN) —" near the start of a line): it names who reports, not an alias.
    """
    aliases: dict[str, str] = {}
    for m in mentions:
        if m.offset is None or (" " not in m.text and m.text.isupper()):
            continue
        match = _ALIAS_AFTER.match(body, m.offset + len(m.text))
        if match is None or (match.group(2) and m.offset - (body.rfind("\n", 0, m.offset) + 1) < _DATELINE_CHARS):
            continue  # the source of a dateline at the start of a line
        if not match.group(1).isupper() and (m.label != "ORG" or not _abbreviates(match.group(1), m.text)):
            continue
        if name_key(match.group(1)) != name_key(m.text):
            aliases.setdefault(name_key(match.group(1)), name_key(m.text))
    return aliases


def country_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """Other names of one country used side by side ("US", "U.S.", "America" and "United States"; "UK" and
    "Britain"): name key of each → name key of the fullest one the text uses (most words, then longest), for
    merging. Only names some mention calls a place count."""
    return _to_fullest(_SAME_COUNTRY, {name_key(m.text) for m in mentions if m.label in PLACE_LABELS})


_COMPASS: Final[dict[str, str]] = {"n": "north", "s": "south", "e": "east", "w": "west"}


def compass_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """A place's compass word cut to its initial, as headlines write it ("N. Korea", "S. Africa"), where the text
    also writes the full name ("North Korea"): name key of the short form → of the full one, for merging."""
    used = {name_key(m.text) for m in mentions}
    aliases = {}
    for key in used:
        first, _, rest = key.partition(" ")
        if rest and first in _COMPASS and f"{_COMPASS[first]} {rest}" in used:
            aliases[key] = f"{_COMPASS[first]} {rest}"
    return aliases


def park_aliases(mentions: Iterable[Mention], places: frozenset[str]) -> dict[str, str]:
    """A protected area's own name alone ("Kuno" for "Kuno National Park", "Yellowstone"), where the text writes the
    area's full name and the short one is no known place (``places``): name key of the short form → of the full one,
    for merging."""
    used = {name_key(m.text) for m in mentions}
    aliases = {}
    for key in used:
        words = key.split(" ")
        if len(words) > 2 and (words[-2], words[-1]) in PROTECTED_AREAS:
            short = " ".join(words[:-2])
            if short in used and short not in places:
                aliases[short] = key
    return aliases


def _to_fullest(groups: Iterable[frozenset[str]], used: set[str]) -> dict[str, str]:
    """For each group of other names of one thing: every name of it in ``used`` → the fullest one there (most words,
    then longest)."""
    aliases: dict[str, str] = {}
    for group in groups:
        present = sorted(group & used, key=lambda k: (len(k.split(" ")), len(k)), reverse=True)
        for key in present[1:]:
            aliases[key] = present[0]
    return aliases


def organisation_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """One organisation under two names the text uses side by side: a party's nickname and its name ("GOP",
    "Republican Party"), a body named either way round ("Defense Department", "Department of Defense"): name key of
    the other → name key of the fullest (most words), for merging. Only names some mention calls an organisation."""
    used = {name_key(m.text) for m in mentions if m.label == "ORG"}
    aliases = _to_fullest(_SAME_ORGANISATION, used)
    for key in used:
        words = key.split(" ")
        if len(words) >= 3 and words[0] in _OFFICE_WORDS and words[1] == "of":
            turned = f"{' '.join(words[2:])} {words[0]}"  # "department of justice" → "justice department"
            if turned in used:
                aliases[turned] = key
    return aliases


def domain_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """A company named by its web address ("Amazon.com") → its plain name, when the text also uses that ("Amazon"):
    name key → name key, for merging."""
    aliases: dict[str, str] = {}
    for m in mentions:
        plain = _WEB_SUFFIX.sub("", m.text)
        if plain != m.text and plain:
            aliases[name_key(m.text)] = name_key(plain)
    return aliases


_MIN_CLIPPED = 3


def clipped_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """An organisation called by the clipped first word of its full name, when the text names both ("Fed" of
    "Federal Reserve"): name key → name key, for merging. The short form is one word of at least three letters that
    begins the full name's first word and is shorter than it; a unique full name only, and not one the text also
    calls by its initials ("Fed" beside "Federal Open Market Committee" and "FOMC" is not the committee: the text's
    short name for that is "FOMC")."""
    mentions = list(mentions)
    orgs = {name_key(m.text) for m in mentions if m.label == "ORG"}
    keys = {name_key(m.text) for m in mentions}
    aliases: dict[str, str] = {}
    for short in (k for k in orgs if " " not in k and len(k) >= _MIN_CLIPPED):
        longer = [
            k
            for k in orgs
            if " " in k
            and k.split(" ", 1)[0].startswith(short)
            and k.split(" ", 1)[0] != short
            and not _called_by_initials(k, short, keys)
        ]
        if len(longer) == 1:
            aliases[short] = longer[0]
    return aliases


def _called_by_initials(name: str, short: str, keys: set[str]) -> bool:
    """Whether the text also names ``name`` (a name key) by its initials, other than ``short`` ("fomc")."""
    initials = "".join(t[0] for t in name.split(" ") if t not in SKIP)
    return len(initials) >= 2 and initials != short and initials in keys


_HEAD_ALIASES: Final[frozenset[str]] = INSTITUTION_HEADS | {"bank", "fed", "board", "union", "assembly", "senate"}


def head_aliases(mentions: Iterable[Mention]) -> dict[str, str]:
    """An institution called by its head word alone, when the text names it in full ("the Bank" of "Bank of
    England", "the Committee" of "Monetary Policy Committee", "the University" of "University of Dundee"): name key
    → name key, for merging. The one word must be an institution's head (``INSTITUTION_HEADS``, "Bank") and the
    head of exactly one organisation of the text: its first word before "of", or its last word."""
    keys = {name_key(m.text) for m in mentions}
    orgs = [name_key(m.text) for m in mentions if m.label == "ORG" and " " in m.text]
    aliases: dict[str, str] = {}
    for short in (k for k in keys if " " not in k and k in _HEAD_ALIASES):
        longer = {k for k in orgs if k.startswith(f"{short} of ") or k.endswith(f" {short}")}
        if len(longer) == 1:
            aliases[short] = longer.pop()
    return aliases


__all__ = [
    "bracket_aliases",
    "clipped_aliases",
    "compass_aliases",
    "country_aliases",
    "domain_aliases",
    "head_aliases",
    "organisation_aliases",
    "park_aliases",
]
