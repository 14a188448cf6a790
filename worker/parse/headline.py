"""The article's own headline: JSON-LD, OpenGraph, ``<h1>`` and ``<title>``, without site-name affixes."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bs4 import Tag

from worker.lexicon.domains import host_of
from worker.lexicon.text import clean_text, compact_key
from worker.parse import schema_org
from worker.parse.landmarks import Landmarks, find_landmarks
from worker.parse.metadata import meta_first

if TYPE_CHECKING:
    from worker.parse.document import Document

_SEPARATOR = re.compile(r"\s+[|\-–—·•»«/~]\s+|\s*[|»«•·]\s*|\s+::\s+|(?<=\w):\s+")
_KICKER_CLASS = re.compile(
    r"kicker|overline|dachzeile|roofline|topline|eyebrow|supertitle|overtitle|visually-hidden|sr-only|screen-reader",
    re.IGNORECASE,
)
_BLOG_ARCHIVE = re.compile(r"^.*?\s[»|:-]\s*Blog\s*Archi(?:v|ve)\s*[»|:-]\s+", re.IGNORECASE)
_MAX_HEADLINE = 300
_NOT_HEADLINE_ONLY = re.compile(r"\s[|•·]\s|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}")
_KICKER_PREFIX = re.compile(r"^[^\W\d][^:\"“”„«»]{0,40}:\s")
_SHARED_WORDS = 0.6
_MIN_H1_WORDS = 3  # share of a metadata title's words an <h1> must repeat to stand for it


def _site_keys(site_name: str | None, url: str | None) -> set[str]:
    keys = {compact_key(site_name)} if site_name else set()
    host = host_of(url)
    if host:
        keys.add(compact_key(host))
        keys.add(compact_key(host.rsplit(".", 1)[0]))
        keys.add(compact_key(host.split(".")[-2] if host.count(".") else host))
    return {key for key in keys if len(key) >= 3}


def _is_site(part: str, site_keys: set[str]) -> bool:
    """Whether a title part names the site: equal to its name or host, or a short variant ("DimidoBlog")."""
    key = compact_key(part)
    if not key:
        return True
    return any(
        key == site or (len(key) >= 4 and (key in site or (site in key and len(key) <= 2 * len(site) + 4)))
        for site in site_keys
    )


def strip_site_name(title: str, site_name: str | None, url: str | None = None) -> str:
    """Remove a leading or trailing site name (" | Site", " - Site", "Site: ") from ``title``."""
    title = _BLOG_ARCHIVE.sub("", title)
    site_keys = _site_keys(site_name, url)
    if not site_keys:
        return title
    changed = True
    while changed:
        changed = False
        separators = list(_SEPARATOR.finditer(title))
        if not separators:
            break
        last, first = separators[-1], separators[0]
        if _is_site(title[last.end() :], site_keys) and title[: last.start()].strip():
            title, changed = title[: last.start()].strip(), True
        elif _is_site(title[: first.start()], site_keys) and title[first.end() :].strip():
            title, changed = title[first.end() :].strip(), True
    return title


def _headline_proper(tag: Tag) -> str:
    """The text of a heading without its kicker/overline and screen-reader-only separators."""
    parts = []
    kicker = False
    for child in tag.children:
        classes = str(child.get("class") or "") if isinstance(child, Tag) else ""
        if classes and _KICKER_CLASS.search(classes):
            kicker = True
            continue
        parts.append(_inline_text(child) if isinstance(child, Tag) else str(child))
    # inline markup joins without added spaces ("Hello <em>world</em>!"); a removed kicker leaves a gap
    return clean_text(("" if not kicker else " ").join(parts)).strip(" :-–—|")


def _inline_text(tag: Tag) -> str:
    """A heading's text as rendered inline: strings joined as written, ``<br>`` as a space."""
    return "".join(str(text) for text in tag.strings) if tag.name != "br" else " "


def _h1_texts(marks: Landmarks) -> list[str]:
    texts = []
    for tag in marks.h1:
        text = _headline_proper(tag) or clean_text(_inline_text(tag))
        if text:
            texts.append(text)
    return texts


