"""Extract the article's main text from a loaded page as paragraph-level blocks, furniture left out."""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString, PageElement

from worker.errors import NoArticleContent
from worker.lexicon.agencies import TRAILING_CREDIT, TRAILING_CREDIT_CHARS
from worker.parse import schema_org
from worker.parse.boilerplate import KIND_OF_TAG
from worker.parse.document import Document
from worker.parse.lead import lead_parts, opening_parts
from worker.parse.scoring import Analysis, analyse
from worker.parse.selection import article_parts, best_candidate, widen
from worker.parse.tree_search import first_tag, links_in

_MAX_LINK_DENSITY = 0.5
_MAX_CAPTION = 100
_SHORT_TAIL = 120  # characters
_MAX_DATELINE = 60
_MAX_CREDITED = 300  # characters
_CREDIT_END = re.compile(r"\S\s*[|/]?\s*(?:©|\(c\)|Copyright)\s*[^\s.!?][^.!?©]{1,60}$", re.IGNORECASE)
_AD_LABEL = re.compile(
    r"^\W{0,3}(?:anzeige|werbung|advertisement|advertorial|sponsored|publicidad|publicité|pubblicità)\W{0,3}(?:$|[-–—:|])",
    re.IGNORECASE,
)
# A line that is only a picture credit ("Foto: dpa", "(Photo by A. Lee/Getty Images)", "Image source: Wikimedia").
_PICTURE_CREDIT = re.compile(
    r"^\W{0,2}(?:(?:header|featured|title|cover|top)\s+)?(?:photo|foto|image|picture|bild|illustration|grafik"
    r"|titelbild|beitragsbild|bildquelle|fotoquelle|credit|crédit)s?(?:\s*(?:credit|source|quelle|nachweis)s?)?"
    r"\s*(?:[:©|]|by\b|von\b)",
    re.IGNORECASE,
)
_MAX_PICTURE_CREDIT = 100
_CARD_DEPTH = 4  # levels searched above a block for a link wrapping it
_MAX_CARD_TEXT = 400  # characters: a link holding more is broken markup, not a card
_MIN_LENIENT_PROSE = 100  # characters of prose the second, lenient look must find to be taken
_DECLARED_OVER_SHOWN = 3  # a JSON-LD articleBody this many times longer than the text found replaces it
_MARKUP = re.compile(r"</?(?:p|div|br|span|strong|em|a|h\d)\b[^>]*>", re.IGNORECASE)
_PROMO_SCAN = 8  # blocks
_PROMO_TEXT = 400  # characters
_PROMO_LINE = 300  # characters
# Link targets of reader prompts: subscribe, sign up, log in, app stores, a site's social-media profile.
_PROMO_TARGET = re.compile(
    r"subscri|newsletter|sign-?up|register|my-?account|/login|/abo\b|apps\.apple\.com|itunes\.apple\.com"
    r"|play\.google\.com|^https?://(?:www\.)?(?:facebook\.com|instagram\.com|twitter\.com|x\.com|t\.me"
    r"|youtube\.com|tiktok\.com|linkedin\.com|whatsapp\.com)/(?!.*/status/)[^/?#]+/?(?:[?#].*)?$",
    re.IGNORECASE,
)
# Reader prompts and end-of-article boxes, by their text: a heading or line opening with one of these, near the
# end and followed only by a little text, starts what is not the article (author box, further reading, appeal).
# ("Read more: <link>" lines are left to the see-also collector.)
_END_BOX = re.compile(
    r"^\W{0,3}(?:subscribe|sign up|join (?:our|the)\b|get (?:our|the)\b.{0,40}newsletter|newsletter\b"
    r"|download (?:our|the) app|follow us|support us|you (?:might|may) also like|you may be interested"
    r"|related (?:stories|articles|posts|content)"
    r"|more (?:from|stories|on this)|recommended for you|most (?:read|popular)\b"
    r"|about the authors?\b|über (?:den autor|die autorin)|zum autor|zur autorin"
    r"|(?:das|dies|diese(?:r|s)?(?: artikel| beiträge| themen)?) könnten? (?:sie|dich|euch)"
    r"|(?:these|other) (?:articles|stories) (?:might|may) (?:also )?interest you"
    r"|jetzt abonnieren|abonniere|unterstütze uns|à propos de l'auteur|sobre el autor"
    r"|weitere (?:artikel|beiträge|nachrichten)\b|ähnliche (?:artikel|beiträge)|das könnte dich auch|auch interessant"
    r"|sur le même sujet|vous aimerez aussi|articles? similaires|permalink|permalien|tags?\s*:|schlagwörter\b)",
    re.IGNORECASE,
)
_END_BOX_LINE = 300  # characters: a longer block is text, not a box's heading or prompt
_END_BOX_AFTER = 1500  # characters: at most this much text may follow the box's start
_ISO_DATE = re.compile(r"\d{4}-\d{2}")
_IMAGES = frozenset({"img", "picture", "figure", "video", "svg"})
_SENTENCE_END = (".", "!", "?", "…", '"', "“", "”", "»", "«", ")", "。", "！", "？")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# "SEE ALSO: <link>", "Lesen Sie auch: <link>": a short label before a link is article text, not navigation.
_LABELLED_LINK = re.compile(r"^\W{0,3}[^\W\d][^:.!?]{0,40}:\s*\S")
# Further-reading labels the see-also collector does not take up (it claims "Read more", "Lesen Sie auch", "Lire
# aussi" ... with their links): such a label, alone or before a link, is dropped here.
_READING = r"auch lesen|schon gelesen|zum\s+weiterlesen|(?:también\s+)?(?:le|te) puede interesar"
_READING_LABEL = re.compile(rf"^\W{{0,3}}(?:{_READING})\s*[:?…]?\W{{0,3}}$", re.IGNORECASE)
_READING_LINE = re.compile(rf"^\W{{0,3}}(?:{_READING})\s*[:?]\s*\S", re.IGNORECASE)


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of article text and the element it came from."""

    text: str
    element: Tag
    kind: str  # "p", "heading", "li", "quote", "pre", "cell" or "text"


@dataclass(frozen=True)
class Body:
    """The article's text blocks in document order, and the element judged to hold the article."""

    blocks: list[Block]
    container: Tag | None


