"""Related-stories blocks that belong to the article: a labelled link list inside or right after its container.

The labels are found on the intact tree (``Landmarks.reading_labels``), before the body extractor drops such boxes
as furniture; once the article's container is known, a label's box counts when it sits inside the container, or
after it with nothing but short furniture in between (no comments, footer, sidebar or site-wide feed).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bs4 import Tag
from bs4.element import NavigableString

from worker.lexicon.domains import absolute_url, registrable_domain, same_site
from worker.lexicon.text import clean_text
from worker.parse.boilerplate import FOOTER_NAME, hiding_class
from worker.parse.link_titles import DATE_CLASS, LABEL_PREFIX, MAX_CARD_ANCHORS, MIN_TITLE, tidy_title
from worker.parse.page_css import HIDING_DECLARATION
from worker.parse.publisher_names import own_name
from worker.parse.reading_labels import (
    FEED_HEADING,
    LABEL_ONLY,
    MAX_LABEL_CHARS,
    RELATED_NAME,
    TOPIC_LABELS,
    glossed_label,
    led_label,
    names_reading,
)
from worker.parse.tree_search import first_tag, first_with_class, links_in, tags_named

# Boxes that are never the article's own reading: ads and recommendation widgets, site feeds, comments, chrome.
_WIDGET = re.compile(
    r"outbrain|taboola|\bob-|\btrc_|zergnet|revcontent|plista|(?<![a-z])(?:linkwithin|nrelate|mgid|adblade)|sponsor|"
    r"(?<!node-)(?<!node--)promoted|advert|\bads?\b|partner",
    re.IGNORECASE,
)
_NOT_OURS = re.compile(
    rf"{_WIDGET.pattern}|"
    r"popular|trending|most[-_]?(?:read|viewed|shared|commented|emailed)|(?<![a-z])top[-_]?posts|meistgelesen|latest|"
    r"(?:around|from)[-_]?the[-_]?web|"
    r"newest|just-?in|breaking|ticker|comment|disqus|respond|"
    r"newsletter|nav\b|navigation|menu|breadcrumb|pagination|next[-_]?(?:post|article|story)|up[-_]?next|\bfeed(?!back)|"
    r"dossier|(?<![a-z])(?:newer|older)(?:[-_]?(?:posts?|entries|entry|articles?|link))?(?![a-z])|"
    r"(?<![a-z])prev(?:ious)?(?:[-_]?(?:next|post|article|story|entry|link|page|btn|button|arrow)s?)?(?![\w-])",
    re.IGNORECASE,
)
# Page chrome: not the article's when outside it (an article's own footer may hold its related box).
_NOT_NEGATED = r"(?<!no-)(?<!has-)(?<!with-)(?<!without-)"  # "mod-no-footer": a box without a footer is none
_CHROME = re.compile(rf"{_NOT_NEGATED}(?:footer|sidebar|widget-area|site-?map)", re.IGNORECASE)
_RIGHT = r"droite|derecha|destra|direita|rechts"
"""The word "right" in the other languages the parser reads, as a side column's name says it ("colonne-droite")."""
_SIDEBAR = re.compile(
    r"(?<![a-z])(?<!has-)(?<!with-)(?<!no-)(?:sidebar|widget-area|secondary|lateral|aux(?:iliary)?|"
    rf"(?:column|col)[-_]*aside|a?side[-_]*col(?:umn)?|(?:colonne|columna|coluna|colonna|spalte|column|col)[-_]*(?:{_RIGHT}|right)|"
    r"right[-_]*col(?:umn)?|sticky[-_]*col(?:umn)?)"
    r"(?![a-z]|[-_](?:wrap|layout|container))",
    re.IGNORECASE,
)
"""A side column itself ("sidebar", "side-col", "coluna-lateral", an auxiliary one: "uni-aux", a right column:
"colonne-droite", "col-right", "right-column", "rightCol", a column that stays in view while the story scrolls:
"stickyColumn"); not a wrapper holding the article beside one ("sidebar-wrapper", "has-sidebar")."""
_RAIL = re.compile(r"(?<![a-z])(?:right|side)[-_]*rail(?![\w-])", re.IGNORECASE)
"""A side column named as a rail ("right-rail", "layout__rightRail", "side-rail"), where the name ends: not a layout
that has one ("b-right-rail-advanced" wraps the whole page), nor a box named as a rail's item."""
_COMMENTS = re.compile(r"comment|disqus|respond|reply", re.IGNORECASE)
# The article's own end furniture: an author bio, share buttons, its tags; a box after them is still the article's.
_END_FURNITURE = re.compile(r"author|\bbio\b|share|sharing|social|\btags?\b", re.IGNORECASE)
_STOP_TAGS = frozenset({"footer", "nav", "form"})
NOT_STORY = re.compile(
    r"/(?:tags?|category|categories|topics?|themen?|thema|section|sections|rubrik|ressort|podcasts?|products?|produkte?|shop|"
    r"mots-cl[eé]s|mot-cl[eé]|schlagworte?|stichworte?|keywords?|etiquetas?|argoment[io]|onderwerpen?|"
    r"all-about|hashtags?|dossiers?|programs?|programmes?|shows?|sendungen?|emissions?)(?:/[^/?#]+)?"
    r"(?:/page/\d+)?/?(?:[?#]|$)|"  # a topic page itself; a story filed under a topic tree has more segments
    r"/(?:author|authors|autor|autoren|user|users|u|members?|profiles?|person|search|login|"
    r"register|subscribe|newsletters?|newsletter-registration|feed|rss|page)(?:/|$)|[?&](?:share|replytocom)=|"
    r"/comments?/?(?:[?#]|$)|"  # a story's comments page ("/forum/<story>/forum-512345/comment/")
    r"/forums?/(?:threads?|topics?|t)/|/showthread\.php|/viewtopic\.php|"  # a forum thread (not a paper's "Forum" page)
    r"/(?:about|about-us|contact|contact-us|imprint|impressum|kontakt|datenschutz|privacy|privacy-policy|terms|"
    r"terms-of-(?:use|service)|policies|policy|standards|(?:editorial-)?(?:policies|standards|ethics)(?:-and-\w+)?)"
    r"(?:\.s?html?|\.php)?/?(?:[?#]|$)|"  # the site's own pages: who it is, its rules ("Why you can trust us")
    r"^https?://(?:abo|aboshop|shop|store|jobs|stellenmarkt|tickets|account|konto|login|subscribe|subscription|"
    r"checkout|premium|mein|my)\.|"  # the site's shop, subscription or account pages ("abo.example.de")
    r"/sharer|/intent/|/share\b|/pin/create|^https?://(?:www\.)?(?:facebook|twitter|x|linkedin|pinterest|reddit|"
    r"whatsapp|telegram|instagram|youtube)\.(?:com|me|org)/|"
    r"^https?://(?:[\w-]+\.)*(?:nrelate|linkwithin|outbrain|taboola|zergnet|revcontent|mgid|adblade)\.(?:com|net)/|"
    r"^https?://(?:clk|click|clicks|adserver|ads|track|tracking)\.|"  # a widget's or an ad server's click-through
    r"\.(?:pdf|docx?|xlsx?|pptx?)(?:[?#]|$)|/documents?/",  # a document, or a page of a document viewer
    re.IGNORECASE,
)
"""An address that is no story: a topic, tag, dossier, programme or author page, the site's own pages, a share
button, a forum thread, a social network, a document (PDF, Word, Excel, or a viewer's page of one under
"/documents/": a story's source filing). Both the see-also collector and the related boxes use it."""
_STORY_WORDS = r"(?<![^\W_])[^\W_]+[-_][^\W_]+[-_][^\W_]+|\d{4,}"
_SLUG = re.compile(rf"{_STORY_WORDS}|\.s?html?$|\.php$", re.UNICODE)
"""A story's path: three words joined by hyphens, a long number or a page file. A word run is tried from its start
only (the lookbehind): tried from every letter, a long run without a hyphen took quadratic time."""
_DATE_ARCHIVE = re.compile(r"^(?!/(?:19|20)\d\d/\d\d?/\d\d?/\d+/?$)(?:/\d+)+/?$|/(?:19|20)\d\d(?:[-/]\d\d?){1,2}/?$")
"""A day's or month's archive: numbers only ("/2024/03/14/") or a path ending in a date ("/hemeroteca/2024-03-14");
a number after a whole date is a post's ("/2024/03/14/4211/")."""
_STORY_ID = re.compile(r"(?<!\d)\d{5,}(?!\d)")
_DATE_NUMBER = re.compile(r"^(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$")
_FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|jpe?g|png|gif|webp|mp3|mp4)$", re.IGNORECASE)
_EXTENSION = re.compile(r"\.[a-z]{2,5}$", re.IGNORECASE)
_CREDIT_CLASS = re.compile(r"credit|copyright|caption", re.IGNORECASE)
_CREDIT_DEPTH = 2
_CREDIT_LINE = 100
"""A line opening with "©" this short is a photo's credit; a longer one is a card's text after its picture's credit
("© dpa" before the card's kicker and headline, all in one element)."""
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_TITLE_CLASS = re.compile(r"(?<!sub)title|headline|heading|header", re.IGNORECASE)
_HEADLINE_CLASS = re.compile(r"(?<!sub)title|headline", re.IGNORECASE)
_BLOCKS = ("div", "p")
_MAX_TITLE = 250
_MAX_LINKS = 12  # a labelled or named box with more article links is a site feed (a grid of 4x3 or 6x2 cards is not)
_MAX_WRITTEN_LINKS = 15  # a label's links written as paragraphs, one a line, in the story: the author's list
_MAX_LINE_LINKS = 8  # link lines in the article: more are a feed list the template put inside it
_MAX_BOX_ANCHORS = 60  # a card carries several anchors (image, kicker, headline, "more", author, comments)
_MAX_CLIMB = 3
_MAX_BETWEEN_TEXT = 300
_MAX_SPACER_TEXT = 30  # an element without links this short between a label and its list: an ad slot's caption
_MAX_LABEL_WRAPPER = 80
_MIN_LINKED_SHARE = 0.3
_MAX_CARD_TEXT = 400  # a card's kicker, headline, teaser and date
_MIN_LINE_TITLE = 20
_MIN_SLUG = 16
_MIN_WORD_SLUG = 10  # a one-word story path: longer than most section names
_TWO_WORDS = re.compile(r"[^\W\d_]+-[^\W\d_]+")
_MIN_LINE_WORDS = 4
_MIN_CARD_WORDS = 2  # a card's headline element is a headline however short ("ICE im S-Bahn-Takt")
_MIN_LINE_SHARE = 0.8
_MARKERS = " »›>→▶►•·-–—:|"
_INLINE = frozenset({"span", "strong", "b", "em", "i", "u", "small", "mark"})
_LINE_TAGS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6", "dt", "dd"})


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
            _feed_heading(element)
            or _headed_as_feed(element)
            or _feed_pane(element)
            or any(
                _SEE_ALL.search(anchor.get_text(" ", strip=True)) and _latest_href(anchor.get("href"))
                for anchor in element.find_all("a", href=True, limit=_MAX_BOX_ANCHORS)
            )
        )  # a "See all" link to the site's latest stories: the box is that feed
        labelled = not feed and _labelled(element)
        floated = _floated(element, ancestors)
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
            headings = (before if _is_heading(before) else None, _wrapped_heading(before))
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
    headings = element.find_all(_HEADINGS, limit=2)
    if len(headings) != 1 or len(clean_text(element.get_text(" ", strip=True))) > _MAX_HEADING_WRAPPER:
        return None
    heading: Tag = headings[0]
    for anchor in element.find_all("a", href=True):
        href = str(anchor.get("href")).strip()
        if anchor.find_parent(_HEADINGS) is None and href not in ("", "#") and not href.startswith("javascript:"):
            return None
    return heading


