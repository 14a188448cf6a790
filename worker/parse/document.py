"""Load one saved HTML page: decode its bytes, read its JSON-LD, strip scripts and build the parse tree."""

from __future__ import annotations

import codecs
import html
import json
import re
import warnings
from collections.abc import Mapping
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, XMLParsedAsHTMLWarning
from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom

from worker.errors import NotHTML, TooLarge, is_failure
from worker.parse.markup_scan import head_tags, strip_elements
from worker.parse.page_css import hidden_names
from worker.parse.tree_builder import build_soup

_BINARY_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BM",
    b"RIFF",
    b"OggS",
    b"ID3",
    b"\x00\x00\x01\x00",
    b"wOFF",
    b"wOF2",
    b"\x7fELF",
    b"%!PS",
    b"{\\rtf",
    b"\xd0\xcf\x11\xe0",
)
_BINARY_TYPES = re.compile(
    r"^\s*(image|audio|video|font)/|^\s*application/(pdf|zip|gzip|octet-stream|msword|vnd\.)", re.I
)
# Codecs a declared charset may name: text encodings of web pages. Anything else (punycode: quadratic, 1.6 MB
# took 105 s; idna, utf-7, unicode-escape, ...) counts as undeclared and the charset is detected instead.
_PAGE_CODEC = re.compile(
    r"utf-8|utf-(?:16|32)-[lb]e|ascii|cp\d+|iso8859-\d+|koi8-[rtu]|mac-[a-z]+|big5(?:hkscs)?|gb18030|gb2312|gbk|hz"
    r"|euc_\w+|iso2022_\w+|shift_jis\w*|johab|tis-620|kz1048|ptcp154|hp-roman8"
)
# A declaration past the first 4 kB w3lib looks at (long heads of inline styles and scripts come first).
# Bounded: an unbounded [^>]+ re-scanned the window from every unclosed "<meta " (quadratic, ~4 s for 60 kB).
_META_CHARSET = re.compile(
    rb"<meta[^>]{1,512}charset\s*=\s*[\"']?\s*([\w.:-]+)|<\?xml[^>]{1,512}encoding\s*=\s*[\"']([\w.:-]+)", re.I
)
_MARKUP = re.compile(r"<(!doctype|html|head|body|meta|title|div|p|a|span|table|article|section)\b", re.I)
_TAG_LIKE = re.compile(r"<[a-zA-Z!/?]")
# WHATWG encoding labels: legacy single-byte labels decode as their Windows supersets, as browsers do.
_ALIASES = {
    "ascii": "cp1252",
    "us-ascii": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "iso-8859-9": "cp1254",
    "iso-8859-11": "cp874",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "ks_c_5601-1987": "cp949",
    "euc-kr": "cp949",
    "utf8": "utf-8",
    "unicode": "utf-8",
    "utf-16": "utf-8",
    "utf-32": "utf-8",
}
# A name starts after a space, quote or slash and is matched possessively: a long unquoted run with no "=" must
# not be re-tried from every position (that was quadratic: 60 kB took ~70 s; found by benchmarks/fuzz_parser.py).
_ATTR = re.compile(r"""(?<![^\s"'/])([^\s=/>"']++)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""")
_NOSCRIPT_CONTENT = 1000
MAX_ELEMENTS = 50_000
"""Most start tags a page may have once scripts, styles and comments are gone (the largest of 439 real news pages
has ~19,000). Building and walking the tree costs ~100 µs and ~2 kB per element, and a page of 2.6 MB of nested
``<span>`` took 2.9 GB: a page over this is refused as ``TooLarge`` before the tree is built."""
_RAW_ELEMENTS = 4 * MAX_ELEMENTS
"""The same bound on the page before stripping (scripts may hold markup-like text), checked first: it is cheap."""
_START_TAG = re.compile(r"<[a-zA-Z]")
_JSON_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_JSON_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


@dataclass
class Document:
    """One decoded page and its parse tree, shared by the metadata and body extractors.

    Attributes:
        soup: the tree (``lxml`` builder), without scripts, styles, SVG, noscript, forms' widgets and comments.
        url: the page URL as given, if any.
        encoding: the Python codec the bytes were decoded with.
        json_ld: every JSON-LD object of the page, ``@graph`` and lists flattened, in page order.
        meta: ``<meta>`` contents keyed by lower-cased ``property``/``name``/``itemprop``/``http-equiv``.
        links: ``<link>`` hrefs keyed by each lower-cased ``rel`` token.
        html_lang: the ``lang`` attribute of ``<html>`` (as written), if any.
        title: the text of ``<title>``, whitespace-collapsed, if any.
        markup: the decoded markup the tree was built from (scripts and styles stripped), for scans of the whole
            page after the body extractor has pruned the tree.
        hidden_names: classes and ``#ids`` the page's own ``<style>`` blocks hide (``page_css.hidden_names``).
    """

    soup: BeautifulSoup
    url: str | None
    encoding: str
    json_ld: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, list[str]] = field(default_factory=dict)
    links: dict[str, list[str]] = field(default_factory=dict)
    html_lang: str | None = None
    title: str | None = None
    markup: str = ""
    hidden_names: frozenset[str] = frozenset()


