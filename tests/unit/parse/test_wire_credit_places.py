"""Where a wire's credit for the whole story stands, each place proven on a small hand-written page: the article's
own footer, a box named "copyright" closing the text, the last line of the last paragraph; and a bracketed short
form that a name right before it spells out, which is no credit."""

from __future__ import annotations

import pytest
from support.news_pages import publisher_of


@pytest.mark.parametrize(
    "credit",
    ["— Reuters", "(Reporting by Jane Doe; Editing by John Roe)", "Copyright 2024 Reuters. All rights reserved."],
)
def test_a_wires_credit_in_the_articles_own_footer(credit: str) -> None:
    # Given a credit line with no "Source:" label in the <footer> of the story's <article>
    footer = f'<footer class="article-footer"><p>{credit}</p></footer>'
    # Then it credits the wire for the whole story
    assert publisher_of(article_end=footer) == "Reuters"


def test_a_wire_named_in_the_sites_footer_is_no_credit() -> None:
    # Given the same line in the site's footer, outside the article
    after = '<footer class="site-footer"><p>Copyright 2024 Reuters. All rights reserved.</p></footer>'
    # Then it is the site's notice, not the story's credit
    assert publisher_of(after=after) is None


def test_a_copyright_box_closing_the_text() -> None:
    # Given the Associated Press's notice in a box named "copyright" after the last paragraph
    notice = '<div class="copyright">Copyright 2024 The Associated Press. All rights reserved.</div>'
    # Then the box is the story's credit, not a photo's (its class alone says "copyright")
    assert publisher_of(article_end=notice) == "Associated Press"


def test_a_copyright_box_in_a_figure_stays_a_photo_credit() -> None:
    notice = '<figure><img src="/a.jpg"><div class="copyright">Copyright 2024 The Associated Press</div></figure>'
    assert publisher_of(article_end=notice) is None


@pytest.mark.parametrize(
    ("line", "wire"),
    [("(Reporting by Jane Doe; Editing by John Roe)", "Reuters"), ("With inputs from PTI", "PTI")],
)
def test_a_wires_closing_line_after_a_break_in_the_last_paragraph(line: str, wire: str) -> None:
    # Given the story's last paragraph, then after two line breaks a wire's closing line in the same paragraph
    said = "The study is due within eighteen months, council members said on Tuesday after a long debate about the"
    last = f"<p>{said} schools, the roads and the new library in the north of the city.<br><br>{line}</p>"
    # Then the last line credits the wire
    assert publisher_of(article_end=last) == wire


@pytest.mark.parametrize(
    "paragraph",
    [
        "<p>Pakistan Tehreek-e-Insaf (PTI) Chairman Imran Khan said the budget would fail the city's poorest.</p>",
        "<p>The figures were compiled by The Associated Press (AP).</p>",
        "<p>The vote was welcomed by leaders of Pakistan Tehreek-e-Insaf (PTI).</p>",
    ],
)
def test_a_short_form_spelled_out_right_before_it_is_no_credit(paragraph: str) -> None:
    # Given a name with its short form in brackets, opening the story or closing it
    # Then the short form introduces the name's abbreviation: no wire credited the story
    assert publisher_of(first=paragraph) is None
    assert publisher_of(article_end=paragraph) is None


@pytest.mark.parametrize(
    ("paragraph", "wire"),
    [
        ("<p>NEW DELHI (PTI) — The city council voted on the budget on Tuesday.</p>", "PTI"),
        ("<p>The city council voted on the budget on Tuesday, officials said. (AP)</p>", "Associated Press"),
    ],
)
def test_a_wires_dateline_or_closing_credit_is_still_its_credit(paragraph: str, wire: str) -> None:
    where = "first" if paragraph.startswith("<p>NEW") else "article_end"
    assert publisher_of(**{where: paragraph}) == wire


def test_a_german_agencys_name_written_as_one_word_in_a_source_box() -> None:
    # Given a source box closing the story that holds only the agency's name as it writes it in one word
    source = '<div class="m-source"><div class="a-text-block">SpotOnNews</div></div>'
    # Then the agency (a listed wire, "spot on news") is the story's origin
    assert publisher_of(article_end=source) == "spot on news"


@pytest.mark.parametrize(
    "dateline",
    ['<div class="dateline"><span>WASHINGTON (AP)</span></div>', "<p><strong>WASHINGTON (AP)</strong></p>"],
)
def test_a_datelines_city_and_wire_as_a_block_of_their_own(dateline: str) -> None:
    # Given "WASHINGTON (AP)" as a block of its own, the dash opening the first paragraph
    first = f"{dateline}<p>— The city council voted on the budget on Tuesday after a long debate.</p>"
    # Then the dateline credits the wire
    assert publisher_of(first=first) == "Associated Press"


def test_a_caption_ending_in_a_wires_name_in_brackets_is_no_dateline() -> None:
    # Given a block that ends in "(AP)" after a sentence, not a city in capitals
    first = "<p>The mayor speaks to reporters in Washington (AP)</p>"
    assert publisher_of(first=first) is None
