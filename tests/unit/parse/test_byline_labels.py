"""Byline labels in several languages, author-box text after a name, and page UI text that is never an author."""

from __future__ import annotations

import pytest

from worker.parse import parse_article
from worker.parse.byline import extract_byline, split_names
from worker.parse.document import load_document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("投稿者 山田太郎", ["山田太郎"]),
        ("投稿者：Taro Yamada", ["Taro Yamada"]),
        ("Autor: Jan Kowalski", ["Jan Kowalski"]),
        ("Posted by Mary Jones", ["Mary Jones"]),
        ("Pressemitteilung von Katja Weber", ["Katja Weber"]),
        ("Analysis by Jo March", ["Jo March"]),
        ("Anna von Berg", ["Anna von Berg"]),
        ("Andrew Husband Twitter News", ["Andrew Husband"]),
        ("Daniel Bader last", ["Daniel Bader"]),
        ("Jo March Culture Writer", ["Jo March"]),
        ("Lee Chan Senior Political Editor", ["Lee Chan"]),
    ],
)
def test_labels_and_author_box_words_are_stripped(text: str, names: list[str]) -> None:
    assert split_names(text).names == names


@pytest.mark.parametrize("text", ["Sign In", "Log in", "Sign up", "Culture Writer", "Twitter"])
def test_page_ui_text_is_not_an_author(text: str) -> None:
    assert split_names(text).names == []


def test_author_box_with_role_and_follow_link() -> None:
    page = b"""<html><body><article><h1>Storm hits the coast</h1>
    <div class="byline"><a href="/staff/ahusband">Andrew Husband</a> <span>Twitter</span> <span>News</span></div>
    <p>The storm reached the coast on Monday night, bringing heavy rain and strong winds to the towns.</p>
    </article></body></html>"""
    assert extract_byline(load_document(page, url="https://news.example/storm")).names == ["Andrew Husband"]


def test_sign_in_link_in_the_header_is_not_the_author() -> None:
    page = b"""<html><body><header><div class="author"><a href="/login">Sign In</a></div></header>
    <article><h1>Storm hits the coast</h1><p class="byline">By Rita Ocean</p>
    <p>The storm reached the coast on Monday night, bringing heavy rain and strong winds to the towns.</p>
    </article></body></html>"""
    assert extract_byline(load_document(page, url="https://news.example/storm")).names == ["Rita Ocean"]


def _with_header_line(line: str) -> bytes:
    """A page whose header holds a details list: ``line`` (the byline's item), then the update time."""
    return (
        "<html><body><article><h1>Spurs strike first</h1>"
        f'<ul class="HeadingDetails"><li class="first">{line}</li><li>Updated: June 7, 2013 - 12:24 AM</li></ul>'
        "<p>San Antonio overcame a triple-double by LeBron James in winning the first game of the finals on Thursday "
        "night, and the coach said the team had played its best defence of the season.</p></article></body></html>"
    ).encode()


@pytest.mark.parametrize("label", ["Article by:", "Story by", "Written by"])
def test_a_byline_marker_with_a_word_before_by_opens_the_byline(label: str) -> None:
    # Given a byline item "Article by:" with the markup's indentation, the name on its own line
    line = f"\n\t\t\t{label}\n\t\t\t\t\t\t\n{' ' * 200}\n    Brian Mahoney\n    \t\n"
    byline = extract_byline(load_document(_with_header_line(line), None, None), None)
    assert byline.names == ["Brian Mahoney"]


def test_a_byline_ending_in_a_wire_credits_the_story_to_the_wire() -> None:
    # Given "Article by: BRIAN MAHONEY ASSOCIATED PRESS", indented in the markup
    line = f"\n\t\t\tArticle by:\n\t\t\t\t\t\t\n{' ' * 200}\n    BRIAN MAHONEY ASSOCIATED PRESS\n    \t\n"
    record = parse_article(_with_header_line(line), url="https://www.example-star.com/sports/210522981.html")
    # Then the reporter is the byline and the wire is the story's origin
    assert record.byline == ["BRIAN MAHONEY"]
    assert record.origin is not None and record.origin.publisher == "Associated Press"


@pytest.mark.parametrize("label", ["Article by:", "Written by:"])
def test_a_byline_line_with_a_word_before_by_is_no_part_of_the_text(label: str) -> None:
    # Given the byline's line kept with the story's first paragraph by the body's extraction
    record = parse_article(_with_header_line(f"{label} Julie Mollins"), url="https://www.example-star.com/a/1.html")
    # Then the text opens with the story, not the byline
    assert record.body.startswith("San Antonio overcame")


@pytest.mark.parametrize("name", ["szerzo", "yazar", "forfatter"])
def test_an_author_slot_named_in_another_language_holding_only_a_wire_credits_it(name: str) -> None:
    # Given a news item whose author slot, named "author" in the site's language, holds only a national agency
    data = (
        '<html><body><div id="lead"><h1>Újabb robbanások Tiencsinben</h1><p>Újabb robbanások rázkódtatták meg az '
        "északkelet-kínai Tiencsin város kikötői negyedét szombaton, ahol szerda éjjel óriási detonáció történt egy "
        'vegyszerraktárban, közölte a helyi hatóság.</p><sub class="datum">2015.08.15 10:28</sub>'
        f'<sub class="{name}"><a href="/impresszum">MTI</a></sub></div></body></html>'
    ).encode()
    record = parse_article(data, url="https://www.example-portal.hu/kulfold/257899/robbanasok")
    # Then the agency is the story's origin
    assert record.origin is not None and record.origin.publisher == "MTI"


@pytest.mark.parametrize(
    ("line", "names"), [("By Mike Stobbe AP", ["Mike Stobbe"]), ("Mike Stobbe PA", ["Mike Stobbe"])]
)
def test_a_two_letter_wire_right_after_a_writers_name_is_the_wire(line: str, names: list[str]) -> None:
    # Given a byline slot naming the writer, then the wire in capitals with no separator
    found = split_names(line)
    # Then the writer is the name and the wire is credited, not part of the name
    assert found.names == names
    assert found.agencies and found.agencies[0] in ("Associated Press", "PA Media")


def test_a_byline_from_a_wire_names_no_person() -> None:
    # Given a byline slot "From Associated Press"
    found = split_names("From Associated Press")
    assert (found.names, found.agencies) == ([], ["Associated Press"])
