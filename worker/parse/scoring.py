"""Measure every element once (text, links, prose) and pick the element that holds the article."""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import Tag
from bs4.element import NavigableString

from worker.parse.boilerplate import (
    BLOCK_TAGS,
    class_id,
    is_article_marker,
    is_hard_furniture,
    is_landmark,
    negative_class,
    positive_class,
    strong_negative_class,
)

_MIN_PARAGRAPH = 25
_TAG_WEIGHT = {
    "div": 5.0,
    "article": 8.0,
    "main": 5.0,
    "section": 3.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "address": -3.0,
    "ol": -3.0,
    "ul": -3.0,
    "dl": -3.0,
    "dd": -3.0,
    "dt": -3.0,
    "li": -3.0,
    "form": -3.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "h4": -5.0,
    "h5": -5.0,
    "h6": -5.0,
    "th": -5.0,
}
_ARTICLE_CONTEXT = frozenset({"article", "main"})
_KEEP, _DROP, _DEFER = 0, 1, 2
_DEFER_ABOVE = 200  # characters of prose above which a furniture-named element is judged against the page
_DEFER_SHARE = 0.4
_WIDEN_PROSE_SHARE = 0.55
_WIDEN_MAX_LINKS = 0.3
_WIDEN_AFTER_SHARE = 0.3
_FULL_PRIOR_AT = 500
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "hgroup"})
_MASS_WEIGHT = 0.01  # weight of prose mass (characters, discounted by non-prose share)
_MASS_CAP = 50.0


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


def analyse(root: Tag) -> Analysis:
    """Walk the tree under ``root`` once: drop furniture, size every element, score prose containers."""
    result = Analysis(root=root)
    order: list[tuple[Tag, bool]] = []
    stack: list[tuple[Tag, bool]] = [(root, False)]
    while stack:
        element, in_article = stack.pop()
        order.append((element, in_article))
        inside = in_article or element.name in _ARTICLE_CONTEXT
        children = [child for child in element.contents if isinstance(child, Tag)]
        for child in reversed(children):
            if not is_hard_furniture(child):
                stack.append((child, inside))
    for element, in_article in reversed(order):  # reverse pre-order: every element after all its descendants
        _measure(element, in_article, result)
    _drop_deferred(result)
    return result


def _measure(element: Tag, in_article: bool, result: Analysis) -> None:
    """Size one element from its children's sizes, judge it as furniture, and credit it if it is prose."""
    sizes, own, commas = _sum_children(element, result.stats)
    name = element.name
    if name == "a":
        sizes.links = sizes.text
    elif name == "h1":
        sizes.headline = True
        result.headlines.append(element)
    names = class_id(element)
    sizes.marker = sizes.marker or is_article_marker(element, names)
    if element is not result.root:
        verdict = _furniture_verdict(element, names, sizes, in_article)
        if verdict == _DROP:
            return
        if verdict == _DEFER:
            result.deferred.append(element)
    sizes.block = name in BLOCK_TAGS
    text, links, nested = sizes.text, sizes.links, sizes.nested
    if own >= _MIN_PARAGRAPH and (sizes.block or nested) and links * 2 < text and name not in ("h1", "h2", "h3"):
        sizes.good += own if nested else text - links
        _credit(element, 1.0 + commas + min(own / 100.0, 3.0), nested, result)
    result.stats[id(element)] = sizes
    if names:
        result.names[id(element)] = names


def _sum_children(element: Tag, stats: dict[int, NodeStats]) -> tuple[NodeStats, int, int]:
    """The summed sizes of an element's kept children and text, its own inline text length, and its commas."""
    sizes = NodeStats(0, 0, 0, False, False, False)
    own = commas = 0
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
            sizes.text += child_stats.text
            sizes.links += child_stats.links
            sizes.good += child_stats.good
            sizes.marker = sizes.marker or child_stats.marker
            sizes.headline = sizes.headline or child_stats.headline
            if child_stats.block or child_stats.nested:
                sizes.nested = True
            else:
                own += child_stats.text
    sizes.text += own
    return sizes, own, commas


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
    if strong_negative_class(names) or stats.good < _DEFER_ABOVE:
        return _DROP
    if positive_class(names) and stats.link_density < 0.5:
        return _KEEP
    return _DEFER


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


def _is_attached(tag: Tag, analysis: Analysis) -> bool:
    """Whether no ancestor of the element (up to the walk's root) was dropped as furniture."""
    node: Tag | None = tag
    while node is not None and node is not analysis.root:
        if id(node) not in analysis.stats:
            return False
        node = node.parent
    return node is analysis.root


def final_score(tag: Tag, analysis: Analysis) -> float:
    """A candidate's content score, discounted by link density and adjusted by its tag and class/id."""
    stats = analysis.stats[id(tag)]
    score = analysis.scores.get(id(tag), 0.0) * (1.0 - stats.link_density)
    score += _TAG_WEIGHT.get(tag.name, 0.0)
    names = analysis.names.get(id(tag), "")
    prior = min(1.0, stats.good / _FULL_PRIOR_AT)  # a name is only worth as much as the prose behind it
    if names:
        if positive_class(names):
            score += 25.0 * prior
        if negative_class(names):
            score -= 25.0
    if is_article_marker(tag, names):
        score += 25.0 * prior
    if stats.text:
        score += min(_MASS_CAP, _MASS_WEIGHT * stats.good * stats.good / stats.text)
    return score


