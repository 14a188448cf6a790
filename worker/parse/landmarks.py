"""One pass over the parse tree that collects the few elements the metadata extractors look at."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString

from worker.lexicon.agencies import (
    COPYRIGHT_CREDIT,
    CREDIT_DOMAIN,
    CREDIT_LINE,
    LAST_SOURCE,
    MAX_TRAILER_CHARS,
    OUTLET_DATE,
    SOURCE_LABEL,
    SOURCE_NAME,
    dashed_outlet,
    outlet_name,
    wire_trailer,
)
from worker.lexicon.phrase_pattern import CaselessPattern, PhraseFinder, phrase_pattern
from worker.lexicon.text import MONTH_NAMES
from worker.parse.reading_labels import (
    LABEL_ONLY,
    MAX_LABEL_CHARS,
    MAX_LED_LABEL_CHARS,
    RELATED_NAME,
    STYLED_PART_CHARS,
    glossed_label,
    led_label,
    reading_aria_label,
    split_label,
)
from worker.parse.tree_search import after_last

BY_MARK = re.compile(
    r"(?:^|(?<=[|•·,\-–—]\s)|(?<=[|•·,])|(?<=\d\s))"
    r"(?:(?:article|story|words|written|reported|text)\s+by|by|von|par|por|door|ein artikel von|verfasst von|"
    r"autor(?:in)?\s*:|author\s*:|auteur\s*:|redaktion\s*:|"
    r"text\s*:|(?:autor(?:in)?|author|auteur)(?=\s*$))(?:\s*:)?(?:\s+|$)",
    re.IGNORECASE,
)
"""A byline marker ("By", "Article by:", "Von", "Autor:") at the start of a line, after a separator or after a
date."""

DATELINE_NAME = re.compile(
    r"\s*(?:\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})"
    r"(?:\s*[|,·•–-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h))?)?\s*[|/·•–—-]\s*(?P<name>[^\W\d_][^\d|/•·]{2,60}?)\s*$"
)
"""A dateline whose last field is a name with no marker: "04.02.2022 | 13:10 Uhr | Uta Helkenberg"."""

_WRITTEN_DATE = (
    rf"(?:\d{{1,2}}\.\s?\d{{1,2}}\.\s?\d{{2,4}}|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{4}}|"
    rf"(?:{MONTH_NAMES})\.?\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\.?\s+(?:{MONTH_NAMES})\.?,?\s+\d{{4}})"
)
NAME_DATELINE = re.compile(
    rf"\s*(?P<name>[^\W\d_][^\d|/•·]{{1,60}}?)(?:\s*[|/·•]\s*|\s+[-–—]\s+)(?:[^\W\d_]+,?\s+)?{_WRITTEN_DATE}"
    r"(?:\s*[|,·•–-]?\s*\d{1,2}[:.]\d{2}(?:\s*(?:Uhr|h|[ap]\.?m\.?))?)?\s*$",
    re.IGNORECASE,
)
"""A date line whose first field is a name: "dpa | 03.05.2024", "Reuters · May 3, 2024", "AFP | 03.05.2024 | 13:10
Uhr" (the reverse of ``DATELINE_NAME``)."""