def load_document(data: bytes, url: str | None = None, headers: Mapping[str, str] | None = None) -> Document:
    """Decode and parse one HTML page.

    The charset comes from a byte-order mark, then the HTTP ``Content-Type`` header, then ``<meta charset>``
    (or ``http-equiv``/XML declaration), then detection; a declared single-byte charset on bytes that are
    valid UTF-8 is overridden, as is a declared multi-byte charset ("gb2312") the UTF-8 bytes are not valid in, and
    a declared UTF-8 the bytes do not follow.

    Raises:
        NotHTML: the input is empty, binary, of a non-HTML content type, or has no markup.
        TooLarge: the page has more than ``MAX_ELEMENTS`` elements.
    """
    try:
        return _load(data, url, headers)
    except (NotHTML, TooLarge):
        raise
    except Exception as exc:  # hostile input must not crash the caller with an untyped error
        raise NotHTML(f"unreadable document ({type(exc).__name__}: {exc})", url=url) from exc


def _load(data: bytes, url: str | None, headers: Mapping[str, str] | None) -> Document:
    content_type = _header(headers, "content-type")
    _check_bytes(data, content_type, url)
    encoding = _choose_encoding(data, content_type)
    text = data.decode(encoding, errors="replace").removeprefix("\ufeff")
    if not _MARKUP.search(text, 0, 1_000_000) and len(_TAG_LIKE.findall(text, 0, 65536)) < 3:
        raise NotHTML("no HTML markup", url=url)
    _check_elements(text, _RAW_ELEMENTS, url)
    cleaned, scripts, styles = _strip(text)
    _check_elements(cleaned, MAX_ELEMENTS, url)
    json_ld: list[dict[str, Any]] = []
    for raw in scripts:
        _flatten(_loads_lenient(raw), json_ld)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = build_soup(cleaned)
    doc = Document(
        soup=soup,
        url=url,
        encoding=encoding,
        json_ld=json_ld,
        markup=cleaned,
        hidden_names=hidden_names(styles, cleaned),
    )
    _collect_head(doc, cleaned)
    return doc


def _check_elements(text: str, limit: int, url: str | None) -> None:
    """Raise ``TooLarge`` if ``text`` has more than ``limit`` start tags (counting stops at ``limit + 1``)."""
    if text.count("<") <= limit:
        return  # each start tag opens with "<": one pass in C instead of a match object per tag (most pages)
    if next(islice(_START_TAG.finditer(text), limit, None), None) is not None:
        raise TooLarge(f"page has over {limit} elements: more than the parser builds", url=url)


def _header(headers: Mapping[str, str] | None, name: str) -> str:
    if not headers:
        return ""
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return ""


def _check_bytes(data: bytes, content_type: str, url: str | None) -> None:
    head = data[:2048].lstrip()
    if not head:
        raise NotHTML("empty document", url=url)
    if _BINARY_TYPES.search(content_type):
        raise NotHTML(f"content type is not HTML: {content_type}", url=url)
    if head.startswith(_BINARY_MAGIC) and not head.startswith(codecs.BOM_UTF8):
        raise NotHTML("binary content (file signature)", url=url)
    sample = data[:65536]
    if read_bom(data)[0] in (None, "utf-8") and sample.count(b"\x00") > len(sample) // 100:
        raise NotHTML("binary content (NUL bytes)", url=url)


