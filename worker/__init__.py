"""wireroom: news-article ingestion workers (fetch, parse, publish)."""

__version__ = "0.1.0"