def extract_body(doc: Document, headline: str | None = None) -> Body:
    """Find the article in ``doc`` and return its text blocks; furniture elements are removed from the tree.

    Raises:
        NoArticleContent: the page has no article text.
    """
    root = first_tag(doc.soup, ("body",)) or first_tag(doc.soup, ("html",)) or doc.soup  # soup.body, find("html")
    if not isinstance(root, Tag):
        raise NoArticleContent("empty document", url=doc.url)
    wanted = _collapse(headline) if headline else None
    try:
        analysis = analyse(root)
        if _prose_kept(analysis) == 0:  # all prose was judged furniture: look again, judging by tag alone
            second = analyse(root, lenient=True)
            if _prose_kept(second) >= _MIN_LENIENT_PROSE:  # an article, not a copyright line
                analysis = second
        best = best_candidate(analysis)
        if best is None:
            container, parts = root, [root]
        else:
            widened = widen(best[0], analysis)
            parts = widened or article_parts(best[0], best[1], analysis)
            container = parts[0] if len(parts) == 1 else best[0]
            parts = opening_parts(parts[0], analysis) + parts
            parts = lead_parts(parts[0], analysis, wanted) + parts
        emitter = _Emitter(analysis, wanted)
        for part in parts:
            emitter.emit(part, KIND_OF_TAG.get(part.name, "text"))
    except RecursionError as exc:
        raise NoArticleContent("document nested too deeply", url=doc.url) from exc
    except Exception as exc:  # a tree the walk cannot handle must not crash the caller with an untyped error
        raise NoArticleContent(f"unreadable tree ({type(exc).__name__}: {exc})", url=doc.url) from exc
    blocks = _to_rights_notice(emitter.finish())
    shown = _DECLARED_OVER_SHOWN * sum(len(block.text) for block in blocks)
    declared = _declared_value(doc)
    if len(declared) > shown:  # cheap first: the blocks' text is never longer than the declared value
        declared_blocks = _declared_blocks(doc, declared)
        if sum(len(block.text) for block in declared_blocks) > shown:
            blocks = declared_blocks  # the page shows an excerpt or a teaser; its markup declares the whole text
    if not blocks:
        raise NoArticleContent("no article text found", url=doc.url)
    return Body(blocks=blocks, container=container)


