"""The title a link gives its story: its text, a card's headline (its heading or headline-named part), or the
headline of the card an empty or "Read more" link is laid over."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bs4 import Tag

from worker.lexicon.text import clean_text
from worker.parse.box_chrome import names_of
from worker.parse.feed_headings import HEADINGS
from worker.parse.link_titles import DATE_CLASS, MAX_CARD_ANCHORS, MIN_TITLE, tidy_title
from worker.parse.story_urls import SLUG
from worker.parse.tree_search import first_tag, first_with_class, links_in, tags_named, tags_where

_TITLE_CLASS = re.compile(r"(?<!sub)title|headline|heading|header", re.IGNORECASE)
_HEADLINE_CLASS = re.compile(r"(?<!sub)title|headline", re.IGNORECASE)
_BLOCKS = ("div", "p")
MAX_TITLE = 250


def link_title(anchor: Tag) -> str:
    only = anchor.string  # the common case, a plain text link: no tree walk
    if only is not None:
        text = clean_text(str(only))
        return _overlay_title(anchor, stories_only=True) if READ_ON.match(text) else text
    headings = [(heading.name, _heading_text(heading)) for heading in tags_named(anchor, HEADINGS, 3)]
    if headings:  # a card's headline: its highest heading (a subtitle below it is lower), unless that is only an
        top = min(name for name, _ in headings)  # eyebrow ("Related"): then the longest
        first = next(text for name, text in headings if name == top)
        return first if len(first) >= MIN_TITLE else max((text for _, text in headings), key=len)
    text = clean_text(anchor.get_text(" ", strip=True))
    if not text:
        return _overlay_title(anchor)
    if READ_ON.match(text):  # a card's "Read more" button: the card's headline, linked or not
        return _overlay_title(anchor, stories_only=True)
    if len(text) > MAX_TITLE:  # a whole card (kicker, headline, teaser) in one link: its headline-named part
        named = _headline_part(anchor)
        return clean_text(named.get_text(" ", strip=True)) if named is not None else ""
    return text


def _headline_part(node: Tag) -> Tag | None:
    """The first part of a card ``node`` named as its title or headline, else one named as a heading or header: a
    part named only "header" may be the kicker ("<div class=post-header>Entertainment Poll</div><div
    class=post-title>Vote For ...</div>")."""
    return first_with_class(node, _HEADLINE_CLASS) or first_with_class(node, _TITLE_CLASS)


def _heading_text(heading: Tag) -> str:
    """A card heading's text without the date written inside it ("<h2>Headline <span class="date">19.01.2020</span>
    </h2>", "<time>")."""
    dated = tags_where(heading, lambda tag: tag.name == "time" or DATE_CLASS.search(names_of(tag)))
    if not dated:
        return clean_text(heading.get_text(" ", strip=True))
    skipped = {id(string) for tag in dated for string in tag.find_all(string=True)}
    return clean_text(" ".join(str(string) for string in heading.find_all(string=True) if id(string) not in skipped))


_OVERLAY_CLIMB = 2
READ_ON = re.compile(
    r"^\W*(?:read (?:more|on|the (?:full )?(?:story|article))|continue reading|full story|weiterlesen|mehr lesen|"
    r"lire la suite|leer más|seguir leyendo|leggi (?:tutto|di più))\W*$",
    re.IGNORECASE,
)
"""A link's words that only invite to read on ("Read more. »", "Continue reading", "Weiterlesen")."""


def _overlay_title(anchor: Tag, stories_only: bool = False) -> str:
    """The headline of the card an empty link is laid over ("stretched-link"): the card's heading or title-named
    element, in the nearest ancestor (up to 2) that links to no other page (its "#comments" link is the same story);
    with ``stories_only`` (a "Read more" button), to no other story (its section's link is the card's kicker)."""
    story = str(anchor.get("href")).split("#", 1)[0]
    node = anchor.parent
    for _ in range(_OVERLAY_CLIMB):
        if not isinstance(node, Tag):
            return ""
        anchors = links_in(node, MAX_CARD_ANCHORS + 1)
        others = [href for other in anchors if (href := str(other.get("href")).split("#", 1)[0]) != story]
        if stories_only:
            others = [href for href in others if SLUG.search(urlsplit(href).path)]
        if len(anchors) > MAX_CARD_ANCHORS or others:
            return ""
        named = first_tag(node, HEADINGS) or _headline_part(node)
        if named is not None:
            return clean_text(named.get_text(" ", strip=True))
        node = node.parent
    return ""


_MIN_HEADLINE_SHARE = 0.5


def card_title(anchor: Tag, title: str) -> str:
    """The title to record: for a card in one link with its parts in boxes of their own (a "Related" eyebrow, the
    headline, the author), its headline-named part rather than all its text; so too in one line, when that part is
    most of the text (a kicker before it: "<span>Wildlife</span> <span class=headline>Salmon numbers ...</span>") or
    a part named as a teaser follows it ("<span class=title>…</span><span class=summary>…</span>")."""
    if anchor.string is not None:
        return tidy_title(anchor, title)
    named = _headline_part(anchor)
    headline = clean_text(named.get_text(" ", strip=True)) if named is not None else ""
    if named is None or not headline or headline not in title:
        return tidy_title(anchor, title)
    blocks = first_tag(anchor, _BLOCKS) is not None
    teased = any(_TEASER.search(names_of(part)) for part in named.find_next_siblings(limit=_TEASER_SIBLINGS))
    share = len(headline) >= _MIN_HEADLINE_SHARE * len(title)
    return tidy_title(anchor, headline if blocks or teased or share else title)


_TEASER = re.compile(r"summary|teaser|excerpt|(?<![a-z])dek(?![a-z])|description|standfirst|intro|abstract", re.I)
"""A card's part named as its teaser, beside its headline-named part: the headline is the title, however short."""
_TEASER_SIBLINGS = 3


__all__ = ["MAX_TITLE", "READ_ON", "card_title", "link_title"]
