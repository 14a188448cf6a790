"""Mentions that name no entity: a country's initials used as an adjective, a product's model number, a disease, an
acronym the text defines as a common noun."""

from __future__ import annotations

import re
from typing import Final

from worker.entities.merge import Mention
from worker.entities.names import name_key

_DEFINED_ACRONYM = re.compile(r"\b((?:[a-z][\w-]*\s+){1,7}[a-z][\w-]*)\s+\(([A-Z]{2,6}s?)\)\Z")
_BRACKETED_ACRONYM = re.compile(r"\([A-Z]{2,6}s?\)")
_COUNTRY_INITIALS: Final[frozenset[str]] = frozenset({"us", "usa", "uk", "eu", "un"})
_NEXT_WORD_AFTER = re.compile(r" ([A-Za-z][\w'’-]*)")
_NOUN_FOLLOWERS: Final[frozenset[str]] = frozenset(
    {
        "and", "or", "but", "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "can",
        "should", "must", "may", "might", "does", "did", "do", "to", "in", "on", "for", "of", "by", "with", "at",
        "as", "from", "into", "than", "that", "which", "who", "said", "says", "after", "before", "over", "since",
        "until", "while", "if", "because", "so", "also", "remains", "continues", "wants", "needs", "plans",
    }
)  # fmt: skip
"""Words that may follow a country's initials used as a noun ("the US and China", "the UK has", "in the US in 2020")."""


def drop_attributive_countries(mentions: list[Mention], body: str) -> list[Mention]:
    """Drop a country's initials used as an adjective ("US officials", "the U.S. market", "UK Transport Secretary"):
    the labelling rule tags "US" only as a noun ("sanctions imposed by the US", "the US and China"). In a headline,
    where a verb or a noun may follow ("US sanctions Iran", "US sanctions hit banks"), the initials count only when
    the body names the country as a noun too (by its initials or its full name, "United States")."""
    kept = [
        m
        for m in mentions
        if m.offset is None
        or name_key(m.text) not in _COUNTRY_INITIALS
        or not _attributive(body, m.offset + len(m.text))
    ]
    named = {name_key(m.text) for m in kept if m.offset is not None}
    named |= {"".join(w[:1] for w in key.split(" ")) for key in named if " " in key}
    return [
        m for m in kept if not m.in_headline or name_key(m.text) not in _COUNTRY_INITIALS or name_key(m.text) in named
    ]


def _attributive(text: str, end: int) -> bool:
    """Whether the country initials ending at ``end`` are followed by a word that makes them an adjective."""
    after = _NEXT_WORD_AFTER.match(text, end)
    return after is not None and after.group(1).casefold() not in _NOUN_FOLLOWERS


def drop_model_numbers(mentions: list[Mention]) -> list[Mention]:
    """Drop names holding a model or version number after a word ("Windows 11", "Galaxy S23 Ultra"): products,
    which the labelling rule leaves out, that the small model tags as places, organisations or people."""
    return [m for m in mentions if not _has_model_number(m.text)]


def _has_model_number(name: str) -> bool:
    words = name.split()
    return any(
        _MODEL_NUMBER.fullmatch(words[i]) is not None and words[i - 1] not in ("Channel", "Radio", "TV")
        for i in range(1, len(words))
    )


_SHIP_PREFIXES = r"(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|INS|RFA|RMS|MV)\s+"
_VESSEL_PREFIX = re.compile(rf"{_SHIP_PREFIXES}(?=[A-Z])")
"""A ship's prefix ("USS Higgins", "HMS Queen Elizabeth", "INS Vikrant"), written in capitals before its name."""
_PREFIX_BEFORE = re.compile(rf"(?<![\w-]){_SHIP_PREFIXES}$")
_LONGEST_PREFIX = 8  # "HMNZS" and its space, with room


def drop_vessels(mentions: list[Mention], body: str) -> list[Mention]:
    """Drop ships' names: a name opening with a ship's prefix ("USS Higgins"), or one the body writes only right after
    one ("the MV Sycamore", read as "Sycamore"; not "Iwo Jima" where the island is written alone too): vessels, which
    the labelling rule leaves out as it does spacecraft."""
    if _VESSEL_PREFIX.search(body) is None:
        return mentions
    kept = []
    for mention in mentions:
        if _VESSEL_PREFIX.match(mention.text):
            continue
        if (
            mention.offset is not None
            and _after_prefix(body, mention.offset)
            and _only_after_prefix(mention.text, body)
        ):
            continue
        kept.append(mention)
    return kept


