"""The links of a reading box: the run of links after its label, and those of them that are titled stories (a
list holding the page itself, or too long a list, is a site feed)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from worker.lexicon.domains import absolute_url, same_site
from worker.lexicon.text import clean_text, title_length
from worker.parse.box_chrome import hidden_box
from worker.parse.card_titles import MAX_TITLE, card_title, link_title
from worker.parse.feed_headings import HEADINGS, MAX_LABEL_WRAPPER, heads_a_feed
from worker.parse.link_filters import (
    author_link,
    external_section,
    in_credit,
    no_story_title,
    runs_in_text,
    sponsored,
    tag_link,
)
from worker.parse.link_titles import MIN_TITLE
from worker.parse.story_urls import (
    NOT_STORY,
    article_like,
    comparable,
    headline_path,
    is_page,
    slug_spells,
    within_page,
)
from worker.parse.tree_search import first_tag, links_in, sibling_tags

MAX_LINKS = 12  # a labelled or named box with more article links is a site feed (a grid of 4x3 or 6x2 cards is not)
MAX_BOX_ANCHORS = 60  # a card carries several anchors (image, kicker, headline, "more", author, comments)
MAX_SPACER_TEXT = 30  # an element without links this short between a label and its list: an ad slot's caption
_MIN_LINKED_SHARE = 0.3
MAX_CARD_TEXT = 400  # a card's kicker, headline, teaser and date
_A = ("a",)
_LISTS = ("ul", "ol")
_ITEM = ("li",)
_SCRIPTED = ("template", "amp-list")


def link_run(label: Tag) -> list[Tag]:
    """The anchors of the siblings after ``label`` that are mostly links, up to the first prose or next heading."""
    anchors: list[Tag] = []
    for n, sibling in enumerate(label.find_next_siblings()):
        if anchors and sibling.name in HEADINGS and first_tag(sibling, _A) is None:
            break  # the next box's heading
        if sibling.name not in HEADINGS and sibling.name != "a" and heads_a_feed(sibling):
            break  # the next box, headed as a site feed ("<section><h2>Most Popular</h2><ol>...")
        found = [sibling] if sibling.name == "a" else links_in(sibling)
        text = len(sibling.get_text(" ", strip=True))
        if not found:
            caption = sibling.get_text(" ", strip=True)[:MAX_LABEL_WRAPPER]
            if n == 0 and sibling.name in HEADINGS and text <= MAX_LABEL_WRAPPER:
                continue  # the label's subtitle ("Related" over "Read further in the pursuit of knowledge")
            spacer = text <= MAX_SPACER_TEXT or _AD_CAPTION.match(caption)
            if not spacer or (anchors and text) or sibling.name in HEADINGS:
                break  # prose: the box has ended
            continue  # before the list, an ad slot ("Advertisement") or a date line: not the box's end
        linked = sum(len(anchor.get_text(" ", strip=True)) for anchor in found)
        if linked < _MIN_LINKED_SHARE * text and not _cards(found, text):
            noted = _noted_links(sibling)
            if not noted:
                break
            found = noted  # the items that open with their link; a link inside an item's sentence is no reading
        anchors.extend(found)
        if len(anchors) >= MAX_BOX_ANCHORS:
            break
    return anchors


def empty_list_after(label: Tag) -> bool:
    """The label holds, or has right after it, a list with no item ("<h2>Sur le même sujet</h2><ul></ul>"), or an
    ``amp-list`` or ``<template>`` with no link yet: a box a script fills on the reader's screen."""
    following = first_tag(label, _LISTS)
    if following is None:
        after = sibling_tags(label, 1, after=True)
        if not after:
            return False
        following = after[0]
    if following.name in _LISTS:
        return first_tag(following, _ITEM) is None
    scripted = following.name == "amp-list" or first_tag(following, _SCRIPTED) is not None
    return scripted and not links_in(following, 1)  # an AMP list or a template a script fills