_DIGIT = re.compile(r"\d")
_AUTHOR_WORDS = r"szerz[oő]|forfatter|författare|yazar|avtor"
"""The word "author" in the other languages the parser reads, as class names spell it ("szerzo", "yazar")."""
_AUTHOR_CLASS = re.compile(rf"byline|by-line|author|autor|auteur|writer|reporter|\bfn\b|{_AUTHOR_WORDS}", re.IGNORECASE)
_DATE_CLASS = phrase_pattern(r"date|time|posted|published|meta|byline", re.IGNORECASE)
_ANY_CLASS = phrase_pattern(
    rf"by|aut|writer|reporter|fn|date|time|posted|published|meta|{_AUTHOR_WORDS}", re.IGNORECASE
)
_BY_WORD = phrase_pattern(r"by|von|par|por|door|autor|author|auteur|redaktion|text", re.IGNORECASE)
_ITEMPROPS = frozenset({"headline", "author", "datepublished", "datemodified", "image"})
_ORIGIN_PHRASES = (
    r"originally|first (?:published|appeared|ran|aired)|artikel ini telah|ini pertama kali|ursprungligen|"
    r"publicerades först|excerpted from|an excerpt from|adapted from|"
    r"oprindeligt|opprinnelig|původně|pôvodne|"
    r"først bragt|først publisert|först publicerad|article paru|est paru|apparso|traducción de|traduction d|"
    r"translated by|part of states newsroom|legally licensed|used with permission|"
    r"reproduced with permission|from our partner|zum original|erschienen in|"
    r"zuerst veröffentlicht|freundliche genehmigung|übernommen|nachdruck mit genehmigung|"
    r"republished|reprinted|syndicated|zuerst erschienen|ursprünglich|"
    r"erstmals erschienen|erschien zuerst|zunächst (?:im|in|bei|auf)|zuerst (?:im|in|bei|auf)|"
    r"erstmals (?:im|in|bei|auf)|provided by|appeared first|read the original|"
    r"initialement|originellement|d['’]abord paru|originalmente|originariamente|oorspronkelijk|verscheen eerder|"
    r"erstveröffentlichung|freundlicher genehmigung|distributed by|reposted|cross-?posted|erschien(?:en)? (?:am|im)|"
    r"rebloggt von|reblogged from|courtesy of|zur verfügung gestellt|übernommen von|übernahme von|crosspost|"
    r"artikel stammt|beitrag stammt|lire la suite sur|continue reading at|continue reading on|read the rest at|"
    r"read the rest on|read the full story at|read the full story on|read the full article at|read the full article on|"
    r"weiterlesen bei|weiterlesen auf|lees verder op|sigue leyendo en|seguir leyendo en|continua a leggere su|"
    r"continue lendo no|continue lendo na|continue lendo em|"
    r"text stammt|originalartikel ist|originalbeitrag|pierwotnie|story via|article via|post via|"
    r"d['’]abord été|republié|republicad|republicó|ripubblicat|reproduit|reproducid|reproduzid|riprodott|"
    r"overgenomen van|eerder verschenen|eerder gepubliceerd|articolo originale|pubblicato per la prima|"
    r"content from|shared this|story is from|article is from|version of this|una versión de|content-sharing|"
    r"gentile concessione|ilk olarak|ilk kez|ilk defa|interview führte|gespräch führte|fragen stellte|"
    r"gastbeitrag in|gastbeitrag im|gastkommentar in|gastkommentar im|blev bragt|ble publisert|zuerst dort|"
    r"übernahme aus|übernommen aus|une reprise|publicado primero|publicado primeiro|primeira vez|"
    r"apareció originalmente|apareceu originalmente|pubblicato su|pubblicato sul|uscito su|uscito sul|"
    r"articolo tratto|testo tratto|"
    r"traduzione di|ukazał się|pochodzi z|tidigare publicerat|tidligere bragt|tidligere publiceret|"
    r"tidligere publisert|publisert av|publiziert|version de cet|autorisation|original erschienen|"
    r"original veröffentlicht|erschienen bei|übersetzung aus|übersetzung eines|fassung dieses|fassung eines|"
    r"fassung des|gekürzter form|gedruckter form|a paru dans|a paru sur|und stammt von|nachdruck aus|abdruck aus|"
    r"erschien in|tradução de|als gastkommentar|als gastbeitrag|bericht der|presseartikel|zeitungsbericht|"
    r"zeitungsartikel|artikel aus dem|artikel aus der|aus:|den folgenden|wir dokumentieren|reproducimos|"
    r"originally printed|article publié|källa:|kilde:|fonte:|fuente:|bron:|zdroj:|reproduced from|reprinted from|"
    r"teil des angebots|edited extract|an extract from|story was produced by|article was produced by|"
    r"piece was produced by|following is a press release|following is a news release|following is a media release|"
    r"following is a statement|following is the statement|following is the full statement|below is the full statement|"
    r"below is a statement|below is the statement|below is a press release|below is the press release|"
    r"nous relayons|nous reproduisons ci|wir veröffentlichen im folgenden|publicamos a continuación"
)
_ORIGIN = PhraseFinder(_ORIGIN_PHRASES)
_MIN_NOTE_CHARS = 7  # "reposted", "Provided by " before its link
_MAX_NOTE_NODE = 10_000  # a longer run of text with no tag in it is no note (phrase tests on it cost ~0.3 s a MB)
_MAX_ORIGIN_STRINGS = 12  # "originally" is a common word: the note may come after several
_MAX_READING_LABELS = 8
_MAX_ANCHORS = 600
_MAX_CREDIT_STRINGS = 8
_MAX_CREDIT_CHARS = 40
_MAX_SOURCE_CHARS = 80
_MAX_RELATED_BOXES = 12
_LABELLED_BOXES = frozenset({"section", "aside", "div", "ul", "ol"})  # not a link or button: "Read more" on those
_INLINE_TAGS = frozenset({"a", "span", "img", "form", "input", "button", "select", "option", "textarea", "label"})
"""Tags named "related" that are an item or a control of a box ("<a class=related-link>", an editor's
``<input id=related1>``), never the box: they would fill the cap before the box itself."""
_MAX_COPYRIGHT_CHARS = 200
_MAX_H1 = 3
_MAX_AUTHOR_MARKS = 12
_MAX_DATE_MARKS = 10
_MAX_TIMES = 5
_MAX_BYLINE_STRINGS = 6
_MAX_DATELINE_STRINGS = 3
_MAX_BYLINE_CHARS = 120
_MAX_INDENTED_BYLINE = 600  # a byline's string with the markup's indentation ("Article by:\n\t\t\t  NAME\n")
_MAX_LICENCE_CREDITS = 3
_MAX_PROVIDERS = 3
_PROVIDER = re.compile(r"(?<![\w-])(?:content-?)?provider(?:-?name)?(?![\w-])", re.IGNORECASE)
"""A class or id naming the element as the story's provider ("provider", "provider-name", "content-provider"); not
a word inside another token ("is-provider-youtube", "sharebar-provider", "providers")."""
_HNEWS_SOURCE_ORG = re.compile(r"(?<![\w-])source-org(?![\w-])")
"""hNews's class for the organisation that first produced the story ("<span class=\"source-org vcard\">")."""
_MAX_SOURCE_ORGS = 3
_STORY_TEXT_CHARS = 400  # this much text after the headline is the story's: a header's provider comes before it


