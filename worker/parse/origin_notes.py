"""A republication note naming where the story first appeared ("This article was originally published on X",
"Zuerst erschienen bei X", "Republished from X"), read from a block or anywhere in the intact page: the
publisher it names (or links to), a partner's label, and an editor's note relaying a press release whole."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence

from bs4 import Tag
from bs4.element import NavigableString

from worker.lexicon.agencies import outlet_name
from worker.lexicon.domains import absolute_url, registrable_domain, same_site_unarchived
from worker.lexicon.phrase_pattern import lowered_latin
from worker.lexicon.text import clean_text, compact_key
from worker.parse.citations import is_outlet
from worker.parse.note_patterns import (
    CLIPPING,
    GERMAN_KINDS,
    ISSUE_AFTER,
    KINDS,
    MAX_CLIPPING_CHARS,
    MAX_NOTE_CHARS,
    NOTE_VERB_UNCASED,
    NOTE_WORD,
    STATEMENTS,
    TITLE_THEN_OUTLET,
    Statement,
)
from worker.parse.origin_markup import OriginFinding, is_story_url, same_brand
from worker.parse.publisher_names import (
    LOWER_THE,
    MAX_PUBLISHER,
    names_an_outlet,
    own_name,
    publisher_name,
    publisher_prefix,
    undeclined,
    with_article,
)
from worker.parse.source_links import INLINE, source_link

_EDITION_NAME = re.compile(r"(?:[\w-]+\s+){0,3}(?:issue|edition)", re.IGNORECASE)
_WHERE_OUTLET = re.compile(r"(?P<name>(?:[A-Z0-9][\w!&'’.-]*\s+){0,4}[A-Z0-9][\w!&'’.-]*),\s+where\s+$")
"""The outlet a note names before "where" it ran: "Courtesy of YES! Magazine, where this story first appeared"."""
_EDITION_ONLY = re.compile(r"^(?:print-?|online-?|druck)?(?:ausgabe|heft|issue|edition)\b", re.IGNORECASE)
_VAGUE_WORDS = frozenset(
    {"here", "hier", "ici", "aquí", "aqui", "qui", "link", "this", "the", "original", "originalartikel", "im", "in"}
)


def _vague_name(publisher: str) -> bool:
    """A "publisher" or link text that only points to a link: "here", "this link", "the original", "Original hier"."""
    words = publisher.casefold().strip(" .:").split()
    return bool(words) and set(words) <= _VAGUE_WORDS


_CLIPPING = Statement(CLIPPING)
_NOTE_STRETCH = 5_000
_MAX_CLAIMED_NOTE = 400  # a longer block holding a note holds the story's text too: it stays in the body
_URL_NAME = re.compile(r"^https?://\S+$")  # Medium's "Originally published at https://... on May 3, 2024."


def statement_origin(
    text: str, element: Tag, page_url: str | None, site_name: str | None, index: int | None = None
) -> OriginFinding | None:
    """The origin named by a republication note ``text`` (held by ``element``, whose links give the URL); of a very
    long block, only its opening and closing stretches are read (a note opens or closes a story)."""
    if len(text) > 2 * _NOTE_STRETCH:
        text = f"{text[:_NOTE_STRETCH]} {text[-_NOTE_STRETCH:]}"
    clipping = len(text) <= MAX_CLIPPING_CHARS and CLIPPING.search(text) is not None
    if not clipping and not NOTE_WORD.found_in(text) and NOTE_VERB_UNCASED.search(text) is None:
        return None  # most blocks: one cheap search instead of every pattern
    for pattern in _searched(text, clipping):
        match = pattern.search(text)
        if match is None:
            continue
        group = next(key for key, value in match.groupdict().items() if key.startswith("publisher") and value)
        raw = match.group(group)
        publisher = publisher_name(raw)
        issue = ISSUE_AFTER.match(text, match.end(group))  # "(aus: X Nr. 4/2008, ...)": X is a periodical
        if group.startswith("publisher_clip") and not is_outlet(publisher) and issue is None:
            continue  # "Bericht der Feuerwehr vom 3. Mai", "Quelle: Statistik Austria, 3. Mai 2024": no outlet
        url, publisher = _linked_publisher(element, raw, publisher, page_url)
        publisher = _named_beside(publisher, raw, text, match.start())
        written = {compact_key(publisher), compact_key(publisher.removesuffix("s"))} - {""}  # "des X Kuriers"
        publisher = with_article(undeclined(publisher, raw, text, match.start(group)))
        if url is not None and (_vague_name(publisher) or _URL_NAME.match(publisher)):  # "published <a>here</a>"
            publisher = registrable_domain(url) or publisher
        if url is None and re.fullmatch(r"[\w-]+(?:\.[\w-]+)+", publisher):
            url = absolute_url(f"https://{publisher}", None)
        if url is None and _URL_NAME.match(publisher):
            url = absolute_url(publisher, None)
            publisher = registrable_domain(url) or ""
        if not names_an_outlet(publisher, raw, url):
            continue
        if _EDITION_ONLY.match(publisher) or _EDITION_NAME.fullmatch(publisher):
            return None  # "ist in der Printausgabe erschienen", "in the Summer 2024 issue": the site's own
        own_url = url is not None and same_site_unarchived(url, page_url)
        if compact_key(site_name) in {compact_key(publisher), *written} or own_url:
            return None  # the site's own "originally published on <this site>" names no other origin
        if _owned_by_site(raw, publisher, page_url, site_name):
            return None  # "im Forschungsmagazin „Horizonte“ der TH Mittelweser" on that university's own site
        claimed = index if len(text) <= _MAX_CLAIMED_NOTE else None  # a reblog's line opens the reblogged text
        return OriginFinding(publisher, text, url, claimed)
    return _linked_note(text, element, page_url, index) or _partner_label(text, element, page_url, index)


def _searched(text: str, clipping: bool) -> Iterator[re.Pattern[str]]:
    """The patterns of ``STATEMENTS`` (then ``CLIPPING`` for a short block) in order, but for those whose words
    ``text`` lacks: they cannot match it (``Statement``)."""
    lowered = lowered_latin(text)  # None: a letter the patterns fold otherwise; every pattern is searched
    for statement in (*STATEMENTS, _CLIPPING) if clipping else STATEMENTS:
        words = statement.words
        if not words or lowered is None or any(word in lowered for word in words):
            yield statement.pattern


def _named_beside(publisher: str, raw: str, text: str, start: int) -> str:
    """The outlet a note (``text``, its match at ``start``) names beside what it gives as the publisher (``raw``):
    after a story's title ("<a>When the River Went Quiet</a>, Valley Clarion, 16 May 2024"), or before "where" an
    issue ran it ("Courtesy of YES! Magazine, where this story first appeared in the Summer 2024 issue"); else the
    publisher itself."""
    titled = TITLE_THEN_OUTLET.match(clean_text(raw))
    if titled and not is_outlet(publisher) and is_outlet(titled.group("name")):
        return titled.group("name")
    if _EDITION_NAME.fullmatch(publisher):
        where = _WHERE_OUTLET.search(text, 0, start)
        return where.group("name") if where is not None else publisher
    return publisher


_OWNER = re.compile(
    r"^\W{0,3}\s*(?:,\s*(?:the|an?|das|die|der|le|la)\s+(?:[\w-]+\s+){0,3}?(?:magazine|blog|newsletter|journal|"
    r"podcast|magazin|zeitschrift|revue)\s+)?(?:der|des|vom|von|of|du|de\s+la|de|della|del)\s+"
    r"(?P<owner>[^,.;:!?()]{2,60})",
    re.IGNORECASE,
)
"""The owner named right after a publication: "„Horizonte“ der TH Mittelweser", "Horizons, the research magazine of
Example University"."""


