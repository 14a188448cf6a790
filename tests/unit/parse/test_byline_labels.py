"""Byline labels in several languages, author-box text after a name, and page UI text that is never an author."""

from __future__ import annotations

import pytest

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
