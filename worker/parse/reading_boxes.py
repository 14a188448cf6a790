"""Further-reading boxes met on the intact tree: boxes named as related content and boxes a label heads ("Related",
"Read more"), with their tab panels, their feed headings and whether they float in the story's copy."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bs4 import Tag
from bs4.element import NavigableString

from worker.lexicon.text import clean_text
from worker.parse.box_chrome import FEED_BOXES, WIDGET, floated_ids, names_of
from worker.parse.box_links import MAX_BOX_ANCHORS, link_run
from worker.parse.feed_headings import HEADINGS, feed_heading, is_heading, latest_href, links_latest
from worker.parse.link_lines import MIN_LINE_SHARE
from worker.parse.link_titles import MIN_TITLE
from worker.parse.reading_labels import FEED_HEADING, LABEL_ONLY, MAX_LABEL_CHARS, glossed_label, led_label
from worker.parse.tree_search import ancestor_named, links_in, tags_named


@dataclass(frozen=True)
class ReadingBox:
    """A further-reading label met on the intact tree: its element and that element's ancestors, nearest first."""

    label: Tag
    ancestors: tuple[Tag, ...]
    holds_links: bool = False  # a box named as related content: its links are inside it, not after it
    heads_line: bool = False  # a label ending its own line ("Siehe auch<br>"): its links follow in its element
    feed_heading: bool = False  # a named box headed as a site feed ("Latest Stories"), seen on the intact tree
    card: bool = False  # a link wrapping a labelled card ("<a><h4>Read this next</h4><h3>..."): the link itself
    labelled: bool = False  # a named box headed by a further-reading label ("Related"), in it or right before it
    first_run: tuple[Tag, ...] | None = None  # the link run right after the label, read on the intact tree
    floated: frozenset[int] = frozenset()  # ids of the box's elements set between the story's paragraphs (intact tree)


_SEE_ALL = re.compile(
    r"^\W*(?:(?:see|view|show|read) (?:all|more)|all|more|alle|mehr|tous|voir tout|todas?|tutt[ei])\b", re.IGNORECASE
)
"""A box's link to all of a list ("SEE ALL", "View more", "Alle Artikel"), not a card's kicker ("Aktuell")."""


def named_boxes(elements: Sequence[Tag]) -> list[ReadingBox]:
    """Boxes whose class/id names them as related content ("related-posts", "view-related"), outermost only."""
    boxes: list[ReadingBox] = []
    for element in elements:
        ancestors = tuple(element.parents)
        if any(node is box.label for box in boxes for node in ancestors):
            continue
        feed = (
            feed_heading(element)
            or _headed_as_feed(element)
            or _feed_pane(element)
            or any(
                _SEE_ALL.search(anchor.get_text(" ", strip=True)) and latest_href(anchor.get("href"))
                for anchor in links_in(element, MAX_BOX_ANCHORS)
            )
        )  # a "See all" link to the site's latest stories: the box is that feed
        labelled = not feed and _labelled(element)
        floated = floated_ids(element, ancestors)
        boxes.append(
            ReadingBox(element, ancestors, holds_links=True, feed_heading=feed, labelled=labelled, floated=floated)
        )
    return boxes


_HEADED_LEVELS = 3
"""How far up a named box the heading of the box that wraps it is looked for (``_headed_as_feed``)."""


def _headed_as_feed(box: Tag) -> bool:
    """The heading right before the box, or right before a wrapper it opens (up to ``_HEADED_LEVELS`` up), names a
    site feed: "<h3>Mehr Nachrichten</h3><div class="teaser"><ul id="relatedContent">" is the site's news, whatever
    the list's name."""
    node: Tag | None = box
    for _ in range(_HEADED_LEVELS + 1):
        if node is None:
            return False
        before = node.find_previous_sibling()
        if before is not None:
            headings = (before if is_heading(before) else None, _wrapped_heading(before))
            return any(
                heading is not None and FEED_HEADING.match(clean_text(heading.get_text(" ", strip=True)))
                for heading in headings
            )
        node = node.parent if isinstance(node.parent, Tag) else None
    return False


_MAX_HEADING_WRAPPER = 80
"""Characters at most in a heading's wrapper (its heading, its tabs)."""


