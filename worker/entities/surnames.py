"""A person's whole name where the model has a part: a given name before it or a surname after it that the model left
out, and the full name the body writes for a lone surname."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from worker.entities.joins import MAX_JOINED_WORDS
from worker.entities.mentions import CAPITALISED_BEFORE, ORG_HEAD_WORDS, RawEntity
from worker.entities.merge import Mention
from worker.entities.names import is_plain_word, is_title, name_key

_GIVEN = r"[A-ZÀ-ÖØ-Þ][^\W\dA-Z_]+(?:-[A-ZÀ-ÖØ-Þ][^\W\dA-Z_]+)?"
"""A capitalised given name, accented letters included ("Céline", "Jean-Luc")."""


_WORD_BEFORE = re.compile(r"(?<![\w.])([^\W\d_][^\W\d_A-Z]+) $")
_SENTENCE_BEFORE = re.compile(r"(?:^|(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\b[A-Z][a-z]{3})[.!?]|[:;\"“”])\s*$")


_SURNAME_LABELS = frozenset({"ORG", "GPE", "LOC"})


def _lone_surname(name: str, places: frozenset[str], lower: frozenset[str] | set[str]) -> bool:
    """A one-word span that may be a surname: capitalised, no known place, no organisation head or plain word, and
    never written in lower case in the text (``lower``: "Austin" + "Energy" is no person)."""
    return (
        " " not in name
        and name[:1].isupper()
        and not name.isupper()
        and (key := name_key(name)) not in places
        and key not in lower
        and name.casefold() not in ORG_HEAD_WORDS
        and not is_plain_word(name)
    )


def with_given_name_before(
    ents: list[RawEntity],
    text: str,
    given: frozenset[str],
    places: frozenset[str] = frozenset(),
    lower: frozenset[str] | set[str] = frozenset(),
) -> list[RawEntity]:
    """A PERSON span with a given name right before it that the model left out ("Dr Siti" + "Aminah Yusof" →
    "Siti Aminah Yusof"): the word is a given name (``given``), no title, not opening a sentence, in no other span.
    A one-word organisation or place span so preceded is that person's surname the model misread ("Eloise" +
    "Parry", its ORG, → PERSON "Eloise Parry"), unless that word is a known place (``places``: "Paris Texas"), heads
    organisations ("Jordan Group") or is a word the text also writes in lower case (``lower``). Unlike
    ``given_surnames``, which searches the whole text, this reads the model's own span, so the given name may be a
    town's name too ("Eloise", Florida)."""
    result: list[RawEntity] = []
    taken_until = -1
    for name, label, start in ents:
        surname = label in _SURNAME_LABELS and _lone_surname(name, places, lower)
        before = _WORD_BEFORE.search(text, max(start - 30, 0), start) if label == "PERSON" or surname else None
        if (
            before is not None
            and before.group(1)[0].isupper()
            and before.start(1) > taken_until
            and before.group(1).casefold() in given
            and not is_title(before.group(1))
            and _SENTENCE_BEFORE.search(text, max(before.start(1) - 8, 0), before.start(1)) is None
        ):
            result.append((f"{before.group(1)} {name}", "PERSON", before.start(1)))
        else:
            result.append((name, label, start))
        taken_until = start + len(name)
    return result


_WORD_AFTER = re.compile(r" ([^\W\d_][^\W\d_'’-]+)(?=[\s,.;:)”\"]|$)(?! [A-Z])")


_APOSTROPHE_SURNAME = re.compile(r" ([A-Z][^\W\d_]+['’](?![sS]\b)[^\W\d_]+)(?=[\s,.;:)”\"]|$)(?! [A-Z])")
"""A surname with an apostrophe inside, no possessive's ("Ndung'u", "Kang’ethe"), which the small model leaves out
of the name before it."""
_DOUBLE_GIVEN = re.compile(r"[A-Z][a-zà-ÿ]+-[A-Z][a-zà-ÿ]+")
"""A hyphenated double given name ("Jo-Wilfried", "Jean-Pierre"), which the small model may tag without the surname."""


def with_surname_after(
    ents: list[RawEntity], text: str, places: frozenset[str], lower: frozenset[str] | set[str]
) -> list[RawEntity]:
    """A PERSON span of two words or more with a capitalised word right after it that no gazetteer knows as a place,
    the text never writes in lower case (``lower``) and no capitalised word follows: the surname the model left out
    or called a place ("Harriet Nalubega" + "Mugenyi", its GPE, → "Harriet Nalubega Mugenyi"); after a one-word
    span, only a surname with an apostrophe inside ("Njuguna" + "Ndung'u"), or after a hyphenated double given name
    ("Jo-Wilfried" + "Tsonga"). A one-word span the model gave that word
    goes with it."""
    result: list[RawEntity] = []
    skip = -1
    for i, (name, label, start) in enumerate(ents):
        if start == skip:
            continue
        person = label == "PERSON" and "'s" not in name and "’s" not in name  # not "Nixon’s Memoirs"
        after = None
        if person:  # one word takes only a surname with an apostrophe inside ("Njuguna Ndung'u"), or any surname after
            several = " " in name or _DOUBLE_GIVEN.fullmatch(name)  # a double given name ("Jo-Wilfried Tsonga")
            after = (_WORD_AFTER if several else _APOSTROPHE_SURNAME).match(text, start + len(name))
        if (
            after is not None
            and after.group(1)[0].isupper()
            and not is_title(after.group(1))
            and name_key(after.group(1)) not in places
            and name_key(after.group(1)) not in lower
            and not is_plain_word(after.group(1))
            and len(name.split()) < MAX_JOINED_WORDS
        ):
            following = ents[i + 1] if i + 1 < len(ents) else None
            if following is not None and following[2] == after.start(1):
                if following[1] == "PERSON" or following[0] != after.group(1):
                    result.append((name, label, start))
                    continue
                skip = following[2]
            result.append((f"{name} {after.group(1)}", label, start))
            continue
        result.append((name, label, start))
    return result


