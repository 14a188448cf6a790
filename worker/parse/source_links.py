"""Links to the original a republished story gives: a closing "Quelle: / Source: <a>X</a>" line, a link standing
alone whose text only says it leads to the original ("Source link", "Zum Originalartikel"), and a reposted
story's headline linking the story it reposts beside a credit naming its publisher."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from worker.lexicon.agencies import SOURCE_WORDS, outlet_name, outlet_of_domain
from worker.lexicon.domains import absolute_url, host_of, registrable_domain, unarchived
from worker.lexicon.text import clean_text, compact_key
from worker.parse.citations import is_outlet
from worker.parse.note_patterns import MAX_NOTE_CHARS
from worker.parse.origin_markup import OriginFinding, is_story_url, same_brand
from worker.parse.tree_search import ancestor_named

SOURCE_LINE = re.compile(  # also after a translator's credit: "Übersetzung: Jane Doe. Original: <a>X</a>"
    rf"^(?:[^:]{{0,120}}?[.;]\s+)?\W{{0,3}}(?:{SOURCE_WORDS}|via|"
    r"original|original(?:-?artikel|beitrag|text)|"
    r"original\s+(?:article|story))\s*[:：]\s*\S",
    re.IGNORECASE,
)
_SOURCE_ANCHOR = re.compile(
    r"^\W{0,3}(?:source(?:\s+link)?|original\s+(?:article|story|post|source)|read\s+(?:the\s+)?original(?:\s+article)?|"
    r"zum\s+original(?:artikel)?|originalartikel|link\s+(?:to\s+(?:the\s+)?original|zum\s+original)|"
    r"view\s+original\s+post|hier\s+geht['’]?s?\s+(?:es\s+)?zum\s+original(?:artikel)?)\W{0,3}$",
    re.IGNORECASE,
)
_LINK_CONTEXT = frozenset({"nav", "footer", "aside", "header", "li", "figure", "figcaption", "button"})
INLINE = frozenset({"em", "i", "strong", "b", "span", "small", "a", "font", "u", "sup", "sub", "mark", "cite"})


def source_link_in_page(anchors: Sequence[Tag], page_url: str | None) -> OriginFinding | None:
    """A link standing alone on its line whose text only says it leads to the original ("Source link", "Original
    article", "Zum Originalartikel"), to another publisher's page: the origin is that page's site (named by the
    assembler), or a reblog's "View original post 213 more words". Not in navigation, a footer, a sidebar, a list
    item or a figure."""
    for anchor in anchors:
        string = anchor.string  # one text child: such a link has no markup inside (cheap on pages of 600 links)
        if string is None or len(string) > _MAX_SOURCE_ANCHOR or not _SOURCE_ANCHOR.match(string.strip()):
            continue
        text = clean_text(str(string))
        line = anchor.parent
        while line is not None and line.name in INLINE:
            line = line.parent
        if line is None or _MORE_WORDS.sub("", clean_text(line.get_text(" "))) != text:
            continue
        if any(parent.name in _LINK_CONTEXT for parent in (line, *line.parents)):
            continue
        href = anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, page_url)
        if url is None or page_url is None or same_brand(url, page_url):
            continue
        domain = registrable_domain(url)
        if domain:
            return OriginFinding(domain, text, url)
    return None


_MAX_SOURCE_ANCHOR = 40
_MAX_CREDIT_WORDS = 5


def headline_source_in_page(
    headings: Sequence[Tag], anchors: Sequence[Tag], page_url: str | None
) -> OriginFinding | None:
    """A reposted story: its headline (one of the page's ``<h1>``, ``headings``) links another publisher's story,
    and a short credit links the same story by the publisher's name ("Max Blumenthal<br><a href=…>The
    Grayzone</a>" under "<h1><a href=…>Headline</a></h1>"). A headline linking elsewhere without such a credit (a
    link post commenting on another story) names nothing."""
    if page_url is None:
        return None
    stories = {
        story
        for heading in headings
        for link in heading.find_all("a", href=True)
        if (story := _story_of(link, page_url)) and not same_brand(story, page_url) and is_story_url(story)
    }
    if not stories:
        return None  # the common case: no anchor is looked at
    for anchor in anchors:
        story = _story_of(anchor, page_url)
        if story not in stories or ancestor_named(anchor, ("h1",)) is not None:
            continue
        text = clean_text(anchor.get_text(" "))
        if text and len(text) <= _MAX_SOURCE_ANCHOR and len(text.split()) <= _MAX_CREDIT_WORDS:
            return OriginFinding(text, text, story)
    return None


def _story_of(anchor: Tag, page_url: str) -> str | None:
    """The absolute address a link leads to, without its fragment."""
    href = anchor.get("href")
    url = absolute_url(href if isinstance(href, str) else None, page_url)
    return url.split("#", 1)[0] if url else None


_MORE_WORDS = re.compile(r"\s+\d+\s+more\s+words$")  # a reblog's "View original post 213 more words"


def source_link(element: Tag, text: str, index: int | None, page_url: str | None) -> OriginFinding | None:
    """A closing "Quelle: / Source: <a>X</a>" line linking a news outlet on another site (a translation's original)."""
    if len(text) > MAX_NOTE_CHARS or not SOURCE_LINE.match(text):
        return None
    statement = text
    for anchor in element.find_all("a", href=True, limit=3):
        href = anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, page_url)
        if url is None or same_brand(url, page_url):
            continue
        text = clean_text(anchor.get_text(" ", strip=True))
        name = outlet_name(text) or (text if is_outlet(text) else None) or outlet_of_domain(host_of(url))
        head = text.split(",", 1)[0].strip()  # "<a>La Gazette des Ruchers, «Title», 2 de abril</a>": the name first
        if name is None and _names_its_site(head, url) and is_story_url(unarchived(url) or url, statement):
            name = head  # "Source: <a href="https://news.mongabay.com/2024/02/...">Mongabay</a>": a story of its site
        if name:
            return OriginFinding(name, statement, url, index)
        if _links_an_original_article(statement, text, url):
            return OriginFinding(registrable_domain(unarchived(url)) or url, statement, url, index)
    return None


