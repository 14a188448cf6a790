"""An unlabelled short list of the site's stories right after the article's container: the article's reading when
only its end furniture stands before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from bs4 import Tag
from bs4.element import NavigableString

from worker.lexicon.domains import absolute_url, same_site
from worker.lexicon.text import clean_text
from worker.parse.boilerplate import FOOTER_NAME
from worker.parse.box_chrome import (
    CHROME,
    COMMENTS,
    END_FURNITURE,
    SIDE,
    STOP_TAGS,
    excluded,
    is_hidden,
    names_of,
    unlinked_text,
)
from worker.parse.box_links import AD_WORDS, MAX_BOX_ANCHORS, MAX_CARD_TEXT
from worker.parse.box_place import MAX_BETWEEN_TEXT, article_footer, side_by_side
from worker.parse.card_titles import MAX_TITLE, card_title, link_title
from worker.parse.feed_headings import HEADINGS, feed_verdict, is_heading, names_a_feed
from worker.parse.link_filters import runs_in_text
from worker.parse.link_lines import NEIGHBOUR
from worker.parse.reading_labels import RELATED_NAME
from worker.parse.story_urls import MIN_LINE_TITLE, MIN_LINE_WORDS, article_like, is_page
from worker.parse.tree_search import ancestor_named, first_tag, links_in, tags_where

# An unlabelled short list of the site's stories right after the article: what may stand between, and its shape.
_TRAILING_MIN = 2
_TRAILING_MAX = 6  # stories; more is a feed the template put there
_TRAILING_MAX_TARGETS = 8  # link targets of any kind in the list
_TRAILING_CLIMB = 2  # ancestors of the container whose later siblings are looked at
_TRAILING_STEPS = 6  # elements looked at after the container
_TRAILING_HEADING = 80  # a line without links this short before a list is its heading ("Mehr aus Berlin")
_CHROME_TAGS = ("nav", "aside", "footer", "form")
_ARIA_BOXES = ("section", "div", "ul", "ol")
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "link", "meta", "br", "hr", "img", "svg"})
_AD_LINE = re.compile(rf"^\W*(?:{AD_WORDS}|ad)\W*$", re.IGNORECASE)


@dataclass
class _Walk:
    """The way from the article's end to its list: text outside links passed, elements looked at, cards met."""

    text: int = 0
    steps: int = 0
    run: list[tuple[str, str]] = field(default_factory=list)

    def over(self) -> bool:
        return self.text > MAX_BETWEEN_TEXT or self.steps > _TRAILING_STEPS


class _Stop(Exception):
    """The article's place has ended (a footer, comments, a headed box, a feed) or its first list is none."""


def trailing_links(
    container: Tag | None, base: str | None, page_url: str | None, feeds: Sequence[Tag] = ()
) -> list[tuple[str, str]]:
    """The links of an unlabelled short list of the site's stories right after the article's container.

    The first element after the container (or after its parent or grandparent) that links to a story of the site
    is the list: it counts when it holds 2-6 stories of the same site, each titled as a headline (4+ words, 20+
    characters), none the page itself, no more than 8 link targets in all, no heading of its own, no link in running
    text and no previous/next wording; cards in sibling elements of their own, one story each, make one list. Only
    the article's end furniture may stand before it: tags, share buttons, section links, an author box, a box of
    other sites' links (its sources), an ad slot's caption, at most 300 characters of text outside links. A
    footer, ``<nav>``, ``<aside>``, form, comments, a sidebar, a site feed or a box named as related content (the
    named-box rule's), a heading or a short line of text (a feed's heading) ends the search. Never raises.
    """
    if container is None or page_url is None:
        return []
    walk = _Walk()
    node = container
    try:
        for _ in range(_TRAILING_CLIMB + 1):
            parent = node.parent
            if not isinstance(parent, Tag) or parent.name in ("html", "[document]") or _main_part(node):
                break  # the end of the page's main part: what follows it is side columns and footers
            for sibling in node.next_siblings:
                if type(sibling) is NavigableString:
                    walk.text += len(sibling.strip())
                    continue
                if not isinstance(sibling, Tag) or sibling.name in _SKIPPED_TAGS or is_hidden(sibling):
                    continue
                if side_by_side(sibling, node):
                    raise _Stop  # the layout's next column ("cColumn" after "abColumn"): beside the article
                cards = _after_article(sibling, base, page_url, feeds, walk)
                if cards is not None:
                    walk.run.extend(link for link in cards if link not in walk.run)
                    if len(walk.run) > _TRAILING_MAX:
                        raise _Stop
                    continue
                if walk.run or walk.over():
                    raise _Stop
            if walk.run or parent.name == "body" or excluded(parent):
                break
            node = parent
    except _Stop:
        pass
    return walk.run if _TRAILING_MIN <= len(walk.run) <= _TRAILING_MAX else []


