"""The see-also/origin benchmark's scoring: URL normalisation and the counts of one page."""

from __future__ import annotations

from types import ModuleType

import pytest
from support.scripts import load_benchmark


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_benchmark("attribution")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("http://www.Example.com/a/b/", "https://example.com/a/b"),
        ("https://example.com/a?utm_source=x&id=3#top", "https://example.com/a?id=3"),
        ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
        ("https://seglerblog.stössenseer.de/x/", "https://seglerblog.xn--stssenseer-fcb.de/x"),
    ],
)
def test_urls_that_compare_equal(bench: ModuleType, left: str, right: str) -> None:
    assert bench.normalise_url(left) == bench.normalise_url(right)


def test_urls_that_differ(bench: ModuleType) -> None:
    assert bench.normalise_url("https://example.com/a?id=3") != bench.normalise_url("https://example.com/a?id=4")


def test_one_page_score(bench: ModuleType) -> None:
    # Given a label with two links and an origin, and an output with one right link, one wrong one and the origin
    label = {
        "see_also": [{"url": "https://example.com/a", "title": "A"}, {"url": "https://example.com/b", "title": "B"}],
        "origin": {"publisher": "The Conversation", "kind": "republished"},
    }
    half = bench.Half(pages=1)
    bench.score_page(label, ["https://www.example.com/a/", "https://example.com/c"], "the conversation", half)
    ratios = half.ratios()
    # Then precision and recall are 1/2 each and the publisher matches case-folded, a leading "The" ignored
    assert (ratios["precision"], ratios["recall"], ratios["presence"], ratios["publisher"]) == (0.5, 0.5, 1.0, 1.0)
    assert half.empty_pages == 0


def test_titles_of_the_right_links_are_scored(bench: ModuleType) -> None:
    # Given a label with two titled links, both found, one titled as labelled (whitespace aside) and one not
    label = {
        "see_also": [
            {"url": "https://example.com/a", "title": "Title A"},
            {"url": "https://example.com/b", "title": "B"},
        ],
        "origin": None,
    }
    half = bench.Half(pages=1)
    got = {"https://example.com/a": "Title  A", "https://example.com/b": "Kicker B"}
    bench.score_page(label, list(got), None, half, got)
    # Then one of the two right links has the right title
    assert (half.titles_right, half.true_links, half.ratios()["titles"]) == (1, 2, 0.5)