_RIGHTS_NOTICE = re.compile(
    r"^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:19|20)\d\d\b.{0,100}?\ball rights reserved\W*$", re.IGNORECASE
)
"""A page's rights notice on a line of its own: "Copyright 2012 Dow Jones & Company, Inc. All Rights Reserved"."""


def _to_rights_notice(blocks: list[Block]) -> list[Block]:
    """``blocks`` before a rights notice that more blocks follow: the page's own notice, closing the story, and
    after it the page's furniture in the same container (reprint terms, other stories' teasers). A notice ending
    the blocks stays (a wire's: "Copyright 2024 The Associated Press. All rights reserved.")."""
    for index, block in enumerate(blocks[1:-1], start=1):
        if _RIGHTS_NOTICE.match(block.text):
            return blocks[:index]
    return blocks


def _declared_value(doc: Document) -> str:
    """The JSON-LD ``articleBody`` of the page's article, if one of ``_MIN_LENIENT_PROSE`` characters or more."""
    for article in schema_org.articles(doc.json_ld):
        value = article.get("articleBody")
        if isinstance(value, str) and len(value) >= _MIN_LENIENT_PROSE:
            return value
    return ""


def _declared_blocks(doc: Document, value: str) -> list[Block]:
    """The declared ``articleBody`` as paragraphs, for a page that shows none or only a part of it (the rest filled
    in by script or behind a paywall)."""
    # some CMSs declare the stored HTML ("<!-- wp:paragraph --><p>…</p>"); others escaped text
    markup = _MARKUP.search(value)
    value = BeautifulSoup(value, "html.parser").get_text("\n") if markup else html.unescape(value)
    blocks = []
    for line in value.splitlines():
        text = _collapse(line)
        if text:
            element = doc.soup.new_tag("p")
            element.string = text
            blocks.append(Block(text=text, element=element, kind="p"))
    return blocks


def _prose_kept(analysis: Analysis) -> int:
    """Characters of prose the walk kept on the page (outside furniture)."""
    stats = analysis.kept(analysis.root)
    return stats.good if stats is not None else 0


def _collapse(text: str) -> str:
    """Whitespace collapsed to single spaces; soft hyphens and zero-width characters removed."""
    return " ".join(text.translate(_INVISIBLE).split())


_LINE_BREAK = "\u2028"
"""Stands for a ``<br>`` in a block's raw text: the block's text keeps it as a line break (``_collapse_lines``)."""


def _collapse_lines(text: str) -> str:
    """``_collapse`` within each line of a block; its ``<br>`` lines stay lines ("Elliot Ackerman" and "Saladin
    Ambar" of a list of signatories are two lines, not one run of four names)."""
    if _LINE_BREAK not in text:
        return _collapse(text)
    return "\n".join(line for line in map(_collapse, text.split(_LINE_BREAK)) if line)


