"""Where a republished article first appeared: a republication note, a wire credit, or a foreign canonical URL."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from worker.lexicon.agencies import (
    SOURCE_LABEL,
    agency_home,
    agency_name,
    outlet_name,
    outlet_of_domain,
    uninflected_outlet,
)
from worker.lexicon.domains import host_of
from worker.parse.byline import HELPER_JOINS
from worker.parse.origin_markup import OriginFinding
from worker.parse.origin_notes import relayed_release, statement_origin
from worker.parse.publisher_names import own_name
from worker.parse.source_links import source_link
from worker.parse.wire_credits import DATELINE_BLOCKS, TRAILING_BLOCKS, wire_origin

if TYPE_CHECKING:
    from worker.parse.body import Block

_TAIL_BLOCKS = 6


def _statement_origin(block: Block, index: int, page_url: str | None, site_name: str | None) -> OriginFinding | None:
    return statement_origin(block.text, block.element, page_url, site_name, index)


def _named(finding: OriginFinding | None, page_url: str | None) -> OriginFinding | None:
    """``finding`` with a domain given as its publisher named ("cnn.com" → "CNN"); None for a wire's or outlet's
    own story on its own site."""
    if finding is None:
        return None
    publisher = finding.publisher
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", publisher):
        publisher = outlet_of_domain(publisher) or publisher
    publisher = uninflected_outlet(publisher) or publisher  # "in der Süddeutschen Zeitung" → "Süddeutsche Zeitung"
    host = host_of(page_url)
    if agency_home(publisher, host) or (host and outlet_of_domain(host) == publisher):
        return None
    return OriginFinding(publisher, finding.statement, finding.url, finding.block)


def extract_origin(
    blocks: Sequence[Block],
    page_url: str | None,
    *,
    site_name: str | None = None,
    byline_agencies: Sequence[str] = (),
    page_note: OriginFinding | None = None,
    markup: OriginFinding | None = None,
    page_credit: OriginFinding | None = None,
    canonical: OriginFinding | None = None,
    provider: OriginFinding | None = None,
    reporters: bool = False,
    helpers: Sequence[str] = (),
) -> OriginFinding | None:
    """The origin of a republished article, or None for an original one.

    In order: a republication note ("This article was originally published on ... X", "Republished from X",
    "Zuerst erschienen bei X") in the first or last blocks, naming a publisher other than this site, else
    ``page_note`` (such a note found in the intact page by ``notes_in_page``); ``markup`` (JSON-LD or syndication
    tags, from ``origin_markup.markup_origin``); a wire credit for the whole story ("WASHINGTON (AP) —", a closing
    "(AFP)" or "— PTI" line, a "By Reuters" line, an agency as author); ``provider`` (the outlet an aggregator's
    story header names, ``origin_markup.provider_origin``); ``canonical`` (a canonical URL on another
    publisher's domain, from ``origin_markup.canonical_origin``). A publisher given as a domain is named from the
    outlet list; a wire's or outlet's own story on its own site, a finding naming the site itself ("Quelle:
    Example News" on example-news.com), and, where the byline names a reporter (``reporters``), an agency's
    "material" the story drew on ("mit Material von dpa": the newsroom's own story) or a byline line joining an
    agency of ``helpers`` to the writer ("Par Claire Vasseur avec AFP"), give way to the next. Never raises on odd
    markup.
    """
    candidates: tuple[tuple[Callable[[], OriginFinding | None], bool], ...] = (  # (finding, read from the text)
        (lambda: _first_origin(blocks, page_url, site_name, byline_agencies), True),
        (lambda: page_note, True),
        (lambda: markup, True),  # markup names the original; the site under another name of its own is none
        (lambda: _agency_origin(blocks, byline_agencies), True),
        (lambda: page_credit, True),
        (lambda: provider, True),
        (lambda: canonical, False),
    )
    for candidate, from_text in candidates:
        found = _named(candidate(), page_url)
        if found is None or (from_text and own_name(found.publisher, page_url, site_name)):
            continue
        if not (reporters and (_MATERIAL.search(found.statement) or _helped(found, helpers))):
            return found
    return None


_HELPED_LINE = re.compile(
    r"^\W{0,3}(?:(?:by|par|von|por|door|di|de)\s+)?[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,4}\s+"
    rf"(?:{HELPER_JOINS})\s+(?:the\s+|l['’])?\S+\W{{0,3}}$",
    re.IGNORECASE,
)
"""A byline line joining an agency to the writer: "Par Claire Vasseur avec AFP", "Jane Doe with AP"."""


def _helped(found: OriginFinding, helpers: Sequence[str]) -> bool:
    """``found`` is a byline line crediting one of the agencies the byline joins to its writer (``helpers``)."""
    named = {agency_name(helper) or helper for helper in helpers}
    credited = agency_name(found.publisher) or found.publisher
    return credited in named and _HELPED_LINE.match(found.statement) is not None


_MATERIAL = re.compile(
    r"(?:^|[,;]\s*|\s)\W{0,3}(?:mit\s+material\s+(?:von|der|des|aus)|with\s+material\s+from)\s", re.IGNORECASE
)
"""An agency's material a story drew on ("mit Material von dpa"), which makes a reporter's story no wire copy."""


def _first_origin(
    blocks: Sequence[Block], page_url: str | None, site_name: str | None, byline_agencies: Sequence[str]
) -> OriginFinding | None:
    tail_start = max(0, len(blocks) - _TAIL_BLOCKS)
    for index in [*range(tail_start, len(blocks)), *range(min(DATELINE_BLOCKS, tail_start))]:
        found = _statement_origin(blocks[index], index, page_url, site_name)
        if found:
            return found
    for index in range(min(_RELAY_BLOCKS, len(blocks))):
        found = relayed_release(blocks[index].text, index, site_name)
        if found:
            return found
    for index in range(max(0, len(blocks) - TRAILING_BLOCKS), len(blocks)):
        about = _ABOUT_NEWSROOM.match(blocks[index].text)
        if about:  # "KFF Health News is a national newsroom that ...": the producer's blurb closing its story
            name = about.group("publisher") or about.group("member")
            return OriginFinding(outlet_name(name) or name, blocks[index].text, block=index)
    for index in range(tail_start, len(blocks)):
        text = blocks[index].text
        if SOURCE_LABEL.match(text) and index + 1 < len(blocks):  # "Quelle:" on a line, its link on the next
            following = blocks[index + 1]
            found = source_link(following.element, f"{text} {following.text}", index + 1, page_url)
        else:
            found = source_link(blocks[index].element, text, index, page_url)
        if found:
            return found
    return None


_RELAY_BLOCKS = 3
"""A relay note opens the page's text: in its first blocks (a standfirst or a date line may come before it)."""
_ABOUT_NEWSROOM = re.compile(
    r"^\W{0,3}(?P<publisher>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,5})\s+is\s+an?\s+"
    r"(?:[\w,-]+\s+){0,5}?(?:news\s?room|news\s+(?:service|organi[sz]ation|site|outlet|agency|venture)|"
    r"media\s+(?:organi[sz]ation|outlet|venture))\b|"
    r"^\W{0,3}(?P<member>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z0-9][\w&'’.-]*){0,5})\s+is\s+(?:a\s+)?part\s+of\s+"
    r"(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3},\s+an?\s+(?:[\w,-]+\s+){0,4}?news\s+"
    r"(?:network|organi[sz]ation)\b"
)
"""The blurb a newsroom closes its stories with, kept by those who republish them: "KFF Health News is a national
newsroom that ...", "The Texas Tribune is a member-supported, nonpartisan newsroom ...", a network member's "Georgia
Recorder is part of States Newsroom, a nonprofit news network ..."."""


def _agency_origin(blocks: Sequence[Block], byline_agencies: Sequence[str]) -> OriginFinding | None:
    wire = wire_origin(blocks)
    if wire:
        return wire
    if byline_agencies:  # a wire before an outlet: "Le Figaro avec AFP" runs AFP's copy
        credited = next((name for name in byline_agencies if agency_name(name)), byline_agencies[0])
        return OriginFinding(credited, f"By {credited}")
    return None


__all__ = [
    "extract_origin",
]
