"""The classes a page's own ``<style>`` blocks hide: what a reader never sees, whatever the markup holds."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

_BRACE = re.compile(r"[{}]")
_HIDES = re.compile(r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)", re.I)
_ONE_CLASS = re.compile(r"^\s*\.(-?[A-Za-z_][\w-]*)\s*$")
_MAX_CSS = 200_000
"""At most this many characters of each style block are read."""


def hidden_classes(styles: Iterable[str]) -> frozenset[str]:
    """The classes that rules of the page's own CSS (``styles``: the ``<style>`` blocks' text) hide by a lone class
    selector (``.story-related--off{display:none}``), outside at-rules (``@media print``); not a class hidden only
    inside another (``.js .menu{display:none}``): that depends on the page's state."""
    found: set[str] = set()
    for css in styles:
        for selectors, declarations in _top_rules(css[:_MAX_CSS]):
            if not _HIDES.search(declarations):
                continue
            for selector in selectors.split(","):
                one = _ONE_CLASS.match(selector)
                if one is not None:
                    found.add(one.group(1).lower())
    return frozenset(found)


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


__all__ = ["hidden_classes"]
