"""Body rules about class names and closing notes: a class hiding a part of an element (a field's label) or a utility
class does not make the element furniture, a class hiding the element does, and a closing licence note is no text."""

from __future__ import annotations

import pytest

from worker.parse import parse_article
from worker.parse.boilerplate import negative_class

_STORY = (
    "<p>The council met on Monday night and voted to close the old bridge to traffic for two months while engineers"
    " replace the deck, a job first planned three years ago and twice put off for lack of money.</p>"
    "<p>Drivers will be sent over the ring road, which the council says adds about six minutes to the trip into"
    " town at the busiest hours of the day, and buses will run every ten minutes instead of every fifteen.</p>"
)


def _page(lead: str, tail: str = "") -> bytes:
    return (
        "<html><head><title>Bridge to close for repairs</title></head><body><article>"
        f"<h1>Bridge to close for repairs</h1>{lead}"
        f'<div class="field field-name-body field-label-hidden">{_STORY}</div>{tail}'
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "names", ["field field-name-intro field-label-hidden", "field--label-hidden", "overflow-hidden"]
)
def test_a_class_hiding_a_part_or_a_utility_class_is_no_furniture(names: str) -> None:
    assert not negative_class(names)
    lead = f'<div class="{names}"><p>Drivers face six weeks of detours, the council said on Monday.</p></div>'
    body = parse_article(_page(lead), url="https://news.example/bridge").body
    assert body.startswith("Drivers face six weeks of detours")


@pytest.mark.parametrize("names", ["hidden", "is-hidden", "js-hide", "hide", "news-letter-section"])
def test_a_class_hiding_the_element_is_furniture(names: str) -> None:
    assert negative_class(names)


def test_a_closing_licence_note_is_not_body_text() -> None:
    tail = (
        '<p>This text is published under the licence <a href="https://creativecommons.org/licenses/by-nc-nd/4.0/">'
        "CC BY-NC-ND 4.0</a>. The photos may not be reused.</p>"
    )
    body = parse_article(_page("", tail), url="https://news.example/bridge").body
    assert body.endswith("instead of every fifteen.")
    assert "licence" not in body


def test_a_licence_link_early_in_the_article_stays() -> None:
    lead = (
        '<p>The council published its plan under an <a href="https://creativecommons.org/licenses/by/4.0/">open'
        "</a> licence so that residents could reuse the maps.</p>"
    )
    tail = "<p>Work starts on the first of May.</p><p>The council meets again in June.</p><p>Tolls stay.</p>"
    body = parse_article(_page(lead, tail), url="https://news.example/bridge").body
    assert body.startswith("The council published its plan")


def test_text_before_the_headline_inside_the_article_is_not_body() -> None:
    page = (
        "<html><body><div class='content'><p>English Deutsch</p><p>A documentary project about one family and"
        f" the music it kept quiet</p><h1>Bridge to close for repairs</h1>{_STORY}</div></body></html>"
    ).encode()
    body = parse_article(page, url="https://news.example/bridge").body
    assert body.startswith("The council met on Monday night")
    assert "documentary" not in body


@pytest.mark.parametrize("line", ["Aktualisiert am 17.01.2021.", "Last updated: March 5, 2019"])
def test_a_closing_date_line_is_not_body_text(line: str) -> None:
    body = parse_article(_page("", f"<p>{line}</p>"), url="https://news.example/bridge").body
    assert body.endswith("instead of every fifteen.")


def test_a_newsletter_box_inside_the_article_is_left_out() -> None:
    box = (
        '<div class="news-letter-section"><div class="title">NEWS LETTERS</div><form><input name="email"></form>'
        "<span>News, tips and trends: we have many exciting stories for you!</span></div>"
    )
    body = parse_article(_page(box), url="https://news.example/bridge").body
    assert "exciting stories" not in body


