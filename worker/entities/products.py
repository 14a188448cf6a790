"""Companies the small model calls products: a one-word "product" the text never treats as a thing."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from typing import Final

from worker.entities.gazetteer import ORG_WORDS
from worker.entities.mentions import RawEntity
from worker.entities.merge import MergedEntity
from worker.entities.names import name_key, name_spans

_ONE_NAME = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)?")
"""One capitalised word, or two run together ("HandyGames"); no digits, no lower-case start ("iPhone")."""
THING_WORDS: Final[frozenset[str]] = frozenset(
    {
        "a", "an", "the", "my", "your", "our", "his", "her", "their", "its", "this", "that", "these", "those",
        "every", "each", "any", "new", "old", "on", "using", "via",
    }
)  # fmt: skip
"""Words before a product's name ("a Linux machine", "the new Kindle", "on Windows", "using Excel") that a
company's name, a proper noun standing for the firm, does not take ("joined Axios", "thank Gousto")."""
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W{1,3}$")


def company_products(ents: list[RawEntity], body: str) -> list[RawEntity]:
    """Label ORG what spaCy called a PRODUCT when it is one capitalised word that ``body`` never writes after a
    determiner or "on", "using", "via" (``THING_WORDS``): the small model calls many companies known by one word
    products, and a product is a thing the text counts, owns or runs things on; a firm is named bare."""
    return [
        (
            name,
            "ORG" if label == "PRODUCT" and _ONE_NAME.fullmatch(name) and not _named_as_thing(name, body) else label,
            at,
        )
        for name, label, at in ents
    ]


def _named_as_thing(name: str, body: str) -> bool:
    for start, _ in name_spans(name, body):
        before = _WORD_BEFORE.search(body, max(start - 24, 0), start)
        if before is not None and before.group(1).casefold() in THING_WORDS:
            return True
    return False


_VERSIONED = re.compile(r" \d[\d.]*(?![\d.]*[%,]?\d)")
"""A version number after a name: "Python 3", "Windows 11", "Xbox 360"."""


def versioned_products(entities: list[MergedEntity], text: str, places: AbstractSet[str]) -> list[MergedEntity]:
    """``entities`` without the products known by their version: a one-word name with no
    organisation word and no known place, that ``text`` (headline and body) writes followed by a version number
    ("Python 3", "Windows 11", "Xbox 360") at least as often as bare. A firm is named bare ("Boeing said") far more
    often than in a model's name ("Boeing 737")."""
    kept = []
    for entity in entities:
        key = name_key(entity.text)
        if " " not in key and key not in ORG_WORDS and key not in places and _ever_versioned(entity.text, text):
            after = [text[end : end + 12] for _, end in name_spans(entity.text, text)]
            versioned = sum(1 for tail in after if _VERSIONED.match(tail))
            if versioned and versioned * 2 >= len(after):
                continue
        kept.append(entity)
    return kept


def branded_products(entities: list[MergedEntity], text: str, places: AbstractSet[str]) -> list[MergedEntity]:
    """``entities`` without the products named after their maker: an organisation of several words that opens with
    the whole name of another organisation of the same text, goes on with no organisation word, place or joining
    word, and that ``text`` writes after a determiner or "on", "using" (``THING_WORDS``) at least once: "the Google
    Home", "an Amazon Echo" beside "Google", "Amazon". The maker is the tag; "Fox News", "Tesla Motors", "Supreme
    Court of India", "Mitsubishi Motors Philippines" (a subsidiary) stay, and so does a firm named bare
    ("Activision Blizzard")."""
    makers = {name_key(e.text) for e in entities if e.label == "ORG"}
    kept = []
    for entity in entities:
        words = name_key(entity.text).split(" ")
        if entity.label == "ORG" and len(words) > 1:
            maker = next((i for i in range(1, len(words)) if " ".join(words[:i]) in makers), None)
            rest = words[maker:] if maker is not None else []
            if (
                rest
                and not set(rest) & _NOT_PRODUCT_WORDS
                and " ".join(rest) not in places
                and _named_as_thing(entity.text, text)
            ):
                continue
        kept.append(entity)
    return kept


_AGENT_AFTER = re.compile(
    r"['’]s [A-Z]|(?:['’]s)? (?:said|says|told|announced|added|confirmed|declined|denied|launched|reported|"
    r"spokes(?:wo)?man|spokesperson|CEO|chief|head|executives?|employees|staff|Inc|Corp|shares|stock)\b"
)
"""What follows a firm that acts or owns ("Instagram said", "YouTube's chief", "WhatsApp spokesperson", "Google's
Project Fi"): a product neither acts nor owns a name."""