def _labelled(box: Tag) -> bool:
    """The box's first heading, or the element right before it, is only a further-reading label ("<h2>Related</h2>
    <ul class="related_links">"): an editor's list, which may link other sites' stories."""
    before = box.find_previous_sibling()
    for node in (box.find(_is_heading), before if isinstance(before, Tag) and _is_heading(before) else None):
        text = clean_text(node.get_text(" ")) if isinstance(node, Tag) else ""
        if len(text) <= MAX_LABEL_CHARS and LABEL_ONLY.match(text):
            return True
    return False


_FEED_PANE = re.compile(r"popular|trending|most-?read|meistgelesen|latest|newest|recent", re.IGNORECASE)
"""A box's tab panel named as a site feed ("plusrecents", "most-read-tab")."""


def _feed_pane(box: Tag) -> bool:
    """One of the box's tab panels is named as a site feed: the box is a set of feed tabs ("Sur le même sujet": "Les
    plus récents" | a topic's latest), not the story's list."""
    for node in box.find_all(True, limit=_MAX_BOX_ANCHORS * 4):
        tab = node.attrs and _FEED_PANE.search(names := _names(node))
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
            boxes.append(ReadingBox(panel, tuple(panel.parents), holds_links=True, feed_heading=_feed_heading(panel)))
            continue
        text = clean_text(element.get_text(" "))
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
        first_run = tuple(_link_run(element))  # before the body extractor empties a grid of cards (Ghost's "Read next")
        ancestors = tuple(element.parents)
        boxes.append(
            ReadingBox(
                element,
                ancestors,
                feed_heading=_links_latest(element),
                first_run=first_run,
                floated=_floated(element, ancestors),
            )
        )
    return boxes


def _holds_widget(box: Tag) -> bool:
    """The label's box holds a recommendation widget or an ad slot (Outbrain, Taboola, ...): the label heads it, so
    the links after the box are not its."""
    return any(_WIDGET.search(_names(node)) for node in box.find_all(_FEED_BOXES, limit=_MAX_WIDGET_NODES))


_MAX_WIDGET_NODES = 12
_TAB_CLIMB = 2


def _label_link(element: Tag) -> Tag | None:
    """The link a label is written in, unless that link is a heading's ("<h3><a href=/related>Related</a></h3>")."""
    link = element if element.name == "a" else element.find_parent("a")
    if link is None or link.find_parent(_HEADINGS) is not None or not link.get("href"):
        return None
    return link


