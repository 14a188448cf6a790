"""Byline extraction: name splitting, rejected non-names, agencies, and each source of author markup."""

from __future__ import annotations

import pytest

from worker.parse.byline import extract_byline, is_person_name, split_names
from worker.parse.document import load_document


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("By Jane Doe", ["Jane Doe"]),
        ("By A. Smith, B. Jones and C. Brown", ["A. Smith", "B. Jones", "C. Brown"]),
        ("Von Hans Müller und Petra Schmidt", ["Hans Müller", "Petra Schmidt"]),
        ("Par Loïc Le Clerc", ["Loïc Le Clerc"]),
        ("By Sam Lee | March 5, 2019", ["Sam Lee"]),
        ("Posted by R. R.", ["R. R."]),
        ("By Jane Doe, Staff Writer", ["Jane Doe"]),
        ("By Kim Park on May 3, 2021", ["Kim Park"]),
        ("Text: Ursula von der Leyen", ["Ursula von der Leyen"]),
        ("By Jane Doe with additional reporting by John Roe", ["Jane Doe", "John Roe"]),
        ("By Jane Doe, with reporting by John Roe", ["Jane Doe", "John Roe"]),
        ("By Ann Lee, Bob Stone, and Carl Diaz", ["Ann Lee", "Bob Stone", "Carl Diaz"]),  # a serial comma
    ],
)
def test_split_names(text: str, names: list[str]) -> None:
    assert split_names(text).names == names


@pytest.mark.parametrize(
    "text", ["Email the author", "Staff", "March 5, 2019", "By Editorial Team", "https://example.com/me", "Redaktion"]
)
def test_non_names_are_rejected(text: str) -> None:
    assert split_names(text).names == []


def test_the_sites_own_outlet_name_is_no_credit() -> None:
    assert split_names("By Jane Doe, Chicago Tribune", site_name="Chicago Tribune").agencies == []


def test_a_joint_byline_with_the_sites_own_outlet_credits_no_other_outlet() -> None:
    # Given the site's reporter and another outlet's reporter credited together (a joint investigation)
    found = split_names("by Alicia Brooks, Mississippi Today, and Daniel Ortiz, ProPublica", "Mississippi Today")
    # Then both are named and the partner outlet is no agency (no origin), while a wire beside the site stays one
    assert (found.names, found.agencies) == (["Alicia Brooks", "Daniel Ortiz"], [])
    assert split_names("AFP/Manila Pulse", "Manila Pulse").agencies == ["AFP"]


def test_site_name_is_not_a_person() -> None:
    assert not is_person_name("The Tidewater Review", site_name="The Tidewater Review")
    assert split_names("By Tidewater Review", site_name="Tidewater Review").names == []


@pytest.mark.parametrize(
    ("text", "agency"),
    [("By Reuters", "Reuters"), ("By The Associated Press", "Associated Press"), ("AFP", "AFP"), ("dpa", "dpa")],
)
def test_wire_agencies_go_apart(text: str, agency: str) -> None:
    found = split_names(text)
    assert found.names == []
    assert found.agencies == [agency]


