"""The hand-labelled entity file's shape and spread: the labelling rule's limits and the site split."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus"
LABELS = REPO / "tests" / "data" / "entity_labels.json"
LABEL_KINDS = {"PERSON", "ORG", "GPE", "LOC"}
MAX_PER_PAGE = 12
MIN_PAGES, MIN_SITES = 64, 44
MIN_PAGES_PER_PART, MIN_SITES_PER_PART = 30, 20


def _labels() -> dict[str, list[dict[str, str]]]:
    data = json.loads(LABELS.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_file_is_written_in_its_canonical_form() -> None:
    # Given the file as stored
    text = LABELS.read_text(encoding="utf-8")
    # When it is written again with sorted keys, a 2-space indent and UTF-8 kept as is
    canonical = json.dumps(json.loads(text), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    # Then nothing changes (so diffs of the file stay small and reviewable)
    assert text == canonical


def test_each_page_lists_at_most_twelve_distinct_entities_of_the_four_kinds() -> None:
    for url, entities in _labels().items():
        # Given one page's list
        assert isinstance(entities, list), url
        # Then each entry is exactly {"text", "label"}, with a non-empty text and one of the four labels
        for entity in entities:
            assert set(entity) == {"text", "label"}, (url, entity)
            assert isinstance(entity["text"], str) and entity["text"].strip() == entity["text"] != "", (url, entity)
            assert entity["label"] in LABEL_KINDS, (url, entity)
        # And the list keeps the rule's cap and names each entity once
        assert len(entities) <= MAX_PER_PAGE, (url, len(entities))
        texts = [entity["text"].casefold() for entity in entities]
        assert len(texts) == len(set(texts)), (url, [t for t, n in Counter(texts).items() if n > 1])


def test_pages_and_sites_are_enough_on_both_sides_of_the_split(sitesplit: ModuleType) -> None:
    # Given each labelled page's site and part
    labels = _labels()
    pages = Counter(sitesplit.part_of(url) for url in labels)
    sites = {part: {sitesplit.site_of(url) for url in labels if sitesplit.part_of(url) == part} for part in pages}
    per_site = Counter(sitesplit.site_of(url) for url in labels)
    # Then the set is large and varied enough overall
    assert len(labels) >= MIN_PAGES
    assert len(per_site) >= MIN_SITES
    assert max(per_site.values()) <= 2, per_site.most_common(3)
    # And on each side of the split, none on a site opened from the news set's held-out half
    assert pages[sitesplit.OPENED] == 0
    for part in (sitesplit.DEVELOPMENT, sitesplit.HELD_OUT):
        assert pages[part] >= MIN_PAGES_PER_PART, (part, pages[part])
        assert len(sites.get(part, set())) >= MIN_SITES_PER_PART, (part, len(sites.get(part, set())))


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_every_labelled_page_is_in_the_corpus() -> None:
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    for url in _labels():
        assert url in expected, url
        assert (CORPUS / "pages" / expected[url]["file"]).is_file(), url