def _links_card(link: Tag, label: str) -> bool:
    """A link that wraps a whole card under its label: the label first (not a card's closing "Read more"), then a
    headline or teaser block."""
    text = clean_text(link.get_text(" "))
    return (
        text.startswith(label)
        and len(text) - len(label) >= MIN_TITLE
        and link.find((*_HEADINGS, "p", "div")) is not None
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
    return rest > 0 and linked >= _MIN_LINE_SHARE * rest


_STYLED_HIDDEN = "data-wireroom-hidden"
"""The mark ``mark_styled_hidden`` sets on elements the page's own CSS hides."""


def mark_styled_hidden(soup: Tag, hidden: frozenset[str]) -> None:
    """Mark the elements with a class or id the page's own ``<style>`` hides (``Document.hidden_names``: classes,
    and ids as ``"#id"``, only those the page writes: the tree is walked only when there is one), on the intact
    tree: a related box so hidden is none."""
    if not hidden:
        return
    ids = {name[1:] for name in hidden if name.startswith("#")}
    for element in soup.descendants:  # a plain walk: bs4's find_all(class_=True) costs ~4x as much
        if type(element) is Tag:
            names, own = element.attrs.get("class"), element.attrs.get("id")
            classed = isinstance(names, str) and not hidden.isdisjoint(names.lower().split())
            if classed or (ids and isinstance(own, str) and own.lower() in ids):
                element[_STYLED_HIDDEN] = ""


def _hidden(element: Tag) -> bool:
    attrs = element.attrs
    if "hidden" in attrs or _STYLED_HIDDEN in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    classes = attrs.get("class")
    return (isinstance(style, str) and bool(HIDING_DECLARATION.search(style))) or (
        isinstance(classes, str) and hiding_class(classes)
    )


_HIDDEN_CLIMB = 6


def _hidden_box(anchor: Tag) -> bool:
    """The link, or one of its nearest boxes, is hidden (a tabbed box's other panel, left for scripts to show)."""
    node: Tag | None = anchor
    for _ in range(_HIDDEN_CLIMB + 1):
        if node is None or node.name in ("body", "html"):
            return False
        if _hidden(node):
            return True
        node = node.parent
    return False


_EXTERNAL_HEADING = re.compile(
    r"^\W*(?:related\s+)?(?:external|internet|outside|other|web)\s*(?:links|sites|websites|resources)\W*$|"
    r"^\W*(?:weblinks|externe links|liens externes|enlaces externos|collegamenti esterni)\W*$",
    re.IGNORECASE,
)
_SECTION_CLIMB = 3


def _external_section(anchor: Tag) -> bool:
    """The link stands in a part of a box headed as links to other websites ("<h4>External Links</h4><dl>…",
    "Related Internet links"): resources to visit, not further reading of stories."""
    node = anchor.parent
    for _ in range(_SECTION_CLIMB):
        if not isinstance(node, Tag) or node.name in ("body", "html"):
            return False
        heading = next((child for child in node.find_all(True, recursive=False) if _is_heading(child)), None)
        if heading is not None:
            return bool(_EXTERNAL_HEADING.match(clean_text(heading.get_text(" ", strip=True))))
        node = node.parent
    return False


def _names(element: Tag) -> str:
    classes = element.get("class")
    label = str(classes or "")
    return f"{label} {element.get('id') or ''}"


def _excluded(element: Tag, inside: bool = False, names: str | None = None, floated: bool = False) -> bool:
    """Whether ``element`` is chrome, a feed or hidden, not the article's (``inside``: within the article's
    container, where its own footer may hold its reading; ``floated``: set between the story's paragraphs)."""
    names = _names(element) if names is None else names
    if _hidden(element) or (element.name in _STOP_TAGS and not _reading_nav(element, names)):
        return True
    side = _SIDEBAR.search(names) or _RAIL.search(names)
    if side and element.name in ("aside", "div", "section") and not floated:
        return True  # a side column, also where the article's container takes in the whole page; not a box floated
        # between the story's paragraphs, whose "sidebar" name is its style
    if RELATED_NAME.search(names):  # a related box's paging or menu classes ("td_block_related_posts
        return bool(_WIDGET.search(names) or (not inside and _CHROME.search(names)))  # td_with_ajax_pagination")
    return bool(_NOT_OURS.search(names) or (not inside and _CHROME.search(names)))  # do not make it a feed


_STORY_PARAGRAPH_CHARS = 80  # a paragraph of the story, not a caption or a kicker
_FLOAT_DEPTH = 3  # the box and its nearest ancestors


def _floated(element: Tag, ancestors: Sequence[Tag]) -> frozenset[int]:
    """The ids of the box and its nearest ancestors that stand between two of the story's paragraphs on the intact
    tree (a long ``<p>`` right before and after it) or inside one (the rest of the ``<p>`` is long): a box floated in
    the copy, not a side column."""
    return frozenset(id(node) for node in (element, *ancestors[:_FLOAT_DEPTH]) if _between_paragraphs(node))


def _between_paragraphs(node: Tag) -> bool:
    parent = node.parent
    if isinstance(parent, Tag) and parent.name == "p":  # "<p><aside class=sidebar>…</aside>The story goes on…</p>"
        return len(parent.get_text()) - len(node.get_text()) >= _STORY_PARAGRAPH_CHARS
    before, after = node.find_previous_sibling(), node.find_next_sibling()
    return all(
        isinstance(side, Tag) and side.name == "p" and len(side.get_text()) >= _STORY_PARAGRAPH_CHARS
        for side in (before, after)
    )


def _reading_nav(element: Tag, names: str) -> bool:
    """A ``<nav>`` named or labelled for screen readers as further reading: the story's, not the site's menu."""
    aria = element.get("aria-label")
    return element.name == "nav" and names_reading(names, aria if isinstance(aria, str) else None)


def _belongs(box: ReadingBox, container: Tag) -> bool:
    """Inside the container, or after it under a shared ancestor with only short text in between."""
    path = (box.label, *box.ancestors)
    own_footers = {id(node) for at, node in enumerate(path) if _own_footer(node, path[at + 1 :])}
    container_line = {id(node) for node in (container, *container.parents)}
    for depth, node in enumerate(path):
        if node is container:
            floated = max((at + 1 for at, element in enumerate(path[:depth]) if id(element) in box.floated), default=0)
            return not any(  # the parts of a box floated in the copy share its style ("story-sidebar-part")
                _excluded(element, inside=True, floated=at < floated) and id(element) not in own_footers
                for at, element in enumerate(path[:depth])
            )
        if id(node) in container_line and depth > 0:
            if (box.labelled or not box.holds_links) and _before_text(path[depth - 1], node, container, path[:depth]):
                return True
            return _after(path[depth - 1], node, container, path[:depth], own_footers, is_box=depth == 1)
    return False


def _story_wrapper(element: Tag) -> bool:
    """An ``<article>`` or an element named as the story ("cbox article", "story-wrapper"): what it holds beside the
    story's text is the story's own."""
    return element.name == "article" or bool(_STORY_FOOTER.search(_names(element)))


def _before_text(branch: Tag, common: Tag, container: Tag, below: Sequence[Tag]) -> bool:
    """A box set right before the story's text in the story's own wrapper ("Sur le même sujet" between the
    standfirst and the text, a floated "More on the topic" box): the article's, unless a feed, chrome or a side
    column (``branch``: the box's side of ``common``, the container's parent)."""
    if container.parent is not common or not _story_wrapper(common):
        return False
    if any(_excluded(element) for element in below) or _SIDE.search(_names(branch)):
        return False
    return any(sibling is container for sibling in branch.next_siblings)


def _after(
    branch: Tag, common: Tag, container: Tag, below: Sequence[Tag], own_footers: set[int], *, is_box: bool = False
) -> bool:
    branch_names = _names(branch)
    if any(_excluded(element) and id(element) not in own_footers for element in below) or (
        _SIDE.search(branch_names) and not is_box and not RELATED_NAME.search(branch_names)
    ):
        return False  # a feed, chrome, or a side column beside the article's (not the box itself: "story-aside",
        # "RelatedRail_rail")
    container_branch = container
    while container_branch.parent is not None and container_branch.parent is not common:
        container_branch = container_branch.parent
    between = 0
    seen = False
    for child in common.contents:
        if child is container_branch:
            seen = True
        elif child is branch:
            return seen
        elif seen and isinstance(child, Tag):
            if _article_footer(child):
                continue  # the article's own footer (its tags, its share buttons): the box after it is still its
            if (child.name in _STOP_TAGS and child.name != "form") or FOOTER_NAME.search(_names(child)):
                return False  # the footer: what follows is no longer the article's
            if _COMMENTS.search(_names(child)) or _END_FURNITURE.search(_names(child)):
                continue  # a labelled box after the comments (and their form), an author bio or share buttons is
                # still the article's
            if child.name == "form":
                return False  # a form of the page's own (a search, a sign-up): what follows is the page's
            between += _unlinked_text(child)  # link lists in between (tags, previous/next) are furniture
            if between > _MAX_BETWEEN_TEXT:
                return False
    return False


_STORY_FOOTER = re.compile(r"(?<![a-z])(?:end-?of-?)?(?:article|story|entry|post)(?![a-z])", re.IGNORECASE)
"""A footer's class or id naming it the story's ("endofarticle", "article-footer", "entry-footer")."""


def _own_footer(element: Tag, above: Sequence[Tag]) -> bool:
    """A ``<footer>`` element inside an ``<article>`` (``above``: its ancestors on the intact tree, nearest first; the
    body extractor may have cut it out of the tree since), or a footer named as the story's ("<footer
    class=endofarticle>", "<div class=article-body__footer>"): the article's own (its tags, its related posts)."""
    names = _names(element)
    if element.name == "footer":
        return any(node.name == "article" for node in above) or bool(_STORY_FOOTER.search(names))
    return bool(FOOTER_NAME.search(names) and _STORY_FOOTER.search(names))  # "article-body__footer"


def _article_footer(element: Tag) -> bool:
    """A footer inside an ``<article>`` (HTML's sectioning) or named as the story's ("article-footer"): the
    article's own, not the page's."""
    names = _names(element)
    return (element.name == "footer" or bool(FOOTER_NAME.search(names))) and (
        element.find_parent("article") is not None or bool(_STORY_FOOTER.search(names))
    )


def _unlinked_text(element: Tag) -> int:
    """The length of ``element``'s text outside its links."""
    linked = sum(len(anchor.get_text(" ", strip=True)) for anchor in element.find_all("a"))
    return len(element.get_text(" ", strip=True)) - linked


def _slugs_of(page_url: str | None) -> list[str]:
    """The page's own slug: the distinctive parts (split at "," "~" ";", no extension) of the last of its final two
    path segments that has any; section names higher up are shared by other stories."""
    if not page_url:
        return []
    segments = [segment for segment in urlsplit(page_url).path.split("/") if segment]
    for segment in reversed(segments[-2:]):
        parts = [part.rsplit(".", 1)[0] for part in re.split(r"[,~;]", segment)]
        slugs = [part for part in parts if len(part) >= _MIN_SLUG and "-" in part]
        if slugs:
            return slugs
    return []


_INDEX_PAGE = re.compile(r"(?:/(?:index|default|home|start)|_node)\.(?:s?html?|php|aspx?|jsp)$", re.IGNORECASE)
"""A home or section page: "/de/index.html", "/news/default.aspx", a content tree's node ("/themen/klima_node.html")."""


_FOLDER_STORY = re.compile(r"(?<![^\W\d_])[^\W\d_]++-[^\W\d_]++-[^\W\d_]", re.UNICODE)
"""Three words in a folder's name: a story's slug, no archive ("2013")."""


_DOTTED_FOLDER = re.compile(r"^[^\W\d_]+(?:\.[^\W\d_]+){2,}$", re.UNICODE)
"""Three words or more joined by dots: a story's slug in a dated path ("/2010/US/06/12/gulf.oil.jobs/index.html")."""
_YEAR_FOLDER = re.compile(r"/(?:19|20)\d\d/")


def _story_folder(path: str) -> bool:
    """An index file in a folder named as a story ("/2013/11/26/travel/holiday-weather-tips/index.html", or with dots
    in a dated path: "/2010/US/06/12/gulf.oil.cleanup.jobs/index.html"): the story's page, not a section's."""
    folder = path.rsplit("/", 2)[-2] if path.count("/") >= 2 else ""
    dotted = _DOTTED_FOLDER.match(folder) is not None and _YEAR_FOLDER.search(path) is not None
    return bool(_FOLDER_STORY.search(folder)) or dotted


def _section_of(path: str, page_url: str | None) -> bool:
    """``path`` is the index of a section this page sits in ("/news-1010.html" for "/news-1010/story.html")."""
    if not page_url:
        return False
    stem = _EXTENSION.sub("", path.rstrip("/"))
    page_path = urlsplit(page_url).path
    return bool(stem) and page_path.startswith(stem + "/") and page_path.rstrip("/") != stem


_MIN_PAGE_SEGMENTS = 2  # a page at "/news/" may be a section's: the stories under it are not its own views


def _below_page(path: str, page_url: str | None) -> bool:
    """``path`` lies under the page's own path ("/shows/x/2013/may/27/transcript" under "/shows/x/2013/may/27/")."""
    own = urlsplit(page_url).path.rstrip("/") if page_url else ""
    return len([part for part in own.split("/") if part]) >= _MIN_PAGE_SEGMENTS and path.startswith(own + "/")


def _article_like(url: str, page_url: str | None) -> bool:
    if NOT_STORY.search(url):
        return False
    parts = urlsplit(url)
    if _DATE_ARCHIVE.match(parts.path) or _FILE.search(parts.path) or _section_of(parts.path, page_url):
        return False
    if _INDEX_PAGE.search(parts.path) and not _story_folder(parts.path) and not _ITEM_QUERY.search(parts.query):
        return False  # a home or section page ("/de/index.html", "/news/default.aspx")
    if any(slug in parts.path for slug in _slugs_of(page_url)) or _below_page(parts.path, page_url):
        return False  # a URL embedding this page's own slug or path: its video, transcript or another view of it
    return bool(_SLUG.search(parts.path) or re.search(r"\d{4,}", parts.query) or _POST_ID.search(parts.query))


_ITEM_QUERY = re.compile(r"(?:^|&)[^=&]*(?:news|article|artikel|story|noticia)[^=&]*=\d{3,}(?:&|$)", re.IGNORECASE)
"""A script's query naming one news item by its id ("index.php?id=44&tx_ttnews%5Btt_news%5D=48013",
"index.php?article_id=5521"): a story, though the path is a script's index."""
_POST_ID = re.compile(r"(?:^|&)p=\d{3,}(?:&|$)")
"""A blog post's default address by its id ("?p=856", WordPress's plain permalinks); not a list's page ("?p=2")."""


def _slug_spells(url: str, title: str) -> bool:
    """A short name of two capitalised words or more that the story's own slug spells out, at its end ("<a>Kathy
    Pham</a>" to ".../2019-03-22-leader-spotlight-kathy-pham/"): the story's name (a person's profile, a place's
    guide), though shorter than ``MIN_TITLE``; not a phrase linked in a sentence ("<a>power banks</a>")."""
    names = title.split()
    if len(names) < 2 or len(_SLUG_WORDS.findall(title)) != len(names) or not all(n[:1].isupper() for n in names):
        return False
    last = next((segment for segment in reversed(urlsplit(url).path.split("/")) if segment), "")
    return _spelt(last, title, at_end=True)


_SLUG_WORDS = re.compile(r"[^\W_]+")


def _headline_path(url: str, title: str, page_url: str | None) -> bool:
    """A story at a short path in a box, titled as a headline (4+ words, 20+ characters): a one-word path
    ("/firmenwagenleasing") whose word is long, no section name, or a two-word slug in a section
    ("/politics/budget-passes") or the title itself run together ("/magazine/thenewmysteriesofclass"); the title is
    no section's."""
    if NOT_STORY.search(url) or not same_site(url, page_url):
        return False
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    if not segments or len(segments) > 2 or len(segments[-1]) < _MIN_WORD_SLUG or _FILE.search(segments[-1]):
        return False
    if len(title) < _MIN_LINE_TITLE or len(title.split()) < _MIN_LINE_WORDS:
        return False
    return len(segments) == 1 or bool(_TWO_WORDS.fullmatch(segments[-1])) or _spelt(segments[-1], title)


def _spelt(segment: str, title: str, *, at_end: bool = False) -> bool:
    """Whether a path segment is the title's words run together, with or without hyphens or underscores
    ("thenewmysteriesofclass" for "The new mysteries of class"); ``at_end``: or ends with them hyphenated after
    other words ("2019-03-22-leader-spotlight-kathy-pham" for "Kathy Pham")."""
    words = _SLUG_WORDS.findall(title.lower())
    segment = segment.lower()
    if segment in ("".join(words), "-".join(words), "_".join(words)):
        return True
    return at_end and segment.endswith("-" + "-".join(words))


def _title(anchor: Tag) -> str:
    only = anchor.string  # the common case, a plain text link: no tree walk
    if only is not None:
        text = clean_text(str(only))
        return _overlay_title(anchor, stories_only=True) if _READ_ON.match(text) else text
    headings = [(heading.name, _heading_text(heading)) for heading in tags_named(anchor, _HEADINGS, 3)]
    if headings:  # a card's headline: its highest heading (a subtitle below it is lower), unless that is only an
        top = min(name for name, _ in headings)  # eyebrow ("Related"): then the longest
        first = next(text for name, text in headings if name == top)
        return first if len(first) >= MIN_TITLE else max((text for _, text in headings), key=len)
    text = clean_text(anchor.get_text(" ", strip=True))
    if not text:
        return _overlay_title(anchor)
    if _READ_ON.match(text):  # a card's "Read more" button: the card's headline, linked or not
        return _overlay_title(anchor, stories_only=True)
    if len(text) > _MAX_TITLE:  # a whole card (kicker, headline, teaser) in one link: its headline-named part
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
    dated = [tag for tag in heading.find_all(True) if tag.name == "time" or DATE_CLASS.search(_names(tag))]
    if not dated:
        return clean_text(heading.get_text(" ", strip=True))
    skipped = {id(string) for tag in dated for string in tag.find_all(string=True)}
    return clean_text(" ".join(str(string) for string in heading.find_all(string=True) if id(string) not in skipped))


_OVERLAY_CLIMB = 2
_READ_ON = re.compile(
    r"^\W*(?:read more|continue reading|read on|more|weiterlesen|mehr|lire la suite|lire plus|leer más|"
    r"seguir leyendo|continua a leggere|leia mais|lees meer|läs mer|czytaj dalej)\W*$",
    re.IGNORECASE,
)
"""A card's button to its story ("Read more", "weiterlesen"): no title of its own."""


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
            others = [href for href in others if _SLUG.search(urlsplit(href).path)]
        if len(anchors) > MAX_CARD_ANCHORS or others:
            return ""
        named = first_tag(node, _HEADINGS) or _headline_part(node)
        if named is not None:
            return clean_text(named.get_text(" ", strip=True))
        node = node.parent
    return ""


_MIN_HEADLINE_SHARE = 0.5


def _card_title(anchor: Tag, title: str) -> str:
    """The title to record: for a card in one link with its parts in boxes of their own (a "Related" eyebrow, the
    headline, the author), its headline-named part rather than all its text; so too in one line, when that part is
    most of the text (a kicker before it: "<span>Wildlife</span> <span class=headline>Salmon numbers ...</span>")."""
    if anchor.string is not None:
        return tidy_title(anchor, title)
    named = _headline_part(anchor)
    headline = clean_text(named.get_text(" ", strip=True)) if named is not None else ""
    if not headline or headline not in title:
        return tidy_title(anchor, title)
    blocks = anchor.find(_BLOCKS) is not None
    return tidy_title(anchor, headline if blocks or len(headline) >= _MIN_HEADLINE_SHARE * len(title) else title)


def _box_links(box: ReadingBox, base: str | None, page_url: str | None) -> list[tuple[str, str]] | None:
    """The links of the list after the label (climbing out of its wrappers); None if it lists the page itself."""
    element = box.label
    if box.feed_heading or (not box.holds_links and _names_the_site(element, page_url)):
        return None  # headed as a feed ("Latest Stories", "More on POLITICO"), or a label linking the site's latest
    if box.holds_links:  # the site's own stories (other sites' in a box without a label: a widget's)
        anchors = [element] if box.card else element.find_all("a", href=True, limit=_MAX_BOX_ANCHORS)
        found = _links_of(anchors, base, page_url)
        if found is None or box.labelled:
            return found
        return [link for link in found if same_site(link[0], page_url)]
    if box.heads_line:
        return _links_of(element.find_all("a", href=True, limit=_MAX_BOX_ANCHORS), base, page_url)
    for climbed in range(_MAX_CLIMB + 1):
        if _empty_list_after(element):
            return []  # the label's list is left for a script to fill: the box is empty, not the next one's
        run: Sequence[Tag] = box.first_run if climbed == 0 and box.first_run is not None else _link_run(element)
        if run:
            written = all(anchor.find_parent("p") is not None for anchor in run)  # by the author, not a feed
            found = _links_of(run, base, page_url, _MAX_WRITTEN_LINKS if written else _MAX_LINKS)
            if found is None or found:
                return found
            if _topic_links(run):
                return []  # "Read more about: <a>Android</a>, <a>tablets</a>": the label heads the story's topics
            # only links to no story beside the label (a "See all" link, tab switches): its list is further on
        parent = element.parent
        if not isinstance(parent, Tag) or len(parent.get_text(" ", strip=True)) > _MAX_LABEL_WRAPPER:
            return []
        element = parent
    return []


_SITE_TOPIC = re.compile(rf"^\W*(?:{TOPIC_LABELS})\s+(?P<topic>.+?)\W*$", re.IGNORECASE)


def _names_the_site(label: Tag, page_url: str | None) -> bool:
    """A topic label whose topic is the site itself ("More on POLITICO" on politico.com): the site's feed."""
    found = _SITE_TOPIC.match(clean_text(label.get_text(" ")))
    return found is not None and own_name(found.group("topic"), page_url, None)


_LATEST_PATH = re.compile(
    r"/(?:latest|newest|recent|just-?in|news-?feed|all-?news|neueste|aktuell|heute-?neu|dernieres?|ultim[aeio]s?)"
    r"(?:[-_.][^/]*)?/?$",
    re.IGNORECASE,
)
"""The path of a site's latest-stories page, its last segment ("/latest-news/", "/news/neueste/"; not a story filed
under "/latest/2024/05/...")."""


def _links_latest(heading: Tag) -> bool:
    """A heading that is (or holds) a link to the site's latest stories: its box is that feed ("Recommended for
    you" linking "/latest-news/")."""
    anchor = heading if heading.name == "a" else heading.find("a", href=True)
    if not isinstance(anchor, Tag):
        anchor = heading.find_parent("a")
    return _latest_href(anchor.get("href") if isinstance(anchor, Tag) else None)


def _latest_href(href: object) -> bool:
    """A link to the site's latest stories: its path ("/latest-news/"), or its fragment ("/features/#latest")."""
    if not isinstance(href, str):
        return False
    parts = urlsplit(href)
    return bool(_LATEST_PATH.search(parts.path) or (parts.fragment and _LATEST_PATH.search(f"/{parts.fragment}")))


def _feed_verdict(heading: Tag) -> bool | None:
    """Whether a box's heading names a site feed: by its text ("Most read", "More from <a>Politics</a>", also all
    link: "<a>More from Local News</a>"), or, when it is all link, by linking the site's latest stories; None for a
    card's headline (inside a link, or a link to a story), which heads no box."""
    if heading.find_parent("a") is not None:
        return None
    if FEED_HEADING.match(clean_text(heading.get_text(" ", strip=True))):
        return True  # also all link: "<h2><a href="/news/local">More from Local News</a>"
    if _unlinked_text(heading) > 0 or _links_nowhere(heading):
        return False
    return True if _links_latest(heading) else None


def _links_nowhere(heading: Tag) -> bool:
    """A heading whose link goes nowhere ("#", a script): a tab or filter button, named by its text ("<a
    href="#">In Other News</a>")."""
    anchor = heading.find("a")
    if not isinstance(anchor, Tag) or heading.find_all("a", limit=2)[1:]:
        return False
    href = anchor.get("href")
    return not isinstance(href, str) or href.strip() in ("", "#") or href.strip().lower().startswith("javascript:")


def _feed_heading(box: Tag) -> bool:
    """The box's first heading (a heading element, or one named so: "card-header") names a site feed, or, with no
    heading, its first line (``_first_line``), a short line without links, does ("<strong>Weitere Artikel in diesem
    Ressort:</strong>", "<h6> </h6><p>Recent Energy Content</p>")."""
    for heading in box.find_all(_is_heading, limit=12):
        verdict = _feed_verdict(heading)
        if verdict is not None:
            return verdict
    first = _first_line(box)
    if first is None or first.name not in _LINE_LABELS or first.find("a") is not None:
        return False
    text = clean_text(first.get_text(" ", strip=True))
    return len(text) <= _MAX_LABEL_WRAPPER and bool(FEED_HEADING.match(text))


def _first_line(box: Tag) -> Tag | None:
    """The element holding the box's first words, when no link holds them: the line a wrapper or an empty heading
    puts first ("<div><h6> </h6><p>Recent Energy Content</p><ul>…"); else the box's first child."""
    string = next((text for text in box.find_all(string=True, limit=_FIRST_LINE_STRINGS) if text.strip()), None)
    parent = string.parent if string is not None else None
    if isinstance(parent, Tag) and parent is not box and parent.find_parent("a") is None:
        return parent
    return box.find(True, recursive=False)


_FIRST_LINE_STRINGS = 24


_LINE_LABELS = frozenset({"strong", "b", "span", "p", "div", "em"})


_HEAD_CHILDREN = 4


def _heads_a_feed(box: Tag) -> bool:
    """The box's own heading (among its first children, or first in one of them: ``<div class="head"><h3>``) names
    a site feed; a quick look for the line boxes of ``line_links`` (``_feed_heading`` searches a whole box)."""
    if box.name == "table":  # a table's heading is its first cell ("<tr><td class="sectionhead">Top Stories")
        first = box.find(("th", "td"))
        return isinstance(first, Tag) and _is_heading(first) and bool(_feed_verdict(first))
    for child in box.find_all(True, recursive=False, limit=_HEAD_CHILDREN):
        heading = child if _is_heading(child) else child.find(True, recursive=False)
        if isinstance(heading, Tag) and _is_heading(heading) and heading.find_parent("a") is None:
            return bool(_feed_verdict(heading))
    return False


def _is_heading(element: Tag) -> bool:
    """A heading element or a table's header cell, or a block named as a heading ("card-header", "boxhead")."""
    if element.name in _HEADINGS or element.name == "th":
        return True
    if element.name == "p" and _bold_only(element):
        return True  # "<p><strong>MORE NOOSA NEWS</strong></p>": a paragraph set as a heading
    classes = element.get("class")
    return (
        element.name in ("div", "span", "p", "header", "td")
        and bool(classes)
        and bool(_HEAD_CLASS.search(" ".join(classes) if isinstance(classes, list) else str(classes)))
    )


def _bold_only(element: Tag) -> bool:
    """The element holds one bold run and no other text, and no link: a heading written in bold."""
    children = [c for c in element.children if not (isinstance(c, NavigableString) and not c.strip())]
    return (
        len(children) == 1
        and isinstance(children[0], Tag)
        and children[0].name in ("strong", "b")
        and children[0].find("a") is None
        and 0 < len(children[0].get_text(strip=True)) <= _MAX_LABEL_WRAPPER
    )


_HEAD_CLASS = re.compile(r"(?<!sub)title|headline|heading|header|head(?![a-z])", re.IGNORECASE)
"""A class naming a heading: a title, headline or header, or a "head" ("boxhead", "box-head")."""


def _link_run(label: Tag) -> list[Tag]:
    """The anchors of the siblings after ``label`` that are mostly links, up to the first prose or next heading."""
    anchors: list[Tag] = []
    for n, sibling in enumerate(label.find_next_siblings()):
        if anchors and sibling.name in _HEADINGS and sibling.find("a") is None:
            break  # the next box's heading
        if sibling.name not in _HEADINGS and sibling.name != "a" and _heads_a_feed(sibling):
            break  # the next box, headed as a site feed ("<section><h2>Most Popular</h2><ol>...")
        found = [sibling] if sibling.name == "a" else sibling.find_all("a", href=True)
        text = len(sibling.get_text(" ", strip=True))
        if not found:
            caption = sibling.get_text(" ", strip=True)[:_MAX_LABEL_WRAPPER]
            if n == 0 and sibling.name in _HEADINGS and text <= _MAX_LABEL_WRAPPER:
                continue  # the label's subtitle ("Related" over "Read further in the pursuit of knowledge")
            spacer = text <= _MAX_SPACER_TEXT or _AD_CAPTION.match(caption)
            if not spacer or (anchors and text) or sibling.name in _HEADINGS:
                break  # prose: the box has ended
            continue  # before the list, an ad slot ("Advertisement") or a date line: not the box's end
        linked = sum(len(anchor.get_text(" ", strip=True)) for anchor in found)
        if linked < _MIN_LINKED_SHARE * text and not _cards(found, text):
            noted = _noted_links(sibling)
            if not noted:
                break
            found = noted  # the items that open with their link; a link inside an item's sentence is no reading
        anchors.extend(found)
        if len(anchors) >= _MAX_BOX_ANCHORS:
            break
    return anchors


def _empty_list_after(label: Tag) -> bool:
    """The label holds, or has right after it, a list with no item ("<h2>Sur le même sujet</h2><ul></ul>"), or an
    ``amp-list`` or ``<template>`` with no link yet: a box a script fills on the reader's screen."""
    following = label.find(("ul", "ol")) or label.find_next_sibling(True)
    if not isinstance(following, Tag):
        return False
    if following.name in ("ul", "ol"):
        return following.find("li") is None
    scripted = following.name == "amp-list" or following.find(("template", "amp-list")) is not None
    return scripted and following.find("a", href=True) is None  # an AMP list or a template a script fills


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
    return text <= _MAX_CARD_TEXT * stories and not any(_runs_in_text(anchor) for anchor in anchors)


def _links_of(
    anchors: Sequence[Tag], base: str | None, page_url: str | None, most: int = _MAX_LINKS
) -> list[tuple[str, str]] | None:
    page = _comparable(page_url)
    found: dict[str, tuple[str, str]] = {}  # story URL (no fragment) -> (URL as first met, title)
    for anchor in anchors:
        href = anchor.get("href")
        if not isinstance(href, str) or _tag_link(anchor):
            continue  # a tag's page: no story
        url = absolute_url(href, base)
        if url is None or _hidden_box(anchor) or _in_credit(anchor) or _sponsored(anchor) or _author_link(anchor):
            continue
        if page_url and not same_site(url, page_url) and _external_section(anchor):
            continue  # "External links: <a>Arctic Council biodiversity report</a>": a resource, not a story
        if page and _within_page(url, page_url):
            continue  # the page's own gallery or player ("/overlay/media/<slug>/<media id>/<page id>")
        if page and _is_page(url, page_url):
            return None  # a list holding the page itself (also under another slug) is a site feed
        story = url.split("#", 1)[0]  # a card's "#comments" link is the same story
        if found.get(story, ("", ""))[1]:
            continue
        title = _title(anchor)
        if _SITE_LABEL.match(title) or _no_story_title(title):
            continue  # "Website: Bureau of Meteorology warnings": a site to visit; "Full coverage: …": a topic's hub
        article = _article_like(url, page_url)
        if (article or _headline_path(url, title, page_url)) and (
            MIN_TITLE <= len(title) <= _MAX_TITLE or story not in found
        ):
            titled = MIN_TITLE <= len(title) <= _MAX_TITLE or (article and _slug_spells(url, title))
            found[story] = (url, _card_title(anchor, title)) if titled else (found.get(story, (url, ""))[0], "")
    links = [(url, title) for url, title in found.values() if title]
    return None if len(found) > most else links  # a long list (titled or not) is a site feed


_HUB_LABEL = re.compile(
    r"^\W*(?:full|complete|all (?:of )?(?:our|the)|more of our|our full)\b(?: [\w'’-]+){0,4} coverage\b|"
    r"^\W*(?:alle artikel zum thema|toute l['’]actualité|toda la información|tutte le notizie)\b",
    re.IGNORECASE,
)
"""A link to a topic's hub page, as its words name it ("Full coverage: Illinois primary 2024", "All our EU referendum
coverage", "Alle Artikel zum Thema"): a list of stories, not one."""
_SITE_LABEL = re.compile(r"^\W*(?:website|web site|homepage|home page|site web|webseite|sitio web)\s*[:|–—-]", re.I)


def _no_story_title(title: str) -> bool:
    """A link's words that name no story: a topic's hub (``_HUB_LABEL``) or the story's own pictures or video
    (``_MEDIA_INVITE``)."""
    return bool(_HUB_LABEL.match(title) or _MEDIA_INVITE.match(title))


def _topic_links(run: Sequence[Tag]) -> bool:
    """Two links or more, every one to a tag or topic page (``rel=tag``, a "/tag/" path)."""
    hrefs = [anchor.get("href") for anchor in run]
    return len(run) >= 2 and all(
        _tag_link(anchor) or (isinstance(href, str) and NOT_STORY.search(href) is not None)
        for anchor, href in zip(run, hrefs, strict=True)
    )


def _tag_link(anchor: Tag) -> bool:
    """A link to a tag's page (``rel="tag"``): the story's keywords, listed in or under its related box."""
    rel = anchor.get("rel")
    return bool(rel) and "tag" in (rel if isinstance(rel, list) else str(rel).split())


_AUTHOR = re.compile(r"(?<![a-z])(?:author|byline|vcard|fn)(?![a-z])", re.IGNORECASE)


def _author_link(anchor: Tag) -> bool:
    """A card's link to its author ("par <span class="author"><a class="url fn">Jane Doe</a></span>", ``rel=author``):
    no story, whatever its address looks like."""
    rel = anchor.get("rel")
    if rel and "author" in str(rel).lower():
        return True
    parent = anchor.parent
    inline = _names(parent) if isinstance(parent, Tag) and parent.name in _INLINE else ""
    return bool(_AUTHOR.search(f"{_names(anchor)} {inline}"))


def _sponsored(anchor: Tag) -> bool:
    """A paid link (``rel="sponsored"``): an ad or affiliate offer among the stories."""
    rel = anchor.get("rel")
    return bool(rel) and "sponsored" in str(rel).lower()


def _in_credit(anchor: Tag) -> bool:
    """A link in a card's photo credit ("© Jane Doe / flickr.com", a caption but a card's linked headline): no
    reading."""
    node = anchor.parent
    if isinstance(node, Tag):
        line = node.get_text(strip=True)
        if line[:1] == "©" and len(line) <= _CREDIT_LINE:
            return True
    for _ in range(_CREDIT_DEPTH):
        if not isinstance(node, Tag):
            return False
        if node.name == "figcaption" or _CREDIT_CLASS.search(_names(node)):
            return not _card_caption(anchor, node)
        node = node.parent
    return False


def _card_caption(anchor: Tag, caption: Tag) -> bool:
    """A caption that is only ``anchor``, to the story the picture beside it links to as well: a card's headline
    ("<figure><a href=s><img></a><figcaption><a href=s>Headline</a></figcaption></figure>"), not a credit."""
    href = anchor.get("href")
    holder = caption.parent
    if not isinstance(holder, Tag) or clean_text(caption.get_text(" ")) != clean_text(anchor.get_text(" ")):
        return False
    return any(other is not anchor and other.get("href") == href for other in holder.find_all("a", href=True))


def _story_id(url: str | None) -> str | None:
    """The story's id: the numbers of 5+ digits in the last path segment ("/artikel/1136087.slug.html"), not a date
    ("20240503"); all of them, as a section's id may follow the story's ("..._6221845_823448.html")."""
    if not url:
        return None
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    ids = [number for number in _STORY_ID.findall(last) if not _DATE_NUMBER.match(number)]
    return "_".join(ids) if ids else None  # all of them: "..._6221845_823448.html" is a story id and a section id


def _path_ids(url: str) -> set[str]:
    """The numbers of 5+ digits anywhere in ``url``'s path, not dates."""
    return {number for number in _STORY_ID.findall(urlsplit(url).path) if not _DATE_NUMBER.match(number)}


def _within_page(url: str, page_url: str | None) -> bool:
    """``url`` on the page's host names the page's story id beside an id of its own, as its last segment: a view
    inside the page (its gallery, its video overlay: "/overlay/media/en/<slug>/36059930/52060881" on the story
    "/en/<slug>/a-52060881"), neither the page itself nor another story."""
    story = _story_id(page_url)
    if story is None or not page_url or "_" in story or _host(url) != _host(page_url):
        return False
    last = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    return last == story and len(_path_ids(url) - {story}) > 0


def _host(url: str) -> str:
    """``url``'s host without a leading "www."."""
    return (urlsplit(url).hostname or "").removeprefix("www.")


def _is_page(url: str, page_url: str | None) -> bool:
    """``url`` is the page itself: the same address, or the same story id on the same host under another slug (a
    story renamed after its headline changed)."""
    page = _comparable(page_url)
    if page is None:
        return False
    if _comparable(url) == page:
        return True
    story = _story_id(page_url)
    return story is not None and _story_id(url) == story and _host(url) == page.split("/", 1)[0]


_PATH_STORY = re.compile(_STORY_WORDS, re.UNICODE)  # ``_SLUG`` without the page files: "article.php" names no story
_QUERY_ID = re.compile(r"(?:^|&)([^=&]+)=([^&]*\d[^&]*)")


def _comparable(url: str | None) -> str | None:
    """Host and path, and for a story named by its query ("article.php?id=48211", "articleView.html?idxno=284512"),
    the query's parameters that hold a number (not tracking ones): what tells one story from another."""
    if not url:
        return None
    parts = urlsplit(url)
    key = f"{(parts.hostname or '').removeprefix('www.')}{parts.path.rstrip('/')}"
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if parts.query and not _PATH_STORY.search(last):
        ids = sorted(f"{k}={v}" for k, v in _QUERY_ID.findall(parts.query) if not k.lower().startswith("utm_"))
        if ids:
            key += "?" + "&".join(ids)
    return key


@dataclass(frozen=True)
class LinkLine:
    """A line of the intact page that is one link (a "» Headline" paragraph, a card), and the line's ancestors."""

    anchor: Tag
    title: str
    ancestors: tuple[Tag, ...]
    element: Tag  # the line itself (its paragraph or list item), or the anchor when it stands alone
    captions_media: bool = False  # a caption line right after a video, audio or figure (``_media_caption``)
    shown: str = ""  # a card link's title to record (``_card_title``), read on the intact tree; "" for a plain link
    floated: frozenset[int] = frozenset()  # ids of a rail-named line's boxes set between the story's paragraphs


def link_lines(anchors: Sequence[Tag], page_url: str | None = None) -> list[LinkLine]:
    """The anchors that make up a whole line of their own, with a headline-like text, linking within the page's
    site; read before the body prunes the tree."""
    lines: list[LinkLine] = []
    site = registrable_domain(page_url)
    for anchor in anchors:
        href = anchor.get("href")
        if not isinstance(href, str) or not _SLUG.search(path := href.split("?", 1)[0]) or NOT_STORY.search(href):
            continue  # cheap first: most links of a page go to sections, tags or other sites' roots
        if _DATE_ARCHIVE.search(urlsplit(path).path):
            continue  # the day's archive behind a story's date ("/hemeroteca/2024-03-14/")
        if site and "//" in href[:8] and site not in href.split("/", 3)[2]:
            continue  # another site's link: never a line of this site's reading
        title = _title(anchor)
        teaser = _teaser_before(anchor) if not title and _READ_ON.match(anchor.get_text(" ", strip=True)) else None
        title = teaser or title
        if not _line_title(anchor, title) or _caption_source(anchor, href):
            continue
        line = anchor
        while isinstance(line.parent, Tag) and line.parent.name in _INLINE:
            line = line.parent
        if isinstance(line.parent, Tag) and line.parent.name in _LINE_TAGS:
            line = line.parent
            text = LABEL_PREFIX.sub("", clean_text(line.get_text(" ", strip=True))).lstrip(_MARKERS)
            text = _KICKER.sub("", text)
            if len(title) < _MIN_LINE_SHARE * len(text) and not teaser:  # a teaser is the line but its invitation
                continue
        elif _runs_in_text(line):
            continue
        media = line is not anchor and _media_caption(line)
        shown = teaser or (_card_title(anchor, title) if anchor.string is None else "")  # before the body prunes
        ancestors = tuple(line.parents)
        lines.append(LinkLine(anchor, title, ancestors, line, media, shown, _floated_rails(line, ancestors)))
    return lines


_READ_ON = re.compile(
    r"^\W*(?:read (?:more|on|the (?:full )?(?:story|article))|continue reading|full story|weiterlesen|mehr lesen|"
    r"lire la suite|leer más|seguir leyendo|leggi (?:tutto|di più))\W*$",
    re.IGNORECASE,
)
"""A link's words that only invite to read on ("Read more. »", "Continue reading", "Weiterlesen")."""
_MAX_TEASER = 160


def _teaser_before(anchor: Tag) -> str | None:
    """The headline a promo's line gives before its one link that only invites to read on ("<p>Americans Don't
    Trust Their Maps. Can Anything Change That? <a>Read more. »</a></p>"): the line's other words, when they are a
    headline's length and the link ends the line; else None (a paragraph of the story ending in "Read more")."""
    inline = anchor
    while isinstance(inline.parent, Tag) and inline.parent.name in _INLINE:
        inline = inline.parent
    line = inline.parent
    if not isinstance(line, Tag) or line.name not in _LINE_TAGS or len(line.find_all("a", limit=2)) > 1:
        return None
    words = clean_text(line.get_text(" ", strip=True))
    invitation = clean_text(anchor.get_text(" ", strip=True))
    if not words.endswith(invitation):
        return None
    teaser = words[: len(words) - len(invitation)].strip(_MARKERS + " ")
    return teaser if _MIN_LINE_TITLE <= len(teaser) <= _MAX_TEASER else None


def _floated_rails(line: Tag, ancestors: Sequence[Tag]) -> frozenset[int]:
    """``_floated`` for a line whose own element or nearest ancestors are named as a rail's items ("<div
    class=rail__item article-inline-promo>" in the copy: a promo floated in the text, not the side rail the name
    suggests); empty for the other lines, which never need it."""
    if not any(_GRID_SIDE.search(_names(node)) for node in (line, *ancestors[:_FLOAT_DEPTH])):
        return frozenset()
    return _floated(line, ancestors)


def _caption_source(anchor: Tag, href: str) -> bool:
    """A link in an image's caption that is no card's headline (no heading holds it, and the figure links nowhere
    else to it): the picture's source ("<figcaption><a>Self-Driving Trucks Are Going to Hit Us</a></figcaption>"),
    not further reading."""
    caption = anchor.find_parent("figcaption")
    if caption is None or anchor.find_parent(_HEADINGS) is not None:
        return False
    figure = caption.parent
    return not (isinstance(figure, Tag) and any(other is not anchor for other in figure.find_all("a", href=href)))


_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ0-9][A-ZÀ-ÖØ-Þ0-9'’&.-]*+"
_KICKER = re.compile(rf"^{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,3}}\s?:\s*")
"""A kicker in capitals before a link on its line ("IN TEXAS: <a>...</a>", "WATCH: <a>...</a>")."""


def _line_title(anchor: Tag, title: str) -> bool:
    """A headline-like title for a line of its own: 20+ characters and 4+ words, or, for a card in one link whose
    headline is a heading, 12+ characters and 2+ words ("ICE im S-Bahn-Takt")."""
    if len(title) > _MAX_TITLE:
        return False
    if len(title) >= _MIN_LINE_TITLE and len(title.split()) >= _MIN_LINE_WORDS:
        return True
    return (
        len(title) >= MIN_TITLE
        and len(title.split()) >= _MIN_CARD_WORDS
        and anchor.string is None
        and first_tag(anchor, _HEADINGS) is not None
    )


def _runs_in_text(line: Tag) -> bool:
    """A link with words right before or after it in its element (a ``<div>`` of prose): running text, not a line
    of its own, which a ``<br>``, another element or the element's edge bounds on both sides."""
    for sibling in (line.previous_sibling, line.next_sibling):
        if type(sibling) is NavigableString and sibling.strip(_MARKERS + "\n\t\xa0"):
            return True
    return False


def _inside(line: LinkLine, container: Tag, feeds: Sequence[Tag], headed: dict[int, bool]) -> bool:
    """The line is in the container, not in a box excluded by its names, a feed found by its label, or a box near it
    headed as a site feed ("Most read", "Mais lidas"; ``headed`` caches that test by element id)."""
    if line.element is not line.anchor and _NOT_OURS.search(_names(line.element)):
        return False  # the line named as no story's ("<li class=next-post>")
    if line.captions_media or (line.element is not line.anchor and _neighbour_line(line)):
        return False  # "Next article: <a>"; "<amp-video>…<p class=caption><a>Watch: highlights</a>": its own media
    if _data_row(line):
        return False  # "<tr><td><a>Measure 4</a></td><td>Yes 49.2%</td>...": a table's figures, not reading
    if line.element is not line.anchor and _under_feed_heading(line.element):
        return False  # "<p><strong>MORE NOOSA NEWS</strong></p><p><a>...</a></p>": a section's feed in the text
    for depth, node in enumerate(line.ancestors):
        if node is container:
            return True
        names = _names(node)
        if _excluded(node, names=names) or any(node is feed for feed in feeds) or _own_media(names):
            return False
        if node.name == "article" and _next_story(node, container):
            return False  # a line of the next story in an endless scroll
        if node.name in _FEED_BOXES and _GRID_SIDE.search(names) and id(node) not in line.floated:
            return False  # a side column inside a container that takes in the whole page ("col-lg-4"); not a rail's
            # item set between two of the story's paragraphs ("<div class=rail__item article-inline-promo>")
        if depth < _FEED_BOX_DEPTH and node.name in _FEED_BOXES:
            key = id(node)
            if key not in headed:
                headed[key] = _heads_a_feed(node)
            if headed[key]:
                return False
    return False


def _under_feed_heading(line: Tag) -> bool:
    """The nearest element before the line that is not another line of links is a paragraph in bold naming a site
    feed: the lines run under it as its list, though no box holds them."""
    for sibling in line.find_previous_siblings(True, limit=_MAX_BOX_ANCHORS):
        if sibling.name == "p" and _bold_only(sibling):
            return bool(_feed_verdict(sibling))
        anchor = sibling.find("a", href=True)
        if anchor is None or len(sibling.get_text()) > len(anchor.get_text()) + _MAX_SPACER_TEXT:
            return False  # prose, or a line of more than its link: the run of link lines has ended
    return False


_MAX_FIGURE_CELL = 24  # characters: a table cell this short holding a digit is a figure ("Yes 49.2%")


def _data_row(line: LinkLine) -> bool:
    """The link's table cell sits in a row whose other cells are short figures ("Yes 49.2%", "52% reporting"): a
    results or data table, whose links lead to data pages."""
    cell = next((node for node in (line.element, *line.ancestors) if node.name in ("td", "th")), None)
    row = cell.parent if cell is not None else None
    if row is None or row.name != "tr":
        return False
    others = [clean_text(c.get_text(" ")) for c in row.find_all(("td", "th"), recursive=False) if c is not cell]
    return bool(others) and all(len(text) <= _MAX_FIGURE_CELL and any(ch.isdigit() for ch in text) for text in others)


_MEDIA_WORDS = r"watch(?: video)?|vid[eéí]o|ver vídeo|listen|ansehen|foto-?gall?er(?:y|ie|ia)|photos?"
_WATCH_LEAD = re.compile(rf"^\W*(?:{_MEDIA_WORDS})\W*$", re.IGNORECASE)
"""The words before a link that label it as the story's own media: "WATCH |", "Video:"."""
_WATCH_TITLE = re.compile(
    rf"^\W*(?:{_MEDIA_WORDS})(?:\s*[.:|–—-]|\s+to\s+(?:this|the)\s+(?:article|story)\b)", re.IGNORECASE
)
"""A link's own text opening as the story's media does: "Watch: RBA lifts rates again", "Listen to this article"."""
_MEDIA_INVITE = re.compile(
    r"^\W*(?:see|view|browse|watch|look at)\s+(?:more\s+|all\s+|the\s+(?:full\s+)?)?"
    r"(?:photos?|pictures?|images|videos?|gallery|slideshow|report)\b",
    re.IGNORECASE,
)
"""A link's text inviting to the story's own pictures or video ("See more photos from this story", "See more pictures
of this eruption", "Watch the full report"): its media, not a story to read."""
_VIDEO_PATH = re.compile(r"/(?:videos?|watch|video-?clip|tv|audio|galler(?:y|ies)|galerie|fotogaller(?:y|ia))/", re.I)


def _watch_line(line: LinkLine, url: str) -> bool:
    """A line labelled "WATCH |" or "Video:" (before its link, in its text, or in the element before a link that
    stands alone) linking a video or audio page ("/videos/...", "/audio/..."): the story's own media, not a story
    to read."""
    if not _VIDEO_PATH.search(urlsplit(url).path):
        return False
    if _WATCH_TITLE.match(line.title):
        return True
    lead = _lead(line) if line.element is not line.anchor else _label_before(line.anchor)
    return bool(lead) and _WATCH_LEAD.match(lead) is not None


def _label_before(anchor: Tag) -> str:
    """The text of the element right before a link that stands alone in its box ("<div>Video</div><a>...</a>")."""
    before = anchor.find_previous_sibling(True)
    return clean_text(before.get_text(" ", strip=True)) if before is not None else ""


def _neighbour_line(line: LinkLine) -> bool:
    """A line whose words before its link name the previous or next story ("Next article:", "Nächster Artikel »"),
    not a reading label ("Read next:")."""
    lead = _lead(line)
    return bool(lead) and _NEIGHBOUR.search(lead) is not None and LABEL_PREFIX.match(lead) is None


def _lead(line: LinkLine) -> str:
    """The line's words before its link's title ("WATCH |", "Next article:"), "" when the link opens it."""
    text = clean_text(line.element.get_text(" ", strip=True))
    return text[: max(text.find(line.title), 0)]


_CAPTION = re.compile(r"(?i:(?<![a-z])caption)(?![a-z])|(?<=[a-z])Caption(?![a-z])")  # also "videoCaption"
_MEDIA_TAGS = frozenset(
    {"video", "amp-video", "audio", "amp-audio", "iframe", "amp-youtube", "amp-iframe", "figure", "img", "picture"}
)


def _media_caption(element: Tag) -> bool:
    """A caption line right after the article's video, audio or figure ("<p class="caption"><a>Watch: the
    highlights</a>"): its link is the article's own media."""
    if element.name != "figcaption" and not _CAPTION.search(_names(element)):
        return False
    before = element.find_previous_sibling(True)
    return before is not None and before.name in _MEDIA_TAGS


_STORY_PARAGRAPHS = 3


def _next_story(article: Tag, container: Tag) -> bool:
    """An ``<article>`` that is a whole story (a headline and paragraphs) but neither holds the article's body
    (``container``) nor is held by it as its first: the next story of an endless scroll."""
    if any(node is article for node in container.parents) or article is container:
        return False
    if article.find(("h1", "h2")) is None or len(article.find_all("p", limit=_STORY_PARAGRAPHS)) < _STORY_PARAGRAPHS:
        return False
    return container.find("article") is not article


_PLAYER = re.compile(r"video|player|audio|podcast", re.IGNORECASE)


def _own_media(names: str) -> bool:
    """An element whose class and id (``names``) name a video or audio embed ("video-block", "videoEmbed",
    "media-player") and not related content: a link there is the article's own media ("Watch: …" its video page),
    not further reading."""
    return bool(_PLAYER.search(names)) and not RELATED_NAME.search(names)


_FEED_BOXES = frozenset({"section", "aside", "div", "ul", "ol", "nav", "table"})
_GRID_COLUMN = r"rail|col-(?:xs|sm|md|lg|xl)-[1-4]"
_GRID_SIDE = re.compile(rf"(?<![a-z])(?:{_GRID_COLUMN})(?![a-z0-9])", re.IGNORECASE)
"""A grid's side column or a right rail (not a box floated beside the text, "align-right")."""
_FEED_BOX_DEPTH = 5  # a feed's heading sits in one of the line's nearest boxes (li, ol, section, aside, a card's div)


def without_own_media(
    links: Sequence[tuple[str, str]], lines: Sequence[LinkLine], base: str | None, anchors: Sequence[Tag] = ()
) -> list[tuple[str, str]]:
    """``links`` without those the page also links from the caption of the article's video, audio or picture
    (``LinkLine.captions_media``) or from its player (one of ``anchors`` to a video or audio page in a box named as a
    player: "<div class="lrm-player"><a href="/video/...">Video abspielen</a>"): a "Related coverage" box listing the
    story's own video is no further reading."""
    own = set()
    hrefs = [line.anchor.get("href") for line in lines if line.captions_media]
    hrefs += [href for anchor in anchors if isinstance(href := anchor.get("href"), str) and _player_media(anchor, href)]
    for href in hrefs:
        url = absolute_url(href if isinstance(href, str) else None, base)
        if url is not None:
            own.add(url)
    return [link for link in links if link[0] not in own] if own else list(links)


_PLAYER_CLIMB = 2


def _player_media(anchor: Tag, href: str) -> bool:
    """A link to a video or audio page (``_VIDEO_PATH``) inside (up to two levels) a box whose class or id names a
    player (``_own_media``); not a story in a player's carousel."""
    if not _VIDEO_PATH.search(href) or not _VIDEO_PATH.search(urlsplit(href).path):
        return False
    node = anchor.parent
    for _ in range(_PLAYER_CLIMB):
        if not isinstance(node, Tag) or node.name in ("body", "article", "main"):
            return False
        if _own_media(_names(node)):
            return True
        node = node.parent
    return False


def line_links(
    lines: Sequence[LinkLine],
    container: Tag | None,
    base: str | None,
    page_url: str | None,
    feeds: Sequence[Tag] = (),
) -> list[tuple[str, str]]:
    """Links that stand alone on a line inside the article's container (not in a site feed ``feeds``), to another
    article of the same site."""
    links: list[tuple[str, str]] = []
    if container is None or page_url is None:
        return links
    site = registrable_domain(page_url)
    found: list[tuple[LinkLine, str]] = []
    every: list[tuple[LinkLine, str]] = []  # all the lines in the article, for the shape of its lists
    pages: list[LinkLine] = []  # the page's own cards: cards like them are a site feed
    headed: dict[int, bool] = {}
    for line in lines:
        if not any(node is container for node in line.ancestors):
            continue  # cheap first: most lines are outside the article
        href = line.anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, base)
        if url is None or not same_site(url, page_url):
            continue
        if _is_page(url, page_url):
            pages.append(line)
            url = ""
        elif (
            _article_like(url, page_url)
            and not _watch_line(line, url)
            and not _no_story_title(line.title)
            and not _author_link(line.anchor)
            and not _hidden(line.anchor)
            and not (site and site in line.title.lower())  # "Support example.de": the site's own appeal
            and _inside(line, container, feeds, headed)
        ):
            found.append((line, url))
        every.append((line, url))
    held = _held(every, container)
    dense = _dense(held)
    own = {_card(line, container, held) for line in pages} - {None}
    listing_page = {id(listed) for line in pages if (listed := _list_of(line)) is not None}
    for line, url in found:
        if any(id(node) in dense for node in _below(line, container)) or _card(line, container, held) in own:
            continue
        if listing_page and (listed := _list_of(line)) is not None and id(listed) in listing_page:
            continue  # a list that holds the page itself: a series or a feed, not this story's reading
        if all(url != known for known, _ in links):
            links.append((url, line.shown or _card_title(line.anchor, line.title)))
    return links if len(links) <= _MAX_LINE_LINKS else []


