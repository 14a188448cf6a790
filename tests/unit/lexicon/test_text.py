"""The text keys and month names the parser's extractors share."""

from __future__ import annotations

import re

from worker.lexicon.text import MONTH_NAMES, MONTHS, clean_text, compact_key


def test_clean_text_unescapes_and_collapses_whitespace() -> None:
    assert clean_text("  Tom &amp; Jerry\n\t  show ") == "Tom & Jerry show"
    assert clean_text(None) == ""


def test_compact_key_ignores_case_spaces_and_punctuation() -> None:
    assert compact_key("The Verge") == compact_key("the-verge") == "theverge"
    assert compact_key("Süddeutsche Zeitung") == "süddeutschezeitung"
    assert compact_key(None) == ""


def test_month_names_cover_the_parsers_languages_and_match_longest_first() -> None:
    assert MONTHS["september"] == MONTHS["sept"] == MONTHS["settembre"] == 9
    assert MONTHS["märz"] == MONTHS["mars"] == 3
    match = re.match(f"(?:{MONTH_NAMES})", "september")
    assert match is not None and match.group() == "september"
