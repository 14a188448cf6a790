"""A visible ``<h1>`` that says more than a cut-down social or SEO title is the headline; a kicker is not."""

from __future__ import annotations

from worker.parse.document import load_document
from worker.parse.headline import extract_headline

_PAGE = """<html><head><title>{title} | Daily Example</title><meta property="og:title" content="{title}">
</head><body><header><a href="/">Daily Example</a></header><article><h1>{h1}</h1>
<p>The council voted on Tuesday to rebuild the old harbour wall before the winter storms arrive.</p>
</article></body></html>"""


def _headline(title: str, h1: str) -> str | None:
    page = _PAGE.format(title=title, h1=h1).encode()
    return extract_headline(load_document(page, url="https://daily.example/harbour"), site_name="Daily Example")


def test_visible_h1_beats_a_shorter_social_title() -> None:
    h1 = "Harbour wall to be rebuilt before the winter"
    assert _headline("Harbour wall to be rebuilt", h1) == h1


def test_kicker_before_a_colon_is_not_taken_into_the_headline() -> None:
    assert _headline("Harbour wall to be rebuilt", "Coastal towns: Harbour wall to be rebuilt") == (
        "Harbour wall to be rebuilt"
    )


def test_h1_carrying_a_date_is_not_taken_over_the_title() -> None:
    assert _headline("Harbour wall to be rebuilt", "Harbour wall to be rebuilt 02.02.2022 • News") == (
        "Harbour wall to be rebuilt"
    )


def test_the_pages_only_h1_beats_a_search_title() -> None:
    h1 = "Can a heat pump warm an old house?"
    assert _headline("Heat pump in an old house - when it pays off", h1) == h1


def test_a_site_logo_in_the_only_h1_is_not_the_headline() -> None:
    assert _headline("Harbour wall to be rebuilt", "Coast and Country Weekly") == "Harbour wall to be rebuilt"