@dataclass
class Landmarks:
    """Elements of interest, each list in document order and capped."""

    h1: list[Tag] = field(default_factory=list)
    itemprops: dict[str, list[Tag]] = field(default_factory=dict)
    author_marks: list[Tag] = field(default_factory=list)
    date_marks: list[Tag] = field(default_factory=list)
    times: list[Tag] = field(default_factory=list)
    byline_strings: list[NavigableString] = field(default_factory=list)
    dateline_strings: list[NavigableString] = field(default_factory=list)
    name_dateline_strings: list[NavigableString] = field(default_factory=list)
    origin_strings: list[NavigableString] = field(default_factory=list)
    reading_labels: list[NavigableString] = field(default_factory=list)
    anchors: list[Tag] = field(default_factory=list)
    credit_strings: list[NavigableString] = field(default_factory=list)
    related_boxes: list[Tag] = field(default_factory=list)
    licence_credits: list[Tag] = field(default_factory=list)
    providers: list[Tag] = field(default_factory=list)
    """Elements classed as a content provider ("provider", "provider-name") after a ``<h1>`` and before the story's
    text: where an aggregator names the outlet whose story it carries."""
    source_orgs: list[Tag] = field(default_factory=list)
    """Elements classed hNews ``source-org``: the organisation that first produced the story."""
    text_after_h1: int = 0
    """Characters of text passed since the first ``<h1>``, counted up to ``_STORY_TEXT_CHARS``."""

    def itemprop(self, name: str) -> Tag | None:
        """The first element with ``itemprop`` ``name`` (lower-case), if any."""
        found = self.itemprops.get(name)
        return found[0] if found else None


