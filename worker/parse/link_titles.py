"""A see-also link's title as the labelling rule writes it: the headline, without what a link or its card holds
around it (a kicker, a label, a date, arrows and bullets)."""

from __future__ import annotations

import re
from typing import Final

from bs4 import Tag

from worker.lexicon.text import MONTH_NAMES, clean_text
from worker.parse.reading_labels import LABEL_LEAD
from worker.parse.tree_search import first_tag, first_with_class, links_in

MIN_TITLE: Final[int] = 12
"""A link text shorter than this titles no story; no cut leaves a title shorter."""
LABEL_PREFIX: Final[re.Pattern[str]] = re.compile(rf"^{LABEL_LEAD}\s*", re.IGNORECASE)
"""A further-reading label opening a link's line ("Lire aussi le décryptage | <a>") or its text: not its title."""

_TITLE_MARKS = re.compile(r"^[\s»›→▶►•·>|]+|[\s»›→▶►•·>|]+$")
_OPENING_QUOTES = "«‹"
_EDGE_DATE = re.compile(
    rf"^(?:\d{{1,2}}\.\d{{1,2}}\.(?:\d{{4}}|\d{{2}})|\d{{4}}-\d{{2}}-\d{{2}}|"
    rf"\d{{1,2}}\.?\s+(?:{MONTH_NAMES})\.?(?:\s+\d{{4}})?)\s+(?=[^\W_])",
    re.IGNORECASE,
)
"""A date opening a link's text, before its headline ("04.04.2024 ", "16 maggio "; not a month alone: "May 2023 BTO
launch" is a headline)."""
DATE_CLASS: Final[re.Pattern[str]] = re.compile(
    r"(?<![a-z])(?:date|time|timestamp|dateline|pubdate)(?![a-z])", re.IGNORECASE
)
"""A class naming a card's date ("date", "pubdate", "entry-time")."""
_KICKER_CLASS = re.compile(
    r"kicker|overline|topline|dachzeile|eyebrow|roofline|supertitle|pre-?title|(?<![a-z])flag(?![a-z])", re.IGNORECASE
)
"""A class naming the line over a card's headline ("ts-overline", "dcr-kicker", "teaser__topline")."""
_BOLD = frozenset({"b", "strong"})
_LEAD_TAGS = frozenset({"span", "small", *_BOLD})
_SEPARATORS = ("|", ":", "–", "—", "-", "/", "•", "·")
_TIME = frozenset({"time"})
_MAX_LEAD_CHARS = 40
_UNWRAP = 3
_CARD_CLIMB = 2
MAX_CARD_ANCHORS: Final[int] = 6
"""A card carries at most this many links (image, kicker, headline, "more", comments)."""
_MIN_NAMED_WORDS = 3


def tidy_title(anchor: Tag, title: str) -> str:
    """``title`` (the text read for ``anchor``) without what the labels leave out around a headline, each cut only
    when ``MIN_TITLE`` characters remain:

    - the text's opening when the link or its card names the rest in ``aria-label`` or ``title`` (a kicker or a
      date: "Containerumschlag Hamburg verliert ..." → "Hamburg verliert ..."), and a card read as its kicker
      heading takes the headline such an attribute writes after the kicker ("Kicker: Headline");
    - else, of the link's whole text, a kicker: an element named so ("ts-overline") or a short ``<span>`` opening
      the link before a capitalised headline ("<span>Reportage</span> Herdenschutzhunde: ...");
    - a further-reading label opening it ("RELATED: ", "LEIA TAMBÉM | ");
    - arrows and bullets at either end ("» ", " ›"; not a quote's guillemets: "«Jede ...»");
    - a date opening it ("04.04.2024 ") or a date element of the link closing it ("... cable fault 14 August 2017").
    """
    title = _attribute_headline(anchor, title) or _without_kicker(anchor, title)
    for tidy in (_without_label, _without_marks, _without_leading_date):
        cut = tidy(title)
        title = cut if len(cut) >= MIN_TITLE else title
    cut = _without_date_element(anchor, title)
    return cut if len(cut) >= MIN_TITLE else title


def _without_label(title: str) -> str:
    return LABEL_PREFIX.sub("", title)


def _without_leading_date(title: str) -> str:
    return _EDGE_DATE.sub("", title)


def _without_marks(title: str) -> str:
    if any(quote in title for quote in _OPENING_QUOTES):
        return title  # "«Jede industrielle Pelztierhaltung ist Tierquälerei»": the closing mark is a quote's
    return _TITLE_MARKS.sub("", title)


