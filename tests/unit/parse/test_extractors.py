"""Headline, see-also links, origin, citations and domains, each on small hand-written inputs."""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup

from worker.lexicon.domains import registrable_domain, same_site
from worker.parse.body import Block
from worker.parse.citations import extract_citations
from worker.parse.document import load_document
from worker.parse.headline import extract_headline, strip_site_name
from worker.parse.origin import extract_origin
from worker.parse.see_also import extract_see_also

BASE = "https://www.example-news.com/2024/01/story/"


def blocks(html: str) -> list[Block]:
    soup = BeautifulSoup(html, "lxml", multi_valued_attributes=None)  # as the parser builds it
    return [Block(" ".join(tag.get_text(" ").split()), tag, tag.name) for tag in soup.find_all(["p", "li", "h3"])]


def test_labelled_links_in_several_languages() -> None:
    found = extract_see_also(
        blocks(
            '<p>SEE ALSO: <a href="/a">Alpha story</a></p><p>Body text.</p>'
            '<p>Read more: <a href="https://www.example-news.com/b">Beta story</a></p>'
            '<p>Lesen Sie auch: <a href="c">Gamma</a></p><p>ALSO READ | <a href="/d">Delta</a></p>'
        ),
        BASE,
    )
    assert found.links == [
        ("https://www.example-news.com/a", "Alpha story"),
        ("https://www.example-news.com/b", "Beta story"),
        ("https://www.example-news.com/2024/01/story/c", "Gamma"),
        ("https://www.example-news.com/d", "Delta"),
    ]
    assert found.claimed == {0, 2, 3, 4}


def test_related_label_claims_the_link_list_after_it() -> None:
    found = extract_see_also(
        blocks(
            '<h3>Related stories</h3><li><a href="/x">X happened</a></li><li><a href="/y">Y too</a></li><p>End.</p>'
        ),
        BASE,
    )
    assert [title for _, title in found.links] == ["X happened", "Y too"]
    assert found.claimed == {0, 1, 2}


@pytest.mark.parametrize(
    "href", ["/tag/politics/", "/category/news", "https://twitter.com/intent/tweet?u=x", "mailto:a@b.c", "#top"]
)
def test_tag_pages_and_share_links_are_not_further_reading(href: str) -> None:
    assert extract_see_also(blocks(f'<p>Related: <a href="{href}">Politics</a></p>'), BASE).links == []


def test_origin_statement_with_link() -> None:
    origin = extract_origin(
        blocks(
            '<p>Text.</p><p>This story first appeared in <a href="https://theconversation.com/x-1">The '
            "Conversation</a>.</p>"
        ),
        BASE,
    )
    assert origin is not None
    assert (origin.publisher, origin.url, origin.block) == ("The Conversation", "https://theconversation.com/x-1", 1)


def test_republished_from_without_link() -> None:
    origin = extract_origin(blocks("<p>Text.</p><p>Republished with permission from Grist.</p>"), BASE)
    assert origin is not None
    assert (origin.publisher, origin.url) == ("Grist", None)


def test_own_site_is_not_an_origin() -> None:
    assert (
        extract_origin(
            blocks('<p>Text.</p><p>Originally published on <a href="https://example-news.com/o">Example News</a>.</p>'),
            BASE,
            site_name="Example News",
        )
        is None
    )


def test_wire_dateline_is_an_origin_but_stays_in_the_body() -> None:
    origin = extract_origin(blocks("<p>LONDON (Reuters) - Shares fell on Monday.</p>"), BASE)
    assert origin is not None
    assert (origin.publisher, origin.statement, origin.block) == ("Reuters", "LONDON (Reuters) -", None)


