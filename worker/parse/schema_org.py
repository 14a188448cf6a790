"""Typed access to the schema.org objects of a page's JSON-LD (articles, people, publishers)."""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "posting",
        "report",
        "scholarlyarticle",
        "techarticle",
        "medicalscholarlyarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "creativework",
        "webpage",
        "itempage",
        "review",
        "recipe",
        "howto",
    }
)
"""Types whose ``headline``/``author``/``datePublished`` describe the page's main content."""

ORGANIZATION_TYPES = frozenset(
    {"organization", "newsmediaorganization", "corporation", "ngo", "governmentorganization", "localbusiness"}
)


def types_of(obj: dict[str, Any]) -> set[str]:
    """The lower-cased ``@type`` names of one JSON-LD object (without any ``schema:`` prefix)."""
    raw = obj.get("@type")
    names = raw if isinstance(raw, list) else [raw]
    return {name.rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower() for name in names if isinstance(name, str)}


def articles(json_ld: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON-LD objects describing the main content, proper article types first, web pages last."""
    ranked: list[tuple[int, int, dict[str, Any]]] = []
    for index, obj in enumerate(json_ld):
        kinds = types_of(obj)
        if not kinds & ARTICLE_TYPES:
            continue
        rank = 2 if kinds & {"webpage", "itempage", "creativework"} else 0 if "article" in "".join(kinds) else 1
        ranked.append((rank, index, obj))
    return [obj for _, _, obj in sorted(ranked, key=lambda item: (item[0], item[1]))]


def text_of(value: Any) -> str | None:
    """A plain, unescaped, whitespace-collapsed string from a JSON-LD value (string, object with name, list)."""
    if isinstance(value, list):
        for item in value:
            found = text_of(item)
            if found:
                return found
        return None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = " ".join(html.unescape(str(value)).split())
        return text or None
    return None


def iter_values(value: Any) -> Iterator[Any]:
    """Each item of a JSON-LD value that may be a single value or a list."""
    if isinstance(value, list):
        yield from value
    elif value is not None:
        yield value


def resolve(json_ld: list[dict[str, Any]], value: Any) -> Any:
    """Follow an ``{"@id": ...}`` reference (as in Yoast's ``@graph``) to the object it names, if present."""
    if isinstance(value, dict) and "@id" in value and "name" not in value:
        for obj in json_ld:
            if obj is not value and obj.get("@id") == value["@id"]:
                return obj
    return value


def first_value(json_ld: list[dict[str, Any]], *keys: str) -> str | None:
    """The first non-empty text for any of ``keys``, looking in article objects first, then in all objects."""
    for pool in (articles(json_ld), json_ld):
        for obj in pool:
            for key in keys:
                found = text_of(obj.get(key))
                if found:
                    return found
    return None


__all__ = [
    "ARTICLE_TYPES",
    "ORGANIZATION_TYPES",
    "articles",
    "first_value",
    "iter_values",
    "resolve",
    "text_of",
    "types_of",
]
