"""Whether a reading box belongs to the article: inside its container, or right after it with only the article's
end furniture in between (not past the page's footer, a form or a side column)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bs4 import Tag

from worker.parse.boilerplate import FOOTER_NAME
from worker.parse.box_chrome import (
    COMMENTS,
    END_FURNITURE,
    SIDE,
    SIDEBAR,
    STOP_TAGS,
    excluded,
    names_of,
    unlinked_text,
)
from worker.parse.reading_boxes import ReadingBox
from worker.parse.reading_labels import RELATED_NAME
from worker.parse.tree_search import ancestor_named

MAX_BETWEEN_TEXT = 300
_COLUMN = re.compile(r"(?<![a-z])col(?:umn)?(?![a-z])|(?-i:[a-z]Column)(?![a-z])", re.IGNORECASE)
"""A class or id naming one of a layout's columns ("col-main", "col", "abColumn", "main-column", "col-md-4")."""


def side_by_side(branch: Tag, other: Tag) -> bool:
    """Two of a layout's columns of different kinds ("abColumn" and "cColumn", "col-md-8" and "col-md-4"): set beside
    each other. A grid naming each of its rows a column of the same width ("aem-GridColumn--default--8") stacks
    them."""
    columns = [{name for name in _names(element) if _COLUMN.search(name)} for element in (branch, other)]
    return all(columns) and columns[0] != columns[1]


def _names(element: Tag) -> list[str]:
    """The element's classes and its id."""
    classes = element.get("class")
    names = list(classes) if isinstance(classes, list) else str(classes or "").split()
    identifier = element.get("id")
    return [*names, identifier] if isinstance(identifier, str) else names


def belongs(box: ReadingBox, container: Tag, story: frozenset[int] = frozenset()) -> bool:
    """Inside the container, or after it under a shared ancestor with only short text in between (``story``: the
    ids of the elements that hold the story's text blocks, and their ancestors)."""
    path = (box.label, *box.ancestors)
    own_footers = {id(node) for at, node in enumerate(path) if _own_footer(node, path[at + 1 :])}
    container_line = {id(node) for node in (container, *container.parents)}
    for depth, node in enumerate(path):
        if node is container:
            floated = max((at + 1 for at, element in enumerate(path[:depth]) if id(element) in box.floated), default=0)
            return not any(  # the parts of a box floated in the copy share its style ("story-sidebar-part")
                excluded(element, inside=True, floated=at < floated) and id(element) not in own_footers
                for at, element in enumerate(path[:depth])
            )
        if id(node) in container_line and depth > 0:
            if (
                box.holds_links
                and box.labelled
                and _story_wrapper(node)
                and not any(
                    excluded(element, inside=True, floated=True) or _sidebar(element) for element in path[:depth]
                )
            ):
                return True  # a related box headed "Related" in a rail of the story's own wrapper, not its sidebar
            if (box.labelled or not box.holds_links) and _before_text(path[depth - 1], node, container, path[:depth]):
                return True
            unheaded = box.holds_links and not box.labelled
            return _after(
                path[depth - 1],
                node,
                container,
                path[:depth],
                own_footers,
                story=story,
                is_box=depth == 1,
                unheaded=unheaded,
            )
    return False


def _sidebar(element: Tag) -> bool:
    """An ``<aside>``, a complementary region or an element named as a sidebar: the page's, not the story's."""
    return element.name == "aside" or element.get("role") == "complementary" or bool(SIDEBAR.search(names_of(element)))


def _story_wrapper(element: Tag) -> bool:
    """An ``<article>`` or an element named as the story ("cbox article", "story-wrapper"): what it holds beside the
    story's text is the story's own."""
    return element.name == "article" or bool(_STORY_FOOTER.search(names_of(element)))


def _before_text(branch: Tag, common: Tag, container: Tag, below: Sequence[Tag]) -> bool:
    """A box set right before the story's text in the story's own wrapper, or in the wrapper that holds its
    headline before it ("Sur le même sujet" between the standfirst and the text, a floated "More on the topic" box,
    a "Related Articles" box in the wrapper's left part before the text's own wrapper): the article's, unless a
    feed, chrome or a side column (``branch``: the box's side of ``common``, the wrapper holding the container or
    its own wrapper)."""
    if not _story_wrapper(common) and not _after_headline(branch):
        return False
    container_branch = container  # the container, or its wrapper in the story's ("articleContent")
    while container_branch.parent is not None and container_branch.parent is not common:
        container_branch = container_branch.parent
    if container_branch.parent is not common:
        return False
    if any(excluded(element) for element in below) or SIDE.search(names_of(branch)):
        return False
    return any(sibling is container_branch for sibling in branch.next_siblings)


