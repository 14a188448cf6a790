"""Cues in the text that a name is a person's or a place's: a pronoun or an age after it, a preposition or a place
noun around it, a list of known places it stands in."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from worker.entities.merge import Mention
from worker.entities.names import name_key

_LIST_GAP = re.compile(r"['’]?s?(?:,|,? and|,? or|&)\s+(?:the\s+)?")


_LOCATING: Final[tuple[str, ...]] = ("in", "near", "outside", "around", "across", "throughout")
_LOCATED_NAME = (
    r" (?:the )?"
    r"(?P<name>[A-Z][\w-]*(?:['’][A-Z][\w-]*)?(?: [A-Z][\w-]*(?:['’][A-Z][\w-]*)?){0,2})(?!['’]|[\w-]| [A-Z])"
    r"(?! (?:administration|administrations|era|years|presidency|campaign|regime|cabinet|family|camp)\b)"
)
"""The name after a locating preposition (and "the"): not one a tenure or a circle follows ("in the Obama
administration", "in the Trump era", "in the Kennedy family"), which the text puts nothing in."""
_LOCATED = re.compile(
    r"(?<![\w'’])(?P<before>\w+ )?(?:"
    + "|".join(f"[{word[0].upper()}{word[0]}]{word[1:]}" for word in _LOCATING)
    + ")"
    + _LOCATED_NAME
)
_PREPOSITION_FIRST = re.compile(
    "(?:"
    + "|".join(rf"{w}(?<![\w'’]{w})" for word in _LOCATING for w in (word.capitalize(), word))
    + ")"
    + _LOCATED_NAME
)
"""``_LOCATED`` without the word before: where the next match of ``_LOCATED`` has its preposition, or starts right
before. Each branch opens with its word, then the look-behind for the character before it: the search skips to the
words' first letters, where ``_LOCATED`` (a look-behind, then an optional word) is tried at every position."""
_BEFORE_REACH = 16
"""How far before its preposition ``_LOCATED`` is searched for (then back to a word's start): the word before it
(``before``) starts there or after."""
_INSIDE_WORD = re.compile(r"\w\w")
_NOT_LOCATING = frozenset(
    {"stake", "stakes", "shares", "share", "invest", "invested", "investing", "investment", "investments",
     "interest", "role", "part", "roles", "career", "job", "jobs", "work", "worked", "working", "trust", "faith",
     "belief", "believe", "believes", "confidence", "seat", "seats", "vote", "voted", "votes"}
)  # fmt: skip
"""Words before "in" that put a company or a body after it, not a place ("a stake in Tesla", "a seat in Congress")."""


_WHO_AFTER_NAME = re.compile(r"[A-Z](?<![\w'’.-].)[a-z]+ ((?:Ma?c|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?), who\b")
r"""A two-word name that ", who" follows: its last word, a person's surname ("Calum MacLeod, who"). The first
capital comes before the look-behind for the character before it (``(?<![\w'’.-].)``, which tests that character
and the capital): a pattern opening with a character set lets the search skip to its characters, where one opening
with a look-behind is tried at every position (the same matches, about half the time). So in ``_PRONOUNED``,
``_AGED``, ``nicknames._NICKNAMED``, ``speakers._NAME_THEN_SAYING`` and ``merge._STATE_AFTER_TOWN``."""
_PRONOUNED = re.compile(
    r"([A-Z](?<![\w'’.-].)[a-z]+(?:-[A-Z][a-z]+)?)(?![\w'’-]| [A-Z]),? (?:[^\s.!?;:]+ ){0,5}?"
    r"(?:he|she|his|her|him|who)\b"
)


_OPENING_WORDS: Final[frozenset[str]] = frozenset(
    {"when", "but", "after", "as", "if", "while", "because", "then", "and", "so", "though", "although", "before",
     "since", "until", "once", "yet", "still"}
)  # fmt: skip
"""Words that open a sentence before a surname ("When Smith left, he ..."): not part of the name."""


_WORD_REACH = 40


def word_before(text: str, at: int) -> str:
    """The word (or the punctuation it ends with) right before ``at`` in ``text``, "" at the text's start."""
    return text[max(at - _WORD_REACH, 0) : at].rstrip(" ").rsplit(" ", 1)[-1]


def pronouned_words(body: str) -> frozenset[str]:
    """Keys of capitalised words the text writes alone, not before another capitalised word, that "he", "she",
    "his", "her", "him" or "who" follows in the same sentence within six words ("Delaney scored 12 of his points"):
    evidence that the word is a person's surname, where the model voted the full name an organisation. A word after
    another capitalised one ("New York Knicks coach said he") is part of a longer name, not alone; but the last word
    of a two-word name that ", who" follows is a surname too ("Calum MacLeod, who runs a bed and breakfast", though
    MacLeod is also a place)."""
    found = {match.group(1).casefold() for match in _WHO_AFTER_NAME.finditer(body)} if ", who" in body else set()
    for match in _PRONOUNED.finditer(body):
        before = word_before(body, match.start())
        if not before[-1:].isalpha() or not before[:1].isupper() or before.casefold() in _OPENING_WORDS:
            found.add(match.group(1).casefold())
    return frozenset(found)


_AGED = re.compile(r"([A-Z](?<![\w'’.-].)[a-z]+(?:-[A-Z][a-z]+)?), (?:aged )?\d{1,2},")


def aged_words(body: str) -> frozenset[str]:
    """Keys of capitalised words the text writes alone and gives an age after ("Abrahams, 44, faces charges"): a
    person's surname, whatever the given name before it (one the name list lacks: "Faizel Abrahams"). Not the last
    word of a longer name ("Marisol Villalobos, 24," says nothing of "Casa Villalobos")."""
    found = set()
    for match in _AGED.finditer(body):
        before = word_before(body, match.start())
        if not before[:1].isupper() or not before[-1:].isalpha():
            found.add(match.group(1).casefold())
    return frozenset(found)


def located_names(body: str) -> frozenset[str]:
    """Name keys of names the text puts somebody or something in, near or around ("flooding in Cooktown", "the
    barges near Kaub", "protests across Catalonia", "farmers in the Waikato"): a run of one to three capitalised
    words right after the preposition (and a "the"), no possessive after it. Evidence that a name the model votes a
    place, or a lone word it calls a person, is a place."""
    found = set()
    for match in _located_matches(body):
        before = (match.group("before") or "").strip().casefold()
        if before not in _NOT_LOCATING:
            found.add(name_key(match.group("name")))
    return frozenset(found)


def _located_matches(body: str) -> Iterator[re.Match[str]]:
    """The matches of ``_LOCATED.finditer(body)``, each searched for from just before the next place a preposition
    and a name follow (``_PREPOSITION_FIRST``): a match starts there or at the word right before it, and no match
    starts between the last one's end and that word (which holds no preposition that a name follows)."""
    at = 0
    while (cue := _PREPOSITION_FIRST.search(body, at)) is not None:
        start = max(at, cue.start() - _BEFORE_REACH)
        while start > at and _INSIDE_WORD.match(body, start - 1):
            start -= 1  # back to the word's start: a long word before the preposition may start the match
        match = _LOCATED.search(body, start)
        if match is None:  # never: ``_LOCATED`` matches at the cue, if not before it
            return
        yield match
        at = match.end()


_PLACED = re.compile(
    r"(?=[A-Zbchinprstv])"  # a capital or the first letter of a place noun: most places fail in one test
    r"(?:(?<![\w'’-])(?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2}) (?:region|province|district|river|valley|village|"
    r"governorate|prefecture|municipality|town(?! hall| house| centre| center)|city(?! hall| council)|basin|"
    r"rainforest|delta|desert|plateau|highlands|lowlands|estuary|watershed|floodplain)\b(?! of\b)"
    r"|\b(?:capital|town|city|village|province|region|suburb|neighbou?rhood|borough|hamlet|island|state) of "
    r"(?P<of>[A-Z][\w-]*(?: [A-Z][\w-]*){0,2})(?![\w'’-]))"
)
_SIDE_OF = re.compile(
    r"(?=[tmbsh])"  # the first letters of its words, as in ``_PLACED``
    r"\b(?:the (?:(?:north|south)(?:-?(?:east|west))?ern|eastern|western)|(?:tributary|mouth|banks|shores|heart) "
    r"of the) (?P<name>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?![\w'’-]| [A-Z]| [a-z]+ (?:of|for)\b)"
)
"""A name in a part or a side of a region ("the western Amazon", "the northern Sahel", "a tributary of the
Amazon", "the mouth of the Amazon"): a place."""
_HOMETOWN = re.compile(r", of (?<=\d, of )(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})(?![\w'’-])")
"""A person's home town after their age ("Gerald Tindell, 67, of Albert Lea"): a place. The digit is looked back at
after ", of ": a pattern opening with a literal lets the search skip to it (the same matches, from the comma)."""
_PLURAL_PLACE_NOUN = re.compile(r" (?:counties|provinces|districts|regions|states|villages|towns)\b")
_PLACE_ITEM = r"[A-Z][\w-]*(?: [A-Z][\w-]*)?"
_PAIR_BEFORE = re.compile(rf"(?<![\w'’-])((?:{_PLACE_ITEM}, )*{_PLACE_ITEM}),? and ({_PLACE_ITEM})$")
"""Names listed before a plural place noun ("Kalamazoo and Cass counties", "Lagos, Ogun and Oyo states"), read back
from the noun."""


def placed_names(text: str) -> frozenset[str]:
    """Name keys of names ``text`` writes as places by a place noun: "Sudan's Darfur region", "the Brahmaputra
    river", "the Amazon basin", "the capital of North Darfur", "the town of Chandwad", "Kalamazoo and Cass
    counties", by its part or side: "the western Amazon", "a tributary of the Amazon", or as a home town after an
    age: "Gerald Tindell, 67, of Albert Lea". Evidence,
    whatever the model's vote, that the name is a place (unless its own form makes it an organisation: "Supreme
    Court")."""
    found = {name_key(match.group("name") or match.group("of")) for match in _PLACED.finditer(text)}
    found.update(name_key(match.group("name")) for match in _SIDE_OF.finditer(text))
    found.update(name_key(match.group("name")) for match in _HOMETOWN.finditer(text))
    for noun in _PLURAL_PLACE_NOUN.finditer(text):
        listed = _PAIR_BEFORE.search(text, max(noun.start() - 120, 0), noun.start())
        if listed is not None:
            found.update(name_key(name) for name in [*listed.group(1).split(", "), listed.group(2)])
    return frozenset(found)


def listed_places(mentions: list[Mention], body: str, places: frozenset[str]) -> frozenset[str]:
    """Name keys listed beside known places ("Turkey, Poland, and Bonaire, St Eustatius and Saba"): places too.

    A name counts when it is in a list of at least three names joined by commas and "and", more than half of the
    others being known places ("Microsoft, Meta and Alphabet" makes no place of Alphabet beside a Colombian
    department's name).
    """
    listed: set[str] = set()
    body_mentions = sorted((m for m in mentions if m.offset is not None), key=lambda m: m.offset or 0)
    run: list[Mention] = []
    for mention in [*body_mentions, None]:
        if mention is not None and run:
            prev = run[-1]
            gap = body[(prev.offset or 0) + len(prev.text) : mention.offset]
            if _LIST_GAP.fullmatch(gap):
                run.append(mention)
                continue
        if len(run) >= 3:
            keys = [name_key(m.text) for m in run]
            for i, key in enumerate(keys):
                others = keys[:i] + keys[i + 1 :]
                if 2 * sum(k in places for k in others) > len(others):
                    listed.add(key)
        run = [mention] if mention is not None else []
    return frozenset(listed - places)


__all__ = ["aged_words", "listed_places", "located_names", "placed_names", "pronouned_words", "word_before"]
