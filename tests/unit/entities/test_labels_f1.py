"""Entity quality against the hand labels of the corpus pages, through the product's own path (parse, then annotate).

Scored as ``benchmarks/entities.py`` scores it, on the development half of the site split (the held-out half is
only ever read by the benchmark, as aggregate figures): wireroom's first 12 entities against the labels (at most 12
a page, GPE and LOC one class), and the share of shared names labelled right.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from worker.entities import EntityTagger
from worker.entities.names import clean_name, name_key
from worker.parse import parse_article

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus"
LABELS = REPO / "tests" / "data" / "entity_labels.json"
sys.path.insert(0, str(REPO / "benchmarks"))
from sitesplit import DEVELOPMENT, part_of  # noqa: E402

TOP = 12
F1_FLOOR = 0.60
"""Top-12 label-aware F1 on the development half; measured 0.66 (docs/entities.md): the floor leaves room for parser
changes and fails on a real regression of ranking or labels."""
LABEL_ACCURACY_FLOOR = 0.93
"""Measured 0.96 on the development half."""


def _key(text: str, label: str) -> tuple[str, str]:
    cleaned = clean_name(text)
    return name_key(cleaned if cleaned is not None else text), "PLACE" if label in ("GPE", "LOC") else label


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_top12_f1_and_label_accuracy_on_the_development_half(tagger: EntityTagger) -> None:
    # Given the hand labels of the development half and the pages they were read from
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    labels = {u: e for u, e in json.loads(LABELS.read_text(encoding="utf-8")).items() if part_of(u) == DEVELOPMENT}
    assert len(labels) >= 30
    hits = n_out = n_gold = shared = same = 0
    for url, gold_entities in labels.items():
        data = (CORPUS / "pages" / expected[url]["file"]).read_bytes()
        # When the page is parsed and tagged as the product does it
        record = tagger.annotate(parse_article(data, url=url if url.startswith("http") else None))
        out = [_key(e.text, e.label) for e in record.entities]
        gold = [_key(e["text"], e["label"]) for e in gold_entities]
        top = set(out[:TOP])
        hits, n_out, n_gold = hits + len(top & set(gold)), n_out + len(top), n_gold + len(gold)
        labelled = dict(out)
        both = [(k, lab) for k, lab in gold if k in labelled]
        shared, same = shared + len(both), same + sum(labelled[k] == lab for k, lab in both)
    # Then the top 12 match the labels above the floor, and shared names carry the right label
    precision, recall = hits / n_out, hits / n_gold
    assert 2 * precision * recall / (precision + recall) >= F1_FLOOR
    assert same / shared >= LABEL_ACCURACY_FLOOR
