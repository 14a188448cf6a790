"""Compile an alternation of phrases so that the matcher skips, in one test, a position no phrase starts at."""

from __future__ import annotations

import re


def phrase_pattern(alternation: str, flags: int = 0) -> re.Pattern[str]:
    """``alternation`` (``"originally|first (?:published|ran)|..."``) compiled behind a lookahead for the letters
    its phrases start with: the same matches, found several times faster in long text, where Python's matcher
    otherwise tries every phrase at every position.

    Raises:
        ValueError: a phrase (a fragment between two ``|``) does not start with a letter; the lookahead could then
            hide its matches.
    """
    firsts = set()
    for fragment in alternation.split("|"):
        if not fragment[:1].isalpha():
            raise ValueError(f"phrase {fragment!r} does not start with a letter")
        firsts.add(fragment[0])
    return re.compile("(?=[" + "".join(sorted(firsts)) + "])(?:" + _by_first_letter(alternation, flags) + ")", flags)


_QUANTIFIERS = frozenset("?*+{")


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


_UNFOLDED = re.compile("[İıſ]")
"""The letters ``re.IGNORECASE`` matches otherwise than their ``str.lower()``: "İ" (two characters lower-cased),
"ı" and "ſ" (matched as "i" and "s")."""


def _plain(char: str) -> bool:
    """A character whose case-insensitive matches are the characters lower-casing to it: ASCII, Latin letters
    (not "µ", which matches Greek "μ") and general punctuation."""
    code = ord(char)
    return (code < 0x250 and char != "µ") or 0x2000 <= code < 0x2070


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
            outside ``_plain``, or a phrase that does not start with a letter (``phrase_pattern``).
        """
        if alternation != alternation.lower() or not all(_plain(char) for char in alternation):
            raise ValueError(f"not a lower-case Latin alternation: {alternation[:60]!r}")
        self.pattern = phrase_pattern(alternation, re.IGNORECASE)
        self._lower = phrase_pattern(alternation)

    def found_in(self, text: str) -> bool:
        """Whether ``self.pattern.search(text)`` finds a match."""
        if _UNFOLDED.search(text) is not None:
            return self.pattern.search(text) is not None
        return self._lower.search(text.lower()) is not None


__all__ = ["PhraseFinder", "phrase_pattern"]