class _Emitter:
    """Turns kept elements into blocks, dropping furniture met on the way and link-dominated lines."""

    def __init__(self, analysis: Analysis, headline: str | None) -> None:
        self.analysis = analysis
        self.headline = headline
        self.blocks: list[Block | None] = []  # None where a link-dominated block was left out
        self.after_image = False  # an image was just passed: a short line next is its caption
        self.headline_at: int | None = None  # how many events preceded the headline <h1>, once met

    def emit(self, element: Tag, kind: str) -> None:
        """Add the blocks of one kept element (recursing into nested paragraph-level elements)."""
        stats = self.analysis.kept(element)
        if stats is None:
            return
        if element.name == "h1":  # the headline (and its kicker) is not body text
            if self.headline_at is None and self.headline and _collapse(element.get_text()) == self.headline:
                self.headline_at = len(self.blocks)
            return
        if not stats.nested:
            text, links = self._text(element)
            if len(text) < _MAX_DATELINE * 2 and len(_collapse(text)) < _MAX_DATELINE and _holds_date(element):
                self.blocks.append(None)  # a date line ("12 Jan 2019", "2 hours ago"): metadata, not text
                return
            if _in_card_link(element):
                links = _visible_chars(text)
            self._add(element, kind, text, links)
            return
        run: list[str] = []
        run_links = 0
        for child in list(element.contents):
            if isinstance(child, Tag):
                child_stats = self.analysis.kept(child)
                if child.name == "br":
                    run.append(_LINE_BREAK)
                elif child_stats is None:
                    self._drop(child)
                elif child_stats.block or child_stats.nested:
                    self._add(element, kind, "".join(run), run_links)
                    run, run_links = [], 0
                    self.emit(child, KIND_OF_TAG.get(child.name, "quote" if kind == "quote" else "text"))
                else:
                    text, links = self._text(child)
                    run.append(text)
                    run_links += links
            elif type(child) is NavigableString:
                run.append(child)
        self._add(element, kind, "".join(run), run_links)

    def _drop(self, element: Tag) -> None:
        if element.name in _IMAGES:
            self.after_image = True
        element.extract()

    def _text(self, element: Tag) -> tuple[str, int]:
        """The text of a kept element and how many of its characters (whitespace aside) are link text, removing
        furniture inside it from the tree."""
        parts: list[str] = []
        links = 0
        stack: list[tuple[PageElement, bool]] = [(element, element.name == "a")]
        while stack:
            node, in_link = stack.pop()
            if isinstance(node, Tag):
                if node.name == "br":
                    parts.append(_LINE_BREAK)
                    continue
                if node is not element and self.analysis.kept(node) is None:
                    self._drop(node)
                    continue
                inner = in_link or node.name == "a"
                stack.extend((child, inner) for child in reversed(node.contents))
            elif type(node) is NavigableString:
                parts.append(node)
                if in_link:
                    links += _visible_chars(node)
        return "".join(parts), links

    def _add(self, element: Tag, kind: str, raw: str, links: int) -> None:
        text = _collapse_lines(raw)
        if not text or element.name == "h1" or text == self.headline:
            return
        after_image, self.after_image = self.after_image, False
        if len(text) < _MAX_CREDITED and _CREDIT_END.search(text) and (after_image or not _closing_wire(text)):
            self.blocks.append(None)  # a caption ending in its image credit ("... | © Agency")
            return
        if len(text) < _MAX_PICTURE_CREDIT and _PICTURE_CREDIT.match(text):
            self.blocks.append(None)  # a picture credit standing on its own line
            return
        if _AD_LABEL.match(text):
            self.blocks.append(None)  # an advertisement marked as such ("ANZEIGE - ...", "Advertisement")
            return
        if _READING_LABEL.match(text) or (links and _READING_LINE.match(text)):
            self.blocks.append(None)  # a further-reading label, or a link it introduces
            return
        if after_image and kind in ("p", "text") and len(text) < _MAX_CAPTION and not text.endswith(("?", "!", ".")):
            self.blocks.append(None)  # an image caption or credit
            return
        if links > len(text) * _MAX_LINK_DENSITY and not _linked_prose(kind, text, links):
            self.blocks.append(None)
            return
        last = self.blocks[-1] if self.blocks else None
        if last is not None and last.text == text:
            return
        self.blocks.append(Block(text=text, element=element, kind=kind))

    def finish(self) -> list[Block]:
        """The kept blocks, without headings that only introduced left-out links (or nothing)."""
        kept: list[Block] = []
        events = self.blocks[self.headline_at or 0 :]  # what precedes the headline is the page's, not the story's
        for index, block in enumerate(events):
            if block is None:
                continue
            if _is_heading_like(block) and not _introduces_text(events, index):
                continue
            kept.append(block)
        return _without_end_box(_without_promo_end(_without_short_tail(kept))) or [
            block for block in events if block is not None
        ]


