"""Parse one HTML page into a validated ``ArticleRecord`` (the parser's public entry point).

PLACEHOLDER: the real extractor replaces the body of ``parse_article``; its signature is the contract.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping

from bs4 import BeautifulSoup
from pydantic import ValidationError

from schemas.article import ArticleRecord
from worker import __version__
from worker.errors import InvalidRecord, NoArticleContent, NotHTML

PARSER_VERSION = __version__


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
        InvalidRecord: the extracted fields failed validation.
    """
    if not data.strip() or b"<" not in data[:4096]:
        raise NotHTML("input is not an HTML document", url=url)
    soup = BeautifulSoup(data, "lxml")
    title = soup.title.get_text(" ", strip=True) if soup.title else ""
    paragraphs = [p.get_text(" ", strip=True) for p in soup.find_all("p")]
    body = "\n\n".join(p for p in paragraphs if p)
    if not body or not title:
        raise NoArticleContent("no article content found", url=url)
    try:
        return ArticleRecord(
            url=url,
            headline=title,
            body=body,
            word_count=len(body.split()),
            content_hash=hashlib.sha256(body.encode()).hexdigest(),
            parser_version=PARSER_VERSION,
        )
    except ValidationError as exc:
        raise InvalidRecord(str(exc), url=url) from exc


__all__ = ["PARSER_VERSION", "parse_article"]
