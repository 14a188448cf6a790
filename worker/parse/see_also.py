"""Further-reading links the article itself gives ("SEE ALSO: ...", "Read more: ...", a "Related" list)."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bs4 import Tag
from bs4.element import NavigableString

from worker.lexicon.domains import absolute_url, same_site
from worker.lexicon.text import clean_text
from worker.parse.link_titles import tidy_title
from worker.parse.reading_labels import LABEL_LEAD, LABEL_ONLY, LABELS, MAX_LABEL_CHARS
from worker.parse.story_urls import NOT_STORY

if TYPE_CHECKING:
    from worker.parse.body import Block

_LABELLED = re.compile(rf"^{LABEL_LEAD}\s*(?P<rest>\S.*)$", re.IGNORECASE)
"""A label and its link on one line: "SEE ALSO: <a>", "Lire aussi | <a>", "Lire aussi le décryptage | <a>"."""
_GENERIC_TITLE = re.compile(
    r"^\W*(?:read more|more|learn more|continue reading|click here|here|mehr|mehr lesen|mehr erfahren|weiterlesen|"
    r"hier|lire la suite|en savoir plus|leggi di più|leer más|ver más|link)\W*$",
    re.IGNORECASE,
)
_POINTER = rf"\(\s*(?:{LABELS}|see|read|watch|siehe|lire|voir|lea|vea)\b"


@functools.cache
def _aside() -> re.Pattern[str]:
    """A link that is a parenthesised pointer of its own closing a paragraph: "(See pictures of the spill.)", "(Read
    more about the ruling)". Compiled the first time a link opens with "(" in a block ``_ASIDE_OPENING`` finds a
    pointer in (on 1 of 302 labelled pages), not at import: 8 ms."""
    return re.compile(rf"^{_POINTER}[^()]{{6,}}\)\W{{0,2}}$", re.IGNORECASE)


_ASIDE_OPENING = re.compile(_POINTER, re.IGNORECASE)
"""Where a block's text opens such a pointer: the cheap test before its links are looked at."""
_MAX_LIST_LINKS = 10
_LOOKAHEAD_BLOCKS = 12
_MENU_WORDS = 2  # a label's line of several links this short each is a menu of sections
_MIN_LINKED_REST = 0.8  # a label's line whose rest is this much link text gives all its links


@dataclass(frozen=True)
class SeeAlso:
    """The further-reading links found, and the indexes of the body blocks that carried them."""

    links: list[tuple[str, str]] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)


def _link_of(element: Tag, text: str, base: str | None) -> tuple[str, str] | None:
    """The article link in ``element`` whose text occurs in ``text``, as (absolute URL, title)."""
    anchors = [element] if element.name == "a" else element.find_all("a", href=True, limit=5)
    for anchor in anchors:
        title = clean_text(anchor.get_text(" ", strip=True))
        labelled = _LABELLED.match(title)  # "<a>LEE TAMBIÉN: Headline</a>": the label inside the link
        title = tidy_title(anchor, labelled.group("rest") if labelled else title)
        href = anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, base)
        if url and title and title in text and _story(url) and not _GENERIC_TITLE.match(title):
            return url, title
    return None


def _story(url: str) -> bool:
    """No tag, section or share page, nor a site's home page ("The <a>Lahn Trust</a> runs an archive")."""
    return not NOT_STORY.search(url) and bool(urlsplit(url).path.strip("/"))


def _links_of_line(element: Tag, rest: str, base: str | None) -> list[tuple[str, str]]:
    """The links after a label on its line: all of them when the rest is links, one per line ("Zum Thema:<br>
    <a>A</a><br><a>B</a>"), else the first whose text occurs in ``rest``."""
    found: list[tuple[str, str]] = []
    linked = 0
    for anchor in element.find_all("a", href=True, limit=_MAX_LIST_LINKS):
        link = _link_of(anchor, rest, base)
        if link and link not in found:
            found.append(link)
            linked += len(link[1])
    if len(found) > 1 and linked < _MIN_LINKED_REST * len(rest):
        return found[:1]  # a sentence with links in it: only the first is the label's
    return found


def _menu(element: Tag) -> bool:
    """A label's line of several links, each a name of a word or two: a menu of the site's sections."""
    anchors = element.find_all("a", href=True, limit=_MAX_LIST_LINKS)
    return len(anchors) > 1 and all(len(anchor.get_text(" ", strip=True).split()) <= _MENU_WORDS for anchor in anchors)


def _label_line(element: Tag) -> str | None:
    """The text after a label that ends its own line ("Siehe auch<br><a>...</a>"), if the element starts so."""
    before: list[str] = []
    for node in element.descendants:
        if isinstance(node, Tag):
            if node.name == "br":
                break
            if node.name == "a":
                return None  # a link before any line break: no label line
        elif isinstance(node, NavigableString):
            before.append(str(node))
            if sum(map(len, before)) > MAX_LABEL_CHARS:
                return None  # a long first line: no label
    else:
        return None
    label = clean_text(" ".join(before))
    if not label or not LABEL_ONLY.match(label):
        return None
    rest = clean_text(element.get_text(" ", strip=True))[len(label) :].strip()
    return rest or None


