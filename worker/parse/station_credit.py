"""A local broadcaster's call sign in a story's dateline as the origin of a story another site carries.

US television and radio stations open their stories with a dateline naming themselves by call sign ("ST. LOUIS,
MO (KTVI) –", "NAPA COUNTY, Calif. (KGO) --"). On the station's own site that is its byline; the same dateline on a
portal or a sister station's site credits the station whose story it is. A station's own pages name it elsewhere too
(its logo, its copyright line, its licence's public file), so the dateline credits another station only where the
page names that station nowhere but in datelines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from bs4 import Tag

from worker.lexicon.domains import absolute_url
from worker.lexicon.text import clean_text
from worker.parse.body import Block
from worker.parse.origin_markup import OriginFinding

_STATION_DATELINE = re.compile(
    r"^(?P<statement>[A-Z][\w.'’ ,-]{1,60}?\s*\((?P<station>[KW][A-Z]{2,3})(?:-(?:TV|DT|CD|LP|FM|AM))?\)"
    r"\s*(?:[-—–]+|:))"
)
"""A dateline crediting a call sign: a place, then "(KTVI)" (or "(WGN-TV)"), then a dash or colon."""
DATELINE_BLOCKS: Final[int] = 3
"""The story's first blocks a dateline may open (after a standfirst or a date line)."""


def station_credit(blocks: Sequence[Block], page: bytes, base: str | None = None) -> OriginFinding | None:
    """The station whose call sign opens the story's dateline (``blocks``), when the page's bytes (``page``, scripts
    and all: a station's own page may name it only in its ads' configuration) name that station nowhere but in such
    datelines; its URL is the dateline's link, if it is one ("<a href=...>ST. LOUIS, MO (KTVI)</a> – ..."),
    resolved against ``base``."""
    for block in blocks[:DATELINE_BLOCKS]:
        dateline = _STATION_DATELINE.match(block.text)
        if dateline is None:
            continue
        station = dateline.group("station")
        if _named_elsewhere(station.encode("ascii"), page):
            return None  # the station's own page: the dateline is its byline
        url = _dateline_link(block.element, station, base)
        return OriginFinding(station, clean_text(dateline.group("statement")), url)
    return None


def _named_elsewhere(station: bytes, page: bytes) -> bool:
    """Whether ``page`` writes ``station`` (as a word, in capitals) other than in a dateline's brackets."""
    for found in re.finditer(rb"(?<![A-Za-z0-9])" + station + rb"(?![A-Za-z0-9])", page):
        bracketed = page[found.start() - 1 : found.start()] == b"(" and _CLOSING.match(page, found.end())
        if not bracketed:
            return True
    return False


_CLOSING = re.compile(rb"(?:-[A-Z]{2})?\)")


def _dateline_link(element: Tag, station: str, base: str | None) -> str | None:
    for anchor in element.find_all("a", href=True):
        if f"({station}" in anchor.get_text():
            href = anchor.get("href")
            return absolute_url(href if isinstance(href, str) else None, base)
    return None


__all__ = ["DATELINE_BLOCKS", "station_credit"]