def _list_of(line: LinkLine) -> Tag | None:
    """The list (``<ul>``, ``<ol>``) the line is an item of, if any; for an item set straight in another element
    (markup that lost its ``<ul>``: ``<div><li>...</li><li>...</li></div>``), that element."""
    for node in (line.element, *line.ancestors[:_LIST_DEPTH]):
        if node.name in _LISTS:
            return node
        if node.name == "li" and isinstance(node.parent, Tag) and node.parent.name not in _LISTS:
            return node.parent
    return None


_LISTS = frozenset({"ul", "ol", "menu"})


_LIST_DEPTH = 3  # the line, its <li>, its list


def _below(line: LinkLine, container: Tag) -> list[Tag]:
    """The line's ancestors inside ``container``, nearest first."""
    nodes: list[Tag] = []
    for node in line.ancestors:
        if node is container:
            break
        nodes.append(node)
    return nodes


def _held(lines: Sequence[tuple[LinkLine, str]], container: Tag) -> dict[int, set[str]]:
    """For each element inside ``container`` (by id), the story URLs of the lines it holds ("" for the page)."""
    held: dict[int, set[str]] = {}
    for line, url in lines:
        for node in _below(line, container):
            held.setdefault(id(node), set()).add(url)
    return held


def _dense(held: dict[int, set[str]]) -> set[int]:
    """The elements inside the article's container holding more than ``_MAX_LINE_LINKS`` lines: a feed's list of
    cards (a playlist, a slider) the template put there; a line outside them, such as a card between the container's
    paragraphs, still counts."""
    return {node for node, urls in held.items() if len(urls) > _MAX_LINE_LINKS}