def _after_headline(branch: Tag) -> bool:
    """The story's headline (its ``<h1>``) comes before the box in their shared wrapper: that wrapper holds the
    story, its headline, what is set between it and the text, and the text."""
    return any(
        sibling.name == "h1" or sibling.find("h1") is not None
        for sibling in branch.find_previous_siblings(limit=_HEADLINE_SIBLINGS)
    )


_HEADLINE_SIBLINGS = 30


def _after(
    branch: Tag,
    common: Tag,
    container: Tag,
    below: Sequence[Tag],
    own_footers: set[int],
    *,
    story: frozenset[int],
    is_box: bool = False,
    unheaded: bool = False,
) -> bool:
    branch_names = names_of(branch)
    if any(excluded(element) and id(element) not in own_footers for element in below) or (
        SIDE.search(branch_names) and not is_box and not RELATED_NAME.search(branch_names)
    ):
        return False  # a feed, chrome, or a side column beside the article's (not the box itself: "story-aside",
        # "RelatedRail_rail")
    container_branch = container
    while container_branch.parent is not None and container_branch.parent is not common:
        container_branch = container_branch.parent
    if unheaded and side_by_side(branch, container_branch):
        return False  # a box named related but headed by no label, in the next of the layout's columns ("abColumn",
        # then "cColumn"): the column's, beside the article (a label beside the text in the story's own columns
        # heads its reading: "Además")
    return _furniture_between(common, container_branch, branch, story)


def _furniture_between(common: Tag, container_branch: Tag, branch: Tag, story: frozenset[int]) -> bool:
    """``branch`` comes after ``container_branch`` among ``common``'s children with only the article's end furniture
    (at most ``MAX_BETWEEN_TEXT`` characters outside links) after the story's last text in between."""
    between = 0
    seen = False
    for child in common.contents:
        if child is container_branch:
            seen = True
        elif child is branch:
            return seen
        elif seen and id(child) in story:
            between = 0  # more of the story's text, outside its container (the next of its steps): its end is further
        elif seen and isinstance(child, Tag):
            if article_footer(child):
                continue  # the article's own footer (its tags, its share buttons): the box after it is still its
            if (child.name in STOP_TAGS and child.name != "form") or FOOTER_NAME.search(names_of(child)):
                return False  # the footer: what follows is no longer the article's
            if COMMENTS.search(names_of(child)) or END_FURNITURE.search(names_of(child)):
                continue  # a labelled box after the comments (and their form), an author bio or share buttons is
                # still the article's
            if child.name == "form":
                return False  # a form of the page's own (a search, a sign-up): what follows is the page's
            between += unlinked_text(child)  # link lists in between (tags, previous/next) are furniture
            if between > MAX_BETWEEN_TEXT:
                return False
    return False


_STORY_FOOTER = re.compile(r"(?<![a-z])(?:end-?of-?)?(?:article|story|entry|post)(?!(?-i:[a-z]))", re.IGNORECASE)
"""A footer's class or id naming it the story's ("endofarticle", "article-footer", "entry-footer", "storyFooter")."""


def _own_footer(element: Tag, above: Sequence[Tag]) -> bool:
    """A ``<footer>`` element inside an ``<article>`` (``above``: its ancestors on the intact tree, nearest first; the
    body extractor may have cut it out of the tree since), or a footer named as the story's ("<footer
    class=endofarticle>", "<div class=article-body__footer>"): the article's own (its tags, its related posts)."""
    names = names_of(element)
    if element.name == "footer":
        return any(node.name == "article" for node in above) or bool(_STORY_FOOTER.search(names))
    return bool(FOOTER_NAME.search(names) and _STORY_FOOTER.search(names))  # "article-body__footer"


def article_footer(element: Tag) -> bool:
    """A footer inside an ``<article>`` (HTML's sectioning) or named as the story's ("article-footer"): the
    article's own, not the page's."""
    names = names_of(element)
    return (element.name == "footer" or bool(FOOTER_NAME.search(names))) and (
        ancestor_named(element, ("article",)) is not None or bool(_STORY_FOOTER.search(names))
    )


__all__ = ["MAX_BETWEEN_TEXT", "article_footer", "belongs", "side_by_side"]
