"""The wire formats of wireroom: job requests in, article records and events out.

Each name is imported from its module when first read (PEP 562): a process that needs one module (the parser reads
``schemas.article``) does not build the others' models (``events`` and ``jobs``: ~15 ms of every start-up).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from schemas.article import ArticleRecord, Citation, Entity, Origin, SeeAlsoLink
    from schemas.events import ArticleFailed, ArticleIngested, FailureData, FailureError
    from schemas.jobs import FetchJob

_MODULES: dict[str, str] = {
    "ArticleFailed": "schemas.events",
    "ArticleIngested": "schemas.events",
    "ArticleRecord": "schemas.article",
    "Citation": "schemas.article",
    "Entity": "schemas.article",
    "FailureData": "schemas.events",
    "FailureError": "schemas.events",
    "FetchJob": "schemas.jobs",
    "Origin": "schemas.article",
    "SeeAlsoLink": "schemas.article",
}


def __getattr__(name: str) -> Any:
    """``name`` of ``__all__``, imported from its module; a submodule (``schemas.events``) by its name."""
    if name in _MODULES:
        return getattr(importlib.import_module(_MODULES[name]), name)
    if name in ("article", "events", "jobs"):
        return importlib.import_module(f"schemas.{name}")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