def find_landmarks(soup: BeautifulSoup | Tag) -> Landmarks:
    """Walk the tree once and collect headings, microdata, author/date-classed elements, ``<time>`` elements,
    short visible "By ..." strings, strings that may be a republication note, further-reading labels, wire credits,
    boxes named as related content, links and Creative Commons attribution names. Never raises."""
    marks = Landmarks()
    names: dict[str, int] = {}  # a page repeats its class/id strings: each is read once (``_name_kinds``)
    following = soup.contents[0] if soup.contents else None
    end = after_last(soup) if following is not None else None
    while following is not end and following is not None:  # ``soup.descendants``, without a generator
        node = following
        following = node.next_element
        if type(node) is NavigableString:  # narrows the type as a cast would, without a call per node
            text = node
            if text.isspace():  # the indentation between tags (about half the strings): nothing to look for
                continue
            if marks.h1 and marks.text_after_h1 < _STORY_TEXT_CHARS:
                marks.text_after_h1 += len(text)
            if (
                _MIN_NOTE_CHARS < len(text) <= _MAX_NOTE_NODE
                and len(marks.origin_strings) < _MAX_ORIGIN_STRINGS
                and _ORIGIN.found_in(text)
            ):
                marks.origin_strings.append(text)
            if len(marks.reading_labels) < _MAX_READING_LABELS and len(text) <= MAX_LED_LABEL_CHARS:
                label = text.strip()  # its length without the markup's indentation ("\n      Related\n    ")
                alone = len(label) <= MAX_LABEL_CHARS and (LABEL_ONLY.match(label) or glossed_label(text))
                if alone or led_label(text) or (len(label) <= STYLED_PART_CHARS and _styled_first_words(text, label)):
                    marks.reading_labels.append(text)
            if len(marks.credit_strings) < _MAX_CREDIT_STRINGS and _is_credit(text):
                marks.credit_strings.append(text)
            if (
                2 <= len(text) <= _MAX_INDENTED_BYLINE
                and len(marks.byline_strings) < _MAX_BYLINE_STRINGS
                and _BY_WORD.search(text)
                and len(line := " ".join(text.split())) <= _MAX_BYLINE_CHARS
                and BY_MARK.search(line)
            ):
                marks.byline_strings.append(text)
            elif (
                len(marks.dateline_strings) < _MAX_DATELINE_STRINGS
                and 8 <= len(text) <= _MAX_BYLINE_CHARS
                and text.lstrip()[:1].isdigit()
                and DATELINE_NAME.match(text)
            ):
                marks.dateline_strings.append(text)
            elif (
                len(marks.name_dateline_strings) < _MAX_DATELINE_STRINGS
                and 8 <= len(text) <= _MAX_BYLINE_CHARS
                and text.rstrip()[-1:].isalnum()
                and _DIGIT.search(text) is not None  # cheap: most short texts (menus, links) hold no date
                and NAME_DATELINE.match(text)
            ):
                marks.name_dateline_strings.append(text)
        elif type(node) is Tag:
            _visit_tag(node, marks, names)
    return marks


_STYLED_WORDS = frozenset({"span", "b", "strong", "em", "i", "font"})


def _styled_first_words(text: NavigableString, label: str) -> bool:
    """A label's first words in a style of their own, the rest after them: "<span>À lire</span> aussi"."""
    parent = text.parent
    if parent is None or parent.name not in _STYLED_WORDS:
        return False
    rest = parent.next_sibling
    return type(rest) is NavigableString and split_label(label, rest)


