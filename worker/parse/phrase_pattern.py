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


__all__ = ["phrase_pattern"]