def _owned_by_site(raw: str, publisher: str, page_url: str | None, site_name: str | None) -> bool:
    """Whether the note names the publication as the page's own site's ("erschien zuerst im Forschungsmagazin
    „Horizonte“ der TH Mittelweser" on the university's site): the name after it is the site's (``own_name``)."""
    at = raw.find(publisher)
    if at < 0:
        return False
    owner = _OWNER.match(raw[at + len(publisher) :])
    return owner is not None and own_name(owner["owner"].strip(), page_url, site_name)


_PARTNER_LABEL = re.compile(
    r"^\W{0,3}(?:from|by)\s+our\s+(?:news\s+|media\s+|content\s+)?partners?\s*(?:at\s+)?[:|–—-]?\s*"
    r"(?P<name>[^.!?:|]{2,60}?)\W{0,3}$",
    re.IGNORECASE,
)
"""A label naming the partner the story comes from ("From our partner <a>CalMatters</a>"), a line of its own."""


def _partner_label(text: str, element: Tag, page_url: str | None, index: int | None) -> OriginFinding | None:
    """The news outlet a "From our partner X" label names, when X is a listed outlet or reads like one (a sponsor's
    brand is no origin)."""
    match = _PARTNER_LABEL.match(text)
    name = match.group("name").strip() if match else ""
    if not name or not (outlet_name(name) or is_outlet(name)):
        return None
    anchor = element.find("a", href=True)
    href = anchor.get("href") if isinstance(anchor, Tag) else None
    url = absolute_url(href if isinstance(href, str) else None, page_url)
    return OriginFinding(outlet_name(name) or name, text, url, index)


