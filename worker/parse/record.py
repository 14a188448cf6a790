"""Assemble one ``ArticleRecord`` from a page: metadata on the intact tree, then the body and what it claims."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any

from bs4 import Tag
from pydantic import ValidationError

from schemas.article import ArticleRecord
from worker import __version__
from worker.errors import InvalidRecord, NoArticleContent, WireroomError, is_failure
from worker.lexicon.domains import absolute_url
from worker.lexicon.text import clean_text
from worker.parse.body import Block, extract_body
from worker.parse.box_chrome import mark_styled_hidden
from worker.parse.byline import AUTHOR_PAGE, Byline, extract_byline, split_names
from worker.parse.citations import extract_citations
from worker.parse.dates import date_in_text, extract_dates
from worker.parse.document import Document, load_document
from worker.parse.headline import extract_headline
from worker.parse.landmarks import find_landmarks
from worker.parse.link_lines import line_links, link_lines, without_own_media
from worker.parse.metadata import PageMetadata, extract_metadata
from worker.parse.origin import extract_origin
from worker.parse.origin_markup import (
    OriginFinding,
    canonical_origin,
    markup_origin,
    named_origin,
    provider_origin,
    source_org_origin,
)
from worker.parse.origin_notes import notes_in_page
from worker.parse.reading_boxes import named_boxes, reading_boxes
from worker.parse.related import related_links
from worker.parse.see_also import extract_see_also
from worker.parse.source_links import headline_source_in_page, source_link_in_page
from worker.parse.station_credit import station_credit
from worker.parse.trailing_list import trailing_links
from worker.parse.tree_search import first_tag, links_in
from worker.parse.wire_credits import (
    article_footers,
    credit_in_page,
    dateline_code,
    dateline_credit,
    without_photo_credits,
)

PARSER_VERSION = __version__

# Chinese and Japanese are written without spaces: each ideograph or kana counts as a word (the usual convention
# for their word counts) and their punctuation none; every other run of non-space characters is one word. Korean
# spaces its words.
_UNSPACED = "\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_PUNCTUATION = "\u3000-\u303f\uff01-\uff0f\uff1a-\uff20"
_WORDS = re.compile(f"[{_UNSPACED}]|[^\\s{_UNSPACED}{_CJK_PUNCTUATION}]+")


def count_words(text: str) -> int:
    """Words of ``text``: whitespace-separated runs, with each Chinese or Japanese character counted as one."""
    if text.isascii():
        return len(text.split())
    return len(_WORDS.findall(text))


_BYLINE_BLOCK = re.compile(
    r"^\W{0,3}(?:(?:article|story|words|written|reported|text)\s+by\s*:|by|von|par|por|door|di)\s+\S", re.IGNORECASE
)
_SHARE_BLOCK = re.compile(
    r"^\W{0,3}(?:share(?:\s+this)?(?:\s+(?:on|article|story|post|page))?|share\s+on\s+\w+|teilen|jetzt\s+teilen|"
    r"artikel\s+teilen|partager|compartir|condividi)\W{0,3}$",
    re.IGNORECASE,
)
_LICENCE_LINK = re.compile(r"creativecommons\.org/(?:licenses|publicdomain)/", re.IGNORECASE)
_MAX_LICENCE_LINE = 300
_TAIL_BLOCKS = 3
_DATE_ONLY_LETTERS = 25
_MAX_DATE_LINE = 80
_HEAD_BLOCKS = 5
_MAX_BLOCK_LINKS = 50
_MAX_BYLINE_BLOCK = 120


MIN_BODY_CHARS = 25
"""Fewer visible characters than this is no article (an index page's one link, "Page not found"): counted in
characters, not words, so that Chinese or Japanese text, written without spaces, is judged alike."""


def normalize_paragraph(text: str) -> str:
    """NFC-normalize a paragraph and collapse its whitespace within each of its lines (a ``<br>`` break stays a line
    break): the form the body and its hash use."""
    text = unicodedata.normalize("NFC", text)
    if "\n" not in text:
        return " ".join(text.split())
    return "\n".join(line for line in (" ".join(part.split()) for part in text.split("\n")) if line)


def content_hash(paragraphs: Sequence[str]) -> str:
    """sha256 (hex) of the normalized paragraphs joined by blank lines."""
    return hashlib.sha256("\n\n".join(normalize_paragraph(p) for p in paragraphs).encode("utf-8")).hexdigest()


def parse_page(data: bytes, url: str | None = None, headers: Mapping[str, str] | None = None) -> ArticleRecord:
    """Parse one page into a validated record; every failure surfaces as a ``WireroomError``.

    Raises:
        NotHTML: the bytes are not an HTML document.
        NoArticleContent: no article text (or no headline) was found.
        InvalidRecord: the extracted fields failed validation, or the parser met an unexpected error.
    """
    try:
        return _parse(data, url, headers)
    except WireroomError:
        raise
    except BaseException as exc:  # the one boundary: nothing untyped leaves the parser
        # (an interrupt such as the worker's soft time limit leaves chained as the cause: worker.tasks maps it)
        if not is_failure(exc):
            raise  # an interrupt or exit: not the parser's
        raise InvalidRecord(f"parser error: {type(exc).__name__}: {exc}", url=url) from exc


def _parse(data: bytes, given_url: str | None, headers: Mapping[str, str] | None) -> ArticleRecord:
    url = absolute_url(given_url, None) if given_url else None
    notes = [f"page URL {given_url!r} ignored: not an absolute http(s) URL"] if given_url and not url else []
    doc = load_document(data, url, headers)
    marks = find_landmarks(doc.soup)
    metadata = extract_metadata(doc, marks)
    headline = extract_headline(doc, metadata.site_name, metadata.canonical_url, marks)
    byline = extract_byline(doc, metadata.site_name, marks)
    dates = extract_dates(doc, url, marks)
    if dates.guessed:
        notes.append("published_at guessed: the first date written in the page, no date metadata found")
    if not headline:
        raise NoArticleContent("no headline found (no <h1>, <title> or metadata title)", url=url)
    page_note = notes_in_page(marks.origin_strings, url, metadata.site_name)  # before the body prunes the tree
    page_note = page_note or source_link_in_page(marks.anchors, url)
    page_note = page_note or headline_source_in_page(marks.h1, marks.anchors, url)
    provider = provider_origin(marks.providers, doc, metadata.site_name)  # before the body prunes the tree
    source_org = source_org_origin(marks.source_orgs, doc, metadata.site_name)
    credit_strings = without_photo_credits(marks.credit_strings)  # on the intact tree, images still in it
    own_footers = article_footers(credit_strings)  # before the body drops footers
    mark_styled_hidden(doc.soup, doc.hidden_names)
    boxes = reading_boxes(marks.reading_labels) + named_boxes(marks.related_boxes)  # before the body prunes
    lines = link_lines(marks.anchors, url)
    body = extract_body(doc, headline=headline)
    blocks = body.blocks
    base = _link_base(doc, url or metadata.canonical_url)
    see_also = extract_see_also(blocks, base)
    see_also_links = [*see_also.links]
    boxed, feeds = related_links(boxes, body.container, base, url, [block.element for block in blocks])
    trailing = trailing_links(body.container, base, url, feeds)
    for link in [*boxed, *line_links(lines, body.container, base, url, feeds), *trailing]:
        if all(link[0] != known for known, _ in see_also_links):
            see_also_links.append(link)
    see_also_links = without_own_media(see_also_links, lines, base, marks.anchors)
    claimed = set(see_also.claimed)
    byline, byline_blocks = _byline_from_blocks(blocks, byline, metadata.site_name)
    claimed |= byline_blocks | _furniture_blocks(blocks)
    origin = extract_origin(
        blocks,
        url,
        site_name=metadata.site_name,
        byline_agencies=byline.wires,
        page_note=page_note,
        markup=markup_origin(doc, url, metadata.site_name) or source_org,
        canonical=canonical_origin(doc, metadata.canonical_url, url),
        provider=provider,
        page_credit=credit_in_page(credit_strings, url, dateline_code(blocks), own_footers)
        or dateline_credit(marks.dateline_strings, marks.name_dateline_strings)
        or station_credit(blocks, data, base),
        reporters=bool(byline.names),
        helpers=byline.helpers,
    )
    origin = named_origin(doc, origin)
    if origin is not None and origin.block is not None:
        claimed.add(origin.block)
    paragraphs = [normalize_paragraph(block.text) for index, block in enumerate(blocks) if index not in claimed]
    paragraphs = [paragraph for paragraph in paragraphs if paragraph]
    body_text = "\n\n".join(paragraphs)
    if len("".join(body_text.split())) < MIN_BODY_CHARS:
        raise NoArticleContent("no article text left after removing furniture", url=url)
    fields: dict[str, Any] = {
        **_metadata_fields(url, metadata),
        "headline": headline,
        "byline": byline.credited,
        "published_at": dates.published,
        "modified_at": dates.modified,
        "body": body_text,
        "see_also": [{"url": link, "title": title} for link, title in see_also_links],
        "origin": _origin_fields(origin),
        "citations": [{"source": c.source, "statement": c.statement} for c in extract_citations(paragraphs)],
        "word_count": count_words(body_text),
        "content_hash": content_hash(paragraphs),
        "notes": notes,
        "parser_version": PARSER_VERSION,
    }
    try:
        return ArticleRecord.model_validate(fields)
    except ValidationError as exc:
        raise InvalidRecord(f"extracted record is invalid: {exc}", url=url) from exc


def _link_base(doc: Document, page_url: str | None) -> str | None:
    """The base links resolve against: the page's ``<base href>`` (itself resolved against the page URL), else it."""
    head = first_tag(doc.soup, ("head",))  # doc.soup.head
    href = None
    for node in head.descendants if head is not None else ():  # head.find("base", href=True), as a loop
        if type(node) is Tag and node.name == "base" and node.get("href") is not None:
            href = node.get("href")
            break
    return absolute_url(href if isinstance(href, str) else None, page_url) or page_url


def _metadata_fields(url: str | None, metadata: PageMetadata) -> dict[str, Any]:
    return {
        "url": url,
        "canonical_url": metadata.canonical_url,
        "site_name": metadata.site_name,
        "language": metadata.language,
        "lead_image": metadata.lead_image,
        "description": metadata.description,
        "tags": metadata.tags,
    }


def _origin_fields(origin: OriginFinding | None) -> dict[str, Any] | None:
    if origin is None:
        return None
    return {"publisher": origin.publisher, "url": origin.url, "statement": origin.statement}


def _byline_from_blocks(blocks: Sequence[Block], byline: Byline, site_name: str | None) -> tuple[Byline, set[int]]:
    """Claim the leading blocks that are only a byline ("By A and B | May 5, 2020"); fill the byline from them
    if the metadata gave none."""
    claimed: set[int] = set()
    names, agencies, helpers = list(byline.names), list(byline.agencies), list(byline.helpers)
    for index, block in enumerate(blocks[:_HEAD_BLOCKS]):
        if len(block.text) > _MAX_BYLINE_BLOCK or not _BYLINE_BLOCK.match(block.text):
            continue
        found = split_names(block.text, site_name, capitalised=True)
        if not (found.names or found.agencies or found.credits):
            continue
        claimed.add(index)
        if not byline.names:
            names.extend(name for name in found.names if name not in names)
        agencies.extend(agency for agency in found.agencies if agency not in agencies)
        helpers.extend(agency for agency in found.helpers if agency not in helpers)
    return Byline(names, agencies, byline.credits, helpers), claimed


def _furniture_blocks(blocks: Sequence[Block]) -> set[int]:
    """Leading date-only lines, "Share this on" remnants and writers' bio teasers (``_bio_teaser``) anywhere, and a
    closing licence note ("This text is published under <a>CC BY-NC-ND 4.0</a>")."""
    claimed = {index for index, block in enumerate(blocks) if _SHARE_BLOCK.match(block.text) or _bio_teaser(block)}
    tail = range(max(1, len(blocks) - _TAIL_BLOCKS), len(blocks))
    for index in tail:
        block = blocks[index]
        if len(block.text) <= _MAX_LICENCE_LINE and _licence_note(block):
            claimed.add(index)
    for index in [*range(min(_HEAD_BLOCKS, len(blocks))), *tail]:
        if _date_only(blocks[index].text):
            claimed.add(index)
    return claimed


def _date_only(text: str) -> bool:
    """A line that is only a date, perhaps labelled ("12. März 2021", "Aktualisiert am 17.01.2021.")."""
    if len(text) > _MAX_DATE_LINE:
        return False
    letters = sum(char.isalpha() for char in text)
    return letters <= _DATE_ONLY_LETTERS and date_in_text(text) is not None


_ELLIPSES = ("...", "…")


def _bio_teaser(block: Block) -> bool:
    """A writer's bio cut short, closing with a link to the writer's page ("She majored in Writing and Art, moving to
    New York City... <a href="/author/…">→ Learn More</a>"): the author box's teaser, not the article's text."""
    if not any(ellipsis in block.text for ellipsis in _ELLIPSES):
        return False
    anchors = links_in(block.element, _MAX_BLOCK_LINKS)
    if not anchors:
        return False
    last = anchors[-1]
    href = last.get("href")
    title = clean_text(last.get_text(" "))
    if not isinstance(href, str) or not AUTHOR_PAGE.search(href) or not block.text.endswith(title):
        return False
    return block.text[: len(block.text) - len(title)].rstrip().endswith(_ELLIPSES)


def _licence_note(block: Block) -> bool:
    """A line linking a Creative Commons licence: the terms of reuse, not article text."""
    for anchor in links_in(block.element):
        href = anchor.get("href")
        if isinstance(href, str) and _LICENCE_LINK.search(href):
            return True
    return False


__all__ = ["PARSER_VERSION", "content_hash", "normalize_paragraph", "parse_page"]
