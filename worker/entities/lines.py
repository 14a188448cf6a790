"""Tell a paragraph's ``<br>`` lines apart: a list (one name or item per line) or prose hard-wrapped by ``<br>``."""

from __future__ import annotations

import re
import statistics
from typing import Final

WRAPPED_LINE_CHARS: Final[int] = 50
"""A paragraph whose lines run to this many characters (median) is prose hard-wrapped at a fixed width, not a list:
a list's lines hold a name and a short role ("Saladin Ambar, Rutgers University")."""

PARAGRAPH = re.compile(r"[^\n]+(?:\n[^\n]+)*")
"""A paragraph of the body: its lines, broken by ``<br>``, up to a blank line."""
LINE = re.compile(r"[^\n]+")
"""A line of the body."""


def unwrapped(body: str) -> str:
    """``body`` with the line breaks of hard-wrapped paragraphs made spaces ("Aspect Oriented\\nProgramming in Java"
    is one sentence), the breaks of lists kept; same length, so offsets hold."""
    if "\n" not in body.replace("\n\n", ""):
        return body
    parts: list[str] = []
    last = 0
    for paragraph in PARAGRAPH.finditer(body):
        lines = paragraph.group().split("\n")
        if len(lines) > 1 and statistics.median(len(line) for line in lines) >= WRAPPED_LINE_CHARS:
            parts += [body[last : paragraph.start()], paragraph.group().replace("\n", " ")]
            last = paragraph.end()
    return "".join([*parts, body[last:]]) if parts else body


__all__ = ["LINE", "PARAGRAPH", "WRAPPED_LINE_CHARS", "unwrapped"]