def _without_short_tail(blocks: list[Block]) -> list[Block]:
    """Drop a tail of short lines after the article's last real paragraph (sign-offs, contact, promo lines)."""
    end = len(blocks)
    while end > 0 and _is_tail_line(blocks[end - 1]):
        end -= 1
    return blocks[:end] if end > 0 else blocks


def _without_promo_end(blocks: list[Block]) -> list[Block]:
    """Drop the article's end from its first short block linking mostly to a subscribe, sign-up, account, app-store or
    social-profile page, when only such blocks and short link-free lines follow (paywall, app and follow prompts) and
    some story stands before them (a short story's note on top, "... <a>Sign up</a> for their newsletters", is no
    end)."""
    cut = len(blocks)
    index = len(blocks) - 1
    while index > 0 and len(blocks) - index <= _PROMO_SCAN:
        block = blocks[index]
        hrefs = [a.get("href") for a in links_in(block.element)]
        promo = sum(1 for href in hrefs if isinstance(href, str) and _PROMO_TARGET.search(href))
        if promo and promo * 2 >= len(hrefs) and len(block.text) < _PROMO_LINE:
            if _story_follows(blocks[index + 1 : cut]):
                break  # a sign-up box between the story's paragraphs ("Get the Ledger in your inbox")
            cut = index
        elif hrefs or len(block.text) >= _PROMO_TEXT:
            break
        index -= 1
    if sum(len(block.text) for block in blocks[:cut]) < _PROMO_TEXT:
        return blocks  # hardly any story before the prompt: a prompt above the story, not its end
    return blocks[:cut]


def _without_end_box(blocks: list[Block]) -> list[Block]:
    """Drop the article's end from a short block that opens an end-of-article box or a reader prompt ("You Might
    Also Like", "About the author", "Subscribe now ...", "Sign up for our newsletter"), when little text follows."""
    cut = len(blocks)
    after = 0
    for index in range(len(blocks) - 1, max(0, len(blocks) - _PROMO_SCAN) - 1, -1):
        if index == 0:
            break
        text = blocks[index].text
        if len(text) < _END_BOX_LINE and _END_BOX.match(text) and not _story_follows(blocks[index + 1 : cut]):
            cut = index
        after += len(text)
        if after > _END_BOX_AFTER:
            break
    return blocks[:cut]


_STORY_PARAGRAPH = 120  # characters: a sentence this long after a prompt is the story going on
_STORY_PARAGRAPHS = 2
_PITCH = re.compile(r"subscri|\bjoin|member|donat|sign up|newsletter|abonn|unterstütz", re.IGNORECASE)
"""Words of a paywall's or appeal's pitch: its paragraphs are no story going on."""


def _story_follows(blocks: list[Block]) -> bool:
    """Two paragraphs of prose (long sentences, no links, no pitch) follow: the story goes on after a prompt set
    between its paragraphs; an end box's items, a bio line or a paywall's pitch do not."""
    prose = sum(
        1
        for block in blocks
        if block.kind in ("p", "text")
        and len(block.text) >= _STORY_PARAGRAPH
        and _ends_sentence(block.text)
        and block.element.find("a", href=True) is None
        and _PITCH.search(block.text) is None
    )
    return prose >= _STORY_PARAGRAPHS


