"""Fixtures of the entity tests: one tagger per session, and the seed article's record built from its text."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from schemas.article import ArticleRecord, Citation, Origin
from worker.entities import EntityTagger

SEED = Path(__file__).resolve().parents[3].parent / "shared" / "seed" / "article.txt"
ORIGIN_LINE = "This article was originally published on our sister website Tech Wire Asia"


def build_seed_record() -> ArticleRecord:
    """The seed article as the parser should record it: headline, cleaned body, origin and citation."""
    lines = [" ".join(line.split()) for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    headline = lines[0]
    paragraphs = [
        line
        for line in lines[1:]
        if line not in ("Share this on", headline, ORIGIN_LINE) and not line.startswith("SEE ALSO")
    ]
    body = "\n\n".join(paragraphs)
    citing = next(p for p in paragraphs if "Bloomberg reported" in p)
    return ArticleRecord(
        headline=headline,
        body=body,
        language="en",
        origin=Origin(publisher="Tech Wire Asia", statement=ORIGIN_LINE),
        citations=[Citation(source="Bloomberg", statement=citing)],
        byline=[],
        word_count=len(body.split()),
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        parser_version="test",
    )


@pytest.fixture(scope="session")
def tagger() -> EntityTagger:
    """The default English tagger, loaded once for the whole test session."""
    return EntityTagger()


@pytest.fixture
def seed_record() -> ArticleRecord:
    """The seed article's record, entities not yet set."""
    return build_seed_record()