def _after_prefix(body: str, offset: int) -> bool:
    """The body writes a ship's prefix right before ``offset``."""
    return _PREFIX_BEFORE.search(body, max(offset - _LONGEST_PREFIX, 0), offset) is not None


def _only_after_prefix(name: str, body: str) -> bool:
    """Every time the body writes ``name`` it follows a ship's prefix."""
    at = body.find(name)
    while at >= 0:
        if not _after_prefix(body, at):
            return False
        at = body.find(name, at + 1)
    return True


_MODEL_NUMBER = re.compile(r"[A-Z]{0,3}-?\d[\d.,]*[A-Za-z]?\+?")
"""A model or version number: "11", "S23", "737", "A320", "5G", "3.0"; not "76ers", "4th" (a team, an ordinal)."""
_DISEASE_WORDS = (
    "virus|disease|fever|syndrome|encephalitis|flu|influenza|infection|outbreak|variant|plague|pandemic|epidemic"
)
_DISEASE_WORD = re.compile(rf" (?<=[\w'’.-] )(?i:{_DISEASE_WORDS})\b")
"""A disease word after a word and a space, the space matched first: a pattern opening with a literal lets the search
skip to it, where one opening with a look-behind is tried at every position (a match starts one character before
the word)."""
_DISEASE_NAME = re.compile(rf"(?i:.* )?(?i:{_DISEASE_WORDS})|.+ Death")
"""A disease's name: ending in a disease word, or a name for a deadly epidemic ("the Black Death"); the word
"death" after a name elsewhere is no disease ("the Gaza death toll")."""


def drop_diseases(
    mentions: list[Mention], headline: str, body: str, given: frozenset[str] = frozenset()
) -> list[Mention]:
    """Drop names the text uses for a disease: written once before "virus", "disease", "fever", "syndrome" ...
    ("Nipah virus", "Lyme disease", "the Ebola epidemic"), or ending in such a word ("Eastern Equine Encephalitis",
    "the Great Plague", "the Black Death"); a disease is no entity (the labelling rule). People are kept ("Jane
    Flu"), but not a lone word the model called a person that is no given name (``given``): "the Nipah virus"."""
    diseases: set[str] = set()
    for text in (headline, body):
        for match in _DISEASE_WORD.finditer(text):
            at = match.start() + 1  # the disease word, after the space
            words = text[max(at - 80, 0) : at].split(" ")[-9:-1]  # the words right before
            run = len(words)
            while run > 0 and words[run - 1][:1].isupper():
                run -= 1
            diseases.update(" ".join(words[i:]) for i in range(run, len(words)))
    return [
        m
        for m in mentions
        if (
            m.label == "PERSON"
            and (" " in m.text or name_key(m.text) in given or m.text not in diseases)
            and m.text.rsplit(" ", 1)[-1].casefold() not in _NO_SURNAMES
        )
        or (m.text not in diseases and _DISEASE_NAME.fullmatch(m.text) is None)
    ]


_NO_SURNAMES: Final[frozenset[str]] = frozenset(
    {"virus", "disease", "syndrome", "encephalitis", "influenza", "infection", "outbreak", "pandemic", "epidemic"}
)
"""Disease words no person's name ends in: "Equine Encephalitis", which the model calls a person, is the disease
(unlike "Flu" or "Fever", which may be surnames)."""


def drop_defined_acronyms(mentions: list[Mention], body: str) -> list[Mention]:
    """Drop acronyms the text defines as common nouns: "small and medium enterprises (SME)"."""
    common = set()
    for bracket in _BRACKETED_ACRONYM.finditer(body):  # the phrase regex only where an acronym is (it is slow)
        match = _DEFINED_ACRONYM.search(body, max(bracket.start() - 400, 0), bracket.end())
        if match is None:
            continue
        phrase, acronym = match.group(1).split(), match.group(2)
        initials = "".join(w[0] for w in phrase[-len(acronym) - 2 :] if w not in ("and", "of", "&")).upper()
        if initials.endswith(acronym.upper().rstrip("S")):
            common.add(acronym)
    return [m for m in mentions if m.text not in common]


__all__ = [
    "drop_attributive_countries",
    "drop_defined_acronyms",
    "drop_diseases",
    "drop_model_numbers",
    "drop_vessels",
]
