"""The headings of boxes: which element is a heading, and whether a box's heading names a site feed ("Most read",
"More from Politics", a link to the site's latest stories)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import Tag
from bs4.element import NavigableString

from worker.lexicon.text import clean_text
from worker.parse.box_chrome import unlinked_text
from worker.parse.reading_labels import FEED_HEADING, MAX_LABEL_CHARS
from worker.parse.tree_search import ancestor_named, child_tags, first_tag, tags_named, tags_where

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
MAX_LABEL_WRAPPER = 80


_LATEST_PATH = re.compile(
    r"/(?:latest|newest|recent|just-?in|news-?feed|all-?news|neueste|aktuell|heute-?neu|dernieres?|ultim[aeio]s?)"
    r"(?:[-_.][^/]*)?/?$",
    re.IGNORECASE,
)
"""The path of a site's latest-stories page, its last segment ("/latest-news/", "/news/neueste/"; not a story filed
under "/latest/2024/05/...")."""


def links_latest(heading: Tag) -> bool:
    """A heading that is (or holds) a link to the site's latest stories: its box is that feed ("Recommended for
    you" linking "/latest-news/")."""
    anchor = heading if heading.name == "a" else heading.find("a", href=True)
    if not isinstance(anchor, Tag):
        anchor = ancestor_named(heading, ("a",))
    return latest_href(anchor.get("href") if isinstance(anchor, Tag) else None)


def latest_href(href: object) -> bool:
    """A link to the site's latest stories: its path ("/latest-news/"), or its fragment ("/features/#latest")."""
    if not isinstance(href, str):
        return False
    parts = urlsplit(href)
    return bool(_LATEST_PATH.search(parts.path) or (parts.fragment and _LATEST_PATH.search(f"/{parts.fragment}")))


def feed_verdict(heading: Tag) -> bool | None:
    """Whether a box's heading names a site feed: by its text ("Most read", "More from <a>Politics</a>", also all
    link: "<a>More from Local News</a>"), or, when it is all link, by linking the site's latest stories; None for a
    card's headline (inside a link, or a link to a story), which heads no box."""
    if ancestor_named(heading, ("a",)) is not None:
        return None
    if FEED_HEADING.match(clean_text(heading.get_text(" ", strip=True))):
        return True  # also all link: "<h2><a href="/news/local">More from Local News</a>"
    if unlinked_text(heading) > 0 or _links_nowhere(heading):
        return False
    return True if links_latest(heading) else None


def _links_nowhere(heading: Tag) -> bool:
    """A heading whose link goes nowhere ("#", a script): a tab or filter button, named by its text ("<a
    href="#">In Other News</a>")."""
    anchors = tags_named(heading, ("a",), 2)
    if len(anchors) != 1:  # no link, or more than one
        return False
    href = anchors[0].get("href")
    return not isinstance(href, str) or href.strip() in ("", "#") or href.strip().lower().startswith("javascript:")


def feed_heading(box: Tag) -> bool:
    """The box's first heading (a heading element, or one named so: "card-header") names a site feed, or, with no
    heading, its first line (``_first_line``), a short line without links, does ("<strong>Weitere Artikel in diesem
    Ressort:</strong>", "<h6> </h6><p>Recent Energy Content</p>")."""
    for heading in tags_where(box, is_heading, 12):
        verdict = feed_verdict(heading)
        if verdict is not None:
            return verdict
    first = _first_line(box)
    if first is None or first.name not in _LINE_LABELS or first.find("a") is not None:
        return False
    text = clean_text(first.get_text(" ", strip=True))
    return len(text) <= MAX_LABEL_WRAPPER and bool(FEED_HEADING.match(text))


def _first_line(box: Tag) -> Tag | None:
    """The element holding the box's first words, when no link holds them: the line a wrapper or an empty heading
    puts first ("<div><h6> </h6><p>Recent Energy Content</p><ul>…"); else the box's first child."""
    string = next((text for text in box.find_all(string=True, limit=_FIRST_LINE_STRINGS) if text.strip()), None)
    parent = string.parent if string is not None else None
    if isinstance(parent, Tag) and parent is not box and ancestor_named(parent, ("a",)) is None:
        return parent
    return box.find(True, recursive=False)


_FIRST_LINE_STRINGS = 24


_LINE_LABELS = frozenset({"strong", "b", "span", "p", "div", "em"})


_HEAD_CHILDREN = 4


def heads_a_feed(box: Tag) -> bool:
    """The box's own heading (among its first children, or first in one of them: ``<div class="head"><h3>``) names
    a site feed; a quick look for the line boxes of ``line_links`` (``feed_heading`` searches a whole box)."""
    if box.name == "table":  # a table's heading is its first cell ("<tr><td class="sectionhead">Top Stories")
        first = first_tag(box, ("th", "td"))
        return isinstance(first, Tag) and is_heading(first) and bool(feed_verdict(first))
    for at, child in enumerate(child_tags(box, _HEAD_CHILDREN)):
        heading = child if is_heading(child) else next(iter(child_tags(child, 1)), None)
        if isinstance(heading, Tag) and is_heading(heading) and ancestor_named(heading, ("a",)) is None:
            return bool(feed_verdict(heading))
        if at == 0 and _plain_feed_label(child):
            return True  # "<aside><div class=h>Most Popular</div><a>…": a feed's label in a box of no heading's name
    return False


def _plain_feed_label(element: Tag) -> bool:
    """A short first element of a box with no link that names a site feed ("<div class=h>Most Popular</div>")."""
    return element.find("a") is None and names_a_feed(clean_text(element.get_text(" ", strip=True)))


def names_a_feed(text: str) -> bool:
    """A label's text, short as a label is, that names a site feed ("Most Popular", "More Local News")."""
    return 0 < len(text) <= MAX_LABEL_CHARS and FEED_HEADING.match(text) is not None


def is_heading(element: Tag) -> bool:
    """A heading element or a table's header cell, or a block named as a heading ("card-header", "boxhead")."""
    if element.name in HEADINGS or element.name == "th":
        return True
    if element.name == "p" and bold_only(element):
        return True  # "<p><strong>MORE NOOSA NEWS</strong></p>": a paragraph set as a heading
    classes = element.get("class")
    return (
        element.name in ("div", "span", "p", "header", "td")
        and bool(classes)
        and bool(_HEAD_CLASS.search(" ".join(classes) if isinstance(classes, list) else str(classes)))
    )


def bold_only(element: Tag) -> bool:
    """The element holds one bold run and no other text, and no link: a heading written in bold."""
    children = [c for c in element.children if not (isinstance(c, NavigableString) and not c.strip())]
    return (
        len(children) == 1
        and isinstance(children[0], Tag)
        and children[0].name in ("strong", "b")
        and children[0].find("a") is None
        and 0 < len(children[0].get_text(strip=True)) <= MAX_LABEL_WRAPPER
    )


_HEAD_CLASS = re.compile(r"(?<!sub)title|headline|heading|header|head(?![a-z])", re.IGNORECASE)
"""A class naming a heading: a title, headline or header, or a "head" ("boxhead", "box-head")."""


__all__ = [
    "HEADINGS",
    "MAX_LABEL_WRAPPER",
    "bold_only",
    "feed_heading",
    "feed_verdict",
    "heads_a_feed",
    "is_heading",
    "latest_href",
    "links_latest",
    "names_a_feed",
]
