"""The development / held-out split never moves: every labelled and corpus page stays in the part it was drawn in."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[3]
DATA = REPO / "tests" / "data"
CORPUS_INDEX = REPO.parent / "shared" / "corpus" / "expected.json"
FROZEN = DATA / "split_parts.json"


def _frozen() -> dict[str, str]:
    parts: dict[str, str] = json.loads(FROZEN.read_text(encoding="utf-8"))["parts"]
    return parts


def _labelled_urls() -> set[str]:
    urls: set[str] = set()
    for path in DATA.glob("*_labels.json"):
        loaded = json.loads(path.read_text(encoding="utf-8"))
        urls |= set(loaded.get("pages", loaded))  # attribution labels under "pages"; entity labels at the top
    return urls


def test_every_labelled_page_has_a_frozen_part() -> None:
    # Given the hand-labelled pages of every label file
    urls = _labelled_urls()
    # Then each one's part is on record, and the label files are not empty
    assert urls
    assert urls <= set(_frozen())


def test_labelled_pages_keep_their_part(sitesplit: ModuleType) -> None:
    # Given every labelled page and the part it was drawn in
    frozen = _frozen()
    # When the split is drawn again (registrable domain, hashed)
    moved = {url: sitesplit.part_of(url) for url in _labelled_urls() if sitesplit.part_of(url) != frozen[url]}
    # Then no page changed sides
    assert moved == {}


@pytest.mark.skipif(not CORPUS_INDEX.exists(), reason="the shared corpus is not present")
def test_corpus_pages_keep_their_part(sitesplit: ModuleType) -> None:
    # Given every corpus page and the part it was drawn in
    frozen = _frozen()
    urls = json.loads(CORPUS_INDEX.read_text(encoding="utf-8"))
    # When the split is drawn again
    moved = {url: sitesplit.part_of(url) for url in urls if sitesplit.part_of(url) != frozen.get(url)}
    # Then no page changed sides (and each has a part on record)
    assert moved == {}