def _main_part(element: Tag) -> bool:
    return element.name == "main" or element.get("role") == "main"


def _after_article(
    element: Tag, base: str | None, page_url: str, feeds: Sequence[Tag], walk: _Walk
) -> list[tuple[str, str]] | None:
    """The stories of an element after the article when it is (part of) its list; None for furniture to pass.

    Raises:
        _Stop: the article's place has ended, or its first list is no further reading.
    """
    walk.steps += 1
    names = names_of(element)
    if article_footer(element) and first_tag(element, _CHROME_TAGS) is None:
        walk.text += unlinked_text(element)
        return None  # the article's own footer: its tags, author line, share buttons
    if (
        element.name in STOP_TAGS
        or element.name == "aside"
        or excluded(element)
        or FOOTER_NAME.search(names)
        or COMMENTS.search(names)
        or SIDE.search(names)
        or RELATED_NAME.search(names)  # a box named as related content: the named-box rule's
        or any(element is feed for feed in feeds)
        or element.name in HEADINGS
        or _bare_heading(element)  # a box with a heading: labelled (the labelled rule's) or a feed's
        or _aria_named(element)  # named for screen readers: a related box (the named-box rule's) or a feed
        or first_tag(element, _CHROME_TAGS) is not None  # a menu, a side box or a form wrapped in a plain box
    ):
        raise _Stop
    if END_FURNITURE.search(names):
        return None  # the author box, share buttons, tags
    anchors = [anchor for anchor in links_in(element, MAX_BOX_ANCHORS) if not is_hidden(anchor)]
    kinds = [_kind(anchor, base, page_url) for anchor in anchors]
    stories = {kind for kind, _ in kinds} & {"story", "other"}
    if "other" in stories:
        walk.text += unlinked_text(element)
        return None  # other sites' stories: the article's sources
    if not stories:
        text = clean_text(element.get_text(" ", strip=True))
        if _text_heading(text) and not anchors:
            raise _Stop  # a heading written as a line of text ("Mehr aus Berlin") before a feed
        walk.text += unlinked_text(element)  # tags, share buttons, section links: furniture
        return None
    return _trailing_list(element, anchors, kinds)


def _aria_named(element: Tag) -> bool:
    """A box named for screen readers (``aria-label``, ``aria-labelledby``), the element or one inside it."""
    if "aria-label" in element.attrs or "aria-labelledby" in element.attrs:
        return True
    return bool(tags_where(element, _aria_box, 1))  # element.find(_ARIA_BOXES, attrs={name: True}) for either name


def _aria_box(node: Tag) -> bool:
    attrs = node.attrs
    return node.name in _ARIA_BOXES and ("aria-label" in attrs or "aria-labelledby" in attrs)


def _text_heading(text: str) -> bool:
    """A short line without links that may head a list: no ad slot's caption, no date line ("Updated 12:30")."""
    return 0 < len(text) <= _TRAILING_HEADING and not _AD_LINE.match(text) and not any(char.isdigit() for char in text)


def _bare_heading(element: Tag) -> bool:
    """A heading in the element that is no card's headline: one without a link, outside any link (a heading element,
    or one named so: a table's "boxhead" cell), or a feed's label before its first link written in bold or as an
    image's text ("<b>More Local News</b><br>", "<img alt="Most Popular">")."""
    for heading in tags_where(element, is_heading, 12):
        if ancestor_named(heading, ("a",)) is None and (first_tag(heading, ("a",)) is None or feed_verdict(heading)):
            return True  # also a feed's heading written as its link ("<h2><a>More from Local News</a></h2>")
    return _lead_label(element)


_LEAD_MARKS = frozenset({"b", "strong", "img", "font"})
_LEAD_NODES = 24


