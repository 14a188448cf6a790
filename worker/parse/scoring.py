"""Measure every element once: drop furniture, size text, links and prose, score prose containers."""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import Tag
from bs4.element import NavigableString

from worker.parse.boilerplate import (
    BLOCK_TAGS,
    DROP_TAGS,
    class_id,
    is_article_marker,
    is_hard_furniture,
    is_landmark,
    negative_class,
    positive_class,
    strong_negative_class,
)

MIN_PARAGRAPH = 25
_ARTICLE_CONTEXT = frozenset({"article", "main"})
_KEEP, _DROP, _DEFER = 0, 1, 2
_DEFER_ABOVE = 200  # characters of prose above which a furniture-named element is judged against the page
_DEFER_SHARE = 0.4


@dataclass(slots=True)
class NodeStats:
    """Sizes of one kept element's subtree, furniture excluded."""

    text: int  # characters of text (each text node stripped)
    links: int  # characters of that text inside <a>
    good: int  # characters in paragraph-level blocks that read as prose (long, few links)
    block: bool  # the element itself is paragraph-level or larger
    nested: bool  # some descendant is paragraph-level or larger
    marker: bool  # the subtree holds an element that declares itself the article body
    headline: bool = False  # the subtree holds an <h1>

    @property
    def link_density(self) -> float:
        """Share of the text that is link text."""
        return self.links / self.text if self.text else 0.0


@dataclass
class Analysis:
    """The result of one walk over the page: per-element sizes, content scores and furniture found."""

    root: Tag
    stats: dict[int, NodeStats] = field(default_factory=dict)
    scores: dict[int, float] = field(default_factory=dict)
    candidates: dict[int, Tag] = field(default_factory=dict)
    names: dict[int, str] = field(default_factory=dict)
    deferred: list[Tag] = field(default_factory=list)
    headlines: list[Tag] = field(default_factory=list)  # kept <h1> elements, last first

    def kept(self, tag: Tag) -> NodeStats | None:
        """The stats of an element, or None when it is furniture (or unknown)."""
        return self.stats.get(id(tag))


def analyse(root: Tag, *, lenient: bool = False) -> Analysis:
    """Walk the tree under ``root`` once: drop furniture, size every element, score prose containers.

    ``lenient`` drops only elements whose tag never holds text (images, forms' inputs, ``<head>`` ...), not those
    judged furniture by role, visibility, landmark or class/id: the second look at a page where the first found
    no prose at all (a whole article inside an ``aria-hidden`` wrapper, a ``<form>`` or a ``class="promo-story"``).
    """
    result = Analysis(root=root)
    order: list[tuple[Tag, bool]] = []
    stack: list[tuple[Tag, bool]] = [(root, False)]
    while stack:
        element, in_article = stack.pop()
        order.append((element, in_article))
        inside = in_article or element.name in _ARTICLE_CONTEXT
        for child in reversed(element.contents):  # pushed last first: popped in document order
            if type(child) is Tag and not (child.name in DROP_TAGS if lenient else is_hard_furniture(child)):
                stack.append((child, inside))
    for element, in_article in reversed(order):  # reverse pre-order: every element after all its descendants
        _measure(element, None if lenient else in_article, result)
    _drop_deferred(result)
    return result


def _measure(element: Tag, in_article: bool | None, result: Analysis) -> None:
    """Size one element from its children's sizes, judge it as furniture (unless ``in_article`` is None: the
    lenient walk), and credit it if it is prose."""
    sizes, own, commas = _sum_children(element, result.stats)
    name = element.name
    if name == "a":
        sizes.links = sizes.text
    elif name == "h1":
        sizes.headline = True
        result.headlines.append(element)
    names = class_id(element)
    sizes.marker = sizes.marker or is_article_marker(element, names)
    if element is not result.root and in_article is not None:
        verdict = _furniture_verdict(element, names, sizes, in_article)
        if verdict == _DROP:
            return
        if verdict == _DEFER:
            result.deferred.append(element)
    sizes.block = name in BLOCK_TAGS
    text, links, nested = sizes.text, sizes.links, sizes.nested
    if own >= MIN_PARAGRAPH and (sizes.block or nested) and links * 2 < text and name not in ("h1", "h2", "h3"):
        sizes.good += own if nested else text - links
        _credit(element, 1.0 + commas + min(own / 100.0, 3.0), nested, result)
    result.stats[id(element)] = sizes
    if names:
        result.names[id(element)] = names


