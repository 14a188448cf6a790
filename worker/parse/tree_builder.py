"""The soup of a decoded page: bs4's ``lxml`` tree, built with fewer Python calls per element.

bs4 builds its tree from lxml's parser events (``start``, ``data``, ``end``). For each element and text run its own
path re-checks filters, namespaces and containers, calls ``Tag.__init__`` with a dozen defaults, and after each text
run walks up to the root (``_linkage_fixer``) to repair links that a streaming parse never breaks. Here the plain
case (no namespaces, no filters, outside ``<script>``-like containers) links each node directly, exactly as bs4
would; every other event goes bs4's own way. ``tests/unit/parse/test_tree_builder.py`` compares the two trees.
"""

from __future__ import annotations

from typing import Any

from bs4 import BeautifulSoup
from bs4.builder._lxml import LXMLTreeBuilder
from bs4.element import AttributeDict, NavigableString, Tag

_new_string = str.__new__
_ASCII_SPACES = BeautifulSoup.ASCII_SPACES


class _Soup(BeautifulSoup):
    """A soup whose plain text nodes take a shorter path into the tree (bs4's ``endData`` otherwise). Built only by
    ``build_soup``: no ``parse_only`` filter and no ``element_classes``, which bs4's own path would honour."""

    def endData(self, containerClass: type[NavigableString] | None = None) -> None:  # noqa: N802, N803 (bs4's names)
        """Add the pending text as a ``NavigableString``, a whitespace-only run as one space or newline, as bs4 does.

        Outside special string containers (``<script>``, ``<style>`` ...), bs4's own method picks the class through
        three lookups, tests the text for whitespace one character at a time in Python, and then walks from the
        text's parent up to the root to re-link what a streaming parse has left linked.
        """
        data = self.current_data
        if not data:
            return
        if containerClass is not None or self.string_container_stack:
            super().endData(containerClass)
            return
        text = data[0] if len(data) == 1 else "".join(data)
        if not self.preserve_whitespace_tag_stack and not text.strip(_ASCII_SPACES):
            text = "\n" if "\n" in text else " "
        self.current_data = []
        node: Any = _new_string(NavigableString, text)
        node.hidden = False
        parent: Any = self.currentTag  # linked last under the open element and after the node parsed last, as bs4's
        # ``object_was_parsed`` does on a streaming parse (where its ``_linkage_fixer`` finds nothing to fix)
        previous = self._most_recent_element
        contents = parent.contents
        sibling = contents[-1] if contents else None
        node.parent = parent
        node.previous_element = previous
        node.next_element = None
        node.previous_sibling = sibling
        node.next_sibling = None
        if previous is not None:
            previous.next_element = node
        if sibling is not None:
            sibling.next_sibling = node
        contents.append(node)
        self._most_recent_element = node