def _card(line: LinkLine, container: Tag, held: dict[int, set[str]]) -> tuple[str, str] | None:
    """The kind (tag, first class) of the outermost element holding only this line's story: its card."""
    card: Tag | None = None
    for node in _below(line, container):
        if len(held.get(id(node), ())) > 1:
            break
        card = node
    classes = card.get("class") if card is not None else None
    if card is None or not classes:
        return None
    return card.name, str(classes[0] if isinstance(classes, list) else classes.split()[0])


def related_links(
    boxes: Sequence[ReadingBox], container: Tag | None, base: str | None, page_url: str | None
) -> tuple[list[tuple[str, str]], list[Tag]]:
    """The (URL, title) links of the labelled boxes that belong to the article in ``container``, and the boxes
    found to be site feeds (their lines are no further reading either). Never raises."""
    links: list[tuple[str, str]] = []
    feeds: list[Tag] = []
    if container is None:
        return links, feeds
    first_article: dict[str, int] = {}  # a named box's kind -> the <article> its first one sits in
    kept: list[tuple[ReadingBox, list[tuple[str, str]]]] = []
    feed_boxes: set[int] = set()  # named boxes headed as feeds: a label inside one heads no list of the story's
    for box in boxes:
        if any(node.name == "article" and _next_story(node, container) for node in box.ancestors):
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
        if found and _belongs(box, container):
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
    kind = f"{box.label.name} {_names(box.label)}"
    return first_article.setdefault(kind, id(article)) != id(article)


