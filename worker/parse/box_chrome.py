"""Boxes that are never the article's own reading, by their class and id or their state: ads and recommendation
widgets, site feeds, comments, page chrome, side columns, hidden boxes, the next story of an endless scroll."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from worker.parse.boilerplate import hiding_class
from worker.parse.page_css import HIDING_DECLARATION
from worker.parse.reading_labels import RELATED_NAME, names_reading
from worker.parse.tree_search import sibling_tags, tags_named

# Boxes that are never the article's own reading: ads and recommendation widgets, site feeds, comments, chrome.
WIDGET = re.compile(
    r"outbrain|taboola|\bob-|\btrc_|zergnet|revcontent|plista|(?<![a-z])(?:linkwithin|nrelate|mgid|adblade)|sponsor|"
    r"(?<!node-)(?<!node--)promoted|advert|\bads?\b|partner",
    re.IGNORECASE,
)
NOT_OURS = re.compile(
    rf"{WIDGET.pattern}|"
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
CHROME = re.compile(rf"{_NOT_NEGATED}(?:footer|sidebar|widget-area|site-?map)", re.IGNORECASE)
_RIGHT = r"droite|derecha|destra|direita|rechts"
"""The word "right" in the other languages the parser reads, as a side column's name says it ("colonne-droite")."""
SIDEBAR = re.compile(
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
COMMENTS = re.compile(r"comment|disqus|respond|reply", re.IGNORECASE)
# The article's own end furniture: an author bio, share buttons, its tags; a box after them is still the article's.
END_FURNITURE = re.compile(r"author|\bbio\b|share|sharing|social|\btags?\b", re.IGNORECASE)
STOP_TAGS = frozenset({"footer", "nav", "form"})


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


def is_hidden(element: Tag) -> bool:
    attrs = element.attrs
    if "hidden" in attrs or _STYLED_HIDDEN in attrs or str(attrs.get("aria-hidden", "")).lower() == "true":
        return True
    style = attrs.get("style")
    classes = attrs.get("class")
    return (isinstance(style, str) and bool(HIDING_DECLARATION.search(style))) or (
        isinstance(classes, str) and hiding_class(classes)
    )


_HIDDEN_CLIMB = 6


def hidden_box(anchor: Tag) -> bool:
    """The link, or one of its nearest boxes, is hidden (a tabbed box's other panel, left for scripts to show)."""
    node: Tag | None = anchor
    for _ in range(_HIDDEN_CLIMB + 1):
        if node is None or node.name in ("body", "html"):
            return False
        if is_hidden(node):
            return True
        node = node.parent
    return False


def names_of(element: Tag) -> str:
    classes = element.get("class")
    label = str(classes or "")
    return f"{label} {element.get('id') or ''}"


def excluded(element: Tag, inside: bool = False, names: str | None = None, floated: bool = False) -> bool:
    """Whether ``element`` is chrome, a feed or hidden, not the article's (``inside``: within the article's
    container, where its own footer may hold its reading; ``floated``: set between the story's paragraphs)."""
    names = names_of(element) if names is None else names
    if is_hidden(element) or (element.name in STOP_TAGS and not _reading_nav(element, names)):
        return True
    side = SIDEBAR.search(names) or _RAIL.search(names)
    if side and element.name in ("aside", "div", "section") and not floated:
        return True  # a side column, also where the article's container takes in the whole page; not a box floated
        # between the story's paragraphs, whose "sidebar" name is its style
    if RELATED_NAME.search(names):  # a related box's paging or menu classes ("td_block_related_posts
        return bool(WIDGET.search(names) or (not inside and CHROME.search(names)))  # td_with_ajax_pagination")
    return bool(NOT_OURS.search(names) or (not inside and CHROME.search(names)))  # do not make it a feed


_STORY_PARAGRAPH_CHARS = 80  # a paragraph of the story, not a caption or a kicker
FLOAT_DEPTH = 3  # the box and its nearest ancestors


def floated_ids(element: Tag, ancestors: Sequence[Tag]) -> frozenset[int]:
    """The ids of the box and its nearest ancestors that stand between two of the story's paragraphs on the intact
    tree (a long ``<p>`` right before and after it) or inside one (the rest of the ``<p>`` is long): a box floated in
    the copy, not a side column."""
    return frozenset(id(node) for node in (element, *ancestors[:FLOAT_DEPTH]) if _between_paragraphs(node))


def _between_paragraphs(node: Tag) -> bool:
    parent = node.parent
    if isinstance(parent, Tag) and parent.name == "p":  # "<p><aside class=sidebar>…</aside>The story goes on…</p>"
        return len(parent.get_text()) - len(node.get_text()) >= _STORY_PARAGRAPH_CHARS
    sides = (sibling_tags(node, 1, after=False), sibling_tags(node, 1, after=True))  # the nearest elements
    return all(
        len(side) == 1 and side[0].name == "p" and len(side[0].get_text()) >= _STORY_PARAGRAPH_CHARS for side in sides
    )


def _reading_nav(element: Tag, names: str) -> bool:
    """A ``<nav>`` named or labelled for screen readers as further reading: the story's, not the site's menu."""
    aria = element.get("aria-label")
    return element.name == "nav" and names_reading(names, aria if isinstance(aria, str) else None)


_A = ("a",)


def unlinked_text(element: Tag) -> int:
    """The length of ``element``'s text outside its links."""
    linked = sum(len(anchor.get_text(" ", strip=True)) for anchor in tags_named(element, _A))
    return len(element.get_text(" ", strip=True)) - linked


_STORY_PARAGRAPHS = 3


def next_story(article: Tag, container: Tag) -> bool:
    """An ``<article>`` that is a whole story (a headline and paragraphs) but neither holds the article's body
    (``container``) nor is held by it as its first: the next story of an endless scroll."""
    if any(node is article for node in container.parents) or article is container:
        return False
    if article.find(("h1", "h2")) is None or len(article.find_all("p", limit=_STORY_PARAGRAPHS)) < _STORY_PARAGRAPHS:
        return False
    return container.find("article") is not article


FEED_BOXES = frozenset({"section", "aside", "div", "ul", "ol", "nav", "table"})
_GRID_COLUMN = r"(?:right|side)?rail|col-(?:xs|sm|md|lg|xl)-[1-4]"
GRID_SIDE = re.compile(rf"(?<![a-z])(?:{_GRID_COLUMN})(?![a-z0-9])", re.IGNORECASE)
"""A grid's side column or a right rail (not a box floated beside the text, "align-right")."""
SIDE = re.compile(
    rf"(?<![a-z])(?:{_GRID_COLUMN}|secondary|right|{_RIGHT}|a?side(?=$|\s|__|--))"
    r"(?!(?-i:[a-z0-9]))",
    re.IGNORECASE,
)
"""A side column's box (a sidebar widget, a right rail, also one named only "right", "side" or "aside", also ending
a hashed or BEM class: "ArticleLayout_side__n8BTe", "gn-layout__side", "ArticlePage-aside", not "l-side-margins";
in camel case: "secondaryContent", or in another language: "colonne-droite", "columna-derecha"; not a left one,
which may hold the story): after the article, but never its place."""


__all__ = [
    "CHROME",
    "COMMENTS",
    "END_FURNITURE",
    "FEED_BOXES",
    "FLOAT_DEPTH",
    "GRID_SIDE",
    "NOT_OURS",
    "SIDE",
    "SIDEBAR",
    "STOP_TAGS",
    "WIDGET",
    "excluded",
    "floated_ids",
    "hidden_box",
    "is_hidden",
    "mark_styled_hidden",
    "names_of",
    "next_story",
    "unlinked_text",
]
