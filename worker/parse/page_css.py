"""The classes a page's own ``<style>`` blocks hide: what a reader never sees, whatever the markup holds."""

from __future__ import annotations

import re
from collections.abc import Iterable

_AT_BLOCK = re.compile(r"@[\w-]+[^{;]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
"""An at-rule's block (``@media print {...}``, ``@supports``): its rules hide things only in some cases."""
_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
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
        top = _AT_BLOCK.sub("", css[:_MAX_CSS])
        for rule in _RULE.finditer(top):
            if not _HIDES.search(rule.group(2)):
                continue
            for selector in rule.group(1).split(","):
                one = _ONE_CLASS.match(selector)
                if one is not None:
                    found.add(one.group(1).lower())
    return frozenset(found)


__all__ = ["hidden_classes"]
