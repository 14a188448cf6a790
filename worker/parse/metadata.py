"""Page-level metadata: canonical URL, site name, language, lead image, description and tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from worker.lexicon.domains import absolute_url
from worker.parse import schema_org
from worker.parse.landmarks import Landmarks, find_landmarks

if TYPE_CHECKING:
    from worker.parse.document import Document

_LANGUAGE = re.compile(r"^\s*([A-Za-z]{2})(?:$|[-_\s,;])")
_MAX_TAGS = 30


@dataclass(frozen=True)
class PageMetadata:
    """What the page says about itself, outside the article text."""

    canonical_url: str | None = None
    site_name: str | None = None
    language: str | None = None
    lead_image: str | None = None
    description: str | None = None
    tags: list[str] = field(default_factory=list)


def meta_first(doc: Document, *names: str) -> str | None:
    """The first non-empty ``<meta>`` content for any of ``names`` (lower-case keys), whitespace collapsed."""
    for name in names:
        for value in doc.meta.get(name, ()):
            text = " ".join(value.split())
            if text:
                return text
    return None


def extract_metadata(doc: Document, marks: Landmarks | None = None) -> PageMetadata:
    """Read the page-level metadata of ``doc`` from JSON-LD, OpenGraph, ``<meta>``, ``<link>`` and ``<html lang>``.

    URLs come out absolute, resolved against the page URL or, when none is known, the canonical URL.
    Never raises on odd markup: missing or malformed values are simply left out.
    """
    canonical = _canonical_url(doc)
    base = doc.url or canonical
    marks = marks if marks is not None else find_landmarks(doc.soup)
    return PageMetadata(
        canonical_url=canonical,
        site_name=_site_name(doc),
        language=_language(doc),
        lead_image=_lead_image(doc, base) or _microdata_image(marks, base),
        description=meta_first(doc, "og:description", "description", "twitter:description", "dc.description")
        or schema_org.first_value(doc.json_ld, "description"),
        tags=_tags(doc),
    )


def _canonical_url(doc: Document) -> str | None:
    candidates = [*doc.links.get("canonical", ()), meta_first(doc, "og:url")]
    for article in schema_org.articles(doc.json_ld):
        candidates.append(schema_org.text_of(article.get("url")))
        entity = article.get("mainEntityOfPage")
        candidates.append(entity.get("@id") if isinstance(entity, dict) else entity)
    for candidate in candidates:
        if isinstance(candidate, str):
            resolved = absolute_url(candidate, doc.url)
            if resolved:
                return resolved
    return None


def _site_name(doc: Document) -> str | None:
    name = meta_first(doc, "og:site_name", "application-name", "al:ios:app_name", "publisher")
    if name:
        return name
    for article in schema_org.articles(doc.json_ld):
        publisher = schema_org.text_of(article.get("publisher"))
        if publisher:
            return publisher
    for obj in doc.json_ld:
        if schema_org.types_of(obj) & ({"website"} | schema_org.ORGANIZATION_TYPES):
            found = schema_org.text_of(obj.get("name"))
            if found:
                return found
    return None


def _language(doc: Document) -> str | None:
    candidates = [
        doc.html_lang,
        meta_first(doc, "content-language", "language", "dc.language", "og:locale", "inlanguage"),
        schema_org.first_value(doc.json_ld, "inLanguage"),
    ]
    for candidate in candidates:
        match = _LANGUAGE.match(candidate or "")
        if match:
            return match.group(1).lower()
    return None


def _lead_image(doc: Document, base: str | None) -> str | None:
    candidates: list[Any] = [
        meta_first(doc, "og:image:secure_url", "og:image", "og:image:url", "twitter:image", "twitter:image:src"),
        *doc.links.get("image_src", ()),
    ]
    for article in schema_org.articles(doc.json_ld):
        for image in schema_org.iter_values(article.get("image") or article.get("thumbnailUrl")):
            candidates.append(image.get("url") or image.get("contentUrl") if isinstance(image, dict) else image)
    candidates.append(meta_first(doc, "image", "thumbnail", "thumbnailurl"))
    for candidate in candidates:
        if isinstance(candidate, str):
            resolved = absolute_url(candidate, base)
            if resolved:
                return resolved
    return None


def _microdata_image(marks: Landmarks, base: str | None) -> str | None:
    tag = marks.itemprop("image")
    if tag is None:
        return None
    for attribute in ("content", "src", "href"):
        value = tag.get(attribute)
        if isinstance(value, str):
            return absolute_url(value, base)
    inner = tag.find("img", src=True)
    value = inner.get("src") if inner is not None else None
    return absolute_url(value, base) if isinstance(value, str) else None


def _tags(doc: Document) -> list[str]:
    raw: list[str] = list(doc.meta.get("article:tag", ()))
    for name in ("news_keywords", "keywords", "parsely-tags", "sailthru.tags"):
        for value in doc.meta.get(name, ()):
            raw.extend(value.split(","))
    for article in schema_org.articles(doc.json_ld)[:1]:
        for keyword in schema_org.iter_values(article.get("keywords")):
            if isinstance(keyword, str):
                raw.extend(keyword.split(","))
    tags: list[str] = []
    seen: set[str] = set()
    for value in raw:
        tag = " ".join(value.split()).strip(" ;#")
        if tag and len(tag) <= 80 and tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    return tags[:_MAX_TAGS]


__all__ = ["PageMetadata", "extract_metadata", "meta_first"]
