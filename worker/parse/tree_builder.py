"""The soup of a decoded page: bs4's ``lxml`` tree, built with fewer Python calls per element."""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from bs4.builder._lxml import LXMLTreeBuilder
from bs4.element import AttributeDict, NavigableString


class _Soup(BeautifulSoup):
    """A soup whose plain text nodes take a shorter path into the tree (bs4's ``endData`` otherwise)."""

    def endData(self, containerClass: type[NavigableString] | None = None) -> None:  # noqa: N802, N803 (bs4's names)
        """Add the pending text as a ``NavigableString``, a whitespace-only run as one space or newline, as bs4 does.

        Outside special string containers (``<script>``, ``<style>`` ...) and filters, bs4's own method picks the
        class through three lookups and tests the text for whitespace one character at a time in Python.
        """
        data = self.current_data
        if not data:
            return
        if containerClass is not None or self.parse_only or self.string_container_stack or self.element_classes:
            super().endData(containerClass)
            return
        text = data[0] if len(data) == 1 else "".join(data)
        if not self.preserve_whitespace_tag_stack and not text.strip(self.ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        self.current_data = []
        self.object_was_parsed(NavigableString(text))


class _PlainHTMLBuilder(LXMLTreeBuilder):
    """bs4's ``lxml`` HTML builder, taking a shorter path for each element and attribute outside any namespace.

    An HTML page parsed by lxml has no namespaces: bs4's own ``start``/``end`` then rebuild every attribute dict
    twice and split every name for a namespace that is not there. Anything namespaced goes the usual way.
    """

    def start(self, tag: str | bytes, attrib: Any, nsmap: Any = None) -> None:
        """Open an element (bs4's ``start`` when namespaces are in play)."""
        soup = self.soup
        if nsmap or len(self.nsmaps) > 1 or not isinstance(tag, str) or tag[:1] == "{" or soup is None:
            super().start(tag, attrib, nsmap or {})
            return
        attrs = dict(attrib)
        for key in attrs:
            if key[:1] == "{":
                super().start(tag, attrib, {})
                return
        soup.handle_starttag(tag, None, None, attrs, namespaces=self.active_namespace_prefixes[-1])

    def end(self, tag: str | bytes) -> None:
        """Close an element (bs4's ``end`` when namespaces are in play)."""
        soup = self.soup
        if len(self.nsmaps) > 1 or not isinstance(tag, str) or tag[:1] == "{" or soup is None:
            super().end(tag)
            return
        soup.endData()
        soup._popToTag(tag, None)  # bs4's ``handle_endtag`` without its second ``endData``


def build_soup(markup: str) -> BeautifulSoup:
    """The ``lxml`` soup of ``markup``; ``class`` and ``rel`` stay strings, attributes are plain dicts (lxml's
    values are strings already; bs4's default converts each in a Python ``__setitem__``)."""
    builder = _PlainHTMLBuilder(multi_valued_attributes=None, attribute_dict_class=AttributeDict)
    return _Soup(markup, builder=builder)


__all__ = ["build_soup"]
