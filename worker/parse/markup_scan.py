"""Linear-time scans of raw markup: find each tag's end or closer once, whatever is left unclosed."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from worker.lexicon.phrase_pattern import phrase_alternation
from worker.parse.reading_labels import names_reading

# A regular expression such as ``<script\b[^>]*>.*?</script>`` re-scans the rest of the page from every opener
# that has no closer (``<script>`` repeated: quadratic; 120 kB took ~15 s). These scans look for each needle at
# most once per stretch of text: the next occurrence after a position stays valid for every later position
# before it, and the scans move forward only.


class NextFinder:
    """The next match of one pattern at or after a position, for positions that never decrease."""

    def __init__(self, text: str, pattern: re.Pattern[str]) -> None:
        self._text = text
        self._pattern = pattern
        self._from = -1
        self._found: re.Match[str] | None = None

    def at_or_after(self, pos: int) -> re.Match[str] | None:
        """The first match starting at or after ``pos`` (``pos`` no smaller than in the previous call)."""
        if self._from >= 0 and pos >= self._from and (self._found is None or pos <= self._found.start()):
            return self._found
        self._from = pos
        self._found = self._pattern.search(self._text, pos)
        return self._found


_GT = re.compile(">")
_COMMENT_END = re.compile("-->")
_NAV_OPEN = re.compile(r"<nav\b", re.I)
_ARIA_LABEL = re.compile(r"""\saria-label\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_NOT_CONTENT = [
    "script",
    "style",
    "svg",
    "noscript",
    "template",
    "select",
    "button",
    "textarea",
    "iframe",
    "object",
    "canvas",
    "math",
]
_WRAPPERS = ["i", "span", "div", "p", "li", "a", "b", "em", "strong"]
_OPENER = re.compile(
    "<(?=[!" + "".join(sorted({name[0] for name in [*_NOT_CONTENT, "br", "nav", *_WRAPPERS]})) + "])"
    r"(?:!--|(" + phrase_alternation("|".join(sorted([*_NOT_CONTENT, "br", "nav"])), re.I) + r")\b"
    r"|(" + phrase_alternation("|".join(sorted(_WRAPPERS, key=len, reverse=True)), re.I) + r")\b(?P<attrs>[^<>]*)>"
    r"\s*</\2\s*>)",
    re.I,
)
"""An element to drop, by its opener, or an empty inline or block wrapper matched whole (``<span class="x"></span>``):
matching an empty wrapper in the pattern spares a Python step for each of the page's many non-empty ones. A start
tag's attributes are read up to the next "<" or ">", so no two tries read the same text (linear in the page). The
lookahead for the first letters of the names (and the comment's "!") turns away closers and other tags in one test,
and each name is tried only among those of its first letter (``phrase_alternation``)."""
_METADATA_ATTR = re.compile(r"\b(?:itemprop|content|datetime)\b", re.I)
"""Attributes that keep an empty wrapper: its value is the page's metadata ("<span itemprop=name content=...>")."""
_HREF = re.compile(r"\shref\s*=", re.I)

Replace = Callable[[str, str], str]
"""Called with (lower-cased tag name or ``"!--"``, the whole element) for each element dropped; returns its stand-in."""


class _Strip:
    """One pass over a page that drops non-content elements, comments and empty wrappers (see ``strip_elements``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.gt = NextFinder(text, _GT)
        self.comment_end = NextFinder(text, _COMMENT_END)
        self.nav_open = NextFinder(text, _NAV_OPEN)
        self.closers: dict[str, NextFinder] = {}

    def closer(self, tag: str, pos: int) -> re.Match[str] | None:
        finder = self.closers.get(tag)
        if finder is None:
            finder = self.closers[tag] = NextFinder(self.text, re.compile(rf"</{tag}\s*>", re.I))
        return finder.at_or_after(pos)

    def element_end(self, tag: str, start: int, name_end: int) -> int | None:
        """Where the element dropped at ``start`` ends, or None when nothing is dropped there."""
        if tag == "!--":
            end = self.comment_end.at_or_after(start + 4)
            return end.end() if end else None
        gt = self.gt.at_or_after(name_end)
        if gt is None:
            return None
        if tag == "br":
            return gt.end()
        close = self.closer(tag, gt.end())
        if close is None:
            return None
        if tag == "nav":
            inner = self.nav_open.at_or_after(gt.end())
            if inner is not None and inner.start() < close.start():
                return None
            if _reading_nav(self.text[name_end : gt.start()]):
                return None  # a list of the story's further reading marked up as navigation: content
        return close.end()


def _reading_nav(attributes: str) -> bool:
    """A ``<nav>`` start tag's attributes naming it as further reading (``names_reading``)."""
    aria = _ARIA_LABEL.search(attributes)
    return names_reading(attributes, (aria.group(1) or aria.group(2) or "") if aria else None)


def strip_elements(text: str, replace: Replace) -> str:
    """``text`` with each non-content element (script, style, svg, noscript, template, form widgets, iframe,
    object, canvas, math, with its content), comment, ``<br>``, innermost ``<nav>`` (not one named as further
    reading) and empty inline/block wrapper without metadata attributes (an empty link with an ``href`` stays: a
    card's overlay link) replaced by ``replace(tag, element)``, first match first, in time linear in ``text``: an
    element without its closer is left as it is."""
    scan = _Strip(text)
    out: list[str] = []
    done = 0
    for opener in _OPENER.finditer(text):
        start = opener.start()
        if start < done:
            continue
        if opener.group(2) is not None:  # an empty wrapper, whole
            tag = opener.group(2).lower()
            attrs = opener.group("attrs")
            keep = _METADATA_ATTR.search(attrs) or (tag == "a" and _HREF.search(attrs))
            end = None if keep else opener.end()  # an empty link with an ``href`` stays: a card's overlay
        else:
            tag = (opener.group(1) or "!--").lower()
            end = scan.element_end(tag, start, opener.end())
        if end is None:
            continue
        out.append(text[done:start])
        out.append(replace(tag, text[start:end]))
        done = end
    out.append(text[done:])
    return "".join(out)


_HEAD_OPENER = re.compile(r"<(meta|link|html|title)\b", re.I)
_LT = re.compile("<")
_TITLE_CLOSE = re.compile(r"</title\s*>", re.I)


def head_tags(text: str) -> Iterator[tuple[str, str, str]]:
    """Each ``<meta>``, ``<link>`` and ``<html>`` start tag as (lower-cased name, its attributes, ``""``) and each
    ``<title>`` without markup inside as (``"title"``, ``""``, its text), in page order, in linear time."""
    gt = NextFinder(text, _GT)
    lt = NextFinder(text, _LT)
    done = 0
    for opener in _HEAD_OPENER.finditer(text):
        if opener.start() < done:
            continue
        end = gt.at_or_after(opener.end())
        if end is None:
            continue
        name = opener.group(1).lower()
        if name != "title":
            done = end.end()
            yield name, text[opener.end() : end.start()], ""
            continue
        markup = lt.at_or_after(end.end())
        close = _TITLE_CLOSE.match(text, markup.start()) if markup is not None else None
        if markup is not None and close is not None:
            done = close.end()
            yield name, "", text[end.end() : markup.start()]


__all__ = ["NextFinder", "Replace", "head_tags", "strip_elements"]
