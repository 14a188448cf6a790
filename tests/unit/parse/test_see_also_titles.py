"""See-also titles as the labelling rule writes them: the headline, without the kickers, dates, labels, arrows and
bullets a link or its card holds around it (``link_titles.tidy_title``), each on a small hand-written box."""

from __future__ import annotations

import pytest
from support.news_pages import STORIES, page, parse

HREF, HEADLINE = STORIES[0]


def titles_of(*items: str) -> list[str]:
    """The see-also titles of a page whose "Related" list, right after the article, holds ``items`` (``<li>``)."""
    box = f'<section class="x"><h2>Related</h2><ul>{"".join(f"<li>{item}</li>" for item in items)}</ul></section>'
    return [link.title for link in parse(page(after=box)).see_also]


@pytest.mark.parametrize(
    ("anchor_text", "title"),
    [
        (f"» {HEADLINE}", HEADLINE),
        (f"{HEADLINE} ›", HEADLINE),
        (f"{HEADLINE} &gt;&gt;&gt;", HEADLINE),
        (f"RELATED: {HEADLINE}", HEADLINE),
        (f"Lire aussi | {HEADLINE}", HEADLINE),
        (f"04.04.2024 {HEADLINE}", HEADLINE),
        (f"16 maggio {HEADLINE}", HEADLINE),
    ],
)
def test_a_marker_label_or_date_around_the_headline_in_the_link_is_left_out(anchor_text: str, title: str) -> None:
    assert titles_of(f'<a href="{HREF}">{anchor_text}</a>') == [title]


@pytest.mark.parametrize(
    "headline",
    ["«Jede industrielle Pelztierhaltung ist Tierquälerei»", "May 2023 BTO launch: what buyers need to know"],
)
def test_a_quotes_guillemets_and_a_month_opening_the_headline_stay(headline: str) -> None:
    assert titles_of(f'<a href="{HREF}">{headline}</a>') == [headline]


def test_the_headline_a_card_names_in_its_aria_label_leaves_the_kicker_out() -> None:
    # Given a card link holding a kicker and the headline, the card naming the headline alone
    card = (
        f'<article aria-label="{HEADLINE}"><a href="{HREF}"><span>Schools</span> <span>{HEADLINE}</span></a></article>'
    )
    assert titles_of(card) == [HEADLINE]


def test_an_attribute_that_only_starts_the_text_names_no_headline() -> None:
    # Given a link whose title attribute is cut short at a quote (or is a name's alt text): it opens the text
    link = f'<a href="{HREF}" title="Mayor unveils a school">{HEADLINE}</a>'
    assert titles_of(link) == [HEADLINE]


def test_a_kicker_named_so_in_the_link_is_left_out_of_its_whole_text() -> None:
    link = f'<a href="{HREF}"><span class="ts-overline">Schools</span> <span>{HEADLINE}</span></a>'
    assert titles_of(link) == [HEADLINE]


def test_a_heading_read_past_a_kicker_keeps_its_own_first_word() -> None:
    # Given a kicker "Mayor" over a heading "Mayor unveils ...": the heading is the title, whole
    link = f'<a href="{HREF}"><span class="kicker">Mayor</span><h3>{HEADLINE}</h3></a>'
    assert titles_of(link) == [HEADLINE]


@pytest.mark.parametrize("lead", ["Reportage", "Article réservé à nos abonnés", "Épisode 1"])
def test_a_short_span_opening_the_link_before_a_capitalised_headline_is_a_kicker(lead: str) -> None:
    link = f'<a href="{HREF}"><span class="x">{lead}</span> {HEADLINE}</a>'
    assert titles_of(link) == [HEADLINE]


def test_a_span_opening_a_sentence_that_runs_on_in_lower_case_is_no_kicker() -> None:
    link = f'<a href="{HREF}"><span>Mayor</span> unveils a school spending plan</a>'
    assert titles_of(link) == [HEADLINE]


def test_a_date_element_closing_the_link_is_left_out() -> None:
    link = f'<a href="{HREF}"><span class="cta">{HEADLINE}</span><div class="date">14 August 2017</div></a>'
    assert titles_of(link) == [HEADLINE]


def test_a_kicker_span_after_the_cards_image_is_left_out() -> None:
    link = (
        f'<a href="{HREF}"><img src="/i/1.jpg" alt=""><span class="capsule">Read more</span><div>{HEADLINE}</div></a>'
    )
    assert titles_of(link) == [HEADLINE]


def test_a_card_read_as_its_kicker_heading_is_titled_by_the_headline_its_attribute_writes_after_it() -> None:
    # Given a card whose first heading is its kicker, the headline below it, and the link's title "Kicker: Headline"
    card = (
        f'<a href="{HREF}" title="Schools budget: {HEADLINE}"><div class="teaserItem"><h3>Schools budget</h3>'
        f"<h4>{HEADLINE}</h4></div></a>"
    )
    assert titles_of(card) == [HEADLINE]


def test_a_kicker_line_inside_the_links_only_wrapper_is_left_out() -> None:
    link = f'<a href="{HREF}"><span class="post-title"><small>Einheit der Woche</small><br/>{HEADLINE}</span></a>'
    assert titles_of(link) == [HEADLINE]