@pytest.mark.parametrize(
    ("text", "sources"),
    [
        ("The deal is worth $2bn, Bloomberg reported.", ["Bloomberg"]),
        ("According to Reuters, the talks failed.", ["Reuters"]),
        ("The company, the Wall Street Journal first reported, is in talks.", ["Wall Street Journal"]),
        ("It rose, citing a report by the Financial Times.", ["Financial Times"]),
        ("Wie der Spiegel berichtet, ist der Vertrag unterschrieben.", ["Spiegel"]),
        ("Earlier The Korea Herald reported that prices rose.", ["The Korea Herald"]),
        ("The vote was delayed, the FT reported.", ["FT"]),  # a spelling in the one outlet list (agencies.py)
        ("According to Kommersant, the deal is off.", ["Kommersant"]),
        ("I reported the fault twice.", []),  # the British "i" is listed, but a one-letter name is no citation
        ("He told CNBC that sales were strong.", []),
        ("The ministry reported a loss.", []),
        ("Apple said it would appeal.", []),
    ],
)
def test_citations(text: str, sources: list[str]) -> None:
    found = extract_citations([text])
    assert [c.source for c in found] == sources
    assert all(c.statement == text for c in found)


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://www.bbc.co.uk/news/x", "bbc.co.uk"),
        ("https://edition.cnn.com/x", "cnn.com"),
        ("https://someone.wordpress.com/2020/x", "someone.wordpress.com"),
        ("https://news.example.com.au/x", "example.com.au"),
        ("https://someone.blogspot.com/x", "someone.blogspot.com"),
        ("https://www.service.gov.uk/x", "service.gov.uk"),
        ("https://news.example.com.br/x", "example.com.br"),  # a second-level suffix the list knows
        ("https://www.city.kawasaki.jp/x", "city.kawasaki.jp"),  # an exception to a wildcard suffix
        ("https://my-app.pages.dev/x", "my-app.pages.dev"),  # a hosting platform from the list's private part
        ("https://localhost:8000/x", "localhost"),
        ("http://192.168.1.10/x", "192.168.1.10"),
    ],
)
def test_registrable_domain(url: str, domain: str) -> None:
    assert registrable_domain(url) == domain


def test_same_site() -> None:
    assert same_site("https://m.example.com/a", "https://www.example.com/b")
    assert not same_site("https://a.wordpress.com/", "https://b.wordpress.com/")


@pytest.mark.parametrize(
    ("title", "site", "expected"),
    [
        ("Big news today | Example Times", "Example Times", "Big news today"),
        ("Big news today - Example Times", "Example Times", "Big news today"),
        ("Example Times: Big news today", "Example Times", "Big news today"),
        ("Time 4 talks » Blog Archiv » Weitere Digitalisierung", None, "Weitere Digitalisierung"),
        ("Q&A: what the vote means", "Example Times", "Q&A: what the vote means"),
    ],
)
def test_strip_site_name(title: str, site: str | None, expected: str) -> None:
    assert strip_site_name(title, site, "https://www.exampletimes.com/x") == expected


@pytest.mark.parametrize(
    ("h1", "expected"),
    [
        ("Hello <em>world</em>!", "Hello world!"),
        (
            '<span class="kicker">Klimaschutz</span><span class="title">Bohren, bis es heiß wird</span>',
            "Bohren, bis es heiß wird",
        ),
        ("Line one<br>line two", "Line one line two"),
    ],
)
def test_h1_text_as_rendered(h1: str, expected: str) -> None:
    html = f"<html><head><title>{expected} | Site</title></head><body><h1>{h1}</h1><p>Text.</p></body></html>"
    assert extract_headline(load_document(html.encode(), "https://site.example/a"), "Site") == expected


@pytest.mark.xfail(
    reason="a kicker with no kicker-like class inside the <h1> stays in the headline when no metadata "
    "title isolates the headline proper",
    strict=True,
)
def test_unmarked_kicker_inside_h1() -> None:
    html = "<html><body><h1><span>Open Progress</span> Why thinking together beats individual smarts</h1></body></html>"
    assert extract_headline(load_document(html.encode(), None)) == "Why thinking together beats individual smarts"


def test_first_appeared_in_a_decade_is_no_origin() -> None:
    assert extract_origin(blocks("<p>Text.</p><p>The story first appeared in the 1950s in comics.</p>"), BASE) is None


def test_generic_link_texts_are_not_titles() -> None:
    found = extract_see_also(
        blocks('<h3>Mehr zum Thema</h3><li><a href="/n/1">Mehr lesen...</a></li><li><a href="/n/2">Read more</a></li>'),
        BASE,
    )
    assert found.links == []


def test_hyphenated_words_are_not_outlets() -> None:
    assert extract_citations(["Laut Instagram-Post ist alles gut."]) == []


def test_headline_mentioning_the_site_is_kept() -> None:
    # Given a title that contains the site's short name inside the headline itself, and no <h1>
    html = "<html><head><title>UN climate talks - DRK: more people need help</title></head><body><p>x</p></body></html>"
    doc = load_document(html.encode(), "https://www.drk.de/a")

    assert extract_headline(doc, "DRK") == "UN climate talks - DRK: more people need help"


def test_title_equal_to_the_site_name_is_still_a_headline_of_last_resort() -> None:
    html = "<html><head><title>Same Words</title><meta property='og:site_name' content='Same Words'></head></html>"
    assert extract_headline(load_document(html.encode(), None), "Same Words") == "Same Words"