def best_candidate(analysis: Analysis) -> tuple[Tag, float] | None:
    """The kept element with the highest final score, with that score; None when no prose was found."""
    ranked = sorted(
        ((final_score(tag, analysis), index, tag) for index, (key, tag) in enumerate(analysis.candidates.items())
         if key in analysis.stats),
        key=lambda item: (-item[0], item[1]),
    )  # fmt: skip
    for score, _, tag in ranked:
        if _is_attached(tag, analysis):
            return tag, score
    return None


def widen(top: Tag, analysis: Analysis) -> list[Tag] | None:
    """Climb from the top candidate while its ancestors add mostly prose (articles split into sections).

    Material before the article (a lead, an intro) is taken on a lower bar than material after it (which
    must be a real continuation, not a bio or a disclaimer). Returns the elements making up the article,
    or None when no ancestor qualified.
    """
    stats = analysis.stats
    parts: list[Tag] | None = None
    node, good = top, stats[id(top)].good
    while True:
        parent = node.parent
        parent_stats = stats.get(id(parent)) if parent is not None else None
        if parent is None or parent is analysis.root or parent_stats is None:
            break
        if parent_stats.link_density > _WIDEN_MAX_LINKS:
            break
        before, after = _split_siblings(parent, node, analysis)
        before_text, before_good = _sizes(before, analysis)
        after_text, after_good = _sizes(after, analysis)
        before_ok = before_text < _MIN_PARAGRAPH or before_good >= before_text * _WIDEN_PROSE_SHARE
        after_ok = after_text < _MIN_PARAGRAPH or (
            after_good >= after_text * _WIDEN_PROSE_SHARE and after_good >= good * _WIDEN_AFTER_SHARE
        )
        if before_ok and after_ok:
            node, good, parts = parent, parent_stats.good, [parent]
            continue
        lead = [tag for tag in before if _is_prose(stats[id(tag)])] if before_ok else []
        kin = _same_kind_prose(node, after, analysis)  # e.g. further entries of a live blog
        if lead or kin:
            parts = [*lead, *(parts or [node]), *kin]
        break
    return parts


def _same_kind_prose(node: Tag, siblings: list[Tag], analysis: Analysis) -> list[Tag]:
    """The siblings with the same tag and class as ``node`` that read as prose."""
    classes = node.get("class")
    if not classes:
        return []
    return [
        tag
        for tag in siblings
        if tag.name == node.name and tag.get("class") == classes and _is_prose(analysis.stats[id(tag)])
    ]


def _split_siblings(parent: Tag, child: Tag, analysis: Analysis) -> tuple[list[Tag], list[Tag]]:
    before: list[Tag] = []
    after: list[Tag] = []
    target = before
    for sibling in parent.contents:
        if sibling is child:
            target = after
        elif isinstance(sibling, Tag) and id(sibling) in analysis.stats:
            target.append(sibling)
    return before, after


def _sizes(tags: list[Tag], analysis: Analysis) -> tuple[int, int]:
    """Text and prose characters of some elements; headings count for neither (they neither add nor harm)."""
    text = good = 0
    for tag in tags:
        if tag.name in _HEADINGS:
            continue
        stats = analysis.stats[id(tag)]
        text += stats.text
        good += stats.good
    return text, good


def _is_prose(stats: NodeStats) -> bool:
    return stats.text >= _MIN_PARAGRAPH and stats.good >= stats.text * _WIDEN_PROSE_SHARE


def article_parts(top: Tag, top_score: float, analysis: Analysis) -> list[Tag]:
    """The top candidate plus those of its siblings that continue the article (readability's sibling rule)."""
    parent = top.parent
    if parent is None or id(parent) not in analysis.stats:
        return [top]
    threshold = max(10.0, top_score * 0.2)
    top_classes = top.get("class")
    parts = []
    for sibling in parent.contents:
        if sibling is top:
            parts.append(top)
            continue
        if not isinstance(sibling, Tag):
            continue
        stats = analysis.stats.get(id(sibling))
        if stats is None or not stats.text:
            continue
        bonus = top_score * 0.2 if top_classes and sibling.get("class") == top_classes else 0.0
        if (id(sibling) in analysis.scores and final_score(sibling, analysis) + bonus >= threshold) or (
            sibling.name == "p" and _prose_paragraph(sibling, stats)
        ):
            parts.append(sibling)
    return parts


def _prose_paragraph(paragraph: Tag, stats: NodeStats) -> bool:
    density = stats.link_density
    if stats.text > 80:
        return density < 0.25
    if stats.links or stats.text == 0:
        return False
    text = paragraph.get_text().rstrip()
    return text.endswith((".", "!", "?", "。", "…", '"', "”", "»", "«"))


__all__ = ["Analysis", "NodeStats", "analyse", "article_parts", "best_candidate", "final_score", "widen"]
