"""Join the parts of a name spaCy cut apart: a long name cut in two, at a particle, a Chinese name after an English
one, "Washington" and "D.C.", a place and its kind ("Edo State"), a place and a team's plural, an organisation and
its last word."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Final

from worker.entities.gazetteer import EVENT_HEADS, ORG_WORDS
from worker.entities.groups import people_of_a_place
from worker.entities.labels import PLACE_LABELS
from worker.entities.mentions import RawEntity, Span
from worker.entities.merge import Mention
from worker.entities.names import is_title, name_key

_DISTRICT = re.compile(r",? (D\.C\.|DC(?!\w))")
_PARTICLES: Final[frozenset[str]] = frozenset(
    {"von", "van", "der", "den", "ten", "ter", "zu", "de", "del", "della", "di", "da", "do", "dos", "du", "la", "le",
     "bin", "ibn", "al"}
)  # fmt: skip
"""Lower-case particles inside people's names ("von der Leyen", "ten Hag", "da Silva", "bin Salman")."""
_PARTICLE = rf"(?: (?:{'|'.join(sorted(_PARTICLES))}))"
_NEXT_WORD = re.compile(rf"{_PARTICLE}* ([A-ZÀ-ÖØ-Þ][\w'’-]*)")
"""The capitalised word ending a name after its particles ("Ursula von" + " der Leyen")."""
_PARTICLE_TAIL = re.compile(rf"{_PARTICLE}+ ([A-ZÀ-ÖØ-Þ][\w'’-]*)")
"""Particles and the capitalised word after them, going on from a whole name ("André Corrêa" + " do Lago")."""


MAX_JOINED_WORDS: Final[int] = 5