@functools.cache
def _original_note() -> re.Pattern[str]:
    """A note that the story first appeared elsewhere, or that points to its original, naming it only by a link:
    "Originally published <a>here</a>", "Der Artikel erschien zuerst <a>hier</a>", "Read the original article
    <a>here</a>". Compiled on first use (a short note beside a page's URL), not at import: ~3 ms."""
    return re.compile(
        rf"^\W{{0,3}}(?:(?:this|the)\s+(?:{KINDS})\s+(?:was\s+|is\s+|has\s+been\s+)?|"
        rf"(?:dieser|diese|dieses|der|die|das)\s+(?:{GERMAN_KINDS})\s+(?:ist\s+|wurde\s+)?|"
        r"(?:cet|l['’])\s*article\s+(?:a\s+été\s+|est\s+)?|(?:este|el)\s+(?:artículo|texto)\s+(?:fue\s+)?|"
        r"(?:questo|l['’])\s*articolo\s+(?:è\s+stato\s+)?)?"
        r"(?:(?:originally|first|initially)\s+(?:published|appeared|posted|ran)|(?:zuerst|ursprünglich|erstmals)\s+"
        r"(?:erschienen|veröffentlicht|publiziert)|erschien\s+(?:zuerst|ursprünglich|erstmals|im\s+original)|"
        r"(?:publié|paru)e?\s+(?:initialement|d['’]abord|à\s+l['’]origine)|initialement\s+publiée?|"
        r"publicad[oa]\s+originalmente|originalmente\s+publicad[oa]|pubblicato\s+originariamente)\b|"
        r"^\W{0,3}content\s+from\W{0,3}$|"
        r"\b(?:original\s+(?:article|story|post|piece|version)|originalartikel|originalbeitrag|originaltext|"
        r"article\s+original|artículo\s+original|articolo\s+originale|artigo\s+original)\b",
        re.IGNORECASE,
    )


_MAX_LINKED_NOTE = 200


