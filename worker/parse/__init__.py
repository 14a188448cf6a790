"""Parse one HTML page into a validated ``ArticleRecord`` (the parser's public entry point)."""

from __future__ import annotations

from collections.abc import Mapping

from schemas.article import ArticleRecord
from worker.parse.batch import PageInput, ParseFailure, parse_many
from worker.parse.record import PARSER_VERSION, parse_page


def parse_article(data: bytes, url: str | None = None, headers: Mapping[str, str] | None = None) -> ArticleRecord:
    """Extract the article of one HTML page.

    Parameters:
        data: the page's raw bytes, as served.
        url: the page's URL, used to resolve relative links; optional.
        headers: the HTTP response headers (their charset is honoured); optional.

    Returns:
        A validated ``ArticleRecord`` (``entities`` empty: see ``worker.entities``).

    Raises:
        NotHTML: the bytes are not an HTML document.
        NoArticleContent: no article text was found.
        InvalidRecord: the extracted fields failed validation (or the parser met an unexpected error).
    """
    return parse_page(data, url, headers)


__all__ = ["PARSER_VERSION", "PageInput", "ParseFailure", "parse_article", "parse_many"]
