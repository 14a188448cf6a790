"""Find the article's lead (standfirst, intro, deck) between the headline and the element holding the text."""

from __future__ import annotations

from bs4 import Tag

from worker.parse.scoring import Analysis, NodeStats
from worker.parse.selection import is_attached
from worker.parse.tree_search import ancestor_named

_MIN_LEAD = 20  # characters
_MAX_LEAD = 2000  # a longer "lead" is another section of the page, not an intro
_BARRIER = 200  # this much non-prose text between headline and article ends the search
_SUBHEADS = frozenset({"h2", "h3", "h4", "h5", "h6"})


def lead_parts(first: Tag, analysis: Analysis, headline: str | None) -> list[Tag]:
    """Kept prose elements after the headline ``<h1>`` and before ``first`` (the article's first part).

    Returns them in document order; empty when the headline is inside the article, after it, not found,
    or separated from it by a block of non-prose text (a link list, a teaser box).
    """
    h1 = _headline_element(analysis, headline)
    if h1 is None or _is_inside(h1, first):
        return []
    found: list[Tag] = []
    size = 0
    node = first
    while node is not analysis.root and node.parent is not None:
        sibling = node.previous_sibling
        while sibling is not None:
            if isinstance(sibling, Tag):
                if sibling is h1:
                    return found
                stats = analysis.kept(sibling)
                if stats is not None and stats.headline:
                    return _after(h1, sibling, analysis) + found
                if stats is not None and stats.text:
                    if _is_lead(sibling, stats):
                        found.insert(0, sibling)
                        size += stats.text
                        if size > _MAX_LEAD:
                            return []
                    elif stats.text >= _BARRIER:
                        return []
            sibling = sibling.previous_sibling
        node = node.parent
    return []


def opening_parts(first: Tag, analysis: Analysis) -> list[Tag]:
    """Kept elements before ``first`` (the article's first part) inside the ``<article>`` (else ``<main>``) element
    holding it: the story's opening (a standfirst, an intro set as a heading, the paragraphs before an embed), in
    document order. Furniture among them is dropped by the walk as anywhere else; what precedes the headline is
    left out by the body's emitter. Empty when no such element holds ``first``."""
    holder = ancestor_named(first, ("article",)) or ancestor_named(first, ("main",))
    if holder is None or not is_attached(holder, analysis):
        return []
    found: list[Tag] = []
    node = first
    while node is not holder and node.parent is not None:
        before: list[Tag] = []
        for sibling in node.parent.contents:
            if sibling is node:
                break
            if isinstance(sibling, Tag) and analysis.kept(sibling) is not None:
                before.append(sibling)
        found = before + found
        node = node.parent
    return found


def _headline_element(analysis: Analysis, headline: str | None) -> Tag | None:
    """The kept ``<h1>`` reading as the headline (or the first kept ``<h1>`` when no headline is known)."""
    candidates = [tag for tag in reversed(analysis.headlines) if is_attached(tag, analysis)]
    if not candidates:
        return None
    if headline:
        for tag in candidates:
            if " ".join(tag.get_text().split()) == headline:
                return tag
    return candidates[0]


def _after(h1: Tag, holder: Tag, analysis: Analysis) -> list[Tag]:
    """Lead elements following the headline inside the element that holds it."""
    found: list[Tag] = []
    node = h1
    while node is not holder and node.parent is not None:
        sibling = node.next_sibling
        while sibling is not None:
            if isinstance(sibling, Tag):
                stats = analysis.kept(sibling)
                if stats is not None and stats.text:
                    if _is_lead(sibling, stats):
                        found.append(sibling)
                    elif stats.text >= _BARRIER:
                        return found
            sibling = sibling.next_sibling
        node = node.parent
    return found if sum(analysis.stats[id(tag)].text for tag in found) <= _MAX_LEAD else []


def _is_lead(tag: Tag, stats: NodeStats) -> bool:
    if tag.name in _SUBHEADS:
        return stats.links == 0 and stats.text >= _MIN_LEAD
    return stats.text >= _MIN_LEAD and stats.good * 2 >= stats.text and stats.link_density < 0.3


def _is_inside(tag: Tag, ancestor: Tag) -> bool:
    node: Tag | None = tag
    while node is not None:
        if node is ancestor:
            return True
        node = node.parent
    return False


__all__ = ["lead_parts", "opening_parts"]
