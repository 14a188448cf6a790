"""Wire credits for a whole story: a wire's dateline ("WASHINGTON (AP) —", "MOSCOW, May 3. /TASS/."), a
closing credit ("(AFP)", "— PTI", "Quelle: dpa"), a "By Reuters" line, and a credit line or date line in the
intact page that the body extractor drops (read where a story's credit stands, not a photo's or the site's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import islice
from typing import TYPE_CHECKING

from bs4 import Tag
from bs4.element import Comment, NavigableString, PageElement

from worker.lexicon.agencies import (
    AGENCY_PATTERN,
    COPYRIGHT_CREDIT,
    CREDIT_DOMAIN,
    CREDIT_LINE,
    LAST_SOURCE,
    OUTLET_DATE,
    OUTLET_PATTERN,
    SOURCE_LABEL,
    SOURCE_NAME,
    TRAILING_CREDIT,
    TRAILING_CREDIT_CHARS,
    agency_name,
    dashed_outlet,
    outlet_name,
    outlet_of_domain,
    wire_trailer,
)
from worker.lexicon.domains import absolute_url
from worker.lexicon.text import clean_text, compact_key
from worker.parse.boilerplate import BLOCK_TAGS, FOOTER_NAME
from worker.parse.citations import is_outlet
from worker.parse.landmarks import DATELINE_NAME, NAME_DATELINE
from worker.parse.note_patterns import DAY_DATE
from worker.parse.origin_markup import OriginFinding
from worker.parse.source_links import INLINE, SOURCE_LINE, source_link
from worker.parse.story_urls import is_page
from worker.parse.tree_search import ancestor_named, first_tag, links_in, tags_named

if TYPE_CHECKING:
    from worker.parse.body import Block

_DATELINE = re.compile(
    r"^(?P<statement>(?:[^\W\d_][\w.'’ ,/\[\]-]{0,60}?\s*(?:[:—–]\s*)?)?"
    rf"\((?P<agency>{AGENCY_PATTERN}|{OUTLET_PATTERN})"
    r"(?:\d{3}/[\d.]+/[\d:]+)?"  # a release number, date and time: "(pte012/08.05.2024/11:30)"
    r"(?:\s+(?!Photo|Foto)[A-Z]\w+)?(?:\s*[/,]\s*[\w-]+)*\)\s*\.?\s*(?:[-—–:।]+|(?-i:(?=[A-ZÀ-Þ\"“]))))",
    re.IGNORECASE,
)
"""A wire's dateline: the place (and date) and the wire's name in brackets, before or after a dash or colon
("WASHINGTON (AP) —", "LONDON, May 3 (Reuters) -", "NEW DELHI: (PTI) ...", "WASHINGTON — (AP) ...")."""
_OTHER_DATELINES = (
    re.compile(  # "MOSCOW, May 3. /TASS/.", "Bucureşti, 3 mai /Agerpres/ -", "МОСКВА, 3 мая. /ТАСС/."
        rf"^(?P<statement>(?=[^\W\d_])[\w.'’ ,-]{{0,60}}?\s*/\s?(?P<agency>{AGENCY_PATTERN})\s?/\s*\.?\s*(?:[-—–:]+)?)",
        re.IGNORECASE,
    ),
    re.compile(
        rf"^(?P<statement>[(（\[［][^\W\d_][^()（）\[\]［］=]{{0,20}}=\s*(?P<agency>{AGENCY_PATTERN})[)）\]］])"
    ),
    re.compile(rf"^(?P<statement>(?P<agency>{AGENCY_PATTERN})[^\W\d_]{{0,12}}\d{{1,2}}月\d{{1,2}}日电)"),
    re.compile(r"^(?P<statement>【[^】\d]{0,12}?(?P<agency>共同|時事)】)"),
    re.compile(  # "<span>WASHINGTON (AP)</span>" as a block of its own, the dash opening the next
        rf"^(?P<statement>(?-i:[A-ZÀ-Þ][A-ZÀ-Þ.'’ ,-]{{1,40}})\s*\((?P<agency>{AGENCY_PATTERN})\))\s*$", re.IGNORECASE
    ),
    re.compile(
        r"^(?P<statement>[\u0600-\u06FF][\u0600-\u06FF\d ]{0,80}?[ \-–—]+(?P<agency>واس|وام|قنا|كونا))(?=[ :]|$)"
    ),
)
"""Datelines of wires that set their name in slashes ("/TASS/", Arabic "/ وام /"), after the city and "="
("(서울=연합뉴스)"), before a Chinese date ("新华社北京5月3日电"), after the city in lenticular brackets ("【ワシントン
共同】", "【ロンドン時事】"), after an Arabic city and date ("الرياض ... 2018 م واس"), or after a city in capitals
as a block of its own ("WASHINGTON (AP)", its dash opening the next block)."""
_VIA_DATELINE = re.compile(
    r"^(?P<statement>(?P<publisher>[A-ZÀ-Þ][\w&'’.]*(?:\s+[A-ZÀ-Þ][\w&'’.]*){0,4})\s+via\s+"
    r"[A-ZÀ-Þ][\w&.]*(?:\s+[A-ZÀ-Þ][\w&.]*){0,3}\s*[-—–]+)"
)
_BY_AGENCY = re.compile(
    rf"^\W{{0,3}}(?:by|von|par|por|door)\s+(?P<agency>{AGENCY_PATTERN})(?:\s+(?:staff|news\s+service|wire\s+service))?"
    r"(?:\W{0,3}$|\s*[|•·,–—-]\s*\S.{0,80}$)",
    re.IGNORECASE,
)
_HEAD_BLOCKS = 3
DATELINE_BLOCKS = 8  # a dateline may follow a standfirst, a summary's points, a byline and a date line
TRAILING_BLOCKS = 2
_TRAILING_LOOK = 16  # blocks read back from the end to find the last prose ones (a table's cells are passed over)


_IMAGE_NAMES = re.compile(r"image|img|photo|foto|bild|picture|caption|gallery|media|video|copyright", re.IGNORECASE)
_CREDIT_DEPTH = 4
_MAX_CREDIT_BLOCK = 40


def _class_id(element: Tag) -> str:
    classes = element.get("class")
    names = str(classes or "")
    return f"{names} {element.get('id') or ''}"


_FULL_NOTICE = re.compile(r"\d{4}|rights|rechte|droits|derechos", re.IGNORECASE)
_SOURCE_CLASS = re.compile(r"source|quelle|provider|agency|agentur|fuente|fonte", re.IGNORECASE)
_NOT_CREDIT_CONTEXT = frozenset({"a", "figure", "figcaption", "li", "aside", "footer", "nav", "button"})


def credit_in_page(
    strings: Sequence[NavigableString],
    page_url: str | None = None,
    code: str | None = None,
    own_footers: Sequence[Tag] = (),
) -> OriginFinding | None:
    """A wire credit standing alone on its line in the intact page ("DPA", "Quelle: dpa" after the body, which
    the body extractor drops as a short tail), or a "Quelle: <a>outlet</a>" line; not a link, a caption, a list
    item or page chrome. A wire's name in an inline element of its own named as the source ("<span
    class="quelle">dpa</span>") counts beside other text."""
    for string in strings:
        element = string.parent
        named_source = element is not None and element.name in INLINE and _SOURCE_CLASS.search(_class_id(element))
        while element is not None and element.name in INLINE - {"a"} and not named_source and not _own_line(element):
            element = element.parent
        text = clean_text(str(string))
        dated = _outlet_and_date(element, own_footers)
        if dated is not None:
            return dated
        copyright_line = COPYRIGHT_CREDIT.match(text)
        source_label = SOURCE_LABEL.match(text)
        last_source = LAST_SOURCE.search(text) if ":" in text else None  # a meta row's field: "… | Text: epd | …"
        labelled = (SOURCE_LINE.match(text) and CREDIT_LINE.match(text)) or last_source  # "Quelle: dpa" in a meta row
        if element is None or not (copyright_line or source_label or labelled or _alone_on_its_line(string, element)):
            continue
        labelled_here = bool(labelled or source_label or SOURCE_NAME.match(text))
        notice = copyright_line and _FULL_NOTICE.search(text)  # "Copyright 2024 Reuters", not a photo's "© dpa"
        trailer = wire_trailer(text)  # "(Reporting by ...; Editing by ...)", "With inputs from PTI"
        credit_like = bool(notice or (not copyright_line and CREDIT_LINE.match(text)) or trailer)
        in_context = _credit_context(element, labelled_here, own_footers, footer_credit=labelled_here or credit_like)
        if not in_context or _in_story_card(element, page_url):
            continue  # chrome, or another story's teaser in a feed ("<h3><a>Other headline</a></h3><p>AP</p>")
        if copyright_line and _in_site_footer(element) and not _in_own_footer(element, own_footers):
            continue  # the site's own notice ("Copyright 2012 Dow Jones & Company, Inc." under a WSJ page)
        if any(
            _IMAGE_NAMES.search(_class_id(parent)) for parent in [element, *element.parents][:_CREDIT_DEPTH]
        ) and not (copyright_line and _closing_copyright(element)):
            continue  # a photo credit
        if source_label:
            labelled_source = _labelled_source(string, element, page_url, code)
            if labelled_source:
                return labelled_source
            continue
        credit = copyright_line or CREDIT_LINE.match(text) or last_source
        agency = _credited(credit.group("agency"), copyright_line is not None) if credit else trailer
        if agency:
            return OriginFinding(agency, text)
        outlet = _source_name(text, code)
        if outlet:
            return OriginFinding(outlet, text)
        closing = _closing_name(text, element)
        if closing:
            return closing
    return None


def _closing_name(text: str, element: Tag) -> OriginFinding | None:
    """A domain alone ("BVINEWS.COM") or a dash and a listed outlet ("— The Washington Post") on a line closing the
    story, as a story another site runs ends."""
    domain = CREDIT_DOMAIN.fullmatch(text)
    name = domain.group("domain").casefold() if domain else dashed_outlet(text)
    return OriginFinding(name, text) if name and _closes_story(element) else None


def _labelled_source(
    label: NavigableString, element: Tag, page_url: str | None, code: str | None
) -> OriginFinding | None:
    """The source a bare label ("Quelle:", "forrás:") names in its ``element``: a link to the original, a wire,
    or an outlet written in plain text ("<strong>Source:</strong> Valley Times")."""
    whole = clean_text(element.get_text(" "))
    found = source_link(element, whole, None, page_url)
    if found:
        return found
    credit = CREDIT_LINE.match(whole) if SOURCE_LINE.match(whole) else None  # "<span>Quelle:</span> dpa"
    if credit is None:  # the label's own line in a meta row: "<b>20.08.2015</b> forrás: <b>MTI</b><br>"
        credit = CREDIT_LINE.match(_rest_of_line(label, element))
        whole = credit.group(0) if credit else whole
    wire = agency_name(credit.group("agency")) if credit else None
    named = wire or _source_name(whole, code)
    return OriginFinding(named, whole) if named else None


def _outlet_and_date(element: Tag | None, own_footers: Sequence[Tag]) -> OriginFinding | None:
    """A line of a listed outlet and a date closing the story ("<p><strong>Deutschlandfunk,</strong> <time>02.
    November 2021</time></p>" after a reprinted interview): where the piece ran."""
    if element is None or element.name != "p":
        return None
    whole = clean_text(element.get_text(" "))
    dated = OUTLET_DATE.fullmatch(whole) if len(whole) <= _MAX_BOX_CHARS else None
    outlet = outlet_name(dated.group("name")) if dated else None
    if outlet is None or not _credit_context(element, False, own_footers) or not _after_story(element):
        return None
    return OriginFinding(outlet, whole)


def _after_story(element: Tag) -> bool:
    """Whether ``element`` closes the story: right after its paragraphs (``_closes_story``) or after the block that
    holds them ("<div>...<p>...</p></div><p>Deutschlandfunk, ...</p>"), and before no story paragraph."""
    if _closes_story(element):
        return True
    before = element.find_previous_sibling(True)
    if before is None or _story_paragraph(element.find_next_sibling(True)):
        return False
    return sum(len(p.get_text()) for p in before.find_all("p", limit=_STORY_SIBLINGS * 4)) >= _MIN_STORY


_MIN_STORY_PARAGRAPH = 150
_MIN_STORY = 400
_STORY_SIBLINGS = 12


_COPYRIGHT_LINES = frozenset({"p", "div", "small"})


def _closing_copyright(element: Tag) -> bool:
    """A copyright line of its own in the story ("<p class="copyright">© 2021 AWP</p>", "<div class="copyright">
    Copyright 2024 The Associated Press.</div>" after the last paragraph),
    not an image's credit: a paragraph or box with no image, figure or caption around it (its class alone may say
    "copyright"), inside the page's ``<article>`` or taken out of the story's flow on its own (the body extractor
    drops such a line as furniture, leaving it without a parent)."""
    near = [element, *element.parents][:_CREDIT_DEPTH]
    if element.name not in _COPYRIGHT_LINES or any(node.name in ("figure", "figcaption", "picture") for node in near):
        return False
    if any(_IMAGE_NAMES.search(_class_id(node).replace("copyright", "")) for node in near):
        return False
    return element.parent is None or ancestor_named(element, ("article",)) is not None


def _closes_story(element: Tag) -> bool:
    """Whether ``element`` closes the story: its block comes right after the story's paragraphs (a ``<p>``, and
    ``_MIN_STORY`` characters of ``<p>`` among the ``_STORY_SIBLINGS`` before it) and before no paragraph of
    ``_MIN_STORY_PARAGRAPH`` characters; not a site's logo or footer line, nor a web address the story gives between
    its paragraphs."""
    block = element
    while block.name in INLINE and block.parent is not None:
        block = block.parent
    before = block.find_previous_siblings(True, limit=_STORY_SIBLINGS)
    after = block.find_next_sibling(True)
    story = sum(len(sibling.get_text()) for sibling in before if sibling.name == "p")
    return bool(before) and before[0].name == "p" and story >= _MIN_STORY and not _story_paragraph(after)


def _story_paragraph(element: Tag | None) -> bool:
    return element is not None and element.name == "p" and len(element.get_text()) >= _MIN_STORY_PARAGRAPH


def _alone_on_its_line(string: NavigableString, element: Tag) -> bool:
    """Whether ``string`` is all its ``element`` says, the name field of a date line it heads ("<span>dpa</span> |
    <time>03.05.2024</time>"), or a line of its own in a short box of lines broken by ``<br>`` (a byline's
    "Reuters<br>May 3, 2024")."""
    text = clean_text(str(string))
    whole = clean_text(element.get_text(" "))
    if whole == text:
        return True
    if len(whole) > _MAX_BOX_CHARS:
        return False
    heading = NAME_DATELINE.match(whole)
    if heading is not None and clean_text(heading.group("name")) == text:
        return True
    line: list[str] = []
    held = False
    for node in element.descendants:
        if isinstance(node, Tag) and node.name == "br":
            if held:
                break
            line = []
        elif type(node) is NavigableString:
            line.append(str(node))
            held = held or node is string
    return held and element.find("br") is not None and clean_text(" ".join(line)) == text


_MAX_BOX_CHARS = 120  # a byline or meta box, not a paragraph


def _rest_of_line(string: NavigableString, element: Tag) -> str:
    """``string`` and the inline text after it in ``element`` up to a line break or a block ("forrás: <b>MTI</b>
    <br>" after the date of a meta row), at most ``_MAX_BOX_CHARS`` long."""
    parts = [str(string)]
    for node in string.next_elements:
        if isinstance(node, Tag) and node.name not in INLINE:  # a <br>, a <div>: the line ends
            break
        if type(node) is NavigableString:
            if not any(parent is element for parent in node.parents):
                break
            parts.append(str(node))
        if sum(map(len, parts)) > _MAX_BOX_CHARS:
            return ""
    return clean_text(" ".join(parts))


def _credit_context(
    element: Tag, labelled: bool, own_footers: Sequence[Tag] = (), *, footer_credit: bool = False
) -> bool:
    """Whether a credit line stands where a story's credit does: not in a link, a caption, a list item, a sidebar,
    navigation or a footer; a labelled one ("Quelle: dpa") may stand in a list item (a meta row), and it or a
    wire's own credit line (``footer_credit``: "— Reuters", "(Reporting by ...)", "Copyright 2024 The Associated
    Press") in one of ``own_footers``, the article's own footer (``article_footers``), not the site's."""
    if _data_cell(element):
        return False
    return not any(
        parent.name in _NOT_CREDIT_CONTEXT
        and not (labelled and parent.name == "li")
        and not ((labelled or footer_credit) and parent.name == "footer" and any(parent is f for f in own_footers))
        for parent in (element, *element.parents)
    )


def _in_own_footer(element: Tag, own_footers: Sequence[Tag]) -> bool:
    """Whether ``element`` lies in one of ``own_footers``, the article's own footers."""
    return any(parent is footer for parent in element.parents for footer in own_footers)


_CARD_CLIMB = 2
_CARD_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _in_story_card(element: Tag, page_url: str | None) -> bool:
    """The line sits in a teaser of another story: within ``_CARD_CLIMB`` levels up, a heading links to a page other
    than this one (a feed's card and its byline), not the story's own linked title."""
    for node in islice(element.parents, _CARD_CLIMB):
        for heading in tags_named(node, _CARD_HEADINGS, 4):
            anchors = links_in(heading, 1)
            href = anchors[0].get("href") if anchors else None
            url = absolute_url(href, page_url) if isinstance(href, str) and href.strip() else None
            if url is not None and not is_page(url, page_url):
                return True
    return False


def _own_line(element: Tag) -> bool:
    """An inline element set between blocks, a line of its own ("<p>…</p><cite>—Associated Press</cite></div>"): no
    text beside it in its parent, a block or nothing before and after it, and a block on at least one side (the
    only child of a paragraph is that paragraph's line)."""
    beside = [_block_beside(element, before=True), _block_beside(element, before=False)]
    if any(node is not None and not (isinstance(node, Tag) and node.name in BLOCK_TAGS) for node in beside):
        return False
    return any(node is not None for node in beside)


def _block_beside(element: Tag, *, before: bool) -> PageElement | None:
    """The node before (or after) ``element`` past whitespace and comments."""
    node = element.previous_sibling if before else element.next_sibling
    while node is not None and not isinstance(node, Tag) and (isinstance(node, Comment) or not str(node).strip()):
        node = node.previous_sibling if before else node.next_sibling
    return node


_FOOTER_CLIMB = 4


def _in_site_footer(element: Tag) -> bool:
    """The element, or one of its nearest ancestors, is named as a footer ("printSummary pfFooter", "site-footer")
    outside any ``<article>``: the page's footer, whose copyright notice names the site's owner, not a wire."""
    nodes = [element, *islice(element.parents, _FOOTER_CLIMB)]
    return any(FOOTER_NAME.search(_class_id(node)) for node in nodes) and ancestor_named(element, ("article",)) is None


def _data_cell(element: Tag) -> bool:
    """A cell of a data table's row, its text its own ("<tr><td>Arlen Specter</td><td>PA</td>..."): a state's
    code, not a credit. A layout table's cell holds its lines in paragraphs and divisions of their own."""
    if element.name not in ("td", "th") or not isinstance(element.parent, Tag):
        return False
    return len(element.parent.find_all(("td", "th"), recursive=False, limit=2)) > 1


def article_footers(strings: Sequence[NavigableString]) -> list[Tag]:
    """The ``<footer>`` elements inside an ``<article>`` that hold one of ``strings``: the article's own footer
    ("<article>...<footer>Quelle: dpa</footer></article>"), read on the intact tree (the body extractor drops
    footers)."""
    footers: list[Tag] = []
    for string in strings:
        footer = ancestor_named(string, ("footer",))
        if (
            footer is not None
            and ancestor_named(footer, ("article",)) is not None
            and all(footer is not f for f in footers)
        ):
            footers.append(footer)
    return footers


_IMAGES = ("img", "picture", "video", "figure", "svg")
_PAGE_BOXES = frozenset({"article", "main", "body"})


def without_photo_credits(strings: Sequence[NavigableString]) -> list[NavigableString]:
    """``strings`` less those beside an image or in a figure (read on the intact tree: the body extractor drops
    images)."""
    kept = []
    for string in strings:
        element = string.parent
        while element is not None and element.name in INLINE - {"a"}:
            element = element.parent
        if element is None or not (_beside_an_image(element) or ancestor_named(element, _FIGURES) is not None):
            kept.append(string)
    return kept


_FIGURES = ("figure", "figcaption", "picture")
_MAX_CAPTION_BOX_CHARS = 600
"""A box holding more text than this is a story's, not an image's caption box (a meta row's text beside the lead
and its photo)."""


def _beside_an_image(element: Tag) -> bool:
    """Whether a credit line shares its box with an ``<img>``/``<picture>``/``<figure>`` ("<div><img><small>© dpa
    </small></div>"): a photo credit, not the story's; a box of a story's text with its photo is no caption box."""
    return (
        element.name not in _PAGE_BOXES
        and first_tag(element, _IMAGES) is not None
        and len(element.get_text()) <= _MAX_CAPTION_BOX_CHARS
    )


def dateline_credit(
    strings: Sequence[NavigableString], name_first: Sequence[NavigableString] = ()
) -> OriginFinding | None:
    """A wire credited as the last field of a date line ("03.05.2024 | 13:10 Uhr | dpa", "3.5.2024 · Quelle: AFP")
    or, in ``name_first``, as its first ("dpa | 03.05.2024", "Reuters · May 3, 2024"); not in a caption, a list item
    or page chrome."""
    lines = [(string, DATELINE_NAME) for string in strings] + [(string, NAME_DATELINE) for string in name_first]
    for string, pattern in lines:
        line = pattern.match(clean_text(str(string)))
        credit = CREDIT_LINE.match(line.group("name")) if line else None
        agency = agency_name(credit.group("agency")) if credit else None
        if agency and string.parent is not None:
            if any(parent.name in _NOT_CREDIT_CONTEXT for parent in (string.parent, *string.parent.parents)):
                continue
            return OriginFinding(agency, clean_text(str(string)))
    return None


def _credited(written: str, copyright_line: bool) -> str | None:
    """The wire a credit line names, or the listed outlet a copyright line names ("Copyright 2024 NPR")."""
    return agency_name(written) or (outlet_name(written) if copyright_line else None)


def _source_name(text: str, code: str | None = None) -> str | None:
    """The outlet a "Source: X" line names: a listed one, an outlet-like capitalised name ("Valley Times"), a name
    that calls itself a news agency ("Quelle: © www.x.example - Juristische Presseagentur"), or an agency whose
    name starts with the story's dateline ``code`` ("(jur)" and "Quelle: JurAgentur")."""
    source = SOURCE_NAME.match(text)
    if source is None:
        return None
    name = _SOURCE_DATE.split(source.group("name").strip(), maxsplit=1)[0]
    domain = _DOMAIN_PART.match(name.casefold())  # "Quelle: tagesschau.de": a listed outlet's domain
    found = _outlet_called(name) or (outlet_of_domain(domain.group("domain")) if domain else None)
    if found:
        return found
    wire = _one_wire(name)
    if wire:
        return wire
    head, comma, rest = name.partition(",")
    if comma and not any(outlet_name(part) or agency_name(part) or is_outlet(part) for part in _LIST_PARTS.split(rest)):
        found = _outlet_called(head)
        if found:
            return found  # "Quelle: X, Lokalteil Süd, 14.05.2024", "Source: X, issue 3,642": the outlet, then details
    for part in (part.strip(" ©") for part in _CREDIT_PARTS.split(name)):
        domain = _DOMAIN_PART.match(part)
        if domain and code and domain.group("label").startswith(code) and _AGENCY.search(domain.group("label")):
            return domain.group("domain")  # "Quelle: www.juragentur.de": named from the page later, if it can be
        if part[:1].isupper() and (
            _NEWS_AGENCY.search(part) or (code and compact_key(part).startswith(code) and _AGENCY.search(part))
        ):
            return part
    return None


def _outlet_called(name: str) -> str | None:
    """``name`` as the outlet list spells it, or itself if it is capitalised and reads as an outlet's; else None."""
    return outlet_name(name) or (name if name[:1].isupper() and is_outlet(name) else None)


_DOMAIN_PART = re.compile(r"^(?:https?://)?(?:www\.)?(?P<domain>(?P<label>[a-z0-9-]+)\.[a-z]{2,})/?$")

_SOURCE_DATE = re.compile(
    rf"\s+(?:vom|from|of|am|on|du|del)\s+\d|,?\s+\d{{1,2}}\.\s|,\s*\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|,\s*{DAY_DATE}"
)
"""Where a source's date begins: "Harbor Times vom 3. Mai 2024", "Harbor Times, 03.05.2024", "X, 3 maggio 2024"."""
_MIN_LIST_PARTS = 2
_LIST_PARTS = re.compile(r"\s*[,;]\s*")
_INITIALS = re.compile(r"^(?:[^\W\d_]{1,4}\s*/\s*)*(?P<wire>[^/]+?)(?:\s*/\s*[^\W\d_]{1,4})*$")
_NAME_PART = re.compile(r"^(?:[\w-]+\.[a-z]{2,}|[^\W\d_]{1,4}|[A-ZÀ-Þ0-9][\w'’.&-]*(?:\s+[A-ZÀ-Þ0-9][\w'’.&-]*)*)$")
"""A source beside a wire that is a name: a site's domain, an editor's initials, a capitalised name ("ZEIT ONLINE");
not data ("Company filings")."""


def _one_wire(name: str) -> str | None:
    """The one wire a list of sources names besides non-wires: "ntv.de, ghö/dpa" (the site, an editor's initials and
    the wire) gives "dpa"; several wires ("ZEIT ONLINE, dpa, AFP, Reuters") or data beside it ("Company filings,
    Bloomberg") name none."""
    parts = _LIST_PARTS.split(name)
    if len(parts) < _MIN_LIST_PARTS:
        return None
    wires = set()
    for part in parts:
        bare = _INITIALS.match(part.strip())
        wire = agency_name(bare.group("wire")) if bare else None
        if wire:
            wires.add(wire)
        elif not _NAME_PART.match(part.strip()):
            return None  # "Source: Company filings, Bloomberg": a chart's sources
    return wires.pop() if len(wires) == 1 else None


_CREDIT_PARTS = re.compile(r"\s+[-–—|]\s+|\s*[,;/]\s*")
_NEWS_AGENCY = re.compile(
    r"(?:presseagentur|nachrichtenagentur|pressedienst|nachrichtendienst|\bnews\s+agency|\bpress\s+agency|"
    r"\bnews\s+service|\bwire\s+service)$",
    re.IGNORECASE,
)
"""A name that calls itself a news agency or service ("Juristische Presseagentur", "Harbor News Service")."""
_AGENCY = re.compile(r"(?:agentur|agency|dienst|service)$", re.IGNORECASE)
_CODED_DATELINE = re.compile(r"^[A-ZÀ-Þ][\w.'’ ,/-]{0,60}?\s*\((?P<code>[a-z]{2,5})\)\s*[.:–—-]")
"""A dateline crediting a short lower-case code that is no listed agency: "Kassel (jur). Das Gericht ..."."""


def dateline_code(blocks: Sequence[Block]) -> str | None:
    """The lower-case code a dateline in the story's first blocks credits ("jur" for "Kassel (jur)."), if any."""
    for block in blocks[:DATELINE_BLOCKS]:
        found = _CODED_DATELINE.match(block.text)
        if found:
            return found.group("code")
    return None


def wire_origin(blocks: Sequence[Block]) -> OriginFinding | None:
    head = blocks[:_HEAD_BLOCKS]
    for index, block in enumerate(blocks[:DATELINE_BLOCKS]):
        labelled = SOURCE_LINE.match(block.text) and CREDIT_LINE.match(block.text)
        credited = agency_name(labelled.group("agency")) if labelled else None
        if labelled and credited:  # "Quelle: dpa-AFX" heading the story, before its "(dpa) -" dateline
            return OriginFinding(credited, block.text, block=index)
        via = _VIA_DATELINE.match(block.text)
        if via:  # "KVELLER via JTA —": the outlet's story, carried by a wire
            publisher = via.group("publisher")
            return OriginFinding(publisher.title() if publisher.isupper() else publisher, via.group("statement"))
        dateline = _DATELINE.match(block.text) or _other_dateline(block.text)
        if dateline and _spelled_out(block.text[: dateline.start("agency")], dateline.group("agency")):
            dateline = None  # "Pakistan Tehreek-e-Insaf (PTI) Chairman Imran Khan said": a name's short form
        agency = outlet_name(dateline.group("agency")) if dateline else None
        if dateline and agency:
            return OriginFinding(agency, clean_text(dateline.group("statement")))
    return _closing_credit(blocks, dateline_code(blocks)) or _by_agency(head)


def _other_dateline(text: str) -> re.Match[str] | None:
    return next((found for pattern in _OTHER_DATELINES if (found := pattern.match(text))), None)


def _closing_credit(blocks: Sequence[Block], code: str | None = None) -> OriginFinding | None:
    """ "(AFP)", "— PTI", "Quelle: dpa", "Copyright 2023 The Associated Press", a wire's closing line ("(Reporting
    by ...; Editing by ...)", "With inputs from PTI") closing the story, or on its last line a domain alone
    ("BVINEWS.COM") or a dash and a listed outlet ("— The Washington Post")."""
    for index in range(len(blocks) - 1, max(-1, len(blocks) - 1 - _HEAD_BLOCKS), -1):
        text = blocks[index].text
        copyright_line = COPYRIGHT_CREDIT.match(text)
        credit = CREDIT_LINE.match(text) or copyright_line
        agency = _credited(credit.group("agency"), credit is copyright_line) if credit else None
        if agency:
            return OriginFinding(agency, text, block=index if len(text) <= _MAX_CREDIT_BLOCK else None)
        wire = wire_trailer(text)
        if wire:
            return OriginFinding(wire, text)
        last_line = text.rsplit("\n", 1)[1] if "\n" in text else ""  # "... its findings.<br><br>(Reporting by ...)"
        wire = wire_trailer(last_line) if last_line else None
        if wire:
            return OriginFinding(wire, last_line)
        name = _source_name(text, code)
        if name:
            return OriginFinding(name, text, block=index)
        if index == len(blocks) - 1:
            found = _last_line_credit(text, index, blocks[index].kind)
            if found:
                return found
    prose = [block for block in blocks[-_TRAILING_LOOK:] if block.kind != "cell"]  # not a table after the story
    for block in prose[-TRAILING_BLOCKS:]:
        tail = block.text[-TRAILING_CREDIT_CHARS:]
        trailing = TRAILING_CREDIT.search(tail)
        written = next((part for part in trailing.group(*_TRAILING_PARTS) if part), None) if trailing else None
        if trailing and written and _spelled_out(tail[: trailing.start()], written):
            continue  # "... leaders of Pakistan Tehreek-e-Insaf (PTI).": the name's short form, not a credit
        agency = agency_name(written) if written else None
        if written and agency and _wire_case(written, agency):
            return OriginFinding(agency, written)
    return None


_WORD = re.compile(r"[^\W\d_][\w'’.]*")


def _spelled_out(before: str, written: str) -> bool:
    """Whether the words right before a bracketed short form spell it out ("Pakistan Tehreek-e-Insaf (PTI)", "The
    Associated Press (AP)"): the initials of those words' capitalised parts end with it, as a name introduces its
    abbreviation; a wire's credit follows a place or a sentence ("NEW DELHI (PTI)", "... said. (AP)")."""
    short = written.strip().upper()
    if len(short) < _MIN_SPELLED or not short.isalpha() or not written.isupper():
        return False
    name = before.rstrip(" ([（")
    initials = "".join(word[0] for word in _WORD.findall(name[-_SPELLED_CHARS:]) if word[0].isupper())
    return initials.endswith(short) and not name.isupper()


_MIN_SPELLED = 2
_SPELLED_CHARS = 80


def _last_line_credit(text: str, index: int, kind: str) -> OriginFinding | None:
    """A domain alone on the story's last line ("BVINEWS.COM": named from the page or the domain later), or a dash
    and a listed outlet ending its text ("— The Washington Post", not a list's item), as a story another site runs
    ends."""
    domain = CREDIT_DOMAIN.fullmatch(text)
    if domain:
        return OriginFinding(domain.group("domain").casefold(), text, block=index)
    outlet = dashed_outlet(text) if kind in ("p", "text") else None
    return OriginFinding(outlet, text, block=index) if outlet else None


_TRAILING_PARTS = ("agency", "dashed", "slashed", "wrapped", "bare")
_MIN_LOWER_CODE = 3


def _wire_case(written: str, agency: str) -> bool:
    """Whether a closing credit is written as a wire writes itself: "(AFP)", "— PTI", "(dpa)", or a code of three
    letters or more in lower case as German desks write it ("(sid)", "(kna)"), or in a script without case
    ("（共同）"); not "(ap)" or "(pa)"."""
    lower_code = written.islower() and written.isalpha() and len(written) >= _MIN_LOWER_CODE
    return written.upper() == written or written == agency or lower_code


def _by_agency(head: Sequence[Block]) -> OriginFinding | None:
    for index, block in enumerate(head):
        by_agency = _BY_AGENCY.match(block.text)
        agency = agency_name(by_agency.group("agency")) if by_agency else None
        if agency:
            return OriginFinding(agency, block.text, block=index)
    return None


__all__ = [
    "DATELINE_BLOCKS",
    "TRAILING_BLOCKS",
    "article_footers",
    "credit_in_page",
    "dateline_code",
    "dateline_credit",
    "wire_origin",
    "without_photo_credits",
]
