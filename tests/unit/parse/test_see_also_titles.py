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
    "anchor_text",
    [
        f"» {HEADLINE}",
        f"{HEADLINE} ›",
        f"{HEADLINE} &gt;&gt;&gt;",
        f"RELATED: {HEADLINE}",
        f"Lire aussi | {HEADLINE}",
        f"04.04.2024 {HEADLINE}",
        f"16 maggio {HEADLINE}",
    ],
)
def test_a_marker_label_or_date_around_the_headline_in_the_link_is_left_out(anchor_text: str) -> None:
    assert titles_of(f'<a href="{HREF}">{anchor_text}</a>') == [HEADLINE]


@pytest.mark.parametrize(
    "headline",
    ["«Jede industrielle Pelztierhaltung ist Tierquälerei»", "May 2023 BTO launch: what buyers need to know"],
)
def test_a_quotes_guillemets_and_a_month_opening_the_headline_stay(headline: str) -> None:
    assert titles_of(f'<a href="{HREF}">{headline}</a>') == [headline]


@pytest.mark.parametrize(
    "link",
    [
        pytest.param(
            f'<article aria-label="{HEADLINE}"><a href="{HREF}"><span>Schools</span> <span>{HEADLINE}</span></a>'
            "</article>",
            id="the card's aria-label names the headline after its kicker",
        ),
        pytest.param(
            f'<a href="{HREF}" title="Schools budget: {HEADLINE}"><div><h3>Schools budget</h3><h4>{HEADLINE}</h4>'
            "</div></a>",
            id="a card read as its kicker heading: the headline its title attribute writes after the kicker",
        ),
        pytest.param(
            f'<a href="{HREF}"><span class="ts-overline">Schools</span> <span>{HEADLINE}</span></a>',
            id="an element named as a kicker",
        ),
        pytest.param(f'<a href="{HREF}"><span class="x">Reportage</span> {HEADLINE}</a>', id="a short leading span"),
        pytest.param(
            f'<a href="{HREF}"><span>Article réservé à nos abonnés</span> {HEADLINE}</a>', id="a paywall badge"
        ),
        pytest.param(f'<a href="{HREF}"><span>Épisode 1</span> {HEADLINE}</a>', id="a series episode"),
        pytest.param(
            f'<a href="{HREF}"><img src="/i/1.jpg" alt=""><span class="capsule">Read more</span><div>{HEADLINE}</div>'
            "</a>",
            id="a kicker span after the card's image",
        ),
        pytest.param(
            f'<a href="{HREF}"><span class="post-title"><small>Einheit der Woche</small><br/>{HEADLINE}</span></a>',
            id="a kicker line inside the link's only wrapper",
        ),
        pytest.param(
            f'<a href="{HREF}"><span class="cta">{HEADLINE}</span><div class="date">14 August 2017</div></a>',
            id="a date element closing the link",
        ),
        pytest.param(
            f'<a href="{HREF}"><img src="/i/1.jpg" alt=""></a><a href="{HREF}"><div class="post-header">Entertainment '
            f'Poll</div><div class="post-title">{HEADLINE}</div></a>',
            id="a kicker named as the card's header beside its part named as the title",
        ),
    ],
)
def test_what_a_card_link_holds_around_its_headline_is_left_out(link: str) -> None:
    assert titles_of(link) == [HEADLINE]


@pytest.mark.parametrize(
    "link",
    [
        pytest.param(
            f'<a href="{HREF}" title="Mayor unveils a school">{HEADLINE}</a>',
            id="an attribute that only opens the text (cut short at a quote, or a name's alt text)",
        ),
        pytest.param(
            f'<a href="{HREF}"><span class="kicker">Mayor</span><h3>{HEADLINE}</h3></a>',
            id="a heading read past a kicker keeps its own first word",
        ),
        pytest.param(
            f'<a href="{HREF}"><span>Mayor</span> unveils a school spending plan</a>',
            id="a span opening a sentence that runs on in lower case is no kicker",
        ),
    ],
)
def test_what_only_looks_like_a_kicker_stays(link: str) -> None:
    assert titles_of(link) == [HEADLINE]
