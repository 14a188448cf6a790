"""A page with a clear article always yields body text, even where the markup around it reads as furniture."""

from __future__ import annotations

import pytest

from worker.errors import NoArticleContent
from worker.parse.body import extract_body
from worker.parse.document import load_document

_H1 = "<h1>Council to rebuild harbour wall</h1>"
_RUN = "".join(
    f"<p>Part {i}: the town council met on Tuesday evening and agreed, after a long debate, to rebuild the"
    " harbour wall before the winter storms.</p>"
    for i in range(1, 6)
)
_SHORT = (
    "<p>The town council met on Tuesday evening and agreed, after a long debate, to rebuild the harbour wall"
    " before the winter storms arrive in the bay.</p><p>Work starts next month.</p>"
)


def _text(page: str) -> str:
    body = extract_body(load_document(page.encode(), "https://news.example/a/1"), "Council to rebuild harbour wall")
    return "\n".join(block.text for block in body.blocks)


@pytest.mark.parametrize(
    "page",
    [
        f"<html><body><div class='post has-related-posts comments-open'>{_H1}{_RUN}</div></body></html>",
        f"<html><body><div id='page' aria-hidden='true'>{_H1}{_RUN}</div></body></html>",
        f"<html><body><div id='page' style='display:none'>{_H1}{_RUN}</div></body></html>",
        f"<html><body><form id='aspnetForm' action='/page.aspx'>{_H1}{_SHORT}</form></body></html>",
        f"<html><body><article class='promo-story'>{_H1}{_SHORT}</article></body></html>",
        f"<html><body><div class='content-footer'>{_H1}{_SHORT}</div></body></html>",
    ],
    ids=["related-wrapper", "aria-hidden-wrapper", "display-none-wrapper", "page-form", "promo-class", "footer-class"],
)
def test_article_inside_furniture_like_markup_is_found(page: str) -> None:
    assert "the town council met on tuesday evening" in _text(page).lower()


def test_long_read_of_text_between_captioned_images() -> None:
    sections = "".join(
        f"<figure><img src='p{i}.jpg'><figcaption>Photo {i}</figcaption></figure>"
        f"<div class='image-caption-after'><p>Chapter {i}. The harbour wall has stood for two hundred years,"
        " and the town has grown up around it.</p></div>"
        for i in range(1, 7)
    )
    text = _text(f"<html><body>{_H1}{sections}</body></html>")
    assert "Chapter 1. The harbour wall" in text
    assert "Chapter 6. The harbour wall" in text


def test_json_ld_article_body_when_the_page_shows_none() -> None:
    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council to rebuild'
        ' harbour wall", "articleBody": "The town council met on Tuesday evening and agreed to rebuild the wall.'
        '\\n\\nWork starts next month, the mayor said, and should end before the winter storms."}</script></head>'
        f'<body>{_H1}<div id="app"></div></body></html>'
    )
    assert _text(page).split("\n") == [
        "The town council met on Tuesday evening and agreed to rebuild the wall.",
        "Work starts next month, the mayor said, and should end before the winter storms.",
    ]


def test_a_copyright_line_alone_is_still_no_article() -> None:
    with pytest.raises(NoArticleContent):
        _text("<html><body><footer><p>© 2024 Example Ltd. Imprint and privacy.</p></footer></body></html>")


def _declaring(article_body: str, shown: str) -> str:
    return (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council to rebuild'
        f' harbour wall", "articleBody": "{article_body}"}}</script></head><body>{_H1}{shown}</body></html>'
    )


_DECLARED = "\\n".join(
    f"Part {i}: the town council met on Tuesday evening and agreed, after a long debate, to rebuild the harbour wall."
    for i in range(1, 7)
)


def test_json_ld_article_body_when_the_page_shows_only_a_teaser() -> None:
    teaser = "<div class='story'><p>The town council met on Tuesday evening and agreed to rebuild the wall.</p></div>"
    text = _text(_declaring(_DECLARED, teaser))
    assert text.split("\n") == [
        f"Part {i}: the town council met on Tuesday evening and agreed, after a long debate, to rebuild the harbour"
        " wall."
        for i in range(1, 7)
    ]


def test_the_shown_text_stays_when_the_declared_body_is_no_longer() -> None:
    text = _text(_declaring("Part 1: the town council met on Tuesday evening.", _RUN))
    assert text.startswith("Part 1: the town council met on Tuesday evening and agreed, after a long debate")
    assert "Part 5:" in text


def test_a_declared_body_in_html_is_read_as_text() -> None:
    declared = "".join(f"<p>Part {i}: the council met &amp; agreed to rebuild the harbour wall.</p>" for i in (1, 2))
    text = _text(_declaring(declared.replace('"', '\\"'), "<div id='app'></div>"))
    assert text.split("\n") == [
        "Part 1: the council met & agreed to rebuild the harbour wall.",
        "Part 2: the council met & agreed to rebuild the harbour wall.",
    ]