_CREDIT_LINE = CaselessPattern(CREDIT_LINE.pattern)
"""``CREDIT_LINE`` as a yes-or-no test on every short text of a page (``CaselessPattern``: the same answers, faster)."""


def _is_credit(text: str) -> bool:
    """A wire credit line ("DPA", "Quelle: dpa"), a "Quelle:" label before a link, a "Source: X" line, a domain
    alone ("BVINEWS.COM"), or a copyright line naming a wire, or a wire's closing line ("(Reporting by ...; Editing
    by ...)", "With inputs from PTI")."""
    size = len(text)
    if size > _MAX_COPYRIGHT_CHARS:
        return size <= MAX_TRAILER_CHARS and wire_trailer(text.strip()) is not None
    stripped = text.strip()
    if not stripped:
        return False
    if wire_trailer(stripped) or (":" in stripped and LAST_SOURCE.search(stripped)):
        return True
    # SOURCE_LABEL and SOURCE_NAME match only a line with a colon ("[:：]" in both), CREDIT_DOMAIN only one with a dot
    colon = ":" in stripped or "：" in stripped
    if size <= _MAX_CREDIT_CHARS and (_CREDIT_LINE.match(stripped) or (colon and SOURCE_LABEL.match(stripped))):
        return True
    if size <= _MAX_SOURCE_CHARS and (
        (colon and SOURCE_NAME.match(stripped)) or ("." in stripped and CREDIT_DOMAIN.fullmatch(stripped))
    ):
        return True
    if size <= _MAX_SOURCE_CHARS and _outlet_line(stripped):
        return True
    return stripped[0] in "©ⓒCcRr<(" and bool(COPYRIGHT_CREDIT.match(stripped))  # "RIPRODUZIONE RISERVATA ©"


def _outlet_line(stripped: str) -> bool:
    """A listed outlet and a date ("Deutschlandfunk, 02. November 2021"), or a listed outlet before a comma, the date
    in an element of its own ("<strong>Deutschlandfunk,</strong> <time>..."), or after a dash ("— The Washington
    Post")."""
    if stripped[:1] in "—–-":
        return dashed_outlet(stripped) is not None
    if stripped.endswith(","):
        return outlet_name(stripped[:-1]) is not None
    dated = OUTLET_DATE.fullmatch(stripped) if _DIGIT.search(stripped) else None
    return dated is not None and outlet_name(dated.group("name")) is not None


def _collect_by_name(tag: Tag, name: str, marks: Landmarks) -> None:
    if name == "h1":
        if len(marks.h1) < _MAX_H1:
            marks.h1.append(tag)
    elif name == "a":
        if len(marks.anchors) < _MAX_ANCHORS:
            marks.anchors.append(tag)
    elif name == "time" and len(marks.times) < _MAX_TIMES and ("datetime" in tag.attrs or "pubdate" in tag.attrs):
        marks.times.append(tag)


def _labelled_as_reading(attrs: Mapping[str, object]) -> bool:
    """An ``aria-label`` that is a further-reading label (``<section aria-label="Related stories">``), or a data
    attribute that names the box so (an analytics tag: ``<ul data-track="関連記事">``, ``data-module="related"``)."""
    aria = attrs.get("aria-label")
    if reading_aria_label(aria if isinstance(aria, str) else None):
        return True
    for key, value in attrs.items():
        if key[:5] != "data-" or not isinstance(value, str) or len(value) > MAX_LABEL_CHARS:
            continue
        if RELATED_NAME.search(value) is not None or reading_aria_label(value):
            return True
    return False


_RELATED, _AUTHOR, _DATE, _ANY, _PROVIDES, _SOURCE_ORG = 1, 2, 4, 8, 16, 32