def _list_after(element: Tag, base: str | None) -> list[tuple[str, str]]:
    """Links of the list that follows a "Related" label element in the tree."""
    found: list[tuple[str, str]] = []
    following = element.find_next_sibling(["ul", "ol", "div"])
    if not isinstance(following, Tag):
        return found
    for anchor in following.find_all("a", href=True, limit=_MAX_LIST_LINKS):
        link = _link_of(anchor, clean_text(anchor.get_text(" ", strip=True)), base)
        if link and link not in found:
            found.append(link)
    return found


def extract_see_also(blocks: Sequence[Block], base: str | None) -> SeeAlso:
    """Find further-reading links among the article's blocks.

    A block "LABEL: <a>title</a>" (SEE ALSO, Read more, Related, Lesen Sie auch, ...) gives one link; a block that is
    only such a label claims the links of the list right after it. Links to tag/category/author pages and share
    links are not further reading. URLs are made absolute against ``base``. Never raises on odd markup.
    """
    links: list[tuple[str, str]] = []
    claimed: set[int] = set()
    for index, block in enumerate(blocks):
        labelled = _LABELLED.match(block.text)
        rest = labelled.group("rest") if labelled else _label_line(block.element)
        if rest:
            if _menu(block.element):
                claimed.add(index)  # "More: <a>Blogs</a> | <a>Special Reports</a> | <a>Video</a>": the site's menu
                continue
            found = _links_of_line(block.element, rest, base)
            if found:
                claimed.add(index)
                links.extend(link for link in found if link not in links)
            continue
        if LABEL_ONLY.match(block.text):
            claimed.add(index)
            claimed.update(_claim_link_blocks(blocks, index, base, links))
            for link in _list_after(block.element, base):
                if link not in links:
                    links.append(link)
        elif "(" in block.text and _ASIDE_OPENING.search(block.text):
            links.extend(link for link in _aside_links(block.element, base) if link not in links)
        elif (pointer := _COVERAGE_POINTER.match(block.text)) is not None:  # "(For related coverage, see <a>…</a>)"
            claimed.add(index)
            links.extend(link for link in _links_of_line(block.element, pointer["rest"], base) if link not in links)
        elif block.text.endswith("]"):
            bracketed = _bracketed_link(block, base)
            if bracketed is not None and bracketed not in links:
                links.append(bracketed)
    return SeeAlso(links, claimed)


_COVERAGE_POINTER = re.compile(
    r"^\(\s*for (?:related|more|other) (?:coverage|news|stories|reports?)(?: on [^,()]{1,60})?,?\s+(?:see|click)\s+"
    r"(?P<rest>[^()]{6,})\)\W{0,2}$",
    re.IGNORECASE,
)
"""A wire's pointer line of its own to its related coverage: "(For related coverage, see <a>Headline</a>)"."""
_BRACKETED_END = re.compile(r"\[\s*(?P<title>[^\[\]]+?)\s*\]$")
_MIN_BRACKETED_WORDS = 4


def _bracketed_link(block: Block, base: str | None) -> tuple[str, str] | None:
    """A link that closes its paragraph in square brackets, all of it linked and headline-like ("... is just a rock.
    [<a>'Mars Rat' Photographed by Curiosity Rover (Video)</a>]"): the story's further reading set in its text; not a
    note or a citation ("[1]", "[PDF]", "[link]")."""
    found = _BRACKETED_END.search(block.text)
    if found is None or len(found["title"].split()) < _MIN_BRACKETED_WORDS:
        return None
    anchors = block.element.find_all("a", href=True, limit=_MAX_LIST_LINKS)
    last = anchors[-1] if anchors else None
    if last is None or clean_text(last.get_text(" ", strip=True)) != found["title"]:
        return None
    return _link_of(last, found["title"], base)


def _aside_links(element: Tag, base: str | None) -> list[tuple[str, str]]:
    """The links of ``element`` that are parenthesised pointers of their own ("<a>(See pictures of the spill.)</a>")
    to a story on the same site as ``base``: the story's further reading set inside its text."""
    found: list[tuple[str, str]] = []
    for anchor in element.find_all("a", href=True, limit=_MAX_LIST_LINKS):
        text = clean_text(anchor.get_text(" ", strip=True))
        if not text.startswith("(") or not _aside().match(text):
            continue
        href = anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, base)
        if url and base and same_site(url, base) and _story(url):
            found.append((url, text))
    return found


def _claim_link_blocks(
    blocks: Sequence[Block], label_index: int, base: str | None, links: list[tuple[str, str]]
) -> set[int]:
    """Claim the blocks right after a label that are each one link, adding their links."""
    claimed: set[int] = set()
    for index in range(label_index + 1, min(len(blocks), label_index + 1 + _LOOKAHEAD_BLOCKS)):
        block = blocks[index]
        link = _link_of(block.element, block.text, base)
        if link is None or len(link[1]) < 0.8 * len(block.text):
            break
        claimed.add(index)
        if link not in links:
            links.append(link)
    return claimed


__all__ = ["SeeAlso", "extract_see_also"]
