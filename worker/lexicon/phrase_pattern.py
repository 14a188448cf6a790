"""Compile an alternation of phrases so that the matcher skips, in one test, a position no phrase starts at."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator


def phrase_pattern(alternation: str, flags: int = 0) -> re.Pattern[str]:
    """``alternation`` (``"originally|first (?:published|ran)|..."``) compiled behind a lookahead for the letters
    its phrases start with: the same matches, found several times faster in long text, where Python's matcher
    otherwise tries every phrase at every position.

    Raises:
        ValueError: a phrase (a fragment between two ``|``) does not start with a letter or digit; the lookahead
            could then hide its matches.
    """
    return re.compile(phrase_alternation(alternation, flags), flags)


def phrase_alternation(alternation: str, flags: int = 0) -> str:
    """``phrase_pattern``'s regex as text, one group, for a larger pattern: there too, a position (or a branch of
    an anchored match) where no phrase starts fails in one test, where a case-insensitive alternation would
    otherwise try, and fold, every phrase.

    Raises:
        ValueError: a phrase does not start with a letter or digit (an agency spelled "7sur7" may).
    """
    return "(?=[" + _first_letters(_top_level(alternation)) + "])(?:" + _by_first_letter(alternation, flags) + ")"


_QUANTIFIERS = frozenset("?*+{")
_OPTIONAL = ("?", "*", "{0")


def _first_letters(phrases: list[str]) -> str:
    """The characters the phrases can start with, for the lookahead: a phrase's first letter, and when that letter
    is optional ("s?ports"), the letters its rest can start with.

    Raises:
        ValueError: a phrase (or the rest after an optional letter) does not start with a letter or digit.
    """
    firsts: set[str] = set()
    for phrase in phrases:
        rest = phrase
        while True:
            if not rest[:1].isalnum():
                raise ValueError(f"phrase {phrase!r} does not start with a letter or digit")
            firsts.add(rest[0])
            if not rest[1:].startswith(_OPTIONAL):
                break
            rest = rest[rest.index("}") + 1 :] if rest[1] == "{" else rest[2:]
    return "".join(sorted(firsts))


def _by_first_letter(alternation: str, flags: int) -> str:
    """The same alternation with its phrases grouped under their first letter ("re(?:port|ported)|a(?:ccording)"):
    at a position the matcher then tries one group, not every phrase. Phrases keep their order within a group, and
    two groups never match at the same position, so the same match is found. A phrase whose first letter a
    quantifier follows ("s?ports") stays whole."""
    ignore_case = bool(flags & re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    whole: list[str] = []
    for phrase in _top_level(alternation):
        if phrase[1:2] in _QUANTIFIERS:
            whole.append(phrase)
        else:
            groups.setdefault(phrase[0].lower() if ignore_case else phrase[0], []).append(phrase)
    parts = [f"{re.escape(first)}(?:{'|'.join(p[1:] for p in phrases)})" for first, phrases in groups.items()]
    return "|".join([*parts, *whole])


def _top_level(alternation: str) -> list[str]:
    """``alternation`` split at its top-level ``|`` (not inside a group or a character class, nor escaped)."""
    phrases: list[str] = []
    start, depth, in_class, escaped = 0, 0, False, False
    for i, char in enumerate(alternation):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            phrases.append(alternation[start:i])
            start = i + 1
    phrases.append(alternation[start:])
    return phrases


def phrase_trie(alternation: str) -> str:
    """``alternation`` as a regex branching on its phrases' leading literal characters (``_trie``), for a larger
    pattern tested only for whether it matches: the same texts match, with fewer branches tried at a position. A
    phrase that starts with regex syntax (a group, a class) stays whole."""
    return _trie(_top_level(alternation))


_SPECIAL = frozenset("\\()[]|.^$?*+{}")


def _trie(phrases: list[str]) -> str:
    """The phrases as one regex branching on their leading literal characters, a character at a time ("re(?:p(?:
    ublished|rinted)|blogged from)"): at a position the matcher follows one path instead of trying each phrase of a
    first letter in turn. It finds a match wherever one of the phrases matches, not always the same one: for a
    yes-or-no search only."""
    children: dict[str, list[str]] = {}
    ends: list[str] = []
    for phrase in phrases:
        first, second = phrase[:1], phrase[1:2]
        if first and first not in _SPECIAL and second not in _QUANTIFIERS:
            children.setdefault(first, []).append(phrase[1:])
        else:
            ends.append(phrase)  # the phrase's rest starts with regex syntax, or it is done ("")
    branches = [re.escape(char) + _trie(rests) for char, rests in children.items()]
    branches += [end for end in ends if end]
    if "" in ends:
        return "(?:" + "|".join(branches) + "|)" if branches else ""
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


_NOT_PLAIN = re.compile(r"[^\x00-\u024f\u2000-\u206f]|[µİıſ]")
"""A character whose case-insensitive matches are not just the characters lower-casing to it: outside ASCII, Latin
letters and general punctuation, "µ" (which matches Greek "μ") and ``_UNFOLDED``'s letters. A text holding one is
matched case-insensitively."""
_UNFOLDED = ("İ", "ı", "ſ")
"""The letters ``re.IGNORECASE`` matches otherwise than their ``str.lower()``: "İ" (two characters lower-cased),
"ı" and "ſ" (matched as "i" and "s"). Looked for with ``in``: in a text of only Latin-1 characters (most) each test
is answered without a scan, as the letters lie above U+00FF; 6x faster than a ``[İıſ]`` search over the texts the
parser tests (775 -> 125 ns a text)."""


def lowered_latin(text: str) -> str | None:
    """``text.lower()``, which holds a lower-case Latin word wherever a ``re.IGNORECASE`` search of ``text`` finds
    it (and a caseless word, such as a Japanese one, wherever ``text`` holds it); None when ``text`` holds one of
    ``_UNFOLDED``'s letters, which that search matches otherwise."""
    dotted_i, dotless_i, long_s = _UNFOLDED
    if dotted_i in text or dotless_i in text or long_s in text:
        return None
    return text.lower()