def _names_its_site(text: str, url: str) -> bool:
    """Whether a link's text is the name of the site it links to, written out ("Mongabay" for mongabay.com, "Grist"
    for grist.org, "La Gazette des Ruchers" for gazettedesruchers.fr, "Nerikes Allehanda" for na.se): a capitalised
    name whose letters, a leading article aside, or whose words' initials are the domain's first label."""
    domain = registrable_domain(unarchived(url) or url)
    if not (text[:1].isupper() and domain):
        return False
    label = compact_key(domain.split(".", 1)[0])
    bare = _LEADING_ARTICLE.sub("", text)
    words = bare.split()
    initials = compact_key("".join(word[0] for word in words)) if len(words) > 1 else ""  # "Nerikes Allehanda": na.se
    return label in (compact_key(text), compact_key(bare), initials)


_LEADING_ARTICLE = re.compile(r"^(?:the|la|le|les|el|los|las|il|lo|der|die|das|de|het|o|a)\s+", re.IGNORECASE)
"""An article a name may open with that its domain leaves out ("La Gazette des Ruchers" on gazettedesruchers.fr)."""


_MIN_HEADLINE_WORDS = 4
_MIN_LINK_SHARE = 0.6


def _links_an_original_article(statement: str, anchor_text: str, url: str) -> bool:
    """Whether a "Quelle: / Source:" line is only a link to another site's story, written as its URL or its
    headline (a name there is an organisation, judged by the outlet tests): the story this one translates or
    retells. Not a press release, a study, a document, a forum thread or a social post."""
    label = SOURCE_LINE.match(statement)
    rest = statement[label.end() - 1 :] if label else statement
    if not anchor_text or len(anchor_text) < _MIN_LINK_SHARE * len(rest):
        return False
    as_url = anchor_text.casefold().startswith(("http", "www."))
    if not as_url and len(anchor_text.split()) < _MIN_HEADLINE_WORDS:
        return False
    return is_story_url(unarchived(url) or url, statement)


__all__ = [
    "INLINE",
    "SOURCE_LINE",
    "headline_source_in_page",
    "source_link",
    "source_link_in_page",
]
