"""Text helpers the extractors share: whitespace clean-up, the comparison key of a name, its folded spelling,
month names."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Final

_NON_WORD = re.compile(r"\W+")


def clean_text(value: str | None) -> str:
    """Unescape entities left in ``value`` and collapse its whitespace."""
    return " ".join(html.unescape(value or "").split())


def compact_key(value: str | None) -> str:
    """The comparison key of a name or site: case-folded, word characters only ("The Verge" → "theverge")."""
    return _NON_WORD.sub("", (value or "").casefold())


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def folded(value: str | None) -> str:
    """``value`` case-folded, umlauts spelled out, accents dropped ("Süddeutsche" → "sueddeutsche"), as names are
    written in domains."""
    spelled = unicodedata.normalize("NFKD", (value or "").casefold().translate(_UMLAUTS))
    return spelled.encode("ascii", "ignore").decode("ascii")


MONTHS: Final[dict[str, int]] = {
    **dict.fromkeys(("january", "jan", "januar", "janvier", "enero", "gennaio", "janeiro", "januari", "jänner"), 1),
    **dict.fromkeys(
        ("february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari", "feber"), 2
    ),
    **dict.fromkeys(("march", "mar", "märz", "maerz", "mars", "marzo", "março", "maart", "mrz"), 3),
    **dict.fromkeys(("april", "apr", "avril", "abril", "aprile"), 4),
    **dict.fromkeys(("may", "mai", "mayo", "maggio", "maio", "mei"), 5),
    **dict.fromkeys(("june", "jun", "juni", "juin", "junio", "giugno", "junho"), 6),
    **dict.fromkeys(("july", "jul", "juli", "juillet", "julio", "luglio", "julho"), 7),
    **dict.fromkeys(("august", "aug", "août", "aout", "agosto", "augustus"), 8),
    **dict.fromkeys(("september", "sep", "sept", "septembre", "septiembre", "settembre", "setembro"), 9),
    **dict.fromkeys(("october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"), 10),
    **dict.fromkeys(("november", "nov", "novembre", "noviembre", "novembro"), 11),
    **dict.fromkeys(
        ("december", "dec", "dezember", "dez", "décembre", "decembre", "diciembre", "dicembre", "dezembro"), 12
    ),
}
"""Month names and their usual abbreviations in the languages the parser reads, lower-cased, to their number."""
MONTH_NAMES: Final[str] = "|".join(sorted(MONTHS, key=len, reverse=True))
"""The month names as one regular-expression alternation, longest first."""


_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
"""A Chinese, Japanese or Korean character: a script without spaces between its words, where one character carries
about as much of a headline as a word of two or three Latin letters does."""


def title_length(title: str) -> int:
    """``title``'s length for a headline's minimum: its characters, a Chinese, Japanese or Korean one counting twice
    ("삼성전자 총파업 예고", ten characters, is a whole headline)."""
    return len(title) + len(_WIDE.findall(title))


def title_words(title: str) -> int:
    """``title``'s words for a headline's minimum: its space-separated words, and one more for every two Chinese,
    Japanese or Korean characters, whose words no space separates."""
    return len(title.split()) + len(_WIDE.findall(title)) // 2


__all__ = ["MONTHS", "MONTH_NAMES", "clean_text", "compact_key", "folded", "title_length", "title_words"]
