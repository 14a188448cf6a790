"""The shape of the see-also/origin hand labels (tests/data/attribution_labels.json); the parser is not called here."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

import pytest

REPO = Path(__file__).resolve().parents[3]
CORPUS = REPO.parent / "shared" / "corpus"
LABELS = REPO / "tests" / "data" / "attribution_labels.json"
RULE = "docs/parser.md#labelling-see-also-and-origin"
ORIGIN_KINDS = {"republished", "wire", "canonical"}
MIN_PAGES_PER_PART, MIN_SITES_PER_PART, MIN_SITES, MAX_PAGES_PER_SITE = 30, 20, 44, 3


def _labels() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(LABELS.read_text(encoding="utf-8"))
    return loaded


def _is_absolute(url: object) -> bool:
    parts = urlsplit(url) if isinstance(url, str) else None
    return parts is not None and parts.scheme in ("http", "https") and bool(parts.netloc)


def test_the_file_is_written_in_its_canonical_form() -> None:
    # Given the labels file as committed
    text = LABELS.read_text(encoding="utf-8")
    # When it is dumped again with sorted keys and a 2-space indent
    again = json.dumps(json.loads(text), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    # Then nothing changes, and it names the labelling rule
    assert text == again
    assert json.loads(text)["rule"] == RULE


def test_every_page_has_file_see_also_and_origin_in_shape() -> None:
    # Given every labelled page
    pages = _labels()["pages"]
    assert pages
    for url, page in pages.items():
        # Then it names its corpus file, its see-also links (absolute URL + title) and an origin or null
        assert set(page) <= {"file", "see_also", "origin", "comment"}, url
        assert isinstance(page["file"], str) and page["file"], url
        assert isinstance(page["see_also"], list), url
        for link in page["see_also"]:
            assert set(link) == {"url", "title"}, url
            assert _is_absolute(link["url"]), (url, link)
            title = link["title"]
            assert isinstance(title, str) and title == " ".join(title.split()) != "", (url, link)
        links = [link["url"] for link in page["see_also"]]
        assert len(links) == len(set(links)), url
        origin = page["origin"]
        if origin is not None:
            assert set(origin) == {"publisher", "kind"}, url
            assert origin["kind"] in ORIGIN_KINDS, url
            assert isinstance(origin["publisher"], str) and origin["publisher"].strip(), url
        assert isinstance(page.get("comment", ""), str), url


@pytest.mark.skipif(not CORPUS.is_dir(), reason="needs ../shared/corpus")
def test_every_page_is_a_corpus_page_with_its_file() -> None:
    # Given the corpus index
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    for url, page in _labels()["pages"].items():
        # Then each labelled URL is a corpus URL whose file is the one named, and that file exists
        assert url in expected, url
        assert page["file"] == expected[url]["file"], url
        assert (CORPUS / "pages" / page["file"]).is_file(), url


def test_both_halves_are_large_enough_and_no_site_dominates(sitesplit: ModuleType) -> None:
    # Given the labelled pages split by site as every benchmark splits them
    urls = list(_labels()["pages"])
    sites = Counter(sitesplit.site_of(url) for url in urls)
    # Then both halves have enough pages and sites, there are enough sites overall, and none has over 3 pages
    for part in (sitesplit.DEVELOPMENT, sitesplit.HELD_OUT):
        in_part = [url for url in urls if sitesplit.part_of(url) == part]
        assert len(in_part) >= MIN_PAGES_PER_PART, part
        assert len({sitesplit.site_of(url) for url in in_part}) >= MIN_SITES_PER_PART, part
    assert len(sites) >= MIN_SITES
    assert max(sites.values()) <= MAX_PAGES_PER_SITE
    # And none of them is on a site opened from the news set's held-out half
    assert not set(sites) & sitesplit.OPENED_SITES