def _is_tail_line(block: Block) -> bool:
    """A short non-sentence line without links but contact ones ("SEE ALSO: <link>" and origin lines stay for the
    assembler)."""
    text = block.text
    if block.kind not in ("p", "text", "heading") or len(text) >= _SHORT_TAIL or _ends_sentence(text):
        return False
    return all(_is_contact_link(anchor) for anchor in block.element.find_all("a", href=True))


def _ends_sentence(text: str) -> bool:
    """Whether a line ends as a sentence does: with a full stop, question or exclamation mark, a closing quote or
    bracket, an emoji (blogs end sentences with one: "... und das gefällt mir 😉"), or a wire's credit after one."""
    stripped = text.rstrip("\ufe0f\u200d ")
    if text.endswith(_SENTENCE_END) or (bool(stripped) and unicodedata.category(stripped[-1]) == "So"):
        return True
    return bool(TRAILING_CREDIT.search(text[-TRAILING_CREDIT_CHARS:]))  # "... in June. — PTI"


def _closing_wire(text: str) -> bool:
    """Whether a line ending in a copyright mark is a paragraph closing with its wire's bracketed credit ("... sa
    han. (©NTB)", "... sagte er. (© dpa)"), the story's credit the origin pass reads, not an image caption's."""
    trailing = TRAILING_CREDIT.search(text[-TRAILING_CREDIT_CHARS:])
    return trailing is not None and trailing.group("agency") is not None


def _is_contact_link(anchor: Tag) -> bool:
    """A ``mailto:`` or ``tel:`` link, or one showing an e-mail address (a contact, not a pointer to reading)."""
    href = anchor.get("href")
    if isinstance(href, str) and href.strip().lower().startswith(("mailto:", "tel:")):
        return True
    return "@" in anchor.get_text()


def _visible_chars(text: str) -> int:
    """Characters of ``text``, whitespace left out (how link text is measured against a line's length)."""
    return len(text) - sum(1 for char in text if char.isspace())


def _in_card_link(element: Tag) -> bool:
    """Whether a link of at most card size (not an unclosed ``<a>`` swallowing the page) wraps the element: its
    text is all link text (a teaser's heading and blurb under one ``<a>``)."""
    node = element.parent
    for _ in range(_CARD_DEPTH):
        if node is None or node.name in ("body", "html", "[document]"):
            return False
        if node.name == "a":
            return len(node.get_text()) <= _MAX_CARD_TEXT
        node = node.parent
    return False


def _holds_date(element: Tag) -> bool:
    """Whether the element holds a ``<time>`` giving a calendar date (not a duration such as a cooking time)."""
    time = first_tag(element, ("time",))
    stamp = time.get("datetime") if time is not None else None
    return isinstance(stamp, str) and _ISO_DATE.match(stamp.strip()) is not None


def _linked_prose(kind: str, text: str, links: int) -> bool:
    """Whether a link-heavy block is still article text: a labelled link ("SEE ALSO: ...") or long sentences
    with many linked words (glossary links, wiki-style prose)."""
    if kind not in ("p", "text"):
        return False
    if _LABELLED_LINK.match(text):
        return True
    return len(text) >= 150 and links <= len(text) * 0.8 and text.endswith(_SENTENCE_END)


def _is_heading_like(block: Block) -> bool:
    """A heading, a short label ending in ":", or a short line that is not a sentence."""
    text = block.text
    if (block.kind == "heading" and len(text) <= 120) or (len(text) <= 60 and text.endswith(":")):
        return True  # (a "heading" of several lines is prose set in a heading tag)
    return block.kind in ("p", "text") and len(text) <= 40 and not _ends_sentence(text)


def _introduces_text(events: list[Block | None], index: int) -> bool:
    """Whether a kept non-heading block follows the heading at ``index`` before any left-out block."""
    for event in events[index + 1 :]:
        if event is None:
            return False
        if not _is_heading_like(event):
            return True
    return False


__all__ = ["Block", "Body", "extract_body"]
