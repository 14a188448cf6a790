"""The items of a related list, each rule proven on a small hand-written page: a paid item among the stories, and a
card's title without its kicker or its teaser."""

from __future__ import annotations

import pytest
from support.news_pages import RELATED, RELATED_URLS, SITE, STORIES, page, parse, see_also_urls

_PAID = "https://www.brandstudio-partner.com/2024/04/how-to-save-on-energy-bills/"


@pytest.mark.parametrize(
    "item",
    [
        f'<li class="sponsored-item"><a href="{_PAID}">How to save on energy bills this summer</a></li>',
        f'<li><a href="{_PAID}">How to save on energy bills this summer</a> <span>Sponsored</span></li>',
        f'<li><span class="label">Partner content</span> <a href="{_PAID}">How to save on energy bills</a></li>',
    ],
)
def test_a_paid_item_in_a_related_list_is_no_see_also(item: str) -> None:
    # Given a "Related" list of the site's stories with a paid item among them, marked by its class or its words
    record = parse(page(after=f"<div><h3>Related</h3><ul>{RELATED}{item}</ul></div>"))
    # Then the stories are the story's reading, the paid item is not
    assert see_also_urls(record) == RELATED_URLS


def test_a_story_about_sponsors_is_still_see_also() -> None:
    # Given an item whose headline speaks of sponsors, not one marked as paid
    sponsor = '<li><a href="/2024/02/stadium-sponsor-deal-signed/">Stadium sponsor deal signed for ten years</a></li>'
    record = parse(page(after=f"<div><h3>Related</h3><ul>{RELATED}{sponsor}</ul></div>"))
    assert see_also_urls(record) == [*RELATED_URLS, "https://www.example-news.com/2024/02/stadium-sponsor-deal-signed/"]


def _titles(items: str) -> list[str]:
    return [link.title for link in parse(page(after=f"<div><h3>Related</h3><ul>{items}</ul></div>")).see_also]


def test_a_bold_kicker_before_a_separator_is_no_part_of_the_title() -> None:
    # Given cards "<b>Politics</b> | headline"
    items = "".join(f'<li><a href="{href}"><b>Politics</b> | {title}</a></li>' for href, title in STORIES[:2])
    # Then the title is the headline alone
    assert _titles(items) == [title for _, title in STORIES[:2]]


def test_a_headlines_first_word_in_bold_stays_in_the_title() -> None:
    # Given headlines whose first word is set in bold, with no separator after it
    split = [(href, *title.split(" ", 1)) for href, title in STORIES[:2]]
    items = "".join(f'<li><a href="{href}"><b>{first}</b> {rest}</a></li>' for href, first, rest in split)
    assert _titles(items) == [title for _, title in STORIES[:2]]


def test_a_cards_teaser_named_so_is_no_part_of_the_title() -> None:
    # Given cards of a short headline part named "title" and a longer part named "summary"
    teaser = "The vote is expected next month after a public hearing at city hall."
    items = "".join(
        f'<li><a href="{href}"><span class="title">{title}</span> <span class="summary">{teaser}</span></a></li>'
        for href, title in STORIES[:2]
    )
    # Then the title is the headline part
    assert _titles(items) == [title for _, title in STORIES[:2]]


def test_a_paid_item_in_a_list_of_boxes_leaves_the_other_items() -> None:
    # Given a "Related" list made of boxes, not list items, the last one a paid item marked "Sponsored"
    items = "".join(f'<div class="item"><a href="{href}">{title}</a></div>' for href, title in STORIES[:3])
    paid = f'<div class="item"><a href="{_PAID}">How to save on energy bills</a> <span>Sponsored</span></div>'
    record = parse(page(after=f'<div class="recs"><h3>Related</h3><div class="list">{items}{paid}</div></div>'))
    # Then the mark is that item's alone: the other three are the story's reading
    assert see_also_urls(record) == [SITE + href for href, _ in STORIES[:3]]


def test_a_wires_pointer_to_its_related_coverage_is_see_also() -> None:
    # Given a wire story's line "(For related coverage, see <a>headline</a>)" after its text
    href, title = STORIES[0]
    record = parse(page(article_end=f'<p>(For related coverage, see <a href="{href}">{title}</a>)</p>'))
    # Then the pointed-to story is the story's reading
    assert see_also_urls(record) == [SITE + href]


def test_a_bracketed_aside_in_a_sentence_is_no_pointer() -> None:
    href, title = STORIES[0]
    text = f'<p>The council (for related stories on the budget see <a href="{href}">{title}</a>) voted on Tuesday.</p>'
    assert see_also_urls(parse(page(article_end=text))) == []