# An unlabelled short list of the site's stories right after the article: what may stand between, and its shape.
_TRAILING_MIN = 2
_TRAILING_MAX = 6  # stories; more is a feed the template put there
_TRAILING_MAX_TARGETS = 8  # link targets of any kind in the list
_TRAILING_CLIMB = 2  # ancestors of the container whose later siblings are looked at
_TRAILING_STEPS = 6  # elements looked at after the container
_TRAILING_HEADING = 80  # a line without links this short before a list is its heading ("Mehr aus Berlin")
_SIDE = re.compile(
    rf"(?<![a-z])(?:{_GRID_COLUMN}|secondary|right|{_RIGHT}|a?side(?=$|\s|__|--))"
    r"(?!(?-i:[a-z0-9]))",
    re.IGNORECASE,
)
"""A side column's box (a sidebar widget, a right rail, also one named only "right", "side" or "aside", also ending
a hashed or BEM class: "ArticleLayout_side__n8BTe", "gn-layout__side", "ArticlePage-aside", not "l-side-margins";
in camel case: "secondaryContent", or in another language: "colonne-droite", "columna-derecha"; not a left one,
which may hold the story): after the article, but never its place."""
_CHROME_TAGS = ("nav", "aside", "footer", "form")
_ARIA_BOXES = ("section", "div", "ul", "ol")
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "link", "meta", "br", "hr", "img", "svg"})
_AD_WORDS = r"advertisement|anzeige|werbung|publicité|publicidad|pubblicità|reklama"
_AD_LINE = re.compile(rf"^\W*(?:{_AD_WORDS}|ad)\W*$", re.IGNORECASE)
_AD_CAPTION = re.compile(rf"^\W*(?:{_AD_WORDS})\b.{{0,60}}$", re.IGNORECASE)
"""An ad slot's caption, also a longer one ("Advertisement - Scroll to continue reading")."""
_NEIGHBOUR = re.compile(
    r"\b(?:prev(?:ious)?|next|older|newer|vorherige[rnms]?|nächste[rnms]?|voriger|zurück|précédent|suivant|"
    r"anterior|siguiente|precedente|successivo)\b",
    re.IGNORECASE,
)


