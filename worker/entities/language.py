"""Decide whether a record's text is in the pipeline's language (a cheap English check when the page names none)."""

from __future__ import annotations

import re
from typing import Final

_ENGLISH_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "the", "and", "of", "to", "is", "that", "was", "for", "with", "are", "this", "have", "from", "by", "it",
        "be", "as", "at", "which", "has", "were", "not", "but", "they", "their", "he", "she", "his", "her", "its",
        "been", "would", "will", "or", "who", "said",
    }
)  # fmt: skip
"""Frequent English words that are rare in the other languages of the web (no "in", "a", "an", "die")."""

ENGLISH_SHARE: Final[float] = 0.12
"""On the corpus (trafilatura text of 439 pages) English pages score 0.14 and more, all others under 0.08, except
an English recipe page of word lists (0.10)."""

_SAMPLE_CHARS: Final[int] = 5000
_WORD = re.compile(r"[^\W\d_]+")


_ENGLISH_LINE_WORDS: Final[frozenset[str]] = _ENGLISH_FUNCTION_WORDS | frozenset(
    {
        "a", "an", "on", "you", "your", "we", "our", "my", "me", "i", "is", "can", "do", "does", "did", "what", "how",
        "when", "if", "there", "all", "more", "about", "up", "out", "so", "just", "one", "new", "now", "only",
        "also", "than", "then", "them", "these", "those", "into", "over", "after", "had", "no", "get",
        "why", "where", "very", "some", "any", "us", "he's", "it's", "don't", "i'm",
    }
)  # fmt: skip
"""English words for the line check: the function words above plus short words other languages rarely write
(not "in", "die", "am", "so" is kept: a foreign line rarely has only it)."""

_OTHER_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "der", "die", "das", "den", "dem", "des", "und", "ich", "nicht", "ein", "eine", "einen", "einem", "ist",
        "sie", "wir", "mit", "auf", "für", "von", "zu", "sich", "auch", "wird", "wurde", "le", "la", "les", "et",
        "est", "du", "une", "un", "que", "qui", "dans", "pour", "pas", "el", "los", "las", "y", "por", "con",
        "para", "una", "es", "il", "di", "che", "non", "per", "della", "het", "een", "niet", "och", "att", "og",
        "ikke", "jest", "nie", "się", "o", "os", "não", "em", "um", "uma",
    }
)  # fmt: skip
"""Frequent function words of other European languages of the web (German, French, Spanish, Italian, Dutch,
Scandinavian, Polish, Portuguese) that English does not write."""

FOREIGN_LINE_WORDS: Final[int] = 4
"""A line needs this many lower-case words before it can read as another language."""
_LOWER_WORD = re.compile(r"(?<![\w'’-])[^\W\d_A-Z][\w'’]*")


def reads_foreign(line: str) -> bool:
    """Whether one line of an English text is in another language: at least ``FOREIGN_LINE_WORDS`` lower-case
    words, not one of them a common English word and at least two of them function words of another language
    ("Ich wurde ausgeraubt, als ich nach Hause kam."). A quoted passage or example in another language holds no
    names the English recognizer reads reliably (it tags its capitalised nouns). The words are read up to the first
    English one, which an English line (most of them) writes within its first few words."""
    words = []
    for match in _LOWER_WORD.finditer(line):
        word = match.group()
        if word.islower():
            if word.replace("’", "'") in _ENGLISH_LINE_WORDS:
                return False
            words.append(word)
    return len(words) >= FOREIGN_LINE_WORDS and sum(w in _OTHER_FUNCTION_WORDS for w in words) >= 2


def looks_english(text: str) -> bool:
    """Whether the first few thousand characters of ``text`` read as English (share of English function words)."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].casefold())
    if len(words) < 5:
        return False
    return sum(w in _ENGLISH_FUNCTION_WORDS for w in words) / len(words) >= ENGLISH_SHARE


__all__ = ["ENGLISH_SHARE", "FOREIGN_LINE_WORDS", "looks_english", "reads_foreign"]
