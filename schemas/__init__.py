"""The wire formats of wireroom: job requests in, article records and events out."""

from schemas.article import ArticleRecord, Citation, Entity, Origin, SeeAlsoLink
from schemas.events import ArticleFailed, ArticleIngested, FailureData, FailureError
from schemas.jobs import FetchJob

__all__ = [
    "ArticleFailed",
    "ArticleIngested",
    "ArticleRecord",
    "Citation",
    "Entity",
    "FailureData",
    "FailureError",
    "FetchJob",
    "Origin",
    "SeeAlsoLink",
]