@dataclass
class _Walk:
    """The way from the article's end to its list: text outside links passed, elements looked at, cards met."""

    text: int = 0
    steps: int = 0
    run: list[tuple[str, str]] = field(default_factory=list)

    def over(self) -> bool:
        return self.text > _MAX_BETWEEN_TEXT or self.steps > _TRAILING_STEPS


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
                if not isinstance(sibling, Tag) or sibling.name in _SKIPPED_TAGS or _hidden(sibling):
                    continue
                cards = _after_article(sibling, base, page_url, feeds, walk)
                if cards is not None:
                    walk.run.extend(link for link in cards if link not in walk.run)
                    if len(walk.run) > _TRAILING_MAX:
                        raise _Stop
                    continue
                if walk.run or walk.over():
                    raise _Stop
            if walk.run or parent.name == "body" or _excluded(parent):
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
    names = _names(element)
    if _article_footer(element) and element.find(_CHROME_TAGS) is None:
        walk.text += _unlinked_text(element)
        return None  # the article's own footer: its tags, author line, share buttons
    if (
        element.name in _STOP_TAGS
        or element.name == "aside"
        or _excluded(element)
        or FOOTER_NAME.search(names)
        or _COMMENTS.search(names)
        or _SIDE.search(names)
        or RELATED_NAME.search(names)  # a box named as related content: the named-box rule's
        or any(element is feed for feed in feeds)
        or element.name in _HEADINGS
        or _bare_heading(element)  # a box with a heading: labelled (the labelled rule's) or a feed's
        or _aria_named(element)  # named for screen readers: a related box (the named-box rule's) or a feed
        or element.find(_CHROME_TAGS) is not None  # a menu, a side box or a form wrapped in a plain box
    ):
        raise _Stop
    if _END_FURNITURE.search(names):
        return None  # the author box, share buttons, tags
    anchors = [anchor for anchor in element.find_all("a", href=True, limit=_MAX_BOX_ANCHORS) if not _hidden(anchor)]
    kinds = [_kind(anchor, base, page_url) for anchor in anchors]
    stories = {kind for kind, _ in kinds} & {"story", "other"}
    if "other" in stories:
        walk.text += _unlinked_text(element)
        return None  # other sites' stories: the article's sources
    if not stories:
        text = clean_text(element.get_text(" ", strip=True))
        if _text_heading(text) and not anchors:
            raise _Stop  # a heading written as a line of text ("Mehr aus Berlin") before a feed
        walk.text += _unlinked_text(element)  # tags, share buttons, section links: furniture
        return None
    return _trailing_list(element, anchors, kinds)


