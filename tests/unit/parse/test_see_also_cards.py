"""See-also on hand-written pages modelled on common related-box markups: card grids of ``<article>`` elements,
``<aside>`` boxes, image + headline anchor pairs, boxes nested a few levels away from the article."""

from __future__ import annotations

import pytest

from tests.unit.parse.test_attribution import page, parse, see_also_urls
from tests.unit.parse.test_see_also_boxes import SITE, STORIES, urls


def article_cards(count: int, comments: bool = False) -> str:
    """WordPress-style cards: an image link, a linked heading, a date, optionally a comments-count link."""
    return "".join(
        f'<article class="post type-post"><a class="thumb" href="{href}"><img src="/i/{n}.jpg" alt=""></a>'
        f'<h3 class="entry-title"><a href="{href}">{title}</a></h3><span class="date">3 May 2024</span>'
        + (f'<a href="{href}#comments">4</a>' if comments else "")
        + "</article>"
        for n, (href, title) in enumerate(STORIES[:count])
    )


def test_a_labelled_grid_of_cards_with_comment_links() -> None:
    # Given six cards, each with its comments link ("#comments"), under a "Related Posts" heading
    box = f'<section class="x"><h2>Related Posts</h2><div class="grid">{article_cards(6, comments=True)}</div></section>'
    record = parse(page(after=box))
    # Then the six stories are see-also: a comments link is the same story, not a seventh to twelfth one
    assert see_also_urls(record) == urls(6)