def _name_kinds(label: str) -> int:
    """What an element's class/id string names, as bits: a related-content box (``_RELATED``), an author
    (``_AUTHOR``), a date (``_DATE``), any of the byline's parts (``_ANY``), a story's provider (``_PROVIDES``). Every
    author or date name holds one of ``_ANY_CLASS``'s words, so a label without one names neither; hNews's
    ``source-org``, the organisation that first produced the story (``_SOURCE_ORG``)."""
    kinds = _RELATED if RELATED_NAME.search(label) else 0
    if "rovider" in label and _PROVIDER.search(label):
        kinds |= _PROVIDES
    if "source-org" in label and _HNEWS_SOURCE_ORG.search(label):
        kinds |= _SOURCE_ORG
    if _ANY_CLASS.search(label):
        kinds |= _ANY
        if _AUTHOR_CLASS.search(label):
            kinds |= _AUTHOR
        if _DATE_CLASS.search(label):
            kinds |= _DATE
    return kinds


def _kinds_of(attrs: Mapping[str, object], names: dict[str, int]) -> int:
    """``_name_kinds`` of an element's class and id, looked up in ``names`` (the page's strings read so far) first."""
    classes = attrs.get("class")
    label = classes if isinstance(classes, str) else ""
    identifier = attrs.get("id")
    if isinstance(identifier, str):
        label = f"{label} {identifier}"
    if not label:
        return 0
    kinds = names.get(label)
    if kinds is None:
        kinds = names[label] = _name_kinds(label)
    return kinds


def _note_source(tag: Tag, kinds: int, marks: Landmarks) -> None:
    """Keep ``tag``, named as a provider, as a story header's (after the first ``<h1>``, before the story's text);
    named hNews ``source-org``, wherever it is."""
    header = marks.h1 and marks.text_after_h1 < _STORY_TEXT_CHARS
    if kinds & _PROVIDES and header and len(marks.providers) < _MAX_PROVIDERS:
        marks.providers.append(tag)
    if kinds & _SOURCE_ORG and len(marks.source_orgs) < _MAX_SOURCE_ORGS:
        marks.source_orgs.append(tag)


def _visit_tag(tag: Tag, marks: Landmarks, names: dict[str, int]) -> None:
    """Collect ``tag`` where it is a landmark; ``names`` holds the page's class/id strings read so far."""
    name = tag.name
    _collect_by_name(tag, name, marks)
    attrs = tag.attrs
    if not attrs:
        return
    is_author = False
    itemprop = attrs.get("itemprop")
    if isinstance(itemprop, str):
        for token in itemprop.lower().split():
            if token in _ITEMPROPS:
                marks.itemprops.setdefault(token, []).append(tag)
                is_author = is_author or token == "author"
    kinds = _kinds_of(attrs, names)
    if kinds & (_PROVIDES | _SOURCE_ORG):
        _note_source(tag, kinds, marks)
    if not is_author and name == "a":
        rel = attrs.get("rel")
        tokens = rel.split() if isinstance(rel, str) else ()  # the soup keeps multi-valued attributes as strings
        is_author = "author" in tokens
        if "cc:attributionURL" in tokens and len(marks.licence_credits) < _MAX_LICENCE_CREDITS:
            marks.licence_credits.append(tag)
    elif attrs.get("property") == "cc:attributionName" and len(marks.licence_credits) < _MAX_LICENCE_CREDITS:
        marks.licence_credits.append(tag)
    if len(marks.related_boxes) < _MAX_RELATED_BOXES and (
        (kinds & _RELATED and name not in _INLINE_TAGS) or (name in _LABELLED_BOXES and _labelled_as_reading(attrs))
    ):  # a link or span named "related" is an item of a box (a tag cloud's), not a box: it would fill the cap
        marks.related_boxes.append(tag)
    if not (is_author or kinds & _ANY):
        return
    if (is_author or kinds & _AUTHOR) and len(marks.author_marks) < _MAX_AUTHOR_MARKS:
        marks.author_marks.append(tag)
    if len(marks.date_marks) < _MAX_DATE_MARKS and kinds & _DATE:
        marks.date_marks.append(tag)


__all__ = ["BY_MARK", "DATELINE_NAME", "NAME_DATELINE", "Landmarks", "find_landmarks"]