def _wrapped_heading(element: Tag) -> Tag | None:
    """The one heading a short wrapper holds beside its tabs ("<div class=head-bg><ul><li>stories</li><li>photos</li>
    </ul><h2>most viewed</h2></div>"), else None: not a box of its own that a heading opens, with a link going
    somewhere beside it (a comments section's "Commenting policy", an "Up Next" video)."""
    headings = tags_named(element, HEADINGS, 2)
    if len(headings) != 1 or len(clean_text(element.get_text(" ", strip=True))) > _MAX_HEADING_WRAPPER:
        return None
    heading: Tag = headings[0]
    for anchor in element.find_all("a", href=True):
        href = str(anchor.get("href")).strip()
        if ancestor_named(anchor, HEADINGS) is None and href not in ("", "#") and not href.startswith("javascript:"):
            return None
    return heading


def _labelled(box: Tag) -> bool:
    """The box's first heading, or the element right before it, is only a further-reading label ("<h2>Related</h2>
    <ul class="related_links">"): an editor's list, which may link other sites' stories."""
    before = box.find_previous_sibling()
    for node in (box.find(is_heading), before if isinstance(before, Tag) and is_heading(before) else None):
        text = clean_text(node.get_text(" ")) if isinstance(node, Tag) else ""
        if len(text) <= MAX_LABEL_CHARS and LABEL_ONLY.match(text):
            return True
    text = clean_text(_leading_text(box))  # "<div id=related-articles>RELATED ARTICLES<ul>…": a label as bare text
    return bool(text) and len(text) <= MAX_LABEL_CHARS and bool(LABEL_ONLY.match(text))


def _leading_text(box: Tag) -> str:
    """The box's text before its first element with text of its own, "" when an element's text comes first."""
    for child in box.children:
        if isinstance(child, NavigableString):
            if child.strip():
                return str(child)
        elif isinstance(child, Tag) and child.get_text(strip=True):
            return ""
    return ""


_FEED_PANE = re.compile(r"popular|trending|most-?read|meistgelesen|latest|newest|recent", re.IGNORECASE)
"""A box's tab panel named as a site feed ("plusrecents", "most-read-tab")."""


def _feed_pane(box: Tag) -> bool:
    """One of the box's tab panels is named as a site feed: the box is a set of feed tabs ("Sur le même sujet": "Les
    plus récents" | a topic's latest), not the story's list."""
    for node in box.find_all(True, limit=MAX_BOX_ANCHORS * 4):
        tab = node.attrs and _FEED_PANE.search(names := names_of(node))
        if tab and ("tab" in names.lower() or node.get("role") == "tabpanel"):
            return True
    return False


def reading_boxes(labels: Sequence[NavigableString]) -> list[ReadingBox]:
    """Remember where each label string sits, before the body extractor prunes the tree."""
    boxes: list[ReadingBox] = []
    for string in labels:
        element = string.parent
        if not isinstance(element, Tag):
            continue
        panel = _tab_panel(element)
        if panel is not None:  # a tab labelled "Related": its links are in the panel it controls
            boxes.append(ReadingBox(panel, tuple(panel.parents), holds_links=True, feed_heading=feed_heading(panel)))
            continue
        text = clean_text(element.get_text(" "))
        if not LABEL_ONLY.match(text) and isinstance(element.parent, Tag):
            whole = clean_text(element.parent.get_text(" "))
            if len(whole) <= MAX_LABEL_CHARS and LABEL_ONLY.match(whole):
                element, text = element.parent, whole  # "<div><span>À lire</span> aussi</div>": the whole line
        link = _label_link(element)
        if link is not None:
            if _links_card(link, text):  # "<a><h4>Read this next</h4><h3>Headline</h3>...</a>": the card is the link
                boxes.append(ReadingBox(link, tuple(link.parents), holds_links=True, card=True))
            continue  # a label that is itself a link ("More about Alerts »", a script's "Recommended" tab): no heading
        if not LABEL_ONLY.match(text) and not ((glossed_label(text) or led_label(text)) and element.find("a") is None):
            if _heads_link_lines(string, element, text):
                boxes.append(ReadingBox(element, tuple(element.parents), heads_line=True))
            continue  # "SEE ALSO: <a>...</a>" inline: the see-also collector reads it from the body
        while (
            isinstance(element.parent, Tag)
            and element.parent.name not in ("body", "html")
            and len(clean_text(element.parent.get_text(" "))) <= max(len(text), 1) + 3
        ):
            element = element.parent  # the label's wrapper: <h3><span>Related</span></h3>
        if _holds_widget(element):
            continue  # "<div><h2>See Also</h2><div class=outbrain-widget></div></div>": the widget's heading
        first_run = tuple(link_run(element))  # before the body extractor empties a grid of cards (Ghost's "Read next")
        ancestors = tuple(element.parents)
        boxes.append(
            ReadingBox(
                element,
                ancestors,
                feed_heading=links_latest(element),
                first_run=first_run,
                floated=floated_ids(element, ancestors),
            )
        )
    return boxes


