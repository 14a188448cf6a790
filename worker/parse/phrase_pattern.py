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
    return re.compile("(?=[" + "".join(sorted(firsts)) + "])(?:" + alternation + ")", flags)


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
