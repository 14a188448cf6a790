"""The classes and ids a page's own ``<style>`` blocks hide: what a reader never sees, whatever the markup holds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_BRACE = re.compile(r"[{}]")
_HIDES = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I)
_ONE_NAME = re.compile(r"^\s*([.#])(-?[A-Za-z_][\w-]*)\s*$")
_MAX_CSS = 200_000
"""At most this many characters of each style block are read."""


_HIDING = (re.compile(r"display\s*:\s*none"), re.compile(r"visibility\s*:\s*hidden"))
"""A declaration that hides, found in the lower-cased CSS (a literal start: the matcher skips to it)."""
HIDING_DECLARATION = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
"""A declaration that hides what it applies to, in any case: in a ``style`` attribute or a style block."""
_NAME = re.compile(r"[.#](-?[A-Za-z_][\w-]*)")
_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)


def hidden_names(styles: Iterable[str], markup: str = "") -> frozenset[str]:
    """The classes, and the ids (given as ``"#id"``), that rules of the page's own CSS (``styles``: the ``<style>``
    blocks' text) hide by a lone selector (``.story-related--off{display:none}``, ``#toaster{display:none}``: a box a
    script shows later, if ever), outside at-rules (``@media print``); not one hidden only inside another (``.js
    .menu{display:none}``): that depends on the page's state. Given the page's ``markup``, a block's rules are read
    one by one only when a name it may hide is written there."""
    found: set[str] = set()
    lowered: str | None = None
    for style in styles:
        css = style[:_MAX_CSS]
        if "/*" in css:
            css = _COMMENT.sub(" ", css)  # a comment before a rule would read as part of its selector
        if markup:
            candidates = _maybe_hidden(css)
            if not candidates:
                continue
            lowered = lowered if lowered is not None else markup.lower()
            if not any(name in lowered for name in candidates):
                continue
        for selectors, declarations in _top_rules(css):
            if not _HIDES.search(declarations):
                continue
            for selector in selectors.split(","):
                one = _ONE_NAME.match(selector)
                if one is not None:
                    name = one.group(2).lower()
                    found.add(name if one.group(1) == "." else f"#{name}")
    return frozenset(found)


def _maybe_hidden(css: str) -> set[str]:
    """The classes and ids named in the selectors of the blocks that hide something: a quick look (no rule is
    parsed)."""
    lowered = css.lower()
    if len(lowered) == len(css):
        starts = [hit.start() for pattern in _HIDING for hit in pattern.finditer(lowered)]
    else:  # a letter whose lower case is longer ("İ"): offsets would shift
        starts = [hit.start() for hit in HIDING_DECLARATION.finditer(css)]
    blocks = set()
    for start in starts:
        opening = css.rfind("{", 0, start)
        if opening > css.rfind("}", 0, start):  # the declaration stands inside a block
            blocks.add(opening)
    names: set[str] = set()
    for opening in blocks:
        start = max(css.rfind("}", 0, opening), css.rfind("{", 0, opening), css.rfind(";", 0, opening))
        names.update(name.lower() for name in _NAME.findall(css, start + 1, opening))
    return names


def _top_rules(css: str) -> Iterator[tuple[str, str]]:
    """(selectors, declarations) of each rule outside at-rules, in one pass over the braces (linear in ``css``)."""
    stack: list[tuple[str, int, list[bool]]] = []  # (selector, where its block starts, [holds a block])
    boundary = 0
    for brace in _BRACE.finditer(css):
        if brace.group() == "{":
            selector = css[boundary : brace.start()].rsplit(";", 1)[-1].strip()
            if stack:
                stack[-1][2][0] = True
            stack.append((selector, brace.end(), [False]))
        elif stack:
            selector, start, nested = stack.pop()
            if not nested[0] and not selector.startswith("@") and not any(s.startswith("@") for s, _, _ in stack):
                yield selector, css[start : brace.start()]
        boundary = brace.end()


__all__ = ["HIDING_DECLARATION", "hidden_names"]
