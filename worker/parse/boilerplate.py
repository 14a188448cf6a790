"""Recognise page furniture (navigation, share bars, comments, ads, captions ...) by tag, role and class/id."""

from __future__ import annotations

import re
from functools import lru_cache

from bs4 import Tag

from worker.lexicon.phrase_pattern import phrase_pattern
from worker.parse.page_css import HIDING_DECLARATION

# Tags whose subtree never holds article text (their text, if any, is furniture).
DROP_TAGS = frozenset(
    {
        "figcaption", "dialog", "menu", "menuitem", "label", "input", "fieldset",
        "legend", "option", "optgroup", "datalist", "output", "progress", "meter", "img", "picture", "video",
        "audio", "source", "track", "map", "area", "embed", "head", "title", "meta", "link", "base", "address",
        "rt", "rp",
    }
)  # fmt: skip
# Landmarks of the page around the article.
DROP_ROLES = frozenset(
    {
        "search", "dialog", "alertdialog", "menu", "menubar",
        "toolbar", "tooltip", "tablist", "alert", "status", "log", "marquee", "timer",
    }
)  # fmt: skip
_LANDMARK_TAGS = frozenset({"header", "footer", "aside", "nav"})
_LANDMARK_ROLES = frozenset({"navigation", "contentinfo", "complementary"})
# Elements that start a new paragraph-level block.
BLOCK_TAGS = frozenset(
    {
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "figure", "form", "center", "details", "summary",
        "body", "html", "hr", "address", "noscript", "fieldset", "dialog", "menu",
    }
)  # fmt: skip
FOOTER_NAME = re.compile(r"(?<!no-)(?<!has-)(?<!with-)(?<!without-)(?:footer|colophon)", re.IGNORECASE)
"""A class or id naming a footer ("site-footer", "pfFooter", "colophon"), not a box without one ("mod-no-footer")."""
KIND_OF_TAG = {
    "p": "p",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "li",
    "dt": "li",
    "dd": "li",
    "blockquote": "quote",
    "pre": "pre",
    "td": "cell",
    "th": "cell",
}

_SOCIAL_EMBEDS = (
    r"twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|reddit-embed|bluesky-embed|threads-post"
    r"|mastodon-embed"
)
"""Classes of embedded social posts (a tweet's ``blockquote.twitter-tweet``): furniture, however much text they hold."""

# Furniture whose class/id says so plainly; matched anywhere in the class/id string.
_NEGATIVE = phrase_pattern(
    r"comment|kommentar|disqus|share|sharing|social|related|recommend|news-?letter|subscri|signup|sign-up|cookie|consent|gdpr"
    r"|breadcrumb|promo|advert|sponsor|outbrain|taboola|sidebar|popup|modal|overlay|caption|credit"
    r"|copyright|paywall|trending|popular|most-?read|meistgelesen|author-?(bio|box|info|profile|card|about)"
    r"|about-?(the-?)?author|skip-?link|screen-?reader|sr-only|visually-?hidden|print-?only|tag-?(list|cloud)"
    r"|pagination|pager\b|toolbar|masthead|navbar|navigation|dropdown|teaser-?list|more-?(stories|articles)"
    r"|read-?next|jump-?link|rating|banner|disclosure|disclaimer|affiliate|third-?party|flyout|recirculation|app-?stores?"
    rf"|{_SOCIAL_EMBEDS}",
    re.I,
)
# Furniture recognised by a whole class/id token (too short to match as a substring).
_NEGATIVE_TOKENS = frozenset(
    {
        "ad", "ads", "adv", "advert", "nav", "menu", "footer", "foot", "tags", "tag", "keywords", "meta",
        "print", "tools", "skip", "bio", "byline-bio", "login", "search", "share", "icons",
        "topbar", "submenu", "subnav", "shop", "donate", "rss", "feed", "follow", "likes",
        "byline", "author", "authors", "date", "timestamp", "published", "posted", "notice", "legend", "cta",
        "abo",
    }
)  # fmt: skip
# A class saying the element itself is hidden ("hidden", "is-hidden", "js-hide"); not one hiding a part of it
# ("field--label-hidden"), a utility ("overflow-hidden", "hide-text") or a screen size ("hidden-xs").
_HIDDEN_CLASS = re.compile(r"(?:(?:is|js|u|element|state)[-_]+)?(?:hidden|hide)")
_STRONG_NEGATIVE = phrase_pattern(
    r"comment|kommentar|disqus|respond|reply|cookie|consent|gdpr|news-?letter|related|recommend|outbrain|taboola"
    r"|read-?next|more-?(stories|articles)|teaser-?list|popular|trending|most-?read|meistgelesen"
    rf"|{_SOCIAL_EMBEDS}",
    re.I,
)
_POSITIVE = re.compile(r"article|body|content|entry|main|post|story|text|blog|prose|richtext|artikel|inhalt", re.I)
# CMS classes naming the post's own tags and categories ("tag-newsletter", "category-comments"): not structure.
_TAXONOMY = re.compile(r"(?<!\S)(?:tag|category|cat|post|postid|format|status|type|author|term|tax|topic)[-_]\S+")
_TOKEN_SPLIT = re.compile(r"[^a-z0-9]+")
_MARKER = re.compile(r"articlebody|article-body|article__body|story-body|post-body|entry-content", re.I)