def _without_kicker(anchor: Tag, title: str) -> str:
    """``title``, the link's whole text, without the kicker that opens it: an element of the link named as one, or
    a short ``<span>``/``<small>`` first in the link before a capitalised rest of more words (a ``<b>``/``<strong>``
    one only before a separator: "<b>Politics</b> | Council ..."). A title read from the
    card's heading is left whole ("NHS England to be abolished" under a kicker "NHS")."""
    if anchor.string is not None or title != clean_text(anchor.get_text(" ", strip=True)):
        return title
    named = first_with_class(anchor, _KICKER_CLASS)
    kicker = named or _lead_element(anchor)
    text = clean_text(kicker.get_text(" ", strip=True)) if kicker is not None else ""
    if not text or (named is None and len(text) > _MAX_LEAD_CHARS) or not title.startswith(f"{text} "):
        return title
    after = title[len(text) :]
    if named is None and kicker is not None and kicker.name in _BOLD and not after.lstrip().startswith(_SEPARATORS):
        return title  # "<b>Trump</b> Says ...": a headline's first word set in bold, not a kicker ("<b>Politics</b> |")
    rest = after.lstrip(" :|–—-")
    if (
        len(rest) < MIN_TITLE
        or len(rest.split()) <= len(text.split())
        or not (rest[:1].isupper() or rest[:1].isdigit())
    ):
        return title
    return rest


def _lead_element(anchor: Tag) -> Tag | None:
    """The link's first child with text, past its image and into a wrapper holding all its text, when it is a
    ``<span>`` or ``<small>`` and text follows it ("<a><img><span class="capsule">Read more</span><div>Headline</div>
    </a>", "<a><span class="post-title"><small>Kicker</small><br>Headline</span></a>")."""
    node = anchor
    for _ in range(_UNWRAP):
        lead = _first_with_text(node)
        if lead is None:
            return None
        if lead.next_sibling is not None and (str(lead.next_sibling).strip() or lead.find_next_sibling() is not None):
            return lead if lead.name in _LEAD_TAGS else None
        node = lead  # the only child with text: a wrapper of the link's parts
    return None


def _first_with_text(node: Tag) -> Tag | None:
    for child in node.children:
        if isinstance(child, Tag):
            if child.get_text(strip=True):
                return child
            continue  # an image, an icon, a line break
        if str(child).strip():
            return None  # text first: no element leads
    return None


def _without_date_element(anchor: Tag, title: str) -> str:
    """``title`` without the text of a date element of the link (``<time>``, class "date") that ends it."""
    if anchor.string is not None:
        return title
    for tag in (first_tag(anchor, _TIME), first_with_class(anchor, DATE_CLASS)):
        text = clean_text(tag.get_text(" ", strip=True)) if isinstance(tag, Tag) else ""
        if text and title.endswith(f" {text}"):
            return title[: -len(text)].rstrip(" ,|–—-")
    return title


def _attribute_headline(anchor: Tag, title: str) -> str:
    """The headline the link, or the card it is the only story link of, names in its ``aria-label`` or ``title``
    attribute, when ``title`` holds it after something else (a kicker or a date; what starts ``title`` may be a
    name's alt text or an attribute cut short at a quote: "Lucid liefert seine ersten "); else ""."""
    node: Tag | None = anchor
    for _ in range(_CARD_CLIMB + 1):
        if node is None:
            return ""
        for attribute in ("aria-label", "title"):
            value = node.get(attribute)
            named = clean_text(value) if isinstance(value, str) else ""
            rest = _after_kicker(named, title)
            if rest and rest in clean_text(node.get_text(" ", strip=True)):
                named = rest  # "Kicker: Headline" over a card whose text was read as its kicker ("<h3>Kicker</h3>")
            elif len(named) < MIN_TITLE or len(named.split()) < _MIN_NAMED_WORDS or title.find(named) <= 0:
                continue
            return named if node is anchor or _one_story(node, anchor) else ""  # the headline after a kicker
        node = node.parent if isinstance(node.parent, Tag) else None
    return ""


_KICKER_JOIN = re.compile(r"\s*[:|–—-]\s+")


def _after_kicker(named: str, title: str) -> str:
    """What ``named`` (an attribute) writes after ``title`` and a colon or dash, when ``title`` is its kicker
    ("Widerrufs-Joker nutzen: Wie Sie Ihren Diesel ... loswerden können" for a title "Widerrufs-Joker nutzen")."""
    if not named.startswith(title) or len(named) <= len(title):
        return ""
    join = _KICKER_JOIN.match(named, len(title))
    rest = named[join.end() :] if join is not None else ""
    return rest if len(rest) >= MIN_TITLE and len(rest.split()) >= _MIN_NAMED_WORDS else ""


def _one_story(card: Tag, anchor: Tag) -> bool:
    """Whether ``card`` links only to ``anchor``'s story (its "#comments" link is the same story): a card, not a box
    of several stories."""
    story = str(anchor.get("href")).split("#", 1)[0]
    links = links_in(card, MAX_CARD_ANCHORS + 1)
    return len(links) <= MAX_CARD_ANCHORS and all(str(link.get("href")).split("#", 1)[0] == story for link in links)


__all__ = ["DATE_CLASS", "LABEL_PREFIX", "MAX_CARD_ANCHORS", "MIN_TITLE", "tidy_title"]