def test_words_linked_through_nested_inline_markup_count_once() -> None:
    glossary = "".join(
        f'<a href="#g{i}" class="dic"><ruby><span class="under">{word}</span><rt>{reading}</rt></ruby></a>を'
        for i, (word, reading) in enumerate([("虐待", "ぎゃくたい"), ("体罰", "たいばつ"), ("禁止", "きんし")])
    )
    lead = f"<p>子どもへの{glossary}なくすための法律ができることになりました。</p>"
    body = parse_article(_page(lead), url="https://news.example/bridge").body
    assert body.startswith("子どもへの虐待を体罰を禁止をなくすための法律")


@pytest.mark.parametrize(
    "label",
    [
        "Diese Artikel könnten dich ebenfalls interessieren:",
        "These stories might also interest you",
        "Das könnte Sie interessieren",
    ],
)
def test_a_closing_further_reading_label_ends_the_body(label: str) -> None:
    tail = (
        f"<p><em>{label}</em></p><p><a href='/lifestyle/breakfast-tips-26415.html'>Breakfast: the best tips for a"
        " good start</a></p><p><a href='/lifestyle/sleep-well-39483.html'>Sleep: what helps you rest</a></p>"
    )
    body = parse_article(_page("", tail), url="https://news.example/bridge").body
    assert body.endswith("instead of every fifteen.")


def test_a_teaser_card_wrapped_in_one_link_is_not_body_text() -> None:
    card = (
        "<div class='teaser-mid'><a href='/sport/2022/02/what-happens-next-at-the-club'><img src='t.jpg'>"
        "<span>Football - Background</span><h2>What happens next at the club</h2><p>Strikers? Keepers? The coach"
        " speaks plainly about the weeks to come.</p></a></div>"
    )
    body = parse_article(_page("", card + _STORY.replace("council", "board")), url="https://news.example/bridge").body
    assert "What happens next" not in body
    assert "speaks plainly" not in body


def test_the_opening_inside_the_article_element_is_kept() -> None:
    intro = (
        "<h2><em>The old bridge closes for two months; we asked the engineer in charge what that means for the"
        " town, its drivers and its buses.</em></h2>"
    )
    page = (
        "<html><body><article><p class='credit'>Photo credit: City Archive</p><h1>Bridge to close for repairs</h1>"
        f"<div class='row'><div class='col'><div class='text'>{intro}</div></div></div>"
        f"<div class='row'><div class='col'><div class='text'>{_STORY}{_STORY.replace('council', 'board')}</div>"
        "</div></div></article></body></html>"
    ).encode()
    body = parse_article(page, url="https://news.example/bridge").body
    assert body.startswith("The old bridge closes for two months")
    assert "City Archive" not in body


def test_a_leading_by_line_crediting_no_person_leaves_the_body() -> None:
    page = (
        "<html><body><main><h1>Bridge to close for repairs</h1><div class='post-meta'><span>By Staff Writer</span>"
        f"</div><div class='text'>{_STORY}</div></main></body></html>"
    ).encode()
    record = parse_article(page, url="https://news.example/bridge")
    assert record.byline == ["Staff Writer"]
    assert record.body.startswith("The council met")


def test_paragraphs_marked_as_behind_a_soft_paywall_are_the_story() -> None:
    # Given a story served whole whose paragraphs after the first carry class="paywall" (a script hides them), and a
    # paywall notice box after it
    gated = _STORY.replace("<p>", '<p class="paywall">')
    notice = '<div class="paywall-notice"><p>Subscribe to read the whole story and more.</p></div>'
    page = (
        "<html><head><title>Bridge to close for repairs</title></head><body><article>"
        "<h1>Bridge to close for repairs</h1><div class='body__inner-container'>"
        "<p>Engineers say the bridge's deck has worn through in three places and must be replaced before winter"
        " storms arrive, the council heard on Monday.</p>"
        f"{gated}</div>{notice}</article></body></html>"
    ).encode()
    body = parse_article(page).body
    # Then every paragraph of the story is body text, and the notice is not
    assert "buses will run every ten minutes" in body and "voted to close the old bridge" in body
    assert "Subscribe" not in body
