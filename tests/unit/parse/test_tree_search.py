"""The plain-loop searches answer as BeautifulSoup's ``find`` and ``find_all`` do on the cases they cover."""

from __future__ import annotations

import re

from bs4 import Tag

from worker.parse.document import load_document
from worker.parse.tree_search import first_tag, first_with_class, first_with_word, links_in, tags_named

_PAGE = (
    b'<html><body><div id="box"><a href="/a"><span class="kicker">Politics</span><h4>Budget vote</h4><h3>Sub</h3>'
    b'</a><a name="anchor">no href</a><div class="card card--Title big"><a href="/b">B</a><time datetime="2024-05-03">'
    b"May 3</time></div><p class='x-subtitle'>s</p><h2>Last</h2></div></body></html>"
)


def test_the_loops_find_what_find_and_find_all_find() -> None:
    box = load_document(_PAGE).soup.find(id="box")
    assert isinstance(box, Tag)
    headings = ("h1", "h2", "h3", "h4", "h5", "h6")
    title = re.compile(r"(?<!sub)title|headline", re.IGNORECASE)
    assert first_tag(box, headings) is box.find(headings)
    assert first_tag(box, ("time",)) is box.find("time")
    assert first_tag(box, ("table",)) is None
    assert tags_named(box, headings, 2) == box.find_all(headings, limit=2)
    assert links_in(box, 5) == box.find_all("a", href=True, limit=5)
    assert first_with_class(box, title) is box.find(class_=title)
    assert first_with_class(box, re.compile("subtitle")) is box.find(class_=re.compile("subtitle"))
    # a pattern that only the class string as a whole matches ("card--Title big"), as bs4 matches it
    joined = re.compile("Title big")
    assert first_with_class(box, joined) is not None
    assert first_with_class(box, joined) is box.find(class_=joined)


def test_first_with_word_finds_what_select_one_finds() -> None:
    page = (
        b'<div id="box" itemprop="author"><i itemprop="a\xc2\xa0name">no-break space</i><i itemprop="Name">case</i>'
        b'<i itemprop="names">longer</i><b itemprop="url\tname\n">tab</b><i itemprop="name">plain</i></div>'
    )
    box = load_document(page).soup.find(id="box")
    assert isinstance(box, Tag)
    found = first_with_word(box, "itemprop", "name")
    assert found is not None and found.get_text() == "tab"
    assert found is box.select_one('[itemprop~="name"]')
    assert first_with_word(box, "itemprop", "author") is None  # descendants only, as select_one
