"""Teams and bands named by a plural ("the Sixers", "the Celtics"), which the small model rarely tags."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Final

from worker.entities.gazetteer import ORG_WORDS
from worker.entities.labels import PLACE_LABELS
from worker.entities.mentions import RawEntity, Span
from worker.entities.merge import Mention
from worker.entities.names import name_key, whole_name_spans
from worker.lexicon.phrase_pattern import GatedPattern

MIN_USES: Final[int] = 4
"""Times the body must write the plural (once at least after "the") for it to be a name of its own; 3 let in a
book's title ("The Memoirs of ...", "Erase the Memoirs")."""
_THE_PLURAL = re.compile(r"[Tt](?<!\w[Tt])he ([A-Z][a-z]+[a-rt-z]s|[A-Z][a-z]*[0-9]+ers)\b")
"""A capitalised plural after "the": "the Sixers", "the Celtics", "the 76ers" (not "the Boss"). The "T" comes first,
then the look-behind for the character before it (a word's start): a pattern opening with a letter lets the search
skip to it, where one opening with ``\b`` is tried at every position (the same matches, in half the time)."""


def group_plurals(body: str, body_ents: Iterable[RawEntity], places: frozenset[str]) -> tuple[str, ...]:
    """The capitalised plurals that ``body`` writes after "the", at least ``MIN_USES`` times in all and never in
    lower case (nor their singular), that name no known place and that spaCy never called a nationality or group
    (NORP in ``body_ents``: "the Democrats", "the Israelis"): a team, band or company known by its members ("the
    Sixers went 0-for-9"). Found once per page; ``group_names`` finds their mentions in its headline and body."""
    norp = {name_key(word) for name, label, _ in body_ents if label == "NORP" for word in name.split()}
    uses = Counter(_THE_PLURAL.findall(body))
    return tuple(
        name
        for name in uses
        if len(whole_name_spans([name], body)) >= MIN_USES  # a plural is word characters only: no pattern needed
        and name_key(name) not in norp
        and name_key(name) not in places
        and not people_of_a_place(name_key(name), places)
        and re.search(rf"\b{name[:-1].lower()}s?\b", body) is None
    )


def group_names(
    text: str, plurals: Iterable[str], places: frozenset[str], *, in_headline: bool
) -> list[tuple[Span, Mention]]:
    """ORG mentions, in ``text``, of the page's ``plurals`` (``group_plurals``): each whole-word occurrence, with or
    without "the" ("Sixers game notes"), with a known place right before it as part of the name ("Boston
    Celtics")."""
    found: list[tuple[Span, Mention]] = []
    for name in plurals:
        for match in re.finditer(rf"(?<![\w-])(?:([A-Z][\w.-]+) )?{name}(?![\w-])", text):
            home = match.group(1)
            start = match.start() if home is not None and name_key(home) in places else match.end() - len(name)
            offset = None if in_headline else start
            found.append(
                ((start, match.end()), Mention(text[start : match.end()], "ORG", offset, in_headline, "model"))
            )
    return found


MIN_TEAMS: Final[int] = 2
"""Teams named by a place and a plural a page must name for a bare place of theirs to stand for the team."""


CLUB_HEADS: Final[frozenset[str]] = frozenset(
    {"united", "city", "town", "county", "rovers", "wanderers", "athletic", "albion", "hotspur", "rangers", "forest",
     "villa", "fc", "afc", "sc", "cf"}
)  # fmt: skip
"""Last words of football clubs named after their place ("Tottenham Hotspur", "Leicester City", "Nottingham Forest")."""


def team_places(mentions: list[Mention], places: AbstractSet[str], body: str = "") -> list[Mention]:
    """A city standing for its team: where the page names two teams or more by a known place and a plural or a
    club's word ("Boston Celtics", "Philadelphia 76ers", "Tottenham Hotspur", "Nottingham Forest"; the plural no
    organisation word: "Texas Instruments" alone, "American Airlines" are no teams), a bare mention of a team's
    place ("added 22 for Boston", "Tottenham had hoped") is an ORG mention of that team, and a club's name is an
    ORG. One place-led plural (a company in its home state) changes nothing. In a football story (``_FOOTBALL``) a
    known place and a club's word that is no known place itself ("Manchester City", not "Mexico City") is a club
    the model voted a place, also alone on its page. A mention ``body`` puts something in,
    near or around ("played in Boston", "a fair in Las Vegas") is the place, whatever the teams."""
    teams: dict[str, str] = {}
    football = _FOOTBALL.search(body) is not None
    for m in mentions:
        words = name_key(m.text).split(" ")
        last = words[-1]
        club = last in CLUB_HEADS and (
            m.label in ("ORG", "PERSON")  # the model calls "Nottingham Forest" a person
            or (football and m.label in PLACE_LABELS and " ".join(words) not in places)  # and "Manchester City" a city
        )
        plural = m.label == "ORG" and last not in ORG_WORDS and (last.endswith("s") or last[:1].isdigit())
        if len(words) < 2 or not (club or plural):
            continue
        home = next((" ".join(words[:k]) for k in range(len(words) - 1, 0, -1) if " ".join(words[:k]) in places), None)
        if home is not None:
            teams.setdefault(home, m.text)
    clubs = {name_key(text) for text in teams.values()}
    if len(teams) < MIN_TEAMS:
        if not football:
            return mentions
        return [
            replace(m, label="ORG") if name_key(m.text) in clubs and m.label in PLACE_LABELS else m for m in mentions
        ]
    result = []
    for mention in mentions:
        key = name_key(mention.text)
        if mention.label in PLACE_LABELS and key in teams and not _put_in(body, mention.offset):
            result.append(replace(mention, text=teams[key], label="ORG"))
        elif key in clubs and mention.label != "ORG":
            result.append(replace(mention, label="ORG"))
        else:
            result.append(mention)
    return result


