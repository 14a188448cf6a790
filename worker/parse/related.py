"""Related-stories blocks that belong to the article: a labelled link list inside or right after its container.

The labels are found on the intact tree (``Landmarks.reading_labels``), before the body extractor drops such boxes
as furniture; once the article's container is known, a label's box counts when it sits inside the container, or
after it with nothing but short furniture in between (no comments, footer, sidebar or site-wide feed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from worker.lexicon.domains import same_site
from worker.lexicon.text import clean_text
from worker.parse.box_chrome import names_of, next_story
from worker.parse.box_links import MAX_BOX_ANCHORS, MAX_LINKS, empty_list_after, link_run, links_of, topic_links
from worker.parse.box_place import belongs
from worker.parse.feed_headings import MAX_LABEL_WRAPPER, feed_verdict, is_heading
from worker.parse.publisher_names import own_name
from worker.parse.reading_boxes import ReadingBox
from worker.parse.reading_labels import TOPIC_LABELS
from worker.parse.tree_search import ancestor_named, links_in, tags_where

_MAX_WRITTEN_LINKS = 15  # a label's links written as paragraphs, one a line, in the story: the author's list
_MAX_CLIMB = 3


def _box_links(box: ReadingBox, base: str | None, page_url: str | None) -> list[tuple[str, str]] | None:
    """The links of the list after the label (climbing out of its wrappers); None if it lists the page itself."""
    element = box.label
    if box.feed_heading or _names_the_site(_heading_of(box), page_url):
        return None  # headed as a feed ("Latest Stories", "More on POLITICO"), or a label linking the site's latest
    if box.holds_links:  # the site's own stories (other sites' in a box without a label: a widget's)
        anchors = [element] if box.card else links_in(element, MAX_BOX_ANCHORS)
        if box.labelled:
            anchors = _outside_feed_parts(element, anchors)
        found = links_of(anchors, base, page_url)
        if found is None or box.labelled:
            return found
        return [link for link in found if same_site(link[0], page_url)]
    if box.heads_line:
        return links_of(links_in(element, MAX_BOX_ANCHORS), base, page_url)
    for climbed in range(_MAX_CLIMB + 1):
        if empty_list_after(element):
            return []  # the label's list is left for a script to fill: the box is empty, not the next one's
        run: Sequence[Tag] = box.first_run if climbed == 0 and box.first_run is not None else link_run(element)
        if run:
            written = all(ancestor_named(anchor, ("p",)) is not None for anchor in run)  # by the author, not a feed
            found = links_of(run, base, page_url, _MAX_WRITTEN_LINKS if written else MAX_LINKS)
            if found is None or found:
                return found
            if topic_links(run):
                return []  # "Read more about: <a>Android</a>, <a>tablets</a>": the label heads the story's topics
            # only links to no story beside the label (a "See all" link, tab switches): its list is further on
        parent = element.parent
        if not isinstance(parent, Tag) or len(parent.get_text(" ", strip=True)) > MAX_LABEL_WRAPPER:
            return []
        element = parent
    return []


_SITE_TOPIC = re.compile(rf"^\W*(?:{TOPIC_LABELS})\s+(?P<topic>.+?)\W*$", re.IGNORECASE)


def _names_the_site(label: Tag | None, page_url: str | None) -> bool:
    """A topic label whose topic is the site itself ("More on POLITICO" on politico.com): the site's feed."""
    found = _SITE_TOPIC.match(clean_text(label.get_text(" "))) if label is not None else None
    return found is not None and own_name(found.group("topic"), page_url, None)


def _heading_of(box: ReadingBox) -> Tag | None:
    """The label, or the first heading of a box named as related content ("<section class=related-coverage>
    <header>More on NYTimes.com</header>")."""
    if not box.holds_links:
        return box.label
    if box.card:
        return None
    found = tags_where(box.label, is_heading, 1)
    return found[0] if found else None


def _outside_feed_parts(box: Tag, anchors: list[Tag]) -> list[Tag]:
    """``anchors`` without those under a heading inside the box that names a site feed: a related box headed by a
    label that holds a second list, "<h4>related content</h4>…<h4>more from sports</h4><li><a>…", keeps its first
    list only (a box named related but not headed so, with a feed inside, is the site's teasers as a whole)."""
    if len(anchors) < 2 or len(tags_where(box, is_heading, 2)) < 2:
        return anchors
    dropped: set[int] = set()
    feed = False
    for element in tags_where(box, lambda node: node.name == "a" or is_heading(node)):
        if element.name != "a" or is_heading(element):
            verdict = feed_verdict(element)
            feed = verdict if verdict is not None else feed
        elif feed:
            dropped.add(id(element))
    return [anchor for anchor in anchors if id(anchor) not in dropped] if dropped else anchors


def related_links(
    boxes: Sequence[ReadingBox],
    container: Tag | None,
    base: str | None,
    page_url: str | None,
    text: Sequence[Tag] = (),
) -> tuple[list[tuple[str, str]], list[Tag]]:
    """The (URL, title) links of the labelled boxes that belong to the article in ``container``, and the boxes
    found to be site feeds (their lines are no further reading either; ``text``: the elements of the story's text
    blocks). Never raises."""
    links: list[tuple[str, str]] = []
    feeds: list[Tag] = []
    if container is None:
        return links, feeds
    story = frozenset(id(node) for element in text for node in (element, *element.parents))
    first_article: dict[str, int] = {}  # a named box's kind -> the <article> its first one sits in
    kept: list[tuple[ReadingBox, list[tuple[str, str]]]] = []
    feed_boxes: set[int] = set()  # named boxes headed as feeds: a label inside one heads no list of the story's
    for box in boxes:
        if any(node.name == "article" and next_story(node, container) for node in box.ancestors):
            continue  # the next story's box, in an endless scroll
        if box.holds_links and _another_articles(box, first_article):
            feeds.append(box.label)  # nor are its lines this story's reading
            continue
        found = _box_links(box, base, page_url)
        if found is None:  # the box's element, or the label's parent as it was on the intact tree
            feed = box.label if box.holds_links else (box.ancestors[0] if box.ancestors else None)
            if isinstance(feed, Tag):
                feeds.append(feed)
            if box.holds_links and box.feed_heading:  # headed or tabbed as a feed, not only too long a list
                feed_boxes.add(id(box.label))
        if found and belongs(box, container, story):
            kept.append((box, found))
    for box, found in kept:
        if feed_boxes and any(id(node) in feed_boxes for node in box.ancestors):
            continue  # a label inside a box found to be a feed ("Sur le même sujet" heading a set of feed tabs)
        for link in found:
            if link not in links:
                links.append(link)
    return links, feeds


def _another_articles(box: ReadingBox, first_article: dict[str, int]) -> bool:
    """A named box inside another ``<article>`` than the first box of its kind (tag and classes): the related box of
    the next story in a feed of whole articles (an endless scroll), not this story's."""
    article = next((node for node in box.ancestors if node.name == "article"), None)
    if article is None:
        return False
    kind = f"{box.label.name} {names_of(box.label)}"
    return first_article.setdefault(kind, id(article)) != id(article)


__all__ = ["related_links"]
