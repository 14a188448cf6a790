"""Author credits that name no person ("Staff Writer", "Redaktion", the publisher): the byline of a page that names
no person, never in place of one, and never page UI text, a CMS account or a wire agency."""

from __future__ import annotations

import pytest

from worker.parse import parse_article
from worker.parse.byline import extract_byline, is_credit
from worker.parse.document import load_document

_STORY = "<p>The council met on Monday night and voted to close the old bridge to traffic for two months.</p>"


def _byline(head: str, body: str) -> list[str]:
    page = f"<html><head>{head}</head><body><h1>Bridge to close</h1>{body}{_STORY}</body></html>"
    return extract_byline(load_document(page.encode(), "https://news.example/bridge")).credited


@pytest.mark.parametrize(
    ("head", "body", "credit"),
    [
        ("", '<div class="author-name"><span>By Staff Writer</span></div>', "Staff Writer"),
        ("", '<span class="byline author">von Redaktion, </span>', "Redaktion"),
        ("", '<div itemprop="author" itemscope><strong itemprop="name">Newsdesk</strong></div>', "Newsdesk"),
        (
            '<meta property="og:site_name" content="Lakeside Rowing Club">'
            '<meta name="author" content="Lakeside Rowing Club">',
            "",
            "Lakeside Rowing Club",
        ),
        (
            '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to close", '
            '"author": {"@type": "Organization", "name": "Harbour Town Council"}}</script>',
            "",
            "Harbour Town Council",
        ),
    ],
)
def test_a_credit_that_names_no_person_is_the_byline_when_nothing_names_one(head: str, body: str, credit: str) -> None:
    assert _byline(head, body) == [credit]


def test_a_person_named_anywhere_wins_over_a_credit() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to close", '
        '"author": {"@type": "Person", "name": "Redaktion"}}</script>'
    )
    assert _byline(head, '<p class="byline">By Rita Ocean</p>') == ["Rita Ocean"]


def test_a_person_in_a_leading_byline_block_wins_over_a_credit() -> None:
    page = (
        '<html><head><meta name="author" content="Redaktion"></head><body><article><h1>Bridge to close</h1>'
        f"<p>By Rita Ocean</p>{_STORY}{_STORY}</article></body></html>"
    )
    assert parse_article(page.encode(), url="https://news.example/bridge").byline == ["Rita Ocean"]


def test_a_wire_agency_as_author_stays_the_origin() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Bridge to close", '
        '"author": {"@type": "Organization", "name": "Reuters"}}</script>'
    )
    found = extract_byline(load_document(f"<html><head>{head}</head><body>{_STORY}</body></html>".encode()))
    assert (found.credited, found.agencies) == ([], ["Reuters"])


@pytest.mark.parametrize(
    "body",
    [
        '<div class="author"><a href="/login">Sign In</a></div>',
        '<div class="author"><a href="mailto:x@news.example">Email the author</a></div>',
        '<span class="author">wpadmin</span>',
        '<span class="author">By</span>',
        "<p>By continuing to use this site you agree</p>",
    ],
)
def test_page_ui_text_accounts_and_prose_are_no_credit(body: str) -> None:
    assert _byline("", body) == []


@pytest.mark.parametrize("text", ["Staff", "Online-Redaktion", "Die Redaktion von Example", "ET Online"])
def test_credit_shapes(text: str) -> None:
    assert is_credit(text)


@pytest.mark.parametrize("text", ["View profile", "3. Februar 2022", "www.news.example", "Posted by", ""])
def test_not_credits(text: str) -> None:
    assert not is_credit(text)


def test_a_link_to_the_author_page_names_the_author() -> None:
    body = (
        '<div class="sidebar"><div class="author-bio"><h3><a href="/author/mjunker">Martin Junker</a></h3>'
        '<p><a href="/author/mjunker">Alles von Martin Junker</a></p></div></div>'
    )
    assert _byline("", body) == ["Martin Junker"]


def test_author_page_links_in_a_listing_or_sidebar_feed_are_not_the_byline() -> None:
    body = (
        '<div class="sidebar"><ul class="latest"><li><a href="/author/ann-lee">Ann Lee</a></li></ul></div>'
        '<div class="related-listing"><a href="/autoren/bo-chen">Bo Chen</a></div>'
    )
    assert _byline("", body) == []


def test_a_licence_notice_spelling_out_the_author_beats_initials() -> None:
    body = (
        '<span class="author">DT</span><p><span>A Dog Diary</span> by <a rel="cc:attributionURL" href="/">Donald'
        ' Townsend</a> is licensed under <a rel="license" href="https://creativecommons.org/licenses/by/3.0/">CC BY'
        "</a>.</p>"
    )
    assert _byline("", body) == ["Donald Townsend"]