def class_id(tag: Tag) -> str:
    """The element's class and id as one lower-case string (empty when it has neither)."""
    attrs = tag.attrs
    if not attrs:
        return ""
    classes = attrs.get("class")
    ident = attrs.get("id")
    parts = []
    if classes:
        parts.append(_structural_classes(str(classes)))
    if ident:
        parts.append(str(ident))
    return " ".join(parts).lower()


@lru_cache(maxsize=8192)
def _structural_classes(joined: str) -> str:
    return _TAXONOMY.sub(" ", joined) if "-" in joined else joined


def is_landmark(tag: Tag, in_article: bool) -> bool:
    """Whether the element is a page landmark around the article (site header, footer, sidebar, navigation).

    Broken markup sometimes leaves such an element wrapping the whole page, so callers weigh its size.
    """
    name = tag.name
    if name in _LANDMARK_TAGS:
        return name != "header" or not in_article
    role = tag.attrs.get("role") if tag.attrs else None
    if not isinstance(role, str):
        return False
    role = role.lower()
    return role in _LANDMARK_ROLES or (role == "banner" and not in_article)


def is_hard_furniture(tag: Tag) -> bool:
    """Whether the element is furniture by its tag, role or visibility alone (no look at its size)."""
    if tag.name in DROP_TAGS:
        return True
    attrs = tag.attrs
    if not attrs:
        return False
    role = attrs.get("role")
    if isinstance(role, str) and role.lower() in DROP_ROLES:
        return True
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True
    style = attrs.get("style")
    return isinstance(style, str) and HIDING_DECLARATION.search(style) is not None


def hiding_class(classes: str) -> bool:
    """Whether a class string hides the element itself ("hidden", "is-hidden"; not "hidden-xs", "overflow-hidden")."""
    return any(_HIDDEN_CLASS.fullmatch(word) for word in classes.lower().split())


@lru_cache(maxsize=16384)
def negative_class(names: str) -> bool:
    """Whether a class/id string names furniture."""
    return bool(names) and any(_negative_word(word) for word in names.split())


@lru_cache(maxsize=16384)
def _negative_word(word: str) -> bool:
    if _NEGATIVE.search(word) or _HIDDEN_CLASS.fullmatch(word):
        return True
    return any(token in _NEGATIVE_TOKENS for token in _TOKEN_SPLIT.split(word))


@lru_cache(maxsize=8192)
def strong_negative_class(names: str) -> bool:
    """Whether a class/id string names furniture that may hold much prose yet is never the article (comments)."""
    return _STRONG_NEGATIVE.search(names) is not None


@lru_cache(maxsize=8192)
def positive_class(names: str) -> bool:
    """Whether a class/id string names the article or its text."""
    return bool(names) and _POSITIVE.search(names) is not None


def is_article_marker(tag: Tag, names: str) -> bool:
    """Whether the element declares itself the article's body (schema.org ``articleBody`` or a usual class)."""
    itemprop = tag.attrs.get("itemprop") if tag.attrs else None
    if isinstance(itemprop, str) and itemprop.lower() == "articlebody":
        return True
    return bool(names) and _marker_class(names)


@lru_cache(maxsize=8192)
def _marker_class(names: str) -> bool:
    return _MARKER.search(names) is not None


__all__ = [
    "BLOCK_TAGS",
    "DROP_ROLES",
    "DROP_TAGS",
    "FOOTER_NAME",
    "KIND_OF_TAG",
    "class_id",
    "hiding_class",
    "is_article_marker",
    "is_hard_furniture",
    "is_landmark",
    "negative_class",
    "positive_class",
    "strong_negative_class",
]
