"""Entity kinds from a name's form or the words before it: a natural place, a person, a team, a brand or a company
by its form (``kinds_by_form``); a person by an honorific, an office, a company head's title or a kinship word
(``honorific_persons``)."""

from __future__ import annotations

import re
from typing import Final

from worker.entities.gazetteer import (
    GEO_FIRSTS,
    GEO_HEADS,
    LEGAL_FORMS_ABROAD,
    LEGAL_SUFFIXES,
    ORG_WORDS,
    STATE_ABBREVIATIONS,
)
from worker.entities.joins import team_plural
from worker.entities.labels import PLACE_LABELS
from worker.entities.mentions import RawEntity
from worker.entities.merge import PLACE_WORDS
from worker.entities.names import HONORIFICS, is_plain_word, name_key

_HONORIFICS = rf"(?:{'|'.join(sorted((h.capitalize() for h in HONORIFICS), key=len, reverse=True))})\.?"
_HONORIFIC_OPENS = re.compile(rf"{_HONORIFICS} [A-Z]")
_HONORIFIC_BEFORE = re.compile(rf"\b{_HONORIFICS} $")
_OFFICES = (
    r"President|Senator|Sen\.|Governor|Gov\.|Mayor|Rep\.|Congressman|Congresswoman|Judge|Pope|"
    r"Chancellor|Prime Minister|Secretary"
)
"""Offices written as a title before a name ("President Obama"): only people are called so."""
HEAD_TITLES = r"co-?founder|founder|chief executive|ceo|cfo|chairman|chairwoman"
"""A company head's titles: after the company's name ("Toyota's chief executive"), before the head's."""
_EXECUTIVE_BEFORE = re.compile(rf"(?<![\w-])(?:COO|(?i:{HEAD_TITLES})) $")
"""A company head's title right before a name ("Moderna's CEO Stephane Bancel")."""
_OFFICE_BEFORE = re.compile(rf"(?<![\w-])(?:{_OFFICES}) $")
"""An office capitalised as a title right before a name ("President Obama", "Sen. Warren")."""
_KIN = (
    r"daughters?|sons?|wife|husband|mother|father|brothers?|sisters?|children|kids|twins|granddaughters?|"
    r"grandsons?|nephews?|nieces?|fiancée?|girlfriend|boyfriend|widow|widower|stepdaughter|stepson"
)
_KIN_BEFORE = re.compile(
    rf"(?<![\w'’-])(?i:{_KIN})(?:,\s*|\s+)(?:[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?(?:,\s*|\s+and\s+|\s*&\s*))*$"
)
"""A kinship word right before a name, or before the names listed with it ("their two daughters, Esmeralda and
Amada", "his wife Jane"): only people are so related."""
_KIN_REACH = 60
_EXECUTIVE_REACH = 20


