"""The wire formats of wireroom: job requests in, article records and events out."""

from schemas.article import ArticleRecord, Citation, Entity, Origin, SeeAlsoLink

__all__ = ["ArticleRecord", "Citation", "Entity", "Origin", "SeeAlsoLink"]
