"""Listed companies: the members of the stock indices that the ``pytickersymbols`` package ships (S&P 500, Nasdaq
100, Dow Jones, FTSE 100, DAX, CAC 40, Nikkei 225 and others; about 1,800 firms), as name keys.

A firm a story names only once or twice, late ("Honeywell", "Goldman Sachs"), is still one a reader would tag it
with; a one-word "organisation" so met is more often a product or a capitalised phrase. Being listed is the evidence
that tells them apart (``rank.kept_under_floor``). The keys are precomputed into a file shipped with the package
(``place_cache``), as the place keys are; ``python -m worker.entities.companies`` rebuilds it.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Final

from worker.entities.gazetteer import LEGAL_FORMS_ABROAD, LEGAL_SUFFIXES
from worker.entities.names import name_key
from worker.entities.place_cache import HERE, built_from, read_keys

COMPANY_FILE: Final[Path] = HERE / "data" / "company_keys.txt.gz"
_SOURCES: Final[tuple[str, ...]] = ("companies.py", "names.py")

_CORPORATE_WORDS: Final[frozenset[str]] = LEGAL_SUFFIXES | LEGAL_FORMS_ABROAD | {"company", "group", "holdings"}
"""Words a listed name ends in that the firm's everyday name drops ("Tesla, Inc." → "Tesla", "SoftBank Group" →
"SoftBank", "The Walt Disney Company" → "Walt Disney")."""
_BRACKETED: Final[re.Pattern[str]] = re.compile(r"\s*\([^)]*\)")
"""A bracketed note in a listed name: "Viasat (American company)"."""


def company_stamp() -> str:
    """What the company keys depend on: the package's version and a digest of the modules that build them."""
    return built_from("pytickersymbols", _SOURCES)


@functools.lru_cache(maxsize=1)
def listed_company_keys() -> frozenset[str]:
    """Name keys of listed companies, read from the shipped file when it is current, else built; once per process."""
    cached = read_keys(COMPANY_FILE, company_stamp())
    return cached if cached is not None else build_company_keys()


def build_company_keys() -> frozenset[str]:
    """Each listed company's name key as listed and as the firm is called day to day (``everyday_name``)."""
    from pytickersymbols.indices_data import INDICES  # type: ignore[import-untyped]  # noqa: PLC0415 (deferred: 0.3 s)

    keys = set()
    for index in INDICES.values():
        for company in index["companies"]:
            keys.add(name_key(_BRACKETED.sub("", company["name"])))
            keys.add(everyday_name(company["name"]))
    return frozenset(keys - {""})


def everyday_name(listed: str) -> str:
    """The name key of a listed name without its bracketed note, a leading "The" and its trailing corporate words
    ("The Walt Disney Company" → "walt disney", "Tesla, Inc." → "tesla"); "" when nothing else is left."""
    words = _BRACKETED.sub("", listed).replace(",", " ").split()
    while words and name_key(words[-1]) in _CORPORATE_WORDS:
        words.pop()
    if words and words[0].casefold() == "the":
        words = words[1:]
    return name_key(" ".join(words))


__all__ = ["COMPANY_FILE", "build_company_keys", "company_stamp", "everyday_name", "listed_company_keys"]


if __name__ == "__main__":  # python -m worker.entities.companies: rebuild the shipped company keys
    from worker.entities.place_cache import write_keys

    write_keys(build_company_keys(), COMPANY_FILE, company_stamp())
    print(f"wrote {COMPANY_FILE}")
