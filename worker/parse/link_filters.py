"""Tests that set one link aside as no story to read: a tag's, an author's or a paid link, a photo credit, a link
in an external-links section or in running text, words naming a topic's hub or the story's own media."""

from __future__ import annotations

import re
from itertools import islice

from bs4 import Tag
from bs4.element import NavigableString

from worker.lexicon.text import clean_text
from worker.parse.box_chrome import names_of
from worker.parse.feed_headings import is_heading

_CREDIT_CLASS = re.compile(r"credit|copyright|caption", re.IGNORECASE)
_CREDIT_DEPTH = 2
_CREDIT_LINE = 100
"""A line opening with "©" this short is a photo's credit; a longer one is a card's text after its picture's credit
("© dpa" before the card's kicker and headline, all in one element)."""
MARKERS = " »›>→▶►•·-–—:|"
INLINE = frozenset({"span", "strong", "b", "em", "i", "u", "small", "mark"})


_EXTERNAL_HEADING = re.compile(
    r"^\W*(?:related\s+)?(?:external|internet|outside|other|web)\s*(?:links|sites|websites|resources)\W*$|"
    r"^\W*(?:weblinks|externe links|liens externes|enlaces externos|collegamenti esterni)\W*$",
    re.IGNORECASE,
)
_SECTION_CLIMB = 3


def external_section(anchor: Tag) -> bool:
    """The link stands in a part of a box headed as links to other websites ("<h4>External Links</h4><dl>…",
    "Related Internet links"): resources to visit, not further reading of stories."""
    node = anchor.parent
    for _ in range(_SECTION_CLIMB):
        if not isinstance(node, Tag) or node.name in ("body", "html"):
            return False
        heading = next((child for child in node.find_all(True, recursive=False) if is_heading(child)), None)
        if heading is not None:
            return bool(_EXTERNAL_HEADING.match(clean_text(heading.get_text(" ", strip=True))))
        node = node.parent
    return False


_HUB_LABEL = re.compile(
    r"^\W*(?:full|complete|all (?:of )?(?:our|the)|more of our|our full)\b(?: [\w'’-]+){0,4} coverage\b|"
    r"^\W*(?:alle artikel zum thema|toute l['’]actualité|toda la información|tutte le notizie)\b",
    re.IGNORECASE,
)
"""A link to a topic's hub page, as its words name it ("Full coverage: Illinois primary 2024", "All our EU referendum
coverage", "Alle Artikel zum Thema"): a list of stories, not one."""


def no_story_title(title: str) -> bool:
    """A link's words that name no story: a topic's hub (``_HUB_LABEL``) or the story's own pictures or video
    (``_MEDIA_INVITE``)."""
    return bool(_HUB_LABEL.match(title) or _MEDIA_INVITE.match(title))


def tag_link(anchor: Tag) -> bool:
    """A link to a tag's page (``rel="tag"``): the story's keywords, listed in or under its related box."""
    rel = anchor.get("rel")
    return bool(rel) and "tag" in (rel if isinstance(rel, list) else str(rel).split())


_AUTHOR = re.compile(r"(?<![a-z])(?:author|byline|vcard|fn)(?![a-z])", re.IGNORECASE)


def author_link(anchor: Tag) -> bool:
    """A card's link to its author ("par <span class="author"><a class="url fn">Jane Doe</a></span>", ``rel=author``):
    no story, whatever its address looks like."""
    rel = anchor.get("rel")
    if rel and "author" in str(rel).lower():
        return True
    parent = anchor.parent
    inline = names_of(parent) if isinstance(parent, Tag) and parent.name in INLINE else ""
    return bool(_AUTHOR.search(f"{names_of(anchor)} {inline}"))


def sponsored(anchor: Tag) -> bool:
    """A paid link among the stories: ``rel="sponsored"``, an item named as paid ("<li class=sponsored-item>"), or an
    item marked so in its own words ("<span>Sponsored</span>", "<span class=label>Partner content</span>")."""
    rel = anchor.get("rel")
    if rel and "sponsored" in str(rel).lower():
        return True
    node: Tag | None = anchor
    for _ in range(_ITEM_DEPTH):
        if node is None or node.name in _LIST_BOXES or (node is not anchor and _holds_other_links(node, anchor)):
            return False  # the list, or a wrapper of several items: what marks one of them is not this link's
        if _PAID_NAME.search(names_of(node)) or any(
            _PAID_MARK.match(str(string)) for string in islice(node.strings, _ITEM_STRINGS)
        ):
            return True
        node = node.parent if isinstance(node.parent, Tag) else None
    return False


def _holds_other_links(node: Tag, anchor: Tag) -> bool:
    href = anchor.get("href")
    return any(other.get("href") != href for other in node.find_all("a", href=True, limit=_ITEM_LINKS))


_ITEM_LINKS = 4
_ITEM_DEPTH = 3  # the link, its card or list item and that item's wrapper: not the box that lists them
_ITEM_STRINGS = 12
_LIST_BOXES = frozenset({"ul", "ol", "section", "aside", "nav", "body"})
_PAID_NAME = re.compile(
    r"sponsor|(?<!node-)(?<!node--)promoted|paid[-_]?(?:post|content|link)|partner[-_]?(?:content|post|story)|"
    r"advertorial",
    re.IGNORECASE,
)
_PAID_MARK = re.compile(
    r"^\W*(?:sponsored(?: content| post| story)?|promoted|paid (?:post|content)|partner content|advertorial|anzeige|"
    r"werbung|publicidad|contenido patrocinado|patrocinado|sponsoris[ée]e?|contenu sponsoris[ée]|publi-?reportage)\W*$",
    re.IGNORECASE,
)


def in_credit(anchor: Tag) -> bool:
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
        if node.name == "figcaption" or _CREDIT_CLASS.search(names_of(node)):
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


def runs_in_text(line: Tag) -> bool:
    """A link with words right before or after it in its element (a ``<div>`` of prose): running text, not a line
    of its own, which a ``<br>``, another element or the element's edge bounds on both sides."""
    for sibling in (line.previous_sibling, line.next_sibling):
        if type(sibling) is NavigableString and sibling.strip(MARKERS + "\n\t\xa0"):
            return True
    return False


_MEDIA_INVITE = re.compile(
    r"^\W*(?:see|view|browse|watch|look at)\s+(?:more\s+|all\s+|the\s+(?:full\s+)?)?"
    r"(?:photos?|pictures?|images|videos?|gallery|slideshow|report)\b",
    re.IGNORECASE,
)
"""A link's text inviting to the story's own pictures or video ("See more photos from this story", "See more pictures
of this eruption", "Watch the full report"): its media, not a story to read."""


__all__ = [
    "INLINE",
    "MARKERS",
    "author_link",
    "external_section",
    "in_credit",
    "no_story_title",
    "runs_in_text",
    "sponsored",
    "tag_link",
]