class PhraseFinder:
    """Whether a text holds one of the phrases of a lower-case, Latin-script alternation, in any case: the answer
    of ``phrase_pattern(alternation, re.IGNORECASE).search(text)``, about 4x faster.

    Matching case-insensitively, Python's matcher folds every character it compares and cannot skip a branch on its
    first letter; a case-sensitive search of ``text.lower()`` finds the same phrases at the same places (a text with
    one of ``_UNFOLDED``'s letters takes the case-insensitive search).
    """

    def __init__(self, alternation: str) -> None:
        """Raises:
        ValueError: ``alternation`` has an upper-case letter (or escape such as ``\\W``) or a character
            of ``_NOT_PLAIN``, or a phrase that does not start with a letter or digit (``phrase_pattern``).
        """
        if alternation != alternation.lower() or _NOT_PLAIN.search(alternation) is not None:
            raise ValueError(f"not a lower-case Latin alternation: {alternation[:60]!r}")
        self._alternation = alternation
        phrases = _top_level(alternation)
        self._lower = re.compile(f"(?=[{_first_letters(phrases)}])" + _trie(phrases))

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """``phrase_pattern(alternation, re.IGNORECASE)``, compiled the first time a text needs it (one with an
        ``_UNFOLDED`` letter: rare), not at import: the parser's two finders built in 11 ms instead of 18 ms."""
        return phrase_pattern(self._alternation, re.IGNORECASE)

    def found_in(self, text: str) -> bool:
        """Whether ``self.pattern.search(text)`` finds a match."""
        dotted_i, dotless_i, long_s = _UNFOLDED
        if dotted_i in text or dotless_i in text or long_s in text:
            return self.pattern.search(text) is not None
        return self._lower.search(text.lower()) is not None


_ESCAPE = re.compile(r"\\.")
_GROUP_NAME = re.compile(r"\(\?P[<=]")


class CaselessPattern:
    """A case-insensitive regular expression, matched in Latin-script text as a case-sensitive one on the text's
    lower case: the same answers as ``re.compile(pattern, re.IGNORECASE)``, several times faster where the pattern
    is a long alternation of words (a case-insensitive matcher folds every character it compares and cannot skip
    a branch on its first letter). A text with a character of ``_NOT_PLAIN`` takes the case-insensitive pattern.

    A match found on the lower case has the same offsets (``str.lower`` keeps the length of a text without
    ``_NOT_PLAIN``'s characters), but its groups' text is lower-cased.
    """

    def __init__(self, pattern: str) -> None:
        """Raises:
        ValueError: ``pattern`` has an upper-case letter outside an escape (``\\W``, ``\\d``) or turns
            case-insensitivity off somewhere (``(?-i:``).
        """
        letters = _GROUP_NAME.sub("", _ESCAPE.sub("", pattern))
        if letters != letters.lower() or "(?-i" in pattern:
            raise ValueError(f"not a lower-case pattern: {pattern[:60]!r}")
        self._source = pattern
        self._lower = re.compile(pattern)

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        """``re.compile(pattern, re.IGNORECASE)``, compiled the first time a text needs it (one with a character of
        ``_NOT_PLAIN``: rare), not at import (the parser's three built in ~10 ms less)."""
        return re.compile(self._source, re.IGNORECASE)

    def match(self, text: str) -> re.Match[str] | None:
        """``self.pattern.match(text)`` (its groups lower-cased where the text is Latin)."""
        if text.isascii() or _NOT_PLAIN.search(text) is None:
            return self._lower.match(text.lower())
        return self.pattern.match(text)

    def search(self, text: str) -> re.Match[str] | None:
        """``self.pattern.search(text)`` (its groups lower-cased where the text is Latin)."""
        if text.isascii() or _NOT_PLAIN.search(text) is None:
            return self._lower.search(text.lower())
        return self.pattern.search(text)


class GatedPattern:
    """A regular expression searched only in a text holding one of ``words``, strings that every match of it holds:
    a search tries the pattern at every position of the text, where ``in`` rules a text out at C speed. The same
    answers as ``regex``; keep ``words`` in step with it."""

    def __init__(self, regex: re.Pattern[str], words: tuple[str, ...]) -> None:
        self.regex = regex
        self.words = words

    def _may_match(self, text: str) -> bool:
        return any(word in text for word in self.words)

    def search(self, text: str) -> re.Match[str] | None:
        """``regex.search(text)``."""
        return self.regex.search(text) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """``regex.finditer(text)``."""
        return self.regex.finditer(text) if self._may_match(text) else iter(())


__all__ = [
    "CaselessPattern",
    "GatedPattern",
    "PhraseFinder",
    "lowered_latin",
    "phrase_alternation",
    "phrase_pattern",
    "phrase_trie",
]