def _microdata_headline(marks: Landmarks) -> str | None:
    tag = marks.itemprop("headline")
    if tag is None:
        return None
    value = tag.get("content") if tag.name == "meta" else _inline_text(tag)
    return clean_text(value if isinstance(value, str) else None) or None


def _words(value: str) -> set[str]:
    return {word for word in re.findall(r"\w+", value.casefold()) if len(word) > 2 or not word.isascii()}


def _fuller_h1(h1s: list[str], titles: list[str]) -> str | None:
    """A visible ``<h1>`` that says more than a shorter metadata title and repeats most of its words (a social or
    SEO title cut down from the headline: "Leasing oder Finanzierung" for "Leasing oder Finanzierung – was lohnt
    sich mehr?")."""
    for text in h1s:
        if _NOT_HEADLINE_ONLY.search(text):
            continue  # the <h1> also holds a site name, a date or a category list
        words = _words(text)
        for title in titles:
            wanted = _words(title)
            longer = len(title) < len(text) <= 2 * len(title)
            if _KICKER_PREFIX.match(text) and compact_key(text).endswith(compact_key(title)):
                continue  # "Kicker: Headline" with the metadata giving the headline alone
            if wanted and longer and len(words & wanted) >= _SHARED_WORDS * len(wanted):
                return text
    return None


def _sole_h1(h1s: list[str], marks: Landmarks, titles: list[str]) -> str | None:
    """The page's one visible ``<h1>``, when it reads as a headline: several words, no date or site name, no
    "Kicker:" before a metadata title, and a word in common with the metadata titles (a site logo set in an
    ``<h1>`` shares none). The metadata title is often written for search or social media, the ``<h1>`` for readers."""
    if len(h1s) != 1 or len(marks.h1) != 1:
        return None
    text = h1s[0]
    if len(text.split()) < _MIN_H1_WORDS or _NOT_HEADLINE_ONLY.search(text):
        return None
    if any(_KICKER_PREFIX.match(text) and compact_key(text).endswith(compact_key(title)) for title in titles):
        return None
    words = {word for word in _words(text) if len(word) > 3}
    if titles and not any(words & _words(title) for title in titles):
        return None
    return text


def extract_headline(
    doc: Document, site_name: str | None = None, canonical_url: str | None = None, marks: Landmarks | None = None
) -> str | None:
    """The article's own headline, or None if the page offers none.

    A visible ``<h1>`` wins when a metadata title (JSON-LD, OpenGraph, microdata, ``<title>``) agrees with it, when
    it says more than a shorter metadata title, or when it is the page's only ``<h1>`` and reads as a headline;
    otherwise the metadata headline, stripped of the site's name, is taken. Never raises on odd markup.
    """
    marks = marks if marks is not None else find_landmarks(doc.soup)
    url = doc.url or canonical_url
    candidates = [
        schema_org.first_value(doc.json_ld, "headline"),
        meta_first(doc, "og:title", "twitter:title", "dc.title", "title", "headline"),
        _microdata_headline(marks),
        doc.title,
    ]
    site_keys = _site_keys(site_name, url)  # a whole title equal to the site's name or host is no headline
    stripped = [strip_site_name(clean_text(value), site_name, url) for value in candidates if value]
    stripped = [value for value in stripped if value and compact_key(value) not in site_keys]
    keys = [compact_key(value) for value in stripped]
    h1s = [text for text in _h1_texts(marks) if compact_key(text) not in site_keys]
    for text in h1s:
        key = compact_key(text)
        if key and any(key == other or (len(key) > 10 and key in other) for other in keys):
            return text[:_MAX_HEADLINE]
    chosen = _fuller_h1(h1s, stripped) or _sole_h1(h1s, marks, stripped)
    if chosen:
        return chosen[:_MAX_HEADLINE]
    if stripped:
        return stripped[0][:_MAX_HEADLINE]
    if h1s:
        return h1s[0][:_MAX_HEADLINE]
    return clean_text(doc.title)[:_MAX_HEADLINE] or None  # only the site's name: better than nothing


__all__ = ["clean_text", "extract_headline", "strip_site_name"]
