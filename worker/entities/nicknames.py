"""People named with a quoted nickname between given name and surname ("Lee “Faker” Sang-hyeok", 'Dwayne "The Rock"
Johnson'), as sports, e-sports and crime stories write them, and then called by the nickname alone ("Faker")."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from worker.entities.mentions import Span, names_pattern
from worker.entities.merge import Mention
from worker.entities.names import name_key

_NICKNAMED = re.compile(
    r"([A-Z](?<![\w'’.-].)[a-z]+) [“\"]([A-Z][\w'’]*(?: [A-Z][\w'’]*)?)[”\"]"
    r" ([A-Z][a-z]+(?:-[A-Za-z][a-z]*)?(?: [A-Z][a-z]+(?:-[A-Za-z][a-z]*)?)?)(?![\w-])"
)
"""A plain capitalised word, a quoted nickname of one or two capitalised words, a surname of one or two capitalised
words (hyphens inside: "Sang-hyeok", "Yuan-Hao"). Every quantifier is bounded by a character the next part cannot
start with: linear time."""


def nicknamed_people(body: str, lower: AbstractSet[str]) -> dict[str, str]:
    """Nickname → the full name it is quoted in, for each nickname the body quotes inside one name only. The given
    name must be no word the body writes in lower case ("The “Big” Apple" is no one's name)."""
    found: dict[str, set[str]] = {}
    for match in _NICKNAMED.finditer(body):
        if match.group(1).casefold() in lower:
            continue
        found.setdefault(match.group(2), set()).add(match.group())
    return {nick: next(iter(names)) for nick, names in found.items() if len(names) == 1}


def nickname_hits(text: str, people: dict[str, str], *, in_headline: bool) -> list[tuple[Span, Mention]]:
    """PERSON mentions in ``text`` of the nicknamed names and of their nicknames written alone ("Faker wins")."""
    pattern = names_pattern([*people.values(), *people])
    if pattern is None:
        return []
    hits = []
    for match in pattern.finditer(text):
        offset = None if in_headline else match.start()
        hits.append(((match.start(), match.end()), Mention(match.group(), "PERSON", offset, in_headline, "model")))
    return hits


def nickname_aliases(people: dict[str, str]) -> dict[str, str]:
    """Name key of each nickname → name key of its full name, for merging."""
    return {name_key(nick): name_key(full) for nick, full in people.items()}


def without_nicknamed(
    found: list[tuple[Span, Mention]], hits: list[tuple[Span, Mention]]
) -> list[tuple[Span, Mention]]:
    """``found`` without the mentions overlapping a nickname hit (spaCy's "Lee", "Sang-hyeok's Aatrox")."""
    return [(s, m) for s, m in found if not any(s[0] < b and a < s[1] for (a, b), _ in hits)]


__all__ = ["nickname_aliases", "nickname_hits", "nicknamed_people", "without_nicknamed"]