@pytest.mark.parametrize(
    ("text", "names", "agencies"),
    [
        ("By JANE DOE Associated Press", ["JANE DOE"], ["Associated Press"]),  # a wire's own byline style
        ("By Jane Doe Reuters", ["Jane Doe"], ["Reuters"]),
        ("Par Jean Dupont avec AFP", ["Jean Dupont"], ["AFP"]),  # a name joined to its wire by "with"
        ("By Jane Doe with AP", ["Jane Doe"], ["Associated Press"]),
        ("Von Max Muster mit dpa", ["Max Muster"], ["dpa"]),
        ("Por Juan Pérez con EFE", ["Juan Pérez"], ["EFE"]),
        ("Jane Doe | Reuters", ["Jane Doe"], ["Reuters"]),
        ("Jane Doe (AFP)", ["Jane Doe"], ["AFP"]),
        ("By Mary Ann Smith", ["Mary Ann Smith"], []),  # no wire: the name stays whole
        ("By Jane Sid", ["Jane Sid"], []),  # a short spelling ("SID") ends a name only in capitals
        ("AFP-JIJI", [], ["AFP"]),  # wires joined by a hyphen: the first
        ("By JANE DOE AP Business Writer", ["JANE DOE"], ["Associated Press"]),  # a wire's staff title
        ("By Jane Doe | AP Sports Writer", ["Jane Doe"], ["Associated Press"]),  # in the field after the names
        ("Agency: Associated Press", [], ["Associated Press"]),  # a labelled credit: no person
        ("Quelle: dpa", [], ["dpa"]),
        ("Source: Jane Doe", ["Jane Doe"], []),  # the label is no part of a name
        ("By Jane Doe, Reuters Correspondent", ["Jane Doe"], ["Reuters"]),
        ("By Jane Doe, Senior Writer", ["Jane Doe"], []),
        ("By Jane Doe, Chicago Tribune", ["Jane Doe"], ["Chicago Tribune"]),  # a listed outlet is no person
        ("By Jane Doe The New York Times", ["Jane Doe"], ["The New York Times"]),
    ],
)
def test_a_wire_or_outlet_after_a_name_goes_apart(text: str, names: list[str], agencies: list[str]) -> None:
    found = split_names(text)
    assert (found.names, found.agencies) == (names, agencies)


def _byline(html: str) -> list[str]:
    return extract_byline(load_document(html.encode(), "https://news.example.com/a")).names


def test_json_ld_authors_as_strings_and_lists() -> None:
    html = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "H", '
        '"author": ["Ann Lee", {"@type": "Person", "name": "Bo Chen"}]}</script></head><body><p>x</p></body></html>'
    )
    assert _byline(html) == ["Ann Lee", "Bo Chen"]


def test_json_ld_organisation_author_falls_through_to_meta() -> None:
    html = (
        '<html><head><meta name="author" content="Dana Cruz"><script type="application/ld+json">'
        '{"@type": "Article", "author": {"@type": "Organization", "name": "Acme Media"}}</script></head>'
        "<body><p>x</p></body></html>"
    )
    assert _byline(html) == ["Dana Cruz"]


def test_rel_author_link() -> None:
    html = '<html><body><div class="meta"><a rel="author" href="/u/ep">Eva Plum</a></div><p>text</p></body></html>'
    assert _byline(html) == ["Eva Plum"]


def test_comment_authors_are_not_the_byline() -> None:
    html = (
        '<html><body><p>Story text.</p><div class="comment-author vcard"><b class="fn">Rico Santos</b></div>'
        "</body></html>"
    )
    assert _byline(html) == []


def test_lower_case_words_after_von_in_prose_are_not_names() -> None:
    html = "<html><body><p>Von der Leine bis zur Elbe</p><p>Text des Artikels.</p></body></html>"
    assert _byline(html) == []


@pytest.mark.parametrize(
    ("html", "name"),
    [
        (
            '<div class="meta-info">yas! <span>| By </span><a href="/u/cs">Cara Stiles</a> | April 13, 2020</div>',
            "Cara Stiles",
        ),
        (
            '<p><strong>Autor:</strong> <a href="/a/kf">Klausmartin Friedrich</a> Tags: 1907, 1931</p>',
            "Klausmartin Friedrich",
        ),
        ("<div>Posted on September 21, 2020  by Adi Tzlil</div>", "Adi Tzlil"),
        ("<p>---- by Kenneth Surin</p>", "Kenneth Surin"),
    ],
)
def test_visible_byline_line_with_the_name_after_the_marker(html: str, name: str) -> None:
    assert _byline(f"<html><body><h1>Title</h1>{html}<p>Story text here.</p></body></html>") == [name]