def _linked_note(text: str, element: Tag, page_url: str | None, index: int | None) -> OriginFinding | None:
    """The original a short note (``_original_note``) links to, when its one link to another site has no name for
    text ("here", "hier", the URL, "Read the original article"): named later from its domain."""
    if len(text) > _MAX_LINKED_NOTE or page_url is None or not _original_note().search(text):
        return None
    others: list[tuple[str, str, Tag]] = []
    for anchor in element.find_all("a", href=True, limit=5):
        href = anchor.get("href")
        url = absolute_url(href if isinstance(href, str) else None, page_url)
        if url is not None and not same_site_unarchived(url, page_url) and not same_brand(url, page_url):
            others.append((url, clean_text(anchor.get_text(" ", strip=True)), anchor))
    if len({registrable_domain(url) for url, _, _ in others}) != 1:
        return None  # no link to another site, or links to several: sources, not the original
    url, anchor_text, anchor = others[0]
    logo = _logo_name(anchor) if not anchor_text else None
    if logo:  # "Originally published by <a><img alt="Ridgeline Report"></a>": the outlet's logo names it
        return OriginFinding(logo, text, url, index)
    domain = registrable_domain(url)
    vague = _vague_name(anchor_text) or _URL_NAME.match(anchor_text) or anchor_text.casefold() == domain
    if not domain or not (vague or _original_note().search(anchor_text)) or not is_story_url(url):
        return None  # a named link is the named-note rules' business; a home page is no story
    return OriginFinding(domain, text, url, index)


def _logo_name(anchor: Tag) -> str | None:
    """The name a link's logo image gives in its ``alt`` text ("Ridgeline Report"), if it reads as a name: capitalised,
    not "logo" or a file name."""
    image = anchor.find("img")
    alt = image.get("alt") if isinstance(image, Tag) else None
    name = clean_text(alt) if isinstance(alt, str) else ""
    name = _LOGO_WORD.sub("", name).strip(" -–|:")
    if not name[:1].isupper() or len(name) > MAX_PUBLISHER or "." in name.rsplit(" ", 1)[-1][-5:-3]:
        return None
    return name


_LOGO_WORD = re.compile(r"\s*\blogo\b\s*", re.IGNORECASE)


def _linked_publisher(element: Tag, raw: str, publisher: str, page_url: str | None) -> tuple[str | None, str]:
    """The URL of the note's link to the original and the publisher it names: a link whose text is the publisher's
    name (which it then spells), or a link that holds the whole note ("<a>Rebloggt von X: Title</a>")."""
    at = raw.find(publisher) if publisher else -1
    named_part = compact_key(raw[: at + len(publisher)] if at >= 0 else raw)  # not a link after the name's sentence
    for anchor in element.find_all("a", href=True, limit=5):
        anchor_text = publisher_prefix().sub("", clean_text(anchor.get_text(" ", strip=True)))
        href = anchor.get("href")
        key = compact_key(anchor_text)
        if key and key in named_part:
            url = absolute_url(href if isinstance(href, str) else None, page_url)
            named = LOWER_THE.sub("", anchor_text.strip(" .,:;"))  # "in <a>the Los Angeles Times</a>"
            return url, publisher if _vague_name(anchor_text) else named
        if compact_key(publisher) and compact_key(publisher) in key:
            return absolute_url(href if isinstance(href, str) else None, page_url), publisher
    return None, publisher


def notes_in_page(
    strings: Sequence[NavigableString], page_url: str | None, site_name: str | None
) -> OriginFinding | None:
    """A republication note anywhere in the intact page (read before the body extractor drops it as furniture),
    but for the notes of a feed's cards: one wording naming several publishers ("Provided by Reuters", "Provided
    by USA TODAY" on a portal's "More for you" cards) credits each card's story, not the page's."""
    found_notes: list[OriginFinding] = []
    for string in strings:
        element = string.parent
        while element is not None and element.parent is not None and element.name in INLINE:
            element = element.parent
        if element is None:
            continue
        text = clean_text(element.get_text(" "))
        if len(text) <= MAX_NOTE_CHARS:
            found = statement_origin(text, element, page_url, site_name)
            if found is None and _TRANSLATED.search(text):  # "Translated by A. Source: <a>X</a>" outside the body
                found = source_link(element, text, None, page_url)
            if found is None:  # a relay note opening the text, which the body took for a picture's caption
                relayed = relayed_release(text, None, site_name)
                found = relayed if relayed is not None and _opens_text(element) else None
            if found and found.statement not in {note.statement for note in found_notes}:
                found_notes.append(found)
    publishers: dict[str, set[str]] = {}
    for note in found_notes:
        publishers.setdefault(_wording(note), set()).add(note.publisher.casefold())
    return next((note for note in found_notes if len(publishers[_wording(note)]) == 1), None)