_FOOTBALL = GatedPattern(
    re.compile(
        r"\b(?:[A-Z]\w+ League|striker|midfielder|goalkeeper|defender|kick-off|half-time|equali[sz]er|scored|"
        r"clean sheet)\b"
    ),
    (" League", "striker", "midfielder", "goalkeeper", "defender", "kick-off", "half-time", "equali", "scored",
     "clean sheet"),  # a part of each word
)  # fmt: skip
"""Words of a football story: a club named by its town and a club's word ("Manchester City") is the club there, not
the town (outside one, "Baguio City" is a city)."""
_PUT_IN = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]round|[Aa]cross|[Tt]hroughout) $")
"""A preposition right before a name that puts something in the place it names ("in Boston", "near Denver")."""


def _put_in(body: str, offset: int | None) -> bool:
    """Whether ``body`` writes a locating preposition right before ``offset`` (``_PUT_IN``)."""
    return offset is not None and _PUT_IN.search(body, max(offset - 12, 0), offset) is not None


_TEAM_AFTER = re.compile(
    r"(?:['’]s)? (?:head |assistant )?(?:coach|coaches|quarterback)\b| (?:offensive|defensive) coordinator\b"
    r"| \d{1,3}[-–]\d{1,3}\b| \(\d{1,2}[-–]\d{1,2}(?:[-–]\d{1,2})?\)"
    r"| (?:beat|defeated|edged|routed|thrashed|downed|drew with|lost to|fell to) (?:the )?[A-Z][\w.'’-]*"
    r"(?: [A-Z][\w.'’-]*){0,3},? \d{1,3}[-–]\d{1,3}\b"
)
"""What follows a team's place in a sports story: "Florida coach Urban Meyer", "Alabama's head coach", "Alabama
offensive coordinator Lane Kiffin", a score ("beat Liverpool 2-1"), a result against another team with its
score ("Inter Miami beat Orlando City 3-1") or a season's record ("Houston (9-3) plays")."""


def coached_places(mentions: Sequence[Mention], body: str, nations: frozenset[str] = frozenset()) -> frozenset[str]:
    """Name keys of places the body writes right before "coach" or "quarterback" ("Florida coach Urban Meyer") or a
    score ("beat Liverpool 2-1"): a team named by its place alone, an organisation wherever the text names it. Not a
    country (``nations``: "Spain coach Luis de la Fuente" watches a match in the country the story is about), nor a
    place whose team the text names in full ("Alder Creek coach" beside "Alder Creek Huskies": the town is a
    place)."""
    coached = {
        name_key(m.text)
        for m in mentions
        if (m.label in PLACE_LABELS or m.label == "ORG")
        and m.offset is not None
        and body.startswith(m.text, m.offset)
        and _TEAM_AFTER.match(body, m.offset + len(m.text))
    }
    coached -= nations
    if coached:
        teams = {name_key(m.text) for m in mentions if m.label == "ORG"}
        coached = {key for key in coached if not any(team.startswith(f"{key} ") for team in teams)}
    return frozenset(coached)


_DEMONYM_ENDS: Final[tuple[str, ...]] = ("ans", "ns", "is", "ers", "ites", "s")


def people_of_a_place(key: str, places: AbstractSet[str]) -> bool:
    """Whether ``key`` is a place's name ("Ohio") plus a people's ending ("Ohioans", "Israelis", "Londoners")."""
    return any(key.endswith(end) and key[: -len(end)] in places for end in _DEMONYM_ENDS)


__all__ = [
    "MIN_TEAMS",
    "MIN_USES",
    "coached_places",
    "group_names",
    "group_plurals",
    "people_of_a_place",
    "team_places",
]