def test_staff_as_a_surname_is_a_person() -> None:
    assert is_person_name("Jörg Staff")
    assert not is_person_name("Staff Writer")
    assert not is_person_name("HLNF Staff Report")


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("04.02.2022 | 13:10 Uhr | Uta Helkenberg", ["Uta Helkenberg"]),
        ("25.10.2022 - Reiner Nagel", ["Reiner Nagel"]),
        ("04.02.2022 | Pressemitteilung", []),  # one word: not a name
        ("04.02.2022 | die neue Ausgabe", []),  # not capitalised
    ],
)
def test_unmarked_name_ending_a_dateline(line: str, names: list[str]) -> None:
    html = f"<html><body><h1>T</h1><small>{line}</small><p>Text.</p></body></html>"
    assert _byline(html) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Christoph Hein Chefredakteur", ["Christoph Hein"]),
        ("Rechtsanwalt Sebastian Einbock", ["Sebastian Einbock"]),
        ("FOCUS-Online-Experte Robin Tschöpe", ["Robin Tschöpe"]),
        ("Anna Reporter", ["Anna Reporter"]),  # two words: a surname, not a title
        ("Richard David Precht im Gespräch mit Karin Fischer", ["Richard David Precht", "Karin Fischer"]),
    ],
)
def test_job_titles_and_interview_bylines(text: str, names: list[str]) -> None:
    assert split_names(text).names == names


def test_author_label_alone_with_the_name_in_the_next_element() -> None:
    html = (
        '<html><body><h1>T</h1><section><h4 class="meta-title">Autor</h4><p><a href="/p/nh">Nikolai Huke</a></p>'
        "</section><p>Story text.</p></body></html>"
    )
    assert _byline(html) == ["Nikolai Huke"]


def test_two_letter_by_marker_in_its_own_span() -> None:
    html = '<html><body><h1>T</h1><div><span>By</span><span><a href="/t/jr">J.R. Stone</a></span></div></body></html>'
    assert _byline(html) == ["J.R. Stone"]


def test_initials_or_a_user_name_yield_to_a_spelled_out_name() -> None:
    initials = (
        '<html><body><h1>T</h1><span class="author">JF</span><span class="post-author">Boris T. Kaiser</span>'
        "<p>Story text.</p></body></html>"
    )
    assert _byline(initials) == ["Boris T. Kaiser"]
    user = (
        '<html><head><meta property="article:author" content="gabor_munier"></head><body><h1>T</h1>'
        '<span class="author">Autor: Gàbor Muniér</span><p>Story text.</p></body></html>'
    )
    assert _byline(user) == ["Gàbor Muniér"]


def test_initials_alone_are_kept() -> None:
    assert _byline('<html><body><h1>T</h1><span class="author">LD</span><p>Story.</p></body></html>') == ["LD"]


def test_a_later_source_naming_the_same_authors_and_more_wins() -> None:
    html = (
        '<html><head><meta name="author" content="Rudolf Fischer"></head><body><h1>T</h1>'
        '<span class="author">von Rudolf Fischer, Simon Kohler</span><p>Story text.</p></body></html>'
    )
    assert _byline(html) == ["Rudolf Fischer", "Simon Kohler"]


def test_a_later_source_naming_other_people_does_not_win() -> None:
    html = (
        '<html><head><meta name="author" content="Rudolf Fischer"></head><body><h1>T</h1>'
        '<span class="author">von Anna Berg, Simon Kohler</span><p>Story text.</p></body></html>'
    )
    assert _byline(html) == ["Rudolf Fischer"]


@pytest.mark.parametrize("text", ["PhD", "Dr.", "Online-Redaktion"])
def test_degrees_and_desks_are_not_names(text: str) -> None:
    assert not is_person_name(text)


def test_plugin_author_meta() -> None:
    html = (
        '<html><head><meta name="shareaholic:article_author_name" content="Wolfgang Michal"></head>'
        "<body><h1>T</h1><p>Story.</p></body></html>"
    )
    assert _byline(html) == ["Wolfgang Michal"]