def _wording(note: OriginFinding) -> str:
    """A note's words without its publisher's name: the same for every card of a feed."""
    return note.statement.replace(note.publisher, "").casefold()


_TRANSLATED = re.compile(r"\b(?:translated|übersetz|tradu[cizç]|traduz)", re.IGNORECASE)


_RELAYED_RELEASE = re.compile(
    r"(?:^|(?<=[.!?:]\s))\W{0,3}(?:"  # at a sentence's start
    r"(?:(?:the\s+following|below)\s+is\s+(?:an?|the)\s+(?:full\s+)?|"
    r"(?:we\s+are|we['’]re)\s+(?:republishing|sharing|relaying|reposting)\s+(?:below\s+|here\s+)?(?:an?|the)\s+)"
    r"(?:press\s+release|news\s+release|media\s+release|statement)\s+(?:from|by|issued\s+by|of)\s+"
    r"(?P<publisher>(?:the\s+)?(?-i:[A-Z]).+)|"
    r"nous\s+(?:relayons|publions|reproduisons)\s+(?:ci-dessous\s+|ici\s+)?(?:le|un)\s+communiqué\s+"
    r"(?:de\s+presse\s+)?(?:de\s+(?:la\s+|l['’])?|du\s+|des\s+|d['’])\s*(?P<publisher_fr>(?-i:[A-ZÀ-Þ]).+)|"
    r"wir\s+(?:dokumentieren|veröffentlichen)\s+(?:im\s+folgenden\s+|hier\s+|nachfolgend\s+)?"
    r"(?:die|eine)\s+(?:pressemitteilung|presseerklärung|erklärung|stellungnahme)\s+(?:von\s+|des\s+|der\s+)"
    r"(?P<publisher_de>(?-i:[A-ZÄÖÜ]).+)|"
    r"(?:reproducimos|publicamos)\s+(?:a\s+continuación\s+)?(?:el|un)\s+comunicado\s+(?:de\s+prensa\s+)?"
    r"(?:de\s+(?:la\s+)?|del\s+)(?P<publisher_es>(?-i:[A-ZÁÉÍÓÚÑ]).+))",
    re.IGNORECASE,
)
"""An editor's note opening a press release or statement relayed in full ("The following is a press release from
the Example County Sheriff's Office:", "Nous relayons ci-dessous le communiqué de X", "Wir dokumentieren im Folgenden
die Pressemitteilung von X"): the whole text is X's. Only in the opening blocks: a story closing with "Below is the
full statement from X" is the newsroom's own."""


_OPENING_TEXT = 400
"""At most this much paragraph text before a relay note in its element's parent: a standfirst, not the story."""


def _opens_text(element: Tag) -> bool:
    """``element`` stands before its parent's paragraphs (at most a standfirst before it), and one follows it: a
    note opening the text, not one closing a reporter's story."""
    before = sum(len(p.get_text()) for p in element.find_previous_siblings("p"))
    return before <= _OPENING_TEXT and element.find_next_sibling("p") is not None


def relayed_release(text: str, index: int | None, site_name: str | None) -> OriginFinding | None:
    match = _RELAYED_RELEASE.search(text)
    if match is None:
        return None
    raw = next(value for key, value in match.groupdict().items() if value)
    publisher = publisher_name(re.split(r"[:.;(]\s", f"{raw} ", maxsplit=1)[0])
    if not publisher or len(publisher) > MAX_PUBLISHER or compact_key(publisher) == compact_key(site_name):
        return None
    own_block = match.start() == 0 and len(text) <= _MAX_CLAIMED_NOTE  # a note after the standfirst leaves it be
    return OriginFinding(publisher, text, None, index if own_block and index is not None else None)


__all__ = [
    "notes_in_page",
    "relayed_release",
    "statement_origin",
]
