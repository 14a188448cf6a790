"""Drop merged entities a reader would not tag a story with: its authors, its own site, capitalised common words."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from schemas.article import ArticleRecord
from worker.entities.merge import MergedEntity
from worker.entities.names import name_key

_LOWER_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")


def reader_tags(
    entities: list[MergedEntity], record: ArticleRecord, body: str, places: frozenset[str]
) -> list[MergedEntity]:
    """The entities worth tagging: not a byline author, not the publishing site itself, and not a lone capitalised
    word the body also uses in lower case ("Government", "Coronavirus"), unless it is a known place or the page or
    the outlet list names it."""
    authors = {name_key(name) for name in record.byline}
    site = _site_keys(record)
    common = set(_LOWER_WORD.findall(body))
    kept = []
    for entity in entities:
        key = name_key(entity.text)
        if key in authors or key.replace(" ", "") in site:
            continue
        if " " not in key and key in common and key not in places and not entity.signalled:
            continue
        kept.append(entity)
    return kept


def _site_keys(record: ArticleRecord) -> set[str]:
    """The publishing site's own name, spaces removed: its ``site_name`` and its domain ("japantimes", "kxan")."""
    keys = {name_key(record.site_name).replace(" ", "")} if record.site_name else set()
    for url in (record.canonical_url, record.url):
        if url:
            host = (urlsplit(url).hostname or "").removeprefix("www.")
            keys.update(part for part in host.split(".")[:-1] if len(part) >= 3)
    return keys


__all__ = ["reader_tags"]