def test_name_heading_an_author_box_with_a_follow_button() -> None:
    html = (
        '<html><body><h1>T</h1><div class="author-info"><a href="/in/ih"><img alt=""></a><h3><a href="/in/ih">'
        'Inga Hoeltmann</a> <a href="/f">Follow</a></h3><p>Transformationsbegleiterin und Coach für Teams, '
        "Organisationen und Menschen in Veränderung, mit Blick auf Kultur, Führung und neue Arbeit.</p></div>"
        "<p>Story.</p></body></html>"
    )
    assert _byline(html) == ["Inga Hoeltmann"]


def test_author_box_heading_that_is_no_name_gives_nothing() -> None:
    html = (
        '<html><body><h1>T</h1><div class="author-box"><h3>Über den Autor</h3><p>Er schreibt seit vielen Jahren '
        "über Politik, Wirtschaft und Kultur, und er lebt mit seiner Familie in einer kleinen Stadt.</p></div>"
        "<p>Story.</p></body></html>"
    )
    assert _byline(html) == []


def test_one_word_name_after_a_date_and_marker() -> None:
    assert _byline("<html><body><h1>T</h1><div>06.11.2023 13:30 von Olga</div><p>Story.</p></body></html>") == ["Olga"]
    assert _byline("<html><body><h1>T</h1><div>im März 2018 von Apple übernommen</div><p>x</p></body></html>") == []


def test_authors_in_an_article_listing_are_not_the_byline() -> None:
    html = (
        '<html><body><h1>T</h1><div class="article-listing"><div class="listing__item__author">Von Jörn Mecher am '
        '08.12.2022</div></div><div class="byline">Von Jörg Staff am 16.11.2022</div><p>Story text.</p></body></html>'
    )
    assert _byline(html) == ["Jörg Staff"]


def test_author_box_link_text_is_not_a_name() -> None:
    html = (
        '<html><body><h1>T</h1><div class="author-box"><a href="/a">Zur Artikelübersicht</a><p>Er schreibt seit '
        "vielen Jahren über Politik, Wirtschaft und Kultur, und er lebt mit seiner Familie in einer Stadt.</p></div>"
        "<p>Story.</p></body></html>"
    )
    assert _byline(html) == []


def test_lower_case_author_role_notes_are_not_labels() -> None:
    html = (
        "<html><body><h1>T</h1><p><strong>Roger Berkowitz</strong>, <span>Bard College</span><br>"
        "<strong>Paul Berman</strong>, <span>author</span><br><strong>Sheri Berman</strong>, <span>author</span></p>"
        "<p>Story.</p></body></html>"
    )
    assert _byline(html) == []


def test_dotted_user_name_yields_to_the_spelled_out_meta_name() -> None:
    html = (
        '<html><head><meta name="author" content="Edilson La Rosa"><script type="application/ld+json">'
        '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "edilson.la.rosa"}}</script></head>'
        "<body><h1>T</h1><p>Story.</p></body></html>"
    )
    assert _byline(html) == ["Edilson La Rosa"]


def test_motor_press_agency_is_not_a_person() -> None:
    found = split_names("Peter Maahn/SP-X")
    assert (found.names, found.agencies) == (["Peter Maahn"], ["SP-X"])


def test_where_a_writer_works_after_the_name_is_no_second_name() -> None:
    # Given bylines naming the writer, then the writer's post and city
    german = split_names("Katrin Albers, RND-Korrespondentin in Brüssel")
    english = split_names("Jane Doe, correspondent in Paris")
    # Then only the writer is a name; a particle still joins a name
    assert german.names == ["Katrin Albers"]
    assert english.names == ["Jane Doe"]
    assert split_names("Ana da Silva und Jan van der Berg").names == ["Ana da Silva", "Jan van der Berg"]
