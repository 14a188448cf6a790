"""Order merged entities by prominence (headline, lead, mentions, first position) and cap the list."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final

from schemas.article import Entity
from worker.entities.companies import listed_company_keys
from worker.entities.gazetteer import GOVERNMENT_SEATS, ORG_WORDS
from worker.entities.labels import PLACE_LABELS
from worker.entities.merge import MergedEntity
from worker.entities.names import name_key

MAX_ENTITIES: Final[int] = 40
"""At most this many entities per record, the most salient ones."""

LEAD_CHARS: Final[int] = 400
"""A first mention before this body offset counts as a lead mention."""

PASSING_MENTIONS: Final[int] = 2
"""A one-word organisation only the model found, first met after the lead, is "in passing" at this many mentions
or fewer (``in_passing``)."""

MIN_SALIENCE: Final[float] = 0.14
"""Entities less salient than this are left out, unless named in full or places (``kept_under_floor``): a name met
once or twice late in the body and nowhere else (the labelling rule: "a name mentioned once in passing near the end
comes last or falls off the list"). On the hand labels a floor between 0.10 and 0.15 raised top-12 F1 on both
halves; 0.14 measured best on the development half (0.13–0.15 within 0.005 of it on either half)."""

PASSING_FACTOR: Final[float] = 0.5
"""Salience factor of an entity met in passing: it falls behind names the story is about."""

UNINTRODUCED_FACTOR: Final[float] = 0.25
"""Salience factor of a person the story never introduces (``unintroduced_person``), on top of any other: on the
development halves 1 in 17 such names was labelled (most are characters, nicknames, products the model calls
people); 0.25 measured a little better than 0.5 on both sets' development halves (top-12 F1 +0.004 and +0.002)."""

WEIGHT_QUOTED: Final[float] = 0.05
"""Salience added for a person the story quotes (``speakers.quoted_people``): a source, ahead of names met alike but
only mentioned. On the development halves 0.05 raised news top-12 F1 0.673 → 0.683 (0.03: 0.676; 0.07 as 0.05 there
but lower on the opened part and the corpus; 0.10 lower on both)."""

WEIGHT_HEADLINE: Final[float] = 0.35
WEIGHT_LEAD: Final[float] = 0.20
WEIGHT_COUNT: Final[float] = 0.30
WEIGHT_POSITION: Final[float] = 0.15


def salience(
    entity: MergedEntity,
    *,
    max_count: int,
    body_length: int,
    given: frozenset[str] = frozenset(),
    organisations: frozenset[str] = frozenset(),
    titled: frozenset[str] = frozenset(),
    quoted: bool = False,
    companies: frozenset[str] = frozenset(),
) -> float:
    """Prominence in [0, 1]: 0.35 headline + 0.20 lead + 0.30 log-scaled mentions + 0.15 earliness in the body,
    times ``PASSING_FACTOR`` for an entity met in passing (``in_passing``) or a doubtful person (``doubtful_person``,
    when ``given`` names are known; ``organisations``: the text's organisations' name keys; ``titled``: names the text
    gives a title, never doubted), and times ``UNINTRODUCED_FACTOR`` for a person never introduced
    (``unintroduced_person``); plus ``WEIGHT_QUOTED`` for a person the story quotes (``quoted``)."""
    score = WEIGHT_HEADLINE * entity.in_headline
    score += WEIGHT_COUNT * math.log1p(entity.count) / math.log1p(max(max_count, 1))
    if entity.first_offset is not None:
        score += WEIGHT_LEAD * (entity.first_offset < LEAD_CHARS)
        score += WEIGHT_POSITION * (1.0 - min(entity.first_offset, body_length) / max(body_length, 1))
    if in_passing(entity, companies) or (given and doubtful_person(entity, given, organisations, titled)):
        score *= PASSING_FACTOR
    if unintroduced_person(entity, titled):
        score *= UNINTRODUCED_FACTOR
    if quoted and entity.label == "PERSON":
        score += WEIGHT_QUOTED
    return round(min(max(score, 0.0), 1.0), 4)


def in_passing(entity: MergedEntity, companies: frozenset[str] = frozenset()) -> bool:
    """A name with no evidence of being what the story is about: found by the model only, not in the headline,
    first met after the lead, at most ``PASSING_MENTIONS`` times, and either a lone word called a person (no full
    name of it anywhere in the text: "Flash", "Propaganda") or an "organisation" of one word or with no
    organisation word in it ("Java", "DIY", "Natural Moisturizing Factor"): mostly capitalised common nouns,
    products and languages that the small model tags. An organisation a story is about is in its headline or lead,
    recurs, or is named with an organisation word ("Group", "University", "Party"...), or the text writes it as a
    company (``companies``, name keys: "Samsung, which has a 40% share", "data firm Statista")."""
    if entity.signalled or entity.in_headline or entity.count > PASSING_MENTIONS:
        return False
    if entity.label == "ORG" and name_key(entity.text) in companies:
        return False
    if entity.first_offset is not None and entity.first_offset < LEAD_CHARS:
        return False
    words = entity.text.casefold().replace(".", "").split()
    if " ".join(words) in GOVERNMENT_SEATS:
        return False  # "the White House": the government, named with no organisation word
    if entity.label == "PERSON":
        return len(words) == 1
    return entity.label == "ORG" and (len(words) == 1 or not set(words) & ORG_WORDS)


def unintroduced_person(entity: MergedEntity, titled: frozenset[str] = frozenset()) -> bool:
    """A "person" of one word that the story never introduces, however often it recurs: not in the headline, first
    met after the lead, and with no full name anywhere in the text (merging would have given it one) nor any other
    evidence (``signalled``) nor a title (``titled``, name keys: "President Obama"). A person a story is about is
    named in full, or early, or with a title; such a lone word is mostly a character, a nickname, or a product or
    platform the model calls a person ("Siri", "Zigbee", "Bitcoin")."""
    if entity.label != "PERSON" or entity.signalled or entity.in_headline:
        return False
    if entity.first_offset is not None and entity.first_offset < LEAD_CHARS:
        return False
    return len(entity.text.split()) == 1 and name_key(entity.text) not in titled


def doubtful_person(
    entity: MergedEntity,
    given: frozenset[str],
    organisations: frozenset[str] = frozenset(),
    titled: frozenset[str] = frozenset(),
) -> bool:
    """A "person" whose name reads as none: with a digit ("Ryzen 5 3550H"); of three words or more, the first no
    given name (``given``, case-folded): "Golem Python API", "Chase Ultimate Rewards" (products, programmes, runs of
    capitalised words; "Walid Abu Hatab", "Ursula von der Leyen" are people); or starting with an organisation of the
    text (``organisations``, name keys) that is no given name: "Gousto Box" beside "Gousto" (a company's product).
    Never a name the text gives a title or honorific (``titled``, name keys: "Health Minister Ong Ye Kung")."""
    if entity.label != "PERSON":
        return False
    words = name_key(entity.text).split(" ")
    first = words[0].split("-")[0]
    if first in given or " ".join(words) in titled:
        return False
    return any(c.isdigit() for c in entity.text) or len(words) >= 3 or (len(words) > 1 and words[0] in organisations)


def named_in_full(entity: MergedEntity, given: frozenset[str]) -> bool:
    """A person named by given name and surname ("Jim Dunham"), or an organisation of several words with an
    organisation word ("Forrester Research", "Pennsylvania State University"): a name the story spells out, which
    stays on the list under the salience floor, after every name above it. The labels keep such names met once
    late when the list has room; the floor's cuts are mostly lone words and the model's capitalised phrases."""
    words = name_key(entity.text).split(" ")
    if len(words) < 2:
        return False
    if entity.label == "PERSON":
        return words[0] in given
    return entity.label == "ORG" and bool(set(words) & ORG_WORDS)


def kept_under_floor(entity: MergedEntity, given: frozenset[str]) -> bool:
    """A name that stays on the list under the salience floor, after every name above it: one named in full
    (``named_in_full``), a place, or a listed company (``companies``: "Honeywell", "Goldman Sachs"). Met once late,
    a place is on the labels' list half the time when the list has room (a town, a state, a country the story
    happens in), and so is a listed firm (15 of 31 on the development halves); any other one-word organisation or
    person so met far less."""
    if entity.label in PLACE_LABELS or named_in_full(entity, given):
        return True
    return entity.label == "ORG" and name_key(entity.text) in listed_company_keys()


def rank(
    entities: Sequence[MergedEntity],
    *,
    body_length: int,
    limit: int = MAX_ENTITIES,
    given: frozenset[str] = frozenset(),
    titled: frozenset[str] = frozenset(),
    quoted: frozenset[str] = frozenset(),
    companies: frozenset[str] = frozenset(),
) -> list[Entity]:
    """Validated ``Entity`` objects, most salient first (ties: earlier first mention, then name), at most ``limit``,
    none under ``MIN_SALIENCE``; ``given``: given names (``gazetteer.given_names()``) to doubt people by, ``titled``:
    name keys of people the text gives a title (``names.titled_names``), never doubted; ``quoted``: the texts of
    people the story quotes (``speakers.quoted_people``). Names under the floor stay when named in full, places or
    listed companies (``kept_under_floor``), ranked by their salience after the rest."""
    max_count = max((e.count for e in entities), default=1)
    organisations = frozenset(name_key(e.text) for e in entities if e.label == "ORG")
    scored = [
        (
            salience(
                e,
                max_count=max_count,
                body_length=body_length,
                given=given,
                organisations=organisations,
                titled=titled,
                quoted=e.text in quoted,
                companies=companies,
            ),
            e,
        )
        for e in entities
    ]
    scored = [(score, e) for score, e in scored if score >= MIN_SALIENCE or kept_under_floor(e, given)]
    scored.sort(key=lambda pair: (-pair[0], pair[1].first_offset if pair[1].first_offset is not None else 1 << 60,
                                  pair[1].text))  # fmt: skip
    return [
        Entity(text=e.text, label=e.label, count=e.count, first_offset=e.first_offset, salience=score)
        for score, e in scored[:limit]
    ]


__all__ = [
    "LEAD_CHARS",
    "MAX_ENTITIES",
    "MIN_SALIENCE",
    "PASSING_FACTOR",
    "PASSING_MENTIONS",
    "UNINTRODUCED_FACTOR",
    "WEIGHT_QUOTED",
    "doubtful_person",
    "in_passing",
    "kept_under_floor",
    "named_in_full",
    "rank",
    "salience",
    "unintroduced_person",
]
