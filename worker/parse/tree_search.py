"""Searches of an element's descendants (and ancestors) as plain loops over the tree.

BeautifulSoup's ``find``, ``find_all`` and ``find_parent`` build a filter for every call; the see-also and body rules
make tens of thousands of small searches per corpus (a link's card headline, a box's ``<time>``, a link's caption),
where that set-up costs more than the walk. These helpers give the same answers for the cases they cover.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from bs4 import Tag
from bs4.element import PageElement


def after_last(node: Tag) -> PageElement | None:
    """The node parsed right after the last of ``node``'s descendants: where ``node.descendants`` stops.

    The helpers here follow ``next_element`` from ``node.contents[0]`` up to it in a plain loop, as that generator
    does, without resuming a generator for each node (a walk of the whole page ~40 % faster)."""
    sibling = node.next_sibling
    if sibling is not None:
        last = sibling.previous_element
    else:
        last = node
        while isinstance(last, Tag) and last.contents:
            last = last.contents[-1]
    assert last is not None  # a linked tree: a next sibling is parsed after something
    return last.next_element


def first_tag(node: Tag, names: Collection[str]) -> Tag | None:
    """The first descendant element of ``node`` named one of ``names`` (document order), as ``node.find(names)``."""
    found = tags_named(node, names, 1)
    return found[0] if found else None


def tags_named(node: Tag, names: Collection[str], limit: int | None = None) -> list[Tag]:
    """At most ``limit`` (None: all) descendant elements of ``node`` named one of ``names``, in document order."""
    found: list[Tag] = []
    child, end = (node.contents[0], after_last(node)) if node.contents else (None, None)
    while child is not end and child is not None:
        if type(child) is Tag and child.name in names:
            found.append(child)
            if limit is not None and len(found) >= limit:
                break
        child = child.next_element
    return found


def tags_where(node: Tag, test: Callable[[Tag], object], limit: int | None = None) -> list[Tag]:
    """At most ``limit`` (None: all) descendant elements of ``node`` that ``test`` accepts, in document order, as
    ``node.find_all(test, limit=limit)``."""
    found: list[Tag] = []
    child, end = (node.contents[0], after_last(node)) if node.contents else (None, None)
    while child is not end and child is not None:
        following = child.next_element  # read first, as ``descendants`` does: ``test`` may move ``child``
        if type(child) is Tag and test(child):
            found.append(child)
            if limit is not None and len(found) >= limit:
                break
        child = following
    return found


def child_tags(node: Tag, limit: int) -> list[Tag]:
    """At most ``limit`` child elements of ``node``, as ``node.find_all(True, recursive=False, limit=limit)``."""
    found: list[Tag] = []
    for child in node.contents:
        if type(child) is Tag:
            found.append(child)
            if len(found) >= limit:
                break
    return found


def sibling_tags(node: PageElement, limit: int, *, after: bool) -> list[Tag]:
    """At most ``limit`` sibling elements of ``node``, nearest first, after it or before it: as
    ``node.find_next_siblings(True, limit=limit)`` or ``node.find_previous_siblings(True, limit=limit)`` (and, with
    ``limit`` 1, ``find_next_sibling()`` or ``find_previous_sibling()``)."""
    found: list[Tag] = []
    sibling = node.next_sibling if after else node.previous_sibling
    while sibling is not None:
        if type(sibling) is Tag:
            found.append(sibling)
            if len(found) >= limit:
                break
        sibling = sibling.next_sibling if after else sibling.previous_sibling
    return found


def ancestor_named(node: PageElement, names: Collection[str]) -> Tag | None:
    """The nearest ancestor of ``node`` named one of ``names``, as ``node.find_parent(names)``."""
    parent = node.parent
    while parent is not None:
        if parent.name in names:
            return parent
        parent = parent.parent
    return None


def links_in(node: Tag, limit: int | None = None) -> list[Tag]:
    """At most ``limit`` (None: all) descendant ``<a>`` elements of ``node`` with an ``href``, as
    ``node.find_all("a", href=True, limit=limit)``."""
    found: list[Tag] = []
    child, end = (node.contents[0], after_last(node)) if node.contents else (None, None)
    while child is not end and child is not None:
        if type(child) is Tag and child.name == "a" and child.get("href") is not None:
            found.append(child)
            if limit is not None and len(found) >= limit:
                break
        child = child.next_element
    return found


def first_with_class(node: Tag, pattern: re.Pattern[str]) -> Tag | None:
    """The first descendant element of ``node`` whose class string ``pattern`` finds, as ``node.find(class_=pattern)``
    (the parser's tree keeps ``class`` as one string; a list is joined)."""
    child, end = (node.contents[0], after_last(node)) if node.contents else (None, None)
    while child is not end and child is not None:
        if type(child) is Tag:
            classes = child.get("class")
            if classes and pattern.search(classes if isinstance(classes, str) else " ".join(classes)):
                return child
        child = child.next_element
    return None


_CSS_SPACE = re.compile(r"[ \t\r\n\f]")
"""The whitespace that separates the words of a CSS ``~=`` attribute selector's list (not Unicode spaces)."""


def first_with_word(node: Tag, attribute: str, word: str) -> Tag | None:
    """The first descendant element of ``node`` whose ``attribute``, split at CSS whitespace, holds ``word``, as
    ``node.select_one(f'[{attribute}~="{word}"]')`` without compiling a selector (soupsieve's first selector of a
    process compiles its parser: ~5 ms)."""
    for child in node.descendants:
        if type(child) is not Tag:
            continue
        value = child.attrs.get(attribute)
        if value is not None and word in _CSS_SPACE.split(value if isinstance(value, str) else " ".join(value)):
            return child
    return None


__all__ = [
    "after_last",
    "ancestor_named",
    "child_tags",
    "first_tag",
    "first_with_class",
    "first_with_word",
    "links_in",
    "sibling_tags",
    "tags_named",
    "tags_where",
]
