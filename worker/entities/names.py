"""Clean the surface form of a name and derive the key its mentions are compared by."""

from __future__ import annotations

import re
from typing import Final

_LEADING_WORDS: Final[frozenset[str]] = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "first", "second", "third", "last", "former", "late"}
)
_EDGE_PUNCT: Final[str] = " \t\"'“”‘’«»()[]{}<>,;:!?*–—-|/"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_SPACE = re.compile(r"\s+")
_MAX_TOKENS: Final[int] = 8


def clean_name(text: str) -> str | None:
    """Trim one mention to the name itself, or return ``None`` if nothing name-like is left.

    Drops leading determiners and ordinals ("the", "first"), a trailing possessive ("'s"), edge punctuation and
    line breaks; rejects forms without a capital letter or longer than eight words.
    """
    text = _SPACE.sub(" ", text).strip(_EDGE_PUNCT)
    words = text.split(" ")
    while len(words) > 1 and words[0].casefold() in _LEADING_WORDS:
        words.pop(0)
    text = " ".join(words)
    if _POSSESSIVE.search(text):
        text = text[:-1] if text[-1] in "'’" and not text.endswith(("'s", "’s")) else text[:-2]
    text = text.strip(_EDGE_PUNCT)
    if len(text) < 2 or not any(ch.isupper() for ch in text) or len(text.split(" ")) > _MAX_TOKENS:
        return None
    return text


def name_key(text: str) -> str:
    """The comparison key of a cleaned name: case-folded, periods and hyphens dropped, "Saint" as "st"."""
    key = text.casefold().replace("’", "'").replace(".", "").replace("-", " ")
    key = _SPACE.sub(" ", key).strip()
    return re.sub(r"^saint ", "st ", key)


def is_all_caps(text: str) -> bool:
    """Whether every cased letter of ``text`` is upper case (an acronym or a shouted headline word)."""
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


__all__ = ["clean_name", "is_all_caps", "name_key"]