def join_adjacent_people(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join two PERSON spans that one space parts into one name: the model cuts long names of several given names or
    patronyms in two ("Dr Kalwinder" + "Singh Sandhu", "Mohd Faizal" + "Abdul Rahman"); two people are never written
    so, but with a comma, "and" or a line between them. At most ``MAX_JOINED_WORDS`` words together."""
    joined: list[RawEntity] = []
    for name, label, start in ents:
        if joined:
            last_name, last_label, last_start = joined[-1]
            end = last_start + len(last_name)
            if (
                label == "PERSON" == last_label
                and start == end + 1
                and text[end] == " "
                and last_name[-1:].isalpha()
                and name[:1].isupper()
                and not is_title(name.split(" ", 1)[0])
                and not is_title(last_name.rsplit(" ", 1)[-1])  # "Menteri Besar Datuk" + "Osman Sapian": title, name
                and len(last_name.split()) + len(name.split()) <= MAX_JOINED_WORDS
            ):
                joined[-1] = (f"{last_name} {name}", label, last_start)
                continue
        joined.append((name, label, start))
    return joined


def join_particles(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join a person's name that spaCy cut at a lower-case particle to the capitalised word after it, across any
    further particles ("Ursula von der" + "Leyen", "Ursula von" + "der Leyen" → "Ursula von der Leyen"; "André
    Corrêa" + "do Lago", "Prince Abdulaziz" + "bin Salman"; also "de", "van", "al"...), dropping what it tagged of
    the rest."""
    joined: list[RawEntity] = []
    skip_until = -1
    for name, label, start in ents:
        if start < skip_until:
            continue
        end = start + len(name)
        last = name.rsplit(" ", 1)[-1]
        match = None
        if label == "PERSON" and " " in name and last in _PARTICLES:
            match = _NEXT_WORD.match(text, end)
        elif label == "PERSON":
            match = _PARTICLE_TAIL.match(text, end)
        if match is not None:
            skip_until = match.end()
        joined.append((text[start : match.end()] if match is not None else name, label, start))
    return joined


_CHINESE_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")
"""A Cantonese or Taiwanese given name written with its hyphen ("Yuet-ngor", "Ka-chiu", "Ing-wen")."""


def join_chinese_names(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join a person's name to the person's Chinese name spaCy tagged right after it, as Hong Kong and Taiwan write
    a full name: English given name, surname, then the Chinese name ending in a hyphenated given name ("Carrie Lam"
    + "Cheng Yuet-ngor" → "Carrie Lam Cheng Yuet-ngor")."""
    joined: list[RawEntity] = []
    for name, label, start in ents:
        if joined and label == "PERSON" and joined[-1][1] == "PERSON" and _CHINESE_GIVEN.fullmatch(name.split()[-1]):
            before, _, at = joined[-1]
            if " " in name and text[at + len(before) : start] == " ":
                joined[-1] = (f"{before} {name}", label, at)
                continue
        joined.append((name, label, start))
    return joined


def join_district(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join "Washington" and the "D.C." right after it, which spaCy tags as two places, into one "Washington, D.C."
    (the city's name), dropping what it tagged of "D.C."."""
    joined: list[RawEntity] = []
    skip_at = -1
    for name, label, start in ents:
        if start == skip_at:
            continue
        match = _DISTRICT.match(text, start + len(name)) if name == "Washington" and label in PLACE_LABELS else None
        if match is not None:
            skip_at = match.start(1)
        joined.append((text[start : match.end()] if match is not None else name, label, start))
    return joined


_PLACE_KIND_AFTER = re.compile(r" (State|Province|Region|County|District|Governorate|Prefecture)(?![\w'’-]| [A-Z])")


def with_place_kind(
    found: Sequence[tuple[Span, Mention]], text: str, countries: frozenset[str]
) -> list[tuple[Span, Mention]]:
    """Place mentions, found without the capitalised kind right after them ("Edo" of "Edo State", "Western" of
    "Western Province"), given their whole name, as the labelling rule wants the fullest form. Not "State" after a
    country or US state ("Ohio State", "Washington State": a university, or the state's own name)."""
    extended = []
    for (start, end), mention in found:
        after = _PLACE_KIND_AFTER.match(text, end) if mention.label in PLACE_LABELS else None
        if after is not None and not (after.group(1) == "State" and name_key(mention.text) in countries):
            whole = replace(mention, text=text[start : after.end()])
            extended.append(((start, after.end()), whole))
        else:
            extended.append(((start, end), mention))
    return extended


_TEAM_WORD = r"[A-Z][a-z]+[a-rt-z]s"
_TEAM_PLURAL = re.compile(rf" ({_TEAM_WORD})(?![\w-]| [A-Z])")
"""A capitalised plural right after a place, ending a name: the "Eagles" of "the Philadelphia Eagles"."""
_NO_TEAM_PLURALS: Final[frozenset[str]] = frozenset(
    {"games", "talks", "accords", "protests", "primaries", "floods", "riots", "markets", "paralympics", "hearings",
     "trials", "rallies", "airports", "islands", "mountains", "hills", "heights", "falls", "springs", "gardens",
     "docks", "highlands", "lowlands", "plains", "woods", "fields", "lakes", "keys", "rapids", "towers"}
)  # fmt: skip
"""Plurals after a place that name an event, a set of talks or a place, not a team ("Paris Olympics", "Geneva
talks", "Colorado Springs", "Cayman Islands")."""


def team_plural(word: str) -> bool:
    """A team's plural ending its name ("Dolphins"), not an organisation's, an event's or a place's word."""
    return re.fullmatch(_TEAM_WORD, word) is not None and word.casefold() not in (
        ORG_WORDS | EVENT_HEADS | _NO_TEAM_PLURALS
    )


def join_team_names(ents: list[RawEntity], text: str, places: AbstractSet[str] = frozenset()) -> list[RawEntity]:
    """A place the model tagged alone, right before a capitalised plural ending the name, and that plural: one
    team, an ORG ("the Philadelphia Eagles 31-24" tagged "Philadelphia" GPE; a firm named so is an ORG too). Not
    an organisation's word (``gazetteer.ORG_WORDS``), an event (``gazetteer.EVENT_HEADS``: "Tokyo Olympics"), nor a
    plural of talks or places (``_NO_TEAM_PLURALS``: "Colorado Springs"). A whole such name the model tagged a
    place or a building ("Miami Dolphins" GPE) is the team too, when its words before the plural are a known place
    (``places``, name keys) and the plural is neither a place ("West Texas") nor its people ("South Africans")."""
    joined: list[RawEntity] = []
    for name, label, start in ents:
        after = _TEAM_PLURAL.match(text, start + len(name)) if label in ("GPE", "LOC") else None
        if after is not None and team_plural(after.group(1)):
            joined.append((text[start : after.end()], "ORG", start))
            continue
        home, _, last = name.rpartition(" ")
        if label in ("GPE", "LOC", "FAC") and home and team_plural(last) and _home_and_team(home, last, places):
            joined.append((name, "ORG", start))
            continue
        joined.append((name, label, start))
    return joined


def _home_and_team(home: str, plural: str, places: AbstractSet[str]) -> bool:
    """Whether ``home`` is a known place and ``plural`` no place nor the people of one: a team ("Miami Dolphins")."""
    key = name_key(plural)
    if len(home) < 3 or name_key(home) not in places or key in places:
        return False
    return not any(people_of_a_place(k, places) for k in (key, name_key(f"{home} {plural}")))


def join_found_teams(found: list[Mention], body: str, places: AbstractSet[str]) -> list[Mention]:
    """A known place and a team's plural the model found as names of their own (in different windows, or the place
    alone where the model missed the whole), written one space apart in the body: one team, an ORG ("The San
    Antonio Spurs returned", "San Antonio" a place and "Spurs" a name elsewhere). Only when the plural is neither
    a place nor its people (``_home_and_team``)."""
    at = {m.offset: m for m in found if m.offset is not None and not m.in_headline and " " not in m.text}
    teams: dict[int, Mention] = {}  # id of the place's mention → the team's
    plurals: set[int] = set()  # ids of the plurals' mentions, now the teams'
    for mention in found:
        if mention.offset is None or mention.in_headline or mention.label not in PLACE_LABELS:
            continue
        end = mention.offset + len(mention.text)
        plural = at.get(end + 1)
        if (
            plural is None
            or body[end : end + 1] != " "
            or plural.label not in ("ORG", "PERSON")
            or not team_plural(plural.text)
            or not _home_and_team(mention.text, plural.text, places)
        ):
            continue
        teams[id(mention)] = Mention(f"{mention.text} {plural.text}", "ORG", mention.offset, False, mention.source)
        plurals.add(id(plural))
    if not teams:
        return found
    return [teams.get(id(m), m) for m in found if id(m) not in plurals]


def join_split_organisations(ents: list[RawEntity], text: str) -> list[RawEntity]:
    """Join an organisation and the one capitalised word the model tagged right after it, one space apart, into
    one organisation: spaCy cuts "Lockheed Martin" into "Lockheed" (ORG) and "Martin" (PERSON or PRODUCT)."""
    joined: list[RawEntity] = []
    for name, label, start in ents:
        if joined and label in ("PERSON", "PRODUCT", "ORG") and " " not in name and name[:1].isupper():
            prev, prev_label, prev_start = joined[-1]
            if prev_label == "ORG" and prev_start + len(prev) + 1 == start and text[start - 1] == " ":
                joined[-1] = (text[prev_start : start + len(name)], "ORG", prev_start)
                continue
        joined.append((name, label, start))
    return joined


__all__ = [
    "MAX_JOINED_WORDS",
    "join_adjacent_people",
    "join_chinese_names",
    "join_district",
    "join_found_teams",
    "join_particles",
    "join_split_organisations",
    "join_team_names",
    "team_plural",
    "with_place_kind",
]
