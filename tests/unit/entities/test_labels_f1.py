"""Entity F1 against the hand labels of the corpus pages, through the product's own path (parse, then annotate)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from worker.entities import EntityTagger
from worker.entities.names import clean_name, name_key
from worker.parse import parse_article

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus"
LABELS = REPO / "tests" / "data" / "entity_labels.json"
F1_FLOOR = 0.75
"""Measured 0.817 on 32 pages (label-aware; see docs/entities.md); the floor leaves room for parser changes."""


def _key(text: str, label: str) -> tuple[str, str]:
    cleaned = clean_name(text)
    return name_key(cleaned if cleaned is not None else text), "PLACE" if label in ("GPE", "LOC") else label


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
@pytest.mark.xfail(
    reason="floor set on the 32 pages of the older rule (uncapped lists); the 64 pages of the top-12 rule score the "
    "whole list against at most 12 names a page, and the floor is reset by the ranking work of issue 12",
    strict=False,
)
def test_label_aware_f1_on_hand_labels(tagger: EntityTagger) -> None:
    # Given the hand labels and the pages they were read from
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    assert len(labels) >= 15
    hits = n_out = n_gold = 0
    for url, gold_entities in labels.items():
        data = (CORPUS / "pages" / expected[url]["file"]).read_bytes()
        # When the page is parsed and tagged as the product does it
        record = tagger.annotate(parse_article(data, url=url if url.startswith("http") else None))
        out = {_key(e.text, e.label) for e in record.entities}
        gold = {_key(e["text"], e["label"]) for e in gold_entities}
        hits, n_out, n_gold = hits + len(out & gold), n_out + len(out), n_gold + len(gold)
    # Then precision and recall (exact names after normalisation, GPE/LOC one class) keep F1 above the floor
    precision, recall = hits / n_out, hits / n_gold
    assert 2 * precision * recall / (precision + recall) >= F1_FLOOR