def honorific_persons(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Label PERSON a name that a personal honorific opens or stands right before ("Mrs H Pyke", "Dr. Ann Lee"), or
    a company's head's title right before it ("Moderna's CEO Stephane Bancel", "chief executive Ana Ruiz"; two or
    three capitalised words, none an organisation's), or an office's ("President Obama", one to three such words),
    or a kinship word ("their daughters, Esmeralda and Amada"), whatever spaCy called it: only people are so called
    or related."""
    result: list[RawEntity] = []
    for name, label, start in ents:
        named = label in ("ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT") and _honoured(name, text, start)
        result.append((name, "PERSON" if named else label, start))
    return result


def _honoured(name: str, text: str, start: int) -> bool:
    """Whether a personal honorific, a company head's title or an office's, or a kinship word introduces ``name``
    (at ``start`` in ``text``; see ``honorific_persons``): asked only of the labels it would change."""
    honoured = bool(_HONORIFIC_OPENS.match(name) or _HONORIFIC_BEFORE.search(text, max(start - 6, 0), start))
    if not honoured and _EXECUTIVE_BEFORE.search(text, max(start - _EXECUTIVE_REACH, 0), start):
        honoured = _personal_name(name, fewest=2)
    if not honoured and (  # "President Obama" (a surname alone too), "their two daughters, Esmeralda and Amada"
        _OFFICE_BEFORE.search(text, max(start - _EXECUTIVE_REACH, 0), start)
        or _KIN_BEFORE.search(text, max(start - _KIN_REACH, 0), start)
    ):
        honoured = _personal_name(name)
    return honoured


_TOWN_BEFORE = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*, $")
"""A capitalised word and a comma right before a name: "Kingston, " of "Kingston, Ont."."""
_ABBREVIATION_AFTER = re.compile(r", ([A-Z][A-Za-z.]{1,5})(?![\w'’-])")
"""A comma and an abbreviation right after a name: ", Ont." of "Kingston, Ont."."""


def stated_places(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Label GPE a town written before a state or province abbreviation and a comma ("Red Deer, Alta.", "Kirkfield,
    Ont.": a person or an organisation to the small model), and drop the abbreviation after it when spaCy did not
    call it a place ("Ont" a person, "N.S." an organisation): the news agencies' style qualifies a town so, and the
    qualifier is no subject of the story (one the model calls a place still counts, as its state)."""
    result: list[RawEntity] = []
    for name, label, start in ents:
        if label not in PLACE_LABELS and name_key(name) in STATE_ABBREVIATIONS:
            if not _TOWN_BEFORE.search(text, max(start - 30, 0), start):
                result.append((name, label, start))
            continue
        town = label in ("PERSON", "ORG", "NORP", "FAC") and _stated(name, text, start) and _personal_name(name)
        result.append((name, "GPE" if town else label, start))
    return result


_DIVISION_WORDS = ("Parish", "County", "Township", "Borough", "Oblast", "Prefecture", "Governorate")
_DIVISION = re.compile(
    r"(?<![\w'’.-])(?P<name>(?:St\. |Saint )?[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) "
    rf"(?P<kind>{'|'.join(_DIVISION_WORDS)})(?![\w'’-]| [A-Z])"
)
"""A named administrative division: "Lafayette Parish", "St. Landry Parish", "Cascade County" (not "St. Mary's
Parish", nor "Jefferson County Sheriff's Office", an office's)."""
_CHURCH = re.compile(
    r"\b(?:[Cc]hurch|[Dd]iocesan|[Dd]iocese|[Pp]arishioners?|Catholic|[Pp]riests?|[Pp]astor|[Cc]ongregation|[Bb]ishop|"
    r"[Cc]hapel|[Ee]ucharist\w*|Rev\.)"
)
"""Words of a text whose parishes are a church's ("Holy Family Parish", "St. Bernadette Parish"), not Louisiana's."""


def division_places(ents: list[RawEntity], text: str, context: str) -> list[RawEntity]:
    """Give a named administrative division ("Lafayette Parish", "Orleans Parish") its whole name as a place,
    replacing what the small model made of it: nothing, "Parish" a nationality, "Jefferson Parish" a person. A
    capitalised opener before the name ("In", "After") is left out; so is a parish when the whole ``context`` (the
    body) speaks of a church."""
    if not any(word in text for word in _DIVISION_WORDS):
        return ents
    places: list[tuple[int, int]] = []
    church: bool | None = None
    for found in _DIVISION.finditer(text):
        if found.group("kind") == "Parish":
            church = _CHURCH.search(context) is not None if church is None else church
            if church:
                continue
        start, words = found.start(), found.group("name").split(" ")
        while len(words) > 1 and is_plain_word(words[0]):
            start += len(words.pop(0)) + 1
        if is_plain_word(words[0]) or any(name_key(word) in ORG_WORDS for word in words):
            continue
        places.append((start, found.end()))
    if not places:
        return ents
    kept = [e for e in ents if not any(e[2] < end and start < e[2] + len(e[0]) for start, end in places)]
    kept += [(text[start:end], "GPE", start) for start, end in places]
    return sorted(kept, key=lambda e: e[2])


def _stated(name: str, text: str, start: int) -> bool:
    """Whether a comma and a state or province abbreviation follow ``name`` (at ``start`` in ``text``)."""
    after = _ABBREVIATION_AFTER.match(text, start + len(name))
    return after is not None and name_key(after.group(1)) in STATE_ABBREVIATIONS


def _personal_name(name: str, *, fewest: int = 1) -> bool:
    """``fewest`` to three capitalised words, none an organisation's: a name a title or kinship word may introduce."""
    words = name.split(" ")
    return fewest <= len(words) <= 3 and all(w[:1].isupper() and w.casefold() not in ORG_WORDS for w in words)


_OTHER_KINDS: Final[frozenset[str]] = frozenset({"FAC", "WORK_OF_ART", "NORP"})
"""spaCy kinds wireroom drops that the small model also gives natural places and people ("the Great Lakes" FAC,
"Brigitta Stodden" WORK_OF_ART)."""
_LEADING_THE = re.compile(r"^[Tt]he ")


def kinds_by_form(
    ents: list[RawEntity],
    given: frozenset[str],
    lower: frozenset[str] | set[str],
    places: frozenset[str] = frozenset(),
    *,
    nations: frozenset[str] = frozenset(),
    located: frozenset[str] = frozenset(),
) -> list[RawEntity]:
    """spaCy's facilities, works and groups (``_OTHER_KINDS``, dropped kinds) whose form says what they are: a
    natural place's name (several capitalised words ending in a word of ``GEO_HEADS`` or opening with one of
    ``GEO_FIRSTS``, not with a given name: "the Great Lakes", "Lake Kivu") is a LOC; a given name and a surname (two
    plain capitalised words, the first in ``given``, the second neither a given name, an organisation's word nor a
    word the text writes in lower case (``lower``) nor a place's kind: "Brigitta Stodden"; not "Lincoln Center",
    "Chandler Mountain", "Victoria Park") is a PERSON; a facility of a known place and a team's plural ("the Miami
    Dolphins") is an ORG. A "person" with a word written as a brand ("SpaceX", "YouTube")
    or ending in a company's legal form ("Kestrel Pay BV") is an ORG. A lone country's name (``nations``) is a GPE,
    whatever the model called it in its window, when it is no given name or the text puts something in it
    (``located``, ``cues.located_names``: "troops fighting in Mali"; "Jordan" alone may be Paul Jordan); so is a
    known place the model called a group (NORP) where the text locates something in it ("In Punjab, farmers").
    Other entities pass unchanged."""
    return [
        (
            name,
            "GPE"
            if _lone_nation(name, label, given, nations, located) or _located_group(name, label, places, located)
            else _kind_by_form(name, label, given, lower, places),
            start,
        )
        for name, label, start in ents
    ]


def _located_group(name: str, label: str, places: frozenset[str], located: frozenset[str]) -> bool:
    """A "group" (NORP) that is a known place the text puts something in: "In Punjab, farmers ...", which the
    small model reads as a people's name."""
    key = name_key(name)
    return label == "NORP" and key in located and key in places


def _lone_nation(
    name: str, label: str, given: frozenset[str], nations: frozenset[str], located: frozenset[str]
) -> bool:
    """A one-word "person" that is a country's name, and no given name or a name the text locates something in."""
    if label != "PERSON" or " " in name:
        return False
    key = name_key(name)
    return key in nations and (key not in given or key in located)


_BRAND_WORD = re.compile(r"(?!(?:Mac|Fitz|Van|Von|Della)[A-Z])[A-Z][a-z]{2,}[A-Z][\w-]*|[A-Z][\w-]*[a-z][A-Z]")
"""A word written as a brand, with a capital inside it after two lower-case letters or at its end: "SpaceX",
"YouTube", "PayPal", "OpenAI", "BlackRock". A person's name takes a capital inside only after a short particle:
"McDonald", "MacArthur", "DeSantis", "LeBron", "DiCaprio", "FitzGerald"."""


def _legal_form(word: str) -> bool:
    """A company's legal form as it ends the company's name ("Kestrel Pay BV", "Acme Holdings Ltd.", "Enel SpA",
    "N.V."): one of ``LEGAL_SUFFIXES`` or of ``LEGAL_FORMS_ABROAD``, not a short one written as a name is ("Ana Sa",
    "Jorge Sas"). No person's name ends so."""
    key = word.replace(".", "").casefold()
    return key in LEGAL_SUFFIXES or (key in LEGAL_FORMS_ABROAD and not (word.istitle() and len(key) <= 3))


def _kind_by_form(
    name: str, label: str, given: frozenset[str], lower: frozenset[str] | set[str], places: frozenset[str]
) -> str:
    """LOC or PERSON for a dropped kind's name of that form (``kinds_by_form``), ORG for a "person" with a word
    written as a brand (``_BRAND_WORD``) or ending in a company's legal form (``_legal_form``), PERSON for a
    "place" of a person's form that is no known place (``places``: "Sal Restrepo", "Jordan Weeks"), ORG for a
    school's "<X> State" (``_state_school``), else ``label``."""
    words = name.split(" ")
    if label == "PERSON" and (
        any(_BRAND_WORD.fullmatch(word) for word in words) or (len(words) > 1 and _legal_form(words[-1]))
    ):
        return "ORG"
    if _state_school(words, label, places):
        return "ORG"
    if label == "PERSON" and len(words) == 1 and _ACRONYM_PAIR.fullmatch(name):
        return "ORG"  # "SAG-AFTRA", "AFL-CIO": two acronyms joined, a union's or a body's name
    if label in PLACE_LABELS and places and name_key(name) not in places:
        first, _, last = name_key(_LEADING_THE.sub("", name)).partition(" ")
        placelike = first in _PLACE_FIRSTS or last in _PLACE_LASTS
        return "PERSON" if _person_form(name, given, lower) and not placelike else label
    if label not in _OTHER_KINDS:
        return label
    words = _LEADING_THE.sub("", name).split(" ")
    keys = [w.casefold() for w in words]
    team = label == "FAC" and len(words) > 1 and keys[-1] not in lower and team_plural(words[-1])
    if team and name_key(" ".join(words[:-1])) in places:
        return "ORG"  # "the Miami Dolphins", which the model calls a facility: a place and a team's plural
    capitalised = all(w[:1].isupper() or w == "of" for w in words)
    if len(words) > 1 and capitalised and keys[0] not in given and (keys[-1] in GEO_HEADS or keys[0] in GEO_FIRSTS):
        return "LOC"
    return "PERSON" if _person_form(name, given, lower) else label


_ACRONYM_PAIR = re.compile(r"[A-Z]{2,}(?:-[A-Z]{2,})+")


def _state_school(words: list[str], label: str, places: frozenset[str]) -> bool:
    """A "person" or "place" named "<X> State" where neither it nor X is a known place (``places``): a university or
    its teams ("Ferris State", "Grand Valley State"); "Kogi State", "Boise State" are left to the model."""
    if len(words) < 2 or words[-1] != "State" or not places or label not in ("PERSON", *PLACE_LABELS):
        return False
    return name_key(" ".join(words)) not in places and name_key(" ".join(words[:-1])) not in places


_PLACE_FIRSTS: Final[frozenset[str]] = frozenset(
    {"monte", "bay", "river", "port", "fort", "san", "santa", "saint", "st", "cape", "glen", "mount", "lake", "north",
     "south", "east", "west", "upper", "lower", "new", "old", "great", "little", "costa", "villa", "isla", "rio"}
)  # fmt: skip
_PLACE_LASTS: Final[frozenset[str]] = frozenset(
    {"region", "province", "district", "ridge", "creek", "harbour", "harbor", "point", "grove", "village", "town",
     "ville", "borough", "shire"}
)  # fmt: skip
"""Words that open or end places named like people ("Monte Albán", "Bay Ridge", "Ashanti Region"): such a "place"
no gazetteer knows stays a place."""


def _person_form(name: str, given: frozenset[str], lower: frozenset[str] | set[str]) -> bool:
    """A given name and a surname: two plain capitalised words, the first in ``given``, the second neither a given
    name, an organisation's word, a word the text writes in lower case (``lower``) nor a place's kind."""
    words = _LEADING_THE.sub("", name).split(" ")
    keys = [w.casefold() for w in words]
    return (
        len(words) == 2
        and all(w.isalpha() and w.istitle() for w in words)
        and keys[0] in given
        and keys[1] not in given
        and keys[1] not in lower
        and keys[1] not in ORG_WORDS
        and keys[1] not in PLACE_WORDS
    )


__all__ = ["HEAD_TITLES", "division_places", "honorific_persons", "kinds_by_form", "stated_places"]