class _PlainHTMLBuilder(LXMLTreeBuilder):
    """bs4's ``lxml`` HTML builder, taking a shorter path for each element and attribute outside any namespace.

    An HTML page parsed by lxml has no namespaces: bs4's own ``start``/``end`` then rebuild every attribute dict
    twice and split every name for a namespace that is not there. Anything namespaced goes the usual way.
    """

    _fields: tuple[Any, ...] | None = None
    _special: frozenset[str] | None = None

    def _tag_fields(self, soup: BeautifulSoup) -> tuple[Any, ...]:
        """The values ``Tag.__init__`` gives every element this builder makes, whatever its name (``_new_tag``)."""
        if self._fields is None:
            self._fields = (
                soup.__class__,
                self.active_namespace_prefixes[-1],
                self.attribute_value_list_class,
                self.is_xml,
                self.cdata_list_attributes,
                self.preserve_whitespace_tags,
            )
        return self._fields

    def _new_tag(self, soup: Any, name: str, attrs: AttributeDict) -> Tag:
        """An element with the fields ``Tag.__init__`` gives it, set one by one, linked into the tree as ``endData``
        links a text node. An object whose attributes are only ever set as attributes
        keeps them in its inline values (CPython 3.11+); reading ``__dict__`` would make it build a dict, and every
        later pass over the tree then reads each attribute ~10 % slower."""
        parser_class, namespaces, value_list_class, is_xml, cdata, preserve = self._fields or self._tag_fields(soup)
        empty = self.empty_element_tags
        parent = soup.currentTag
        previous = soup._most_recent_element
        contents = parent.contents
        sibling = contents[-1] if contents else None
        element = Tag.__new__(Tag)
        element.parser_class = parser_class
        element.name = name
        element.namespace = None
        element._namespaces = namespaces
        element.prefix = None
        element.sourceline = None
        element.sourcepos = None
        element.attribute_value_list_class = value_list_class
        element.attrs = attrs
        element.known_xml = is_xml
        element.contents = []
        element.hidden = False
        element.can_be_empty_element = empty is None or name in empty
        element.cdata_list_attributes = cdata
        element.preserve_whitespace_tags = preserve
        element.interesting_string_types = Tag.MAIN_CONTENT_STRING_TYPES
        element.parent = parent
        element.previous_element = previous
        element.next_element = None
        element.previous_sibling = sibling
        element.next_sibling = None
        if previous is not None:
            previous.next_element = element
        if sibling is not None:
            sibling.next_sibling = element
        contents.append(element)
        soup._most_recent_element = element
        return element

    def start(self, tag: str | bytes, attrib: Any, nsmap: Any = None) -> None:
        """Open an element (bs4's ``start`` when namespaces are in play)."""
        soup: Any = self.soup
        if nsmap or len(self.nsmaps) > 1 or type(tag) is not str or tag[:1] == "{" or soup is None:
            super().start(tag, attrib, nsmap or {})
            return
        if attrib:
            attrs = AttributeDict(attrib)
            if "{" in "".join(attrs):  # a namespaced attribute ("{uri}name")
                super().start(tag, attrib, {})
                return
        else:  # lxml's empty attributes are an immutable mapping, which AttributeDict would copy key by key
            attrs = AttributeDict()
        special = self._special
        if special is None:
            special = self._special = frozenset({*self.string_containers, *self.preserve_whitespace_tags, "meta"})
        if tag in special:  # string containers, whitespace-keeping tags, and <meta> (bs4 substitutes its charset)
            soup.handle_starttag(tag, None, None, attrs, namespaces=self.active_namespace_prefixes[-1])
            return
        if soup.current_data:
            soup.endData()
        element = self._new_tag(soup, tag, attrs)
        soup.tagStack.append(element)
        soup.currentTag = element
        soup.open_tag_counter[tag] += 1

    def data(self, data: str | bytes) -> None:
        """Collect a run of text (bs4's ``handle_data`` without the extra call)."""
        soup = self.soup
        if soup is None or not isinstance(data, str):
            super().data(data)
            return
        soup.current_data.append(data)

    def end(self, tag: str | bytes) -> None:
        """Close an element (bs4's ``end`` when namespaces are in play)."""
        soup = self.soup
        if len(self.nsmaps) > 1 or not isinstance(tag, str) or tag[:1] == "{" or soup is None:
            super().end(tag)
            return
        if soup.current_data:
            soup.endData()
        stack = soup.tagStack
        top = stack[-1]
        if (
            len(stack) > 1
            and top.name == tag
            and top.prefix is None
            and not soup.preserve_whitespace_tag_stack
            and not soup.string_container_stack
        ):
            stack.pop()
            soup.open_tag_counter[tag] -= 1
            soup.currentTag = stack[-1]
            return
        soup._popToTag(tag, None)  # bs4's ``handle_endtag`` without its second ``endData``


def build_soup(markup: str) -> BeautifulSoup:
    """The ``lxml`` soup of ``markup``; ``class`` and ``rel`` stay strings, attributes are plain dicts (lxml's
    values are strings already; bs4's default converts each in a Python ``__setitem__``)."""
    builder = _PlainHTMLBuilder(multi_valued_attributes=None, attribute_dict_class=AttributeDict)
    return _Soup(markup, builder=builder)


__all__ = ["build_soup"]