def complete_surnames(mentions: list[Mention], body: str, places: frozenset[str] = frozenset()) -> list[Mention]:
    """Find the full name of a person the model only tagged by surname ("Mr Grayling" → "Chris Grayling").

    A lone capitalised PERSON word that no longer PERSON name contains is looked up in the body as
    "<Given> <Surname>"; the first such pair whose first word is not a title or a function word, nor the end of a
    known place's name (``places``: "San Antonio Spurs"), becomes a mention.
    """
    full = {t for m in mentions if m.label == "PERSON" and " " in m.text for t in name_key(m.text).split(" ")}
    lone = {m.text for m in mentions if m.label == "PERSON" and " " not in m.text and m.text[:1].isupper()}
    found = []
    for surname in sorted(lone):
        if name_key(surname) in full:
            continue
        match = _given_before(
            surname, body, lambda first, at: not is_plain_word(first) and not _ends_place(first, at, body, places)
        )
        if match is not None:
            found.append(Mention(match.group(0), "PERSON", match.start(), False, "model"))
    return mentions + found


_GIVEN_LAST = re.compile(r"\b(" + _GIVEN + r") \Z")
"""A capitalised given name and a space ending a stretch of text (searched up to a surname's mention)."""
_BOUNDARY = re.compile(r"\b")
_GIVEN_REACH = 64


def _ends_place(word: str, at: int, body: str, places: frozenset[str]) -> bool:
    """``word``, at ``at`` in ``body``, ends a known place's name with the capitalised word before it ("San
    Antonio", "Santa Monica"): no given name there."""
    if not places:
        return False
    before = CAPITALISED_BEFORE.search(body, max(0, at - _GIVEN_REACH), at)
    return before is not None and name_key(f"{before.group(1)} {word}") in places


def _given_before(surname: str, body: str, accept: Callable[[str, int], bool]) -> re.Match[str] | None:
    """The first "<Given> <surname>" in ``body`` whose capitalised first word ``accept`` takes (given the word and
    its offset): found from each mention of the surname (a string search) back to the word before it, not by a
    pattern scan of the whole body per name; a rejected pair's words are not read again (as in a scan)."""
    end_of_rejected = 0
    at = body.find(surname, 1)
    while at != -1:
        end = at + len(surname)
        if body[at - 1] == " " and _BOUNDARY.match(body, end):
            match = _GIVEN_LAST.search(body, max(end_of_rejected, at - _GIVEN_REACH), at)
            if match is not None:
                if accept(match.group(1), match.start(1)):
                    return _PAIR.match(body, match.start(), end)
                end_of_rejected = end
        at = body.find(surname, at + 1)
    return None


_PAIR = re.compile(r"\S+ .+", re.DOTALL)
"""The whole "<Given> <surname>" stretch, as a match (its ``group(0)``, ``start()`` and ``end()``)."""


def given_surnames(mentions: list[Mention], body: str, given: frozenset[str], places: frozenset[str]) -> list[Mention]:
    """A lone capitalised word the model called an organisation or a place, that the body also writes after a given
    name ("Sixers guard Tyrese Maxey" → "Tyrese" a group, "Maxey" a place; "Maxey said"), is that person's surname:
    "<Given> <Word>" becomes a PERSON mention and the word's own mentions vote PERSON. Not a known place
    (``places``), an acronym, a word the model also reads in a longer name, nor after a given name that is a place
    ("Austin Energy"), nor one that ends a place's name ("San Antonio Spurs": "Antonio" is a given name, "San
    Antonio" a city)."""
    longer = {t for m in mentions if " " in m.text for t in name_key(m.text).split(" ")}
    lone = {
        m.text
        for m in mentions
        if m.label in _SURNAME_LABELS
        and m.source == "model"
        and " " not in m.text
        and m.text[:1].isupper()
        and not m.text.isupper()
        and (key := name_key(m.text)) not in places
        and key not in longer
        and key not in given
    }
    found: list[Mention] = []
    people: set[str] = set()
    inside: set[int] = set()

    def given_name(first: str, at: int) -> bool:
        if first.casefold() not in given or name_key(first) in places or is_plain_word(first):
            return False
        return not _ends_place(first, at, body, places)  # "San Antonio Spurs"

    for word in sorted(lone):
        match = _given_before(word, body, given_name)
        if match is not None:
            found.append(Mention(match.group(0), "PERSON", match.start(), False, "model"))
            people.add(word)
            inside.add(match.end() - len(word))  # the word's own mention there is this one
    if not people:
        return mentions
    kept = [m for m in mentions if not (m.text in people and m.offset in inside)]
    return [replace(m, label="PERSON") if m.text in people else m for m in kept] + found


__all__ = ["complete_surnames", "given_surnames", "with_given_name_before", "with_surname_after"]
