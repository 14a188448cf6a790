"""The word gates of the republication-note patterns (``note_patterns.Statement``) hold on real note wordings."""

from __future__ import annotations

import html
import re
from pathlib import Path

from worker.parse.note_patterns import NOTE_WORD, STATEMENTS

_PROBES = Path(__file__).resolve().parents[2] / "data" / "probes"
_MARKUP = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.DOTALL | re.IGNORECASE)


def _probe_lines() -> list[str]:
    """The text lines of the origin probe pages that pass the note-word test (the only ones the patterns see)."""
    lines = []
    for page in sorted(_PROBES.glob("origin*/*.html")):
        text = html.unescape(_MARKUP.sub("\n", page.read_text(encoding="utf-8", errors="replace")))
        lines += [" ".join(line.split()) for line in text.split("\n") if NOTE_WORD.found_in(line)]
    return lines


def test_every_match_of_a_gated_statement_holds_one_of_its_words() -> None:
    # Given the note lines of the origin probe pages (notes in a dozen languages, written for those rules)
    lines = _probe_lines()
    matched = 0
    for statement in STATEMENTS:
        if not statement.words:
            continue
        for line in lines:
            match = statement.pattern.search(line)
            if match is not None:
                matched += 1
                # Then the block's lower case holds one of the pattern's words: the gate never skips a match
                assert any(word in match.group().lower() for word in statement.words), (statement.words, line)
    assert matched >= 100  # the pages exercise the gated patterns (140 matches when written)
