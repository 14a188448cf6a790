"""Wire agencies and their usual spellings, shared by the byline and origin extractors."""

from __future__ import annotations

import re

_AGENCIES: dict[str, tuple[str, ...]] = {
    "Reuters": ("reuters", "thomson reuters"),
    "Associated Press": ("ap", "the associated press", "associated press", "a.p."),
    "AFP": ("afp", "agence france-presse", "agence france presse", "agence france press"),
    "dpa": ("dpa", "deutsche presse-agentur", "deutsche presse agentur"),
    "Bloomberg": ("bloomberg", "bloomberg news"),
    "PA": ("pa", "pa media", "press association", "pa wire"),
    "ANI": ("ani", "asian news international"),
    "PTI": ("pti", "press trust of india"),
    "IANS": ("ians",),
    "Xinhua": ("xinhua", "xinhua news agency"),
    "EFE": ("efe", "agencia efe"),
    "ANSA": ("ansa",),
    "UPI": ("upi", "united press international"),
    "Kyodo": ("kyodo", "kyodo news"),
    "Yonhap": ("yonhap", "yonhap news agency"),
    "Bernama": ("bernama",),
    "APA": ("apa", "austria presse agentur"),
    "KNA": ("kna",),
    "epd": ("epd",),
    "SDA": ("sda", "keystone-sda"),
    "TASS": ("tass",),
    "Anadolu Agency": ("anadolu", "anadolu agency", "aa"),
    "CNA": ("cna",),
    "Jiji Press": ("jiji", "jiji press"),
    "Canadian Press": ("the canadian press", "canadian press", "cp"),
    "AAP": ("aap", "australian associated press"),
    "Antara": ("antara",),
    "Interfax": ("interfax",),
    "Europa Press": ("europa press",),
    "SP-X": ("sp-x", "spot press services"),
}

_BY_SPELLING = {spelling: name for name, spellings in _AGENCIES.items() for spelling in spellings}

AGENCY_PATTERN = "|".join(
    sorted((re.escape(spelling) for spelling in _BY_SPELLING if len(spelling) > 1), key=len, reverse=True)
)
"""A regular-expression alternation of every agency spelling (match case-insensitively)."""


def agency_name(text: str) -> str | None:
    """The agency's usual name if ``text`` (e.g. "The Associated Press", "dpa") names a wire agency, else None."""
    key = " ".join(text.casefold().replace("\u00a0", " ").split()).strip(" .,;:()[]")
    return _BY_SPELLING.get(key)


__all__ = ["AGENCY_PATTERN", "agency_name"]