def _lead_label(element: Tag) -> bool:
    """A bold run or an image's text before the element's first link that names a site feed: the list after it is
    that feed, whatever tag heads it."""
    for at, node in enumerate(element.descendants):
        if at > _LEAD_NODES or (isinstance(node, Tag) and node.name == "a"):
            return False
        if isinstance(node, Tag) and node.name in _LEAD_MARKS:
            alt = node.get("alt")
            text = clean_text(alt if node.name == "img" and isinstance(alt, str) else node.get_text(" ", strip=True))
            if names_a_feed(text):
                return True
    return False


def _kind(anchor: Tag, base: str | None, page_url: str) -> tuple[str, str]:
    """("page", url) for the page itself, ("story", url) for another story of the site, ("other", url) for another
    site's story, ("none", url) for anything else (a jump inside the page, tags, sections, share buttons)."""
    href = anchor.get("href")
    if not isinstance(href, str) or href.startswith(("#", "javascript:", "mailto:", "tel:")):
        return "none", ""
    url = absolute_url(href, base)
    if url is None:
        return "none", ""
    if is_page(url, page_url):
        return "page", url
    if not article_like(url, page_url):
        return "none", url
    return ("story" if same_site(url, page_url) else "other"), url


def _trailing_list(element: Tag, anchors: Sequence[Tag], kinds: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The stories of ``element`` when it is a short unlabelled list of the site's stories (or one of its cards).

    Raises:
        _Stop: a long list, one holding the page itself, previous/next links, links in running text, a story without
            a headline's title, or more text than cards carry.
    """
    if len({url.split("#", 1)[0] for _, url in kinds if url}) > _TRAILING_MAX_TARGETS:
        raise _Stop
    if any(kind == "page" for kind, _ in kinds) or any(_neighbour_rel(anchor) for anchor in anchors):
        raise _Stop  # a feed listing the page itself; previous/next article
    titles: dict[str, str] = {}
    first: dict[str, str] = {}
    for anchor, (kind, url) in zip(anchors, kinds, strict=True):
        if kind != "story":
            continue
        if runs_in_text(anchor):
            raise _Stop  # a link in running text: prose, not a list
        if _in_named_box(anchor, element):
            raise _Stop  # a feed, a side box or comments wrapped in a plain box
        story = url.split("#", 1)[0]
        first.setdefault(story, url)
        title = link_title(anchor)
        headline = MIN_LINE_TITLE <= len(title) <= MAX_TITLE and len(title.split()) >= MIN_LINE_WORDS
        if headline and len(title) > len(titles.get(story, "")):
            titles[story] = card_title(anchor, title)
        else:
            titles.setdefault(story, "")
    if len(titles) > _TRAILING_MAX or not all(titles.values()):
        raise _Stop
    if unlinked_text(element) > MAX_CARD_TEXT * len(titles) or NEIGHBOUR.search(_text_outside_links(element)):
        raise _Stop  # prose with links, or previous/next article
    return [(first[story], title) for story, title in titles.items()]


def _in_named_box(anchor: Tag, element: Tag) -> bool:
    """A box between ``element`` and the link named as a feed, chrome, a side column or comments."""
    for node in anchor.parents:
        if node is element:
            return False
        names = names_of(node)
        if excluded(node, names=names) or CHROME.search(names) or SIDE.search(names) or COMMENTS.search(names):
            return True
    return False


_NEIGHBOUR_CLASS = re.compile(r"(?:^|[\s_-])(?:prev|previous|next|older|newer)(?:$|[\s_-])", re.IGNORECASE)


def _neighbour_rel(anchor: Tag) -> bool:
    """A link to the previous or next article: ``rel="prev"``, a class so named ("prev", "nav-next"), or a text
    opening with such a word ("Articolo precedente ...", "Next story: ...")."""
    rel = anchor.get("rel")
    if rel and {"prev", "next"} & set(str(rel).split()):
        return True
    classes = anchor.get("class")
    if classes and _NEIGHBOUR_CLASS.search(" ".join(classes) if isinstance(classes, list) else str(classes)):
        return True
    opening = next((text for text in anchor.stripped_strings), "")
    return bool(NEIGHBOUR.search(opening[:40])) and len(opening.split()) <= 3


def _text_outside_links(element: Tag) -> str:
    return " ".join(str(string) for string in element.find_all(string=True) if ancestor_named(string, ("a",)) is None)


__all__ = ["trailing_links"]
