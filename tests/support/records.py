"""Article records built from a body text, for the steps that run after the parser (the entity tagger)."""

from __future__ import annotations

import hashlib
from typing import Any

from schemas.article import ArticleRecord


def article_record(body: str, headline: str = "A headline", **fields: Any) -> ArticleRecord:
    """A valid record of ``body`` under ``headline``; ``fields`` set the rest (``language``, ``origin``, ...)."""
    return ArticleRecord(
        headline=headline,
        body=body,
        word_count=len(body.split()),
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        parser_version="test",
        **fields,
    )
