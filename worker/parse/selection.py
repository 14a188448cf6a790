"""Pick the element(s) holding the article from a measured page: best candidate, widening, siblings."""

from __future__ import annotations

from bs4 import Tag

from worker.parse.boilerplate import is_article_marker, negative_class, positive_class
from worker.parse.scoring import MIN_PARAGRAPH, Analysis, NodeStats

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
_WIDEN_PROSE_SHARE = 0.55
_WIDEN_MAX_LINKS = 0.3
_WIDEN_AFTER_SHARE = 0.3
_FULL_PRIOR_AT = 500
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "hgroup"})
_MASS_WEIGHT = 0.01  # weight of prose mass (characters, discounted by non-prose share)
_MASS_CAP = 50.0
_SECTION_LEVELS = 4  # levels above the top candidate searched for sibling sections of the same kind


def is_attached(tag: Tag, analysis: Analysis) -> bool:
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
        if is_attached(tag, analysis):
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
        if parent is None or parent_stats is None:
            break
        if parent is analysis.root:  # sections of one kind straight under <body>, split by a table or a gallery
            before, after = _split_siblings(parent, node, analysis)
            earlier, later = _same_kind_prose(node, before, analysis), _same_kind_prose(node, after, analysis)
            if earlier or later:
                parts = [*earlier, *(parts or [node]), *later]
            break
        if parent_stats.link_density > _WIDEN_MAX_LINKS:
            break
        before, after = _split_siblings(parent, node, analysis)
        before_text, before_good = _sizes(before, analysis)
        after_text, after_good = _sizes(after, analysis)
        before_ok = before_text < MIN_PARAGRAPH or before_good >= before_text * _WIDEN_PROSE_SHARE
        after_ok = after_text < MIN_PARAGRAPH or (
            after_good >= after_text * _WIDEN_PROSE_SHARE and after_good >= good * _WIDEN_AFTER_SHARE
        )
        if before_ok and after_ok:
            node, good, parts = parent, parent_stats.good, [parent]
            continue
        if before_ok:
            lead = [tag for tag in before if _is_prose(stats[id(tag)])]
        else:  # earlier sections of the same kind, past a block that is not prose (a table, a gallery)
            lead = _same_kind_prose(node, before, analysis)
        kin = _same_kind_prose(node, after, analysis)  # e.g. further entries of a live blog
        # else: sections of one kind a few levels up, split by other blocks
        parts = [*lead, *(parts or [node]), *kin] if lead or kin else _sections(node, analysis) or parts
        break
    return parts


def _sections(node: Tag, analysis: Analysis) -> list[Tag] | None:
    """The article split into sibling sections of one kind (same tag and class) a few levels up from ``node``: that
    section and its kin that read as prose, in document order; None when there are none."""
    section: Tag | None = node
    for _ in range(_SECTION_LEVELS):
        if section is None or section is analysis.root or id(section) not in analysis.stats:
            return None
        parent = section.parent
        if parent is None or id(parent) not in analysis.stats:
            return None
        before, after = _split_siblings(parent, section, analysis)
        earlier = _same_kind_prose(section, before, analysis)
        later = _same_kind_prose(section, after, analysis)
        if earlier or later:
            return [*earlier, section, *later]
        section = parent
    return None


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
    return stats.text >= MIN_PARAGRAPH and stats.good >= stats.text * _WIDEN_PROSE_SHARE


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


__all__ = ["article_parts", "best_candidate", "final_score", "is_attached", "widen"]