def _holds_widget(box: Tag) -> bool:
    """The label's box holds a recommendation widget or an ad slot (Outbrain, Taboola, ...): the label heads it, so
    the links after the box are not its."""
    return any(WIDGET.search(names_of(node)) for node in tags_named(box, FEED_BOXES, _MAX_WIDGET_NODES))


_MAX_WIDGET_NODES = 12
_TAB_CLIMB = 2


def _label_link(element: Tag) -> Tag | None:
    """The link a label is written in, unless that link is a heading's ("<h3><a href=/related>Related</a></h3>")."""
    link = element if element.name == "a" else ancestor_named(element, ("a",))
    if link is None or ancestor_named(link, HEADINGS) is not None or not link.get("href"):
        return None
    return link


def _links_card(link: Tag, label: str) -> bool:
    """A link that wraps a whole card under its label: the label first (not a card's closing "Read more"), then a
    headline or teaser block."""
    text = clean_text(link.get_text(" "))
    return (
        text.startswith(label)
        and len(text) - len(label) >= MIN_TITLE
        and link.find((*HEADINGS, "p", "div")) is not None
    )


def _tab_panel(element: Tag) -> Tag | None:
    """The panel a tab controls (``aria-controls``, a tab link's ``#id``, or the panel in the tab's place), for a label
    that is a tab of a tabbed box ("Related | Most read"); None for other labels."""
    node: Tag | None = element
    for _ in range(_TAB_CLIMB + 1):
        if node is None:
            return None
        target = node.get("aria-controls")
        href = node.get("href")
        if not isinstance(target, str) and node.get("role") == "tab" and isinstance(href, str) and href[:1] == "#":
            target = href[1:]
        if isinstance(target, str) and target.strip():
            root = node
            while root.parent is not None:
                root = root.parent
            panel = root.find(id=target.strip().split()[0])
            return panel if isinstance(panel, Tag) and panel is not node else None
        if node.get("role") == "tab":
            return _panel_in_order(node)
        node = node.parent if isinstance(node.parent, Tag) else None
    return None


def _panel_in_order(tab: Tag) -> Tag | None:
    """The panel of a tab that names none: the tab box's panel (``role="tabpanel"``) in the tab's place, where the
    box has as many panels as tabs."""
    tablist = tab.parent
    box = tablist.parent if isinstance(tablist, Tag) else None
    if not isinstance(tablist, Tag) or not isinstance(box, Tag):
        return None
    tabs = tablist.find_all(True, attrs={"role": "tab"}, limit=_MAX_TABS)
    panels = box.find_all(True, attrs={"role": "tabpanel"}, limit=_MAX_TABS)
    if len(tabs) != len(panels) or not any(node is tab for node in tabs):
        return None
    return panels[next(at for at, node in enumerate(tabs) if node is tab)]


_MAX_TABS = 8


def _heads_link_lines(label: NavigableString, element: Tag, text: str) -> bool:
    """A label ending its line ("Siehe auch<br>") in an element whose other text is links, one a line."""
    following = label.next_sibling
    while isinstance(following, NavigableString) and not following.strip():
        following = following.next_sibling
    if not isinstance(following, Tag) or following.name != "br":
        return False
    rest = len(text) - len(clean_text(str(label)))
    linked = sum(len(clean_text(anchor.get_text(" "))) for anchor in element.find_all("a", href=True))
    return rest > 0 and linked >= MIN_LINE_SHARE * rest


__all__ = ["ReadingBox", "named_boxes", "reading_boxes"]