_PRODUCT_NOUNS = (
    r"(?:voice |digital |virtual |AI |smart )?assistant|chatbot|app|smartphone|phone|handset|tablet|console|"
    r"(?:smart )?speaker|headset|e-reader|browser|operating system|(?:AI |language )?model|chip|processor|drug|"
    r"vaccine|pill|SUV|sedan|pickup|airliner|jet|satellite"
)
_PRODUCT_APPOSITION = re.compile(
    rf", (?:its|their|the (?:company|firm|group)['’]s|[A-Z][\w&-]*['’]s) (?:[\w-]+ ){{0,2}}?(?:{_PRODUCT_NOUNS})[,.;)]"
)
"""A product noun in apposition after a name, with its owner ("Alexa, its voice assistant,", "Gemini, Google's AI
model."): the name is the owner's product."""


def owned_products(entities: list[MergedEntity], text: str) -> list[MergedEntity]:
    """``entities`` without the products of another organisation of the text: a one-word organisation that
    ``text`` writes after that organisation's possessive ("Amazon's Alexa", "Apple's Siri", "Google's Android") or
    before a product noun of its owner ("Alexa, its voice assistant,"), and
    never as a firm that acts or owns a name (``_AGENT_AFTER``: "Instagram said", "YouTube's chief", "Alphabet's
    Google" beside "Google's Project Fi"; a subsidiary does, a product does not). The labelling rule leaves
    products out; the maker stays."""
    makers = [e.text for e in entities if e.label == "ORG"]
    if len(makers) < 2:
        return entities
    owners = _Owners(makers)
    return [
        entity
        for entity in entities
        if not (entity.label == "ORG" and _ONE_NAME.fullmatch(entity.text) and _owned(entity.text, owners, text))
    ]


class _Owners:
    """The makers of a page, found before a name by their possessive ("Amazon's Alexa")."""

    def __init__(self, makers: list[str]) -> None:
        self._makers = frozenset(makers)
        self._sizes = sorted({len(maker) for maker in self._makers}, reverse=True)

    def before(self, text: str, pos: int, end: int) -> str | None:
        """The maker of ``text[pos:end]`` that ends it with its possessive and a space, the leftmost (so longest):
        what ``re.compile("(" + "|".join(map(re.escape, makers)) + ")['’]s $").search(text, pos, end)`` finds as its
        group, without compiling that pattern for every page ("$" also matches before a newline ending the span)."""
        stop = end - 3
        if text[end - 1 : end] == "\n":
            stop -= 1
        if stop < pos or text[stop : stop + 3] not in _POSSESSIVE_SPACE:
            return None
        for size in self._sizes:
            if stop - size < pos:
                continue
            maker = text[stop - size : stop]
            if maker in self._makers:
                return maker
        return None


_POSSESSIVE_SPACE: Final[frozenset[str]] = frozenset({"'s ", "’s "})


def _owned(name: str, owners: _Owners, text: str) -> bool:
    """Whether ``text`` writes ``name`` after another maker's possessive (``owners``) or before a product noun of
    its owner (``_PRODUCT_APPOSITION``), and never before ``_AGENT_AFTER``."""
    owned = False
    for start, end in name_spans(name, text):
        if _AGENT_AFTER.match(text, end):
            return False
        owned = owned or _PRODUCT_APPOSITION.match(text, end) is not None
        if not owned:
            found = owners.before(text, max(start - 40, 0), start)
            owned = found is not None and found != name
    return owned


_JOINING_WORDS: Final[frozenset[str]] = frozenset(
    {"of", "for", "and", "the", "a", "de", "del", "du", "des", "la", "le", "y", "al", "van", "von", "da", "di"}
)
"""Words inside an institution's full name ("Supreme Court of India"), never inside a product's."""
_NOT_PRODUCT_WORDS: Final[frozenset[str]] = ORG_WORDS | _JOINING_WORDS


def _ever_versioned(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` right before a space and a digit anywhere: the cheap test first."""
    spaced = name + " "
    at = text.find(spaced)
    while at >= 0:
        after = at + len(spaced)
        if text[after : after + 1].isdecimal():
            return True
        at = text.find(spaced, at + 1)
    return False


__all__ = ["THING_WORDS", "branded_products", "company_products", "owned_products", "versioned_products"]