def _noted_links(element: Tag) -> list[Tag]:
    """The links of a list whose items mostly open with their one link, a note after it ("<li><a>Laura Frank
    Tacho</a>, Director of Engineering at CloudBees</li>"): a reading list under its label, however long the notes;
    an item whose link sits inside its sentence ("The <a>Trust</a> runs an archive") gives none. Empty for other
    elements."""
    if element.name not in ("ul", "ol"):
        return []
    items = element.find_all("li", recursive=False)
    opening = []
    for item in items:
        anchors = item.find_all("a", href=True)
        if len(anchors) == 1 and clean_text(item.get_text(" ")).startswith(clean_text(anchors[0].get_text(" "))):
            opening.append(anchors[0])
    return opening if len(opening) >= 2 and 2 * len(opening) > len(items) else []


def _cards(anchors: Sequence[Tag], text: int) -> bool:
    """Links with teasers beside them (a row of cards): no link inside a sentence, at most a teaser's text per
    story."""
    stories = len({anchor.get("href") for anchor in anchors})
    return text <= MAX_CARD_TEXT * stories and not any(runs_in_text(anchor) for anchor in anchors)


def links_of(
    anchors: Sequence[Tag], base: str | None, page_url: str | None, most: int = MAX_LINKS
) -> list[tuple[str, str]] | None:
    page = comparable(page_url)
    found: dict[str, tuple[str, str]] = {}  # story URL (no fragment) -> (URL as first met, title)
    for anchor in anchors:
        href = anchor.get("href")
        if not isinstance(href, str) or tag_link(anchor):
            continue  # a tag's page: no story
        url = absolute_url(href, base)
        if url is None or hidden_box(anchor) or in_credit(anchor) or sponsored(anchor) or author_link(anchor):
            continue
        if page_url and not same_site(url, page_url) and external_section(anchor):
            continue  # "External links: <a>Arctic Council biodiversity report</a>": a resource, not a story
        if page and within_page(url, page_url):
            continue  # the page's own gallery or player ("/overlay/media/<slug>/<media id>/<page id>")
        if page and is_page(url, page_url):
            return None  # a list holding the page itself (also under another slug) is a site feed
        story = url.split("#", 1)[0]  # a card's "#comments" link is the same story
        if found.get(story, ("", ""))[1]:
            continue
        title = link_title(anchor)
        if _SITE_LABEL.match(title) or no_story_title(title):
            continue  # "Website: Bureau of Meteorology warnings": a site to visit; "Full coverage: …": a topic's hub
        article = article_like(url, page_url)
        sized = title_length(title) >= MIN_TITLE and len(title) <= MAX_TITLE  # CJK characters count twice
        if (article or headline_path(url, title, page_url)) and (sized or story not in found):
            titled = sized or (article and slug_spells(url, title))
            found[story] = (url, card_title(anchor, title)) if titled else (found.get(story, (url, ""))[0], "")
    links = [(url, title) for url, title in found.values() if title]
    return None if len(found) > most else links  # a long list (titled or not) is a site feed


_SITE_LABEL = re.compile(r"^\W*(?:website|web site|homepage|home page|site web|webseite|sitio web)\s*[:|–—-]", re.I)


def topic_links(run: Sequence[Tag]) -> bool:
    """Two links or more, every one to a tag or topic page (``rel=tag``, a "/tag/" path)."""
    hrefs = [anchor.get("href") for anchor in run]
    return len(run) >= 2 and all(
        tag_link(anchor) or (isinstance(href, str) and NOT_STORY.search(href) is not None)
        for anchor, href in zip(run, hrefs, strict=True)
    )


AD_WORDS = r"advertisement|anzeige|werbung|publicité|publicidad|pubblicità|reklama"
_AD_CAPTION = re.compile(rf"^\W*(?:{AD_WORDS})\b.{{0,60}}$", re.IGNORECASE)
"""An ad slot's caption, also a longer one ("Advertisement - Scroll to continue reading")."""


__all__ = [
    "AD_WORDS",
    "MAX_BOX_ANCHORS",
    "MAX_CARD_TEXT",
    "MAX_LINKS",
    "MAX_SPACER_TEXT",
    "empty_list_after",
    "link_run",
    "links_of",
    "topic_links",
]
