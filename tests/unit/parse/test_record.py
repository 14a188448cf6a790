"""Record assembly: typed errors at the boundary, body normalization and hash, notes, and batch parsing."""

from __future__ import annotations

import hashlib
import unicodedata

import pytest

from schemas.article import ArticleRecord
from worker.errors import InvalidRecord, NoArticleContent, NotHTML
from worker.parse import PageInput, ParseFailure, parse_article, parse_many
from worker.parse import record as record_module
from worker.parse.record import count_words

PARAGRAPH = "The committee met on Tuesday and agreed a budget for the coming year after a long debate. " * 3


def page(body: str, head: str = "<title>A story</title>") -> bytes:
    html = f"<!doctype html><html><head>{head}</head><body><article><h1>A story</h1>{body}</article></body></html>"
    return html.encode()


def test_not_html_is_typed() -> None:
    with pytest.raises(NotHTML):
        parse_article(b"%PDF-1.7 binary stuff")


def test_page_without_text_is_no_article_content() -> None:
    with pytest.raises(NoArticleContent):
        parse_article(page(""))


def test_unexpected_error_inside_the_parser_becomes_invalid_record(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given an extractor that fails in a way nobody planned for
    def broken(_paragraphs: object) -> list[object]:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(record_module, "extract_citations", broken)

    # Then the caller still sees a typed wireroom error, chained to the cause
    with pytest.raises(InvalidRecord) as caught:
        parse_article(page(f"<p>{PARAGRAPH}</p>"), url="https://example.com/a")
    assert isinstance(caught.value.__cause__, ZeroDivisionError)
    assert caught.value.url == "https://example.com/a"


def test_a_rust_extensions_panic_inside_the_parser_becomes_invalid_record(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given an extractor that meets a real panic of w3lib's Rust scanner (pyo3's PanicException: no Exception)
    from w3lib.encoding import html_body_declared_encoding

    def panicking(_paragraphs: object) -> list[object]:
        html_body_declared_encoding(b"<meta")
        return []

    monkeypatch.setattr(record_module, "extract_citations", panicking)
    # Then the caller sees a typed wireroom error, chained to the panic
    with pytest.raises(InvalidRecord) as caught:
        parse_article(page(f"<p>{PARAGRAPH}</p>"), url="https://example.com/a")
    assert type(caught.value.__cause__).__name__ == "PanicException"


def test_an_interrupt_inside_the_parser_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given an interrupt (a signal's KeyboardInterrupt) in the middle of a page
    def interrupted(_paragraphs: object) -> list[object]:
        raise KeyboardInterrupt

    monkeypatch.setattr(record_module, "extract_citations", interrupted)
    # Then it reaches the caller as it is
    with pytest.raises(KeyboardInterrupt):
        parse_article(page(f"<p>{PARAGRAPH}</p>"))


def test_body_is_normalized_and_hashed() -> None:
    # Given decomposed accents and ragged whitespace
    decomposed = unicodedata.normalize("NFD", "Café   crème   is served\n  hot. ") + PARAGRAPH
    record = parse_article(page(f"<p>{decomposed}</p><p>{PARAGRAPH}</p>"))

    # Then the body is NFC, whitespace collapsed per paragraph, paragraphs joined by one blank line
    first, second = record.body.split("\n\n")
    assert first.startswith("Café crème is served hot. The committee")
    assert first == unicodedata.normalize("NFC", first)
    assert second == " ".join(PARAGRAPH.split())
    assert record.content_hash == hashlib.sha256(record.body.encode()).hexdigest()
    assert record.word_count == len(record.body.split())


def test_same_text_in_different_markup_has_the_same_hash() -> None:
    one = parse_article(page(f"<p>{PARAGRAPH}</p>"))
    other = parse_article(page(f"<div><p>\n  {PARAGRAPH.replace(' ', '  ')}\n</p></div>"))
    assert one.content_hash == other.content_hash


def test_a_page_url_that_is_not_http_is_noted_and_ignored() -> None:
    record = parse_article(page(f"<p>{PARAGRAPH}</p>"), url="file:///tmp/story.html")
    assert record.url is None
    assert record.notes == ["page URL 'file:///tmp/story.html' ignored: not an absolute http(s) URL"]


def test_share_remnants_and_date_lines_leave_the_body() -> None:
    record = parse_article(page(f"<p>Share this on</p><p>12 May 2021</p><p>{PARAGRAPH}</p><p>Share on Facebook</p>"))
    assert record.body == " ".join(PARAGRAPH.split())


@pytest.mark.parametrize(
    "teaser",
    [
        "Jane Roe writes about schools. She studied history and worked as a teacher for ten..."
        ' <a href="/author/jane-roe/">&rarr; Learn More</a>',
        "Jane Roe writes about schools and has covered the city council since 2015 for the paper…"
        ' <a href="https://news.example/autoren/jane-roe">Mehr</a>',
    ],
)
def test_an_author_bio_cut_short_before_a_link_to_the_authors_page_leaves_the_body(teaser: str) -> None:
    # Given a writer's bio, cut with an ellipsis before a link to the writer's page, above the story
    record = parse_article(page(f"<p>{teaser}</p><p>{PARAGRAPH}</p>"))
    # Then the body is the story alone
    assert record.body == " ".join(PARAGRAPH.split())


def test_a_paragraph_ending_in_an_ellipsis_and_a_link_to_a_story_stays() -> None:
    quoted = 'The mayor said the plan would take "years, not months..." <a href="/2021/05/plan-details">Details</a>'
    record = parse_article(page(f"<p>{PARAGRAPH}</p><p>{quoted}</p>"))
    assert "years, not months" in record.body


def test_parse_many_keeps_order_and_passes_failures_through() -> None:
    # Given a good page, a page that fails and a failure met upstream (an unreadable file)
    items: list[PageInput | ParseFailure] = [
        PageInput(page(f"<p>{PARAGRAPH}</p>"), source="one.html"),
        PageInput(b"\x89PNG\r\n\x1a\n", source="two.png"),
        ParseFailure("three.html", "FileNotFoundError", "no such file"),
        PageInput(page(f"<p>{PARAGRAPH}</p>", "<title>Another</title>"), source="four.html"),
    ]

    # When they are parsed as a batch
    results = list(parse_many(items))

    # Then there is one result per input, in input order, and the batch went on past the failures
    assert [type(result) for result in results] == [ArticleRecord, ParseFailure, ParseFailure, ArticleRecord]
    assert results[1] == ParseFailure("two.png", "NotHTML", results[1].message)  # type: ignore[union-attr]
    assert results[2] is items[2]


def test_a_date_guessed_from_the_text_is_noted() -> None:
    # Given no date metadata at all, only a date somewhere in the text
    html = (
        "<html><head><title>A story</title></head><body><header><h1>A story</h1></header>"
        f"<main><p>{PARAGRAPH}</p><p>The vote is set for 14 May 2024 in the town hall.</p></main></body></html>"
    )
    record = parse_article(html.encode())

    # Then the date is used, and the record says it is a guess
    assert str(record.published_at) == "2024-05-14"
    assert record.notes == ["published_at guessed: the first date written in the page, no date metadata found"]


def test_origin_note_outside_the_article_text_is_still_found() -> None:
    # Given a republication note in the article's footer, which the body extractor treats as furniture
    note = (
        '<footer class="entry-footer"><p><em>This story first appeared in <a href="https://grist.org/x/">Grist</a>'
        "</em></p></footer>"
    )
    record = parse_article(page(f"<p>{PARAGRAPH}</p><p>{PARAGRAPH}</p>{note}"), url="https://news.example.org/a")

    # Then the origin is still read, and the note is not in the body
    assert record.origin is not None
    assert (record.origin.publisher, record.origin.url) == ("Grist", "https://grist.org/x/")
    assert record.origin.statement == "This story first appeared in Grist"
    assert "first appeared" not in record.body


def test_a_page_with_one_short_line_is_no_article() -> None:
    # Given an index page whose only text is one short list item
    page = b"<html><head><title>Index</title></head><body><ul><li>nothing</li></ul></body></html>"
    # When it is parsed, Then it is a typed NoArticleContent, not a one-word record
    with pytest.raises(NoArticleContent):
        parse_article(page)


def test_a_short_chinese_article_counts_characters_not_words() -> None:
    # Given a short Chinese article: no spaces, so one "word", but well over the minimum of visible characters
    text = "新华社北京电，国务院新闻办公室今天举行发布会，介绍今年前三季度经济运行情况和下一步工作安排。"
    page = f"<html><head><title>发布会</title></head><body><h1>发布会</h1><p>{text}</p></body></html>"
    # When it is parsed, Then the article is kept whole
    record = parse_article(page.encode())
    assert record.body == text


def test_word_count_counts_chinese_and_japanese_characters() -> None:
    # Whitespace runs elsewhere; each ideograph or kana is a word there, and their punctuation is none
    assert count_words("The quick brown fox") == 4
    assert count_words("東京は日本の首都です。 Tokyo is big") == 13
    assert count_words("「北京」、上海") == 4
    assert count_words("서울은 한국의 수도입니다") == 3
    assert count_words("Ünïcode wörds\n here") == 3


def test_a_paragraphs_br_lines_reach_the_body_as_lines() -> None:
    # Given a story whose closing paragraph lists contributors on <br>-broken lines
    story = "The council voted on Tuesday to keep the library open late, after a long debate about its budget. " * 3
    page = (
        f"<html><head><title>Library stays open</title></head><body><article><h1>Library stays open</h1>"
        f"<p>{story}</p><p>Jane Doe<br>John   Roe<br></p><p>{story}</p></article></body></html>"
    )
    # When it is parsed
    record = parse_article(page.encode(), url="https://example.com/library")
    # Then the body keeps the line break between the two names, whitespace inside each line collapsed
    assert "\n\nJane Doe\nJohn Roe\n\n" in record.body
    assert record.content_hash == record_module.content_hash(record.body.split("\n\n"))