def _sum_children(element: Tag, stats: dict[int, NodeStats]) -> tuple[NodeStats, int, int]:
    """The summed sizes of an element's kept children and text, its own inline text length, and its commas."""
    text = links = good = own = commas = 0  # summed in locals, the stats built once at the end
    nested = marker = headline = False
    for child in element.contents:
        if type(child) is NavigableString:
            stripped = child.strip()
            if stripped:
                own += len(stripped)
                commas += stripped.count(",") + stripped.count("，") + stripped.count("、")
        elif isinstance(child, Tag):
            child_stats = stats.get(id(child))
            if child_stats is None:
                continue
            text += child_stats.text
            links += child_stats.links
            good += child_stats.good
            marker = marker or child_stats.marker
            headline = headline or child_stats.headline
            if child_stats.block or child_stats.nested:
                nested = True
            else:
                own += child_stats.text
    return NodeStats(text + own, links, good, False, nested, marker, headline), own, commas


def _furniture_verdict(element: Tag, names: str, stats: NodeStats, in_article: bool) -> int:
    """Furniture by class/id or by being a small form; never the article itself or a landmark holding it.

    An element named like furniture but holding much prose is only dropped later, if the page holds
    much more prose elsewhere (whole pages are sometimes wrapped in, say, an ``id="ads-takeover"``).
    """
    name = element.name
    if name == "form":
        return _DROP if stats.good < 500 else _KEEP
    if is_landmark(element, in_article) and not stats.marker and not (name == "header" and stats.headline):
        return _DROP if stats.good < _DEFER_ABOVE else _DEFER
    if not names or stats.marker or name in ("body", "html", "main") or not negative_class(names):
        return _KEEP
    if name == "p" and "paywall" in names and not negative_class(names.replace("paywall", "")):
        return _KEEP  # a paragraph of the story behind a soft paywall (served whole, hidden by script), no notice
    if name not in BLOCK_TAGS and not stats.nested and _in_running_text(element):
        return _KEEP  # a linked or tagged word inside a sentence ("<a class=tag>Boeing</a>") is part of it
    if strong_negative_class(names) or stats.good < _DEFER_ABOVE:
        return _DROP
    if positive_class(names) and stats.link_density < 0.5:
        return _KEEP
    return _DEFER


def _in_running_text(element: Tag) -> bool:
    """Whether an inline element sits between words of a sentence: text with a letter right before or after it."""
    for sibling in (element.previous_sibling, element.next_sibling):
        if type(sibling) is NavigableString and any(char.isalpha() for char in sibling):
            return True
    return False


def _drop_deferred(result: Analysis) -> None:
    """Drop the furniture-named elements that hold less than a fair share of the page's prose."""
    root_stats = result.stats.get(id(result.root))
    total = root_stats.good if root_stats else 0
    for element in result.deferred:
        stats = result.stats.get(id(element))
        if stats is not None and stats.good < total * _DEFER_SHARE:
            del result.stats[id(element)]


def _credit(paragraph: Tag, score: float, self_too: bool, result: Analysis) -> None:
    """Give a paragraph's score to its parent (full), grandparent (half) and great-grandparent (a sixth)."""
    scores, candidates = result.scores, result.candidates
    if self_too:  # inline text directly in a container counts for the container itself
        key = id(paragraph)
        scores[key] = scores.get(key, 0.0) + score
        candidates[key] = paragraph
    ancestor = paragraph.parent
    for share in (1.0, 0.5, 1.0 / 6.0):
        if ancestor is None or ancestor.name == "[document]":
            break
        key = id(ancestor)
        scores[key] = scores.get(key, 0.0) + score * share
        candidates[key] = ancestor
        if ancestor is result.root:
            break
        ancestor = ancestor.parent


__all__ = ["MIN_PARAGRAPH", "Analysis", "NodeStats", "analyse"]