def _aria_named(element: Tag) -> bool:
    """A box named for screen readers (``aria-label``, ``aria-labelledby``), the element or one inside it."""
    if "aria-label" in element.attrs or "aria-labelledby" in element.attrs:
        return True
    boxes = _ARIA_BOXES
    return any(element.find(boxes, attrs={name: True}) is not None for name in ("aria-label", "aria-labelledby"))


def _text_heading(text: str) -> bool:
    """A short line without links that may head a list: no ad slot's caption, no date line ("Updated 12:30")."""
    return 0 < len(text) <= _TRAILING_HEADING and not _AD_LINE.match(text) and not any(char.isdigit() for char in text)


def _bare_heading(element: Tag) -> bool:
    """A heading in the element that is no card's headline: one without a link, outside any link (a heading element,
    or one named so: a table's "boxhead" cell)."""
    for heading in element.find_all(_is_heading, limit=12):
        if heading.find_parent("a") is None and (heading.find("a") is None or _feed_verdict(heading)):
            return True  # also a feed's heading written as its link ("<h2><a>More from Local News</a></h2>")
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
    if _is_page(url, page_url):
        return "page", url
    if not _article_like(url, page_url):
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
        if _runs_in_text(anchor):
            raise _Stop  # a link in running text: prose, not a list
        if _in_named_box(anchor, element):
            raise _Stop  # a feed, a side box or comments wrapped in a plain box
        story = url.split("#", 1)[0]
        first.setdefault(story, url)
        title = _title(anchor)
        headline = _MIN_LINE_TITLE <= len(title) <= _MAX_TITLE and len(title.split()) >= _MIN_LINE_WORDS
        if headline and len(title) > len(titles.get(story, "")):
            titles[story] = _card_title(anchor, title)
        else:
            titles.setdefault(story, "")
    if len(titles) > _TRAILING_MAX or not all(titles.values()):
        raise _Stop
    if _unlinked_text(element) > _MAX_CARD_TEXT * len(titles) or _NEIGHBOUR.search(_text_outside_links(element)):
        raise _Stop  # prose with links, or previous/next article
    return [(first[story], title) for story, title in titles.items()]


def _in_named_box(anchor: Tag, element: Tag) -> bool:
    """A box between ``element`` and the link named as a feed, chrome, a side column or comments."""
    for node in anchor.parents:
        if node is element:
            return False
        names = _names(node)
        if _excluded(node, names=names) or _CHROME.search(names) or _SIDE.search(names) or _COMMENTS.search(names):
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
    return bool(_NEIGHBOUR.search(opening[:40])) and len(opening.split()) <= 3


def _text_outside_links(element: Tag) -> str:
    return " ".join(str(string) for string in element.find_all(string=True) if string.find_parent("a") is None)


__all__ = [
    "NOT_STORY",
    "LinkLine",
    "ReadingBox",
    "line_links",
    "link_lines",
    "mark_styled_hidden",
    "named_boxes",
    "reading_boxes",
    "related_links",
    "trailing_links",
    "without_own_media",
]