def _codec(label: str | None) -> str | None:
    """The Python codec for a charset label, or None when unknown or not a web page encoding."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    if label.startswith(("windows-", "win-")) and label.split("-", 1)[1].isdigit():
        label = "cp" + label.split("-", 1)[1]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    name = _ALIASES.get(name, name)
    return name if _PAGE_CODEC.fullmatch(name) else None


def _body_declared(data: bytes) -> str | None:
    """The charset the page's ``<meta>`` or XML declaration names (w3lib), or None. w3lib 2.6's scanner (a Rust
    extension) panics on a page that ends inside "<meta" (a truncated download), raising pyo3's ``PanicException``,
    which is no ``Exception``: that is a page with no declaration, never a crash of the worker."""
    try:
        return html_body_declared_encoding(data)
    except BaseException as exc:
        if not is_failure(exc):
            raise  # an interrupt or exit: not the scanner's
        return None  # any failure of the scan: no declaration, detection decides


def _choose_encoding(data: bytes, content_type: str) -> str:
    """The codec of ``data``: its byte-order mark, else the declared charset (``Content-Type`` header, then
    ``<meta>``/XML declaration, read by w3lib and kept only if it names a web page encoding), with the overrides
    below, else detection."""
    bom, _ = read_bom(data)
    if bom is not None:
        return bom
    declared = _codec(http_content_type_encoding(content_type)) or _codec(_body_declared(data))
    if declared is None:
        meta = _META_CHARSET.search(data, 0, 131072)
        if meta:
            declared = _codec((meta.group(1) or meta.group(2)).decode("ascii", "replace"))
    utf8 = _decodes(data, "utf-8")
    if declared in ("utf-8", None) and utf8:
        return "utf-8"
    if declared is not None:
        if utf8 and declared.startswith(("cp12", "iso8859", "latin", "mac", "cp437", "cp850")):
            return "utf-8"  # declared single-byte, but the bytes are (non-trivially) valid UTF-8
        if utf8 and declared != "utf-8" and not _decodes(data, declared):
            return "utf-8"  # declared multi-byte ("gb2312"), but the bytes are UTF-8 and not that charset
        if declared != "utf-8":
            return declared
    return _detect(data, declared)


def _decodes(data: bytes, codec: str) -> bool:
    """Whether ``data`` is valid in ``codec`` throughout."""
    try:
        data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _detect(data: bytes, declared: str | None) -> str:
    """Guess the charset of bytes that are not valid UTF-8 (declared UTF-8, or undeclared)."""
    if declared == "utf-8":
        bad = data.decode("utf-8", errors="replace").count("\ufffd")
        if bad * 200 < sum(1 for byte in data[:200_000] if byte > 0x7F) + 1:
            return "utf-8"  # a few broken sequences in a UTF-8 page: keep UTF-8, replace them
    best = from_bytes(data[:200_000]).best()
    guess = _codec(best.encoding) if best is not None else None
    return guess or "cp1252"


def _strip(text: str) -> tuple[str, list[str], list[str]]:
    """Drop non-content elements and comments in one pass; return the rest, the JSON-LD script bodies and the style
    blocks' text."""
    scripts: list[str] = []
    styles: list[str] = []

    def replace(tag: str, whole: str) -> str:
        if tag == "br":
            return "<br/>\n"  # line breaks become real whitespace
        if tag == "script":
            end = whole.find(">")
            if "ld+json" in whole[:end].lower():
                scripts.append(whole[end + 1 : whole.lower().rfind("</script")])
        elif tag == "style":
            styles.append(whole[whole.find(">") + 1 : whole.lower().rfind("</style")])
        elif tag == "noscript":
            inner = whole[whole.find(">") + 1 : whole.lower().rfind("</noscript")]
            if len(inner) >= _NOSCRIPT_CONTENT and "<p" in inner:  # the page's text, for readers without JS
                return strip_elements(inner, replace)
        return ""

    return strip_elements(text, replace), scripts, styles


def _loads_lenient(raw: str) -> Any:
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw[4:]
    if raw.endswith("-->"):
        raw = raw[:-3]
    raw = raw.strip().removeprefix("<![CDATA[").removesuffix("]]>").strip().removeprefix("//").strip()
    if not raw:
        return None
    for attempt in (raw, _JSON_TRAILING_COMMA.sub(r"\1", _JSON_CONTROL.sub(" ", raw))):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            pass
        try:
            return json.JSONDecoder(strict=False).raw_decode(attempt)[0]
        except (ValueError, RecursionError):
            continue
    return None


def _flatten(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    if depth > 10:
        return
    if isinstance(value, list):
        for item in value:
            _flatten(item, out, depth + 1)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        rest = {key: item for key, item in value.items() if key != "@graph"}
        if graph is None or any(key not in ("@context", "@id") for key in rest):
            out.append(rest if graph is not None else value)
        if graph is not None:
            _flatten(graph, out, depth + 1)


def _collect_head(doc: Document, text: str) -> None:
    """Fill ``meta``, ``links``, ``html_lang`` and ``title`` from the markup, in one regular-expression pass."""
    for name, attributes, title in head_tags(text):
        if name == "title":
            if doc.title is None:
                doc.title = " ".join(html.unescape(title).split()) or None
            continue
        attrs = {key.lower(): html.unescape(v1 or v2 or v3) for key, v1, v2, v3 in _ATTR.findall(attributes)}
        if name == "html":
            lang = (attrs.get("lang") or attrs.get("xml:lang") or "").strip()
            if lang and doc.html_lang is None:
                doc.html_lang = lang
        elif name == "meta":
            content = attrs.get("content", "").strip()
            if content:
                for key_attr in ("property", "name", "itemprop", "http-equiv"):
                    key = attrs.get(key_attr, "").strip().lower()
                    if key:
                        doc.meta.setdefault(key, []).append(content)
        else:
            href = attrs.get("href", "").strip()
            if href:
                for rel in attrs.get("rel", "").lower().split():
                    doc.links.setdefault(rel, []).append(href)


__all__ = ["Document", "load_document"]
