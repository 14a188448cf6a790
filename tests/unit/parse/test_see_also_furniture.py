"""Further reading told from a page's other furniture (from the news set's sixth round of blind pages), each rule on
a small hand-written page: a box headed as the day's headlines, the readers' comments or galleries; a list that
lost its ``<ul>`` and holds the page itself; a box hidden by its id; links headed as other websites; programme
and member pages; a promo whose one link invites to read on; a state's code in a data table and a date where a
note's publisher stands."""

from __future__ import annotations

import pytest
from support.news_pages import PARAGRAPHS, RELATED, RELATED_URLS, SITE, STORIES, URL, page, parse, see_also_urls, urls

OPENING = PARAGRAPHS[: PARAGRAPHS.index("</p>") + 4]
"""The story's first paragraph, before a box floated in the copy."""


def _items(count: int, start: int = 0) -> str:
    return "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[start : start + count])


@pytest.mark.parametrize(
    "heading",
    ["Today's Headlines", "Today's' Headlines", "Top Headlines", "Previous Comments View All", "Comments", "Galleries"],
)
def test_a_related_named_box_headed_as_headlines_comments_or_galleries_is_no_reading(heading: str) -> None:
    # Given a box the markup names "related" after the article, headed as the site's headlines, the readers'
    # comments or its galleries
    html = page(after=f'<div class="related"><h3>{heading}</h3><ul>{_items(3)}</ul></div>')
    # Then none of its links is see-also
    assert see_also_urls(parse(html)) == []


def test_the_articles_related_box_still_counts_beside_a_headlines_box() -> None:
    related = f'<div class="related"><h3>Related Articles</h3><ul>{RELATED}</ul></div>'
    headlines = f'<div class="related"><h3>Headlines</h3><ul>{_items(3, 4)}</ul></div>'
    assert see_also_urls(parse(page(after=related + headlines))) == RELATED_URLS


def test_an_in_body_package_that_lost_its_list_and_holds_the_page_itself_is_a_series() -> None:
    # Given a story package floated between paragraphs, its items set straight in a <div> (no <ul>), one of them
    # this very page under its address without ".html"
    own = URL.removeprefix(SITE).rstrip("/")
    items = f'<li class="packageItem"><a href="{own}">City council approves new budget</a></li>' + "".join(
        f'<li class="packageItem"><a href="{href}">{title}</a></li>' for href, title in STORIES[:3]
    )
    package = f'<div class="articlePosition2"><div style="float: left">{items}</div></div>'
    html = page(first=f"{OPENING}{package}")
    # Then none of its items is see-also; without the page among them, they are
    assert see_also_urls(parse(html)) == []
    shown = f'<div class="articlePosition2"><div style="float: left">{items.split("</li>", 1)[1]}</div></div>'
    assert see_also_urls(parse(page(first=f"{OPENING}{shown}"))) == [SITE + h for h, _ in STORIES[:3]]


def test_links_headed_as_other_websites_in_a_related_box_are_no_reading() -> None:
    # Given a "Related" box with the site's related stories, then a part headed "External Links" to a report's site
    external = (
        '<dl><dt><a href="https://www.arctic-report.example.org/press-releases/766-the-arctic-biodiversity-'
        'assessment-released-at-the-ministerial">Arctic Council biodiversity report</a>'
    )
    box = (
        f'<div class="digdeeper"><h3>Related</h3><div><h4>Related Stories</h4><ul>{RELATED}</ul></div>'
        f"<div><h4>External Links</h4>{external}</dt></dl></div></div>"
    )
    # Then only the stories are see-also
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


@pytest.mark.parametrize("path", ["/programs/all-things-considered", "/shows/morning-edition/", "/u/30714/reader"])
def test_programme_and_member_pages_are_no_stories(path: str) -> None:
    box = f'<div class="related"><h3>Related</h3><ul><li><a href="{path}">All Things Considered Tonight</a></li></ul>'
    assert see_also_urls(parse(page(after=box + "</div>"))) == []


def test_a_state_code_in_a_data_tables_cell_is_no_wire_credit() -> None:
    # Given a story ending with a table of politicians and their states ("PA")
    rows = "".join(
        f"<tr><td>{name}</td><td>{state}</td><td>Senate</td></tr>"
        for name, state in (("Arlen Specter", "PA"), ("Ben Nighthorse Campbell", "CO"))
    )
    table = f"<table><tr><th>Name</th><th>State</th><th>Chamber</th></tr>{rows}</table>"
    # Then the page has no origin; the same code alone on its line after the story is a credit
    assert parse(page(article_end=table)).origin is None
    credited = parse(page(article_end="<p>PA</p>")).origin
    assert credited is not None and credited.publisher == "PA Media"


@pytest.mark.parametrize(
    "note",
    [
        "Originally published on Wed June 5, 2013 4:19 pm",
        "Originally published on Wednesday, 5 June 2013",
    ],
)
def test_a_date_where_a_notes_publisher_stands_is_no_origin(note: str) -> None:
    assert parse(page(article_end=f'<p class="published-date">{note}</p>')).origin is None


def test_a_promo_whose_only_link_invites_to_read_on_is_titled_by_its_headline() -> None:
    # Given a promo between the story's paragraphs: a picture linking a story, then its headline and "Read more. »"
    href, title = STORIES[0]
    promo = (
        f'<div class="promo"><p class="image"><a href="{href}"><img src="/p.jpg" alt=""></a></p>'
        f'<p class="text">{title}. Will It Work? <a href="{href}">Read more. »</a></p></div>'
    )
    record = parse(page(first=f"{OPENING}{promo}"))
    # Then the story is see-also, titled by the promo's headline
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + href, f"{title}. Will It Work?")]


def test_a_story_paragraph_ending_in_read_more_is_no_promo() -> None:
    # Given a paragraph of the story, longer than a headline, closing with a "Read more" link to another story
    href, _ = STORIES[1]
    paragraph = (
        "<p>The council's finance chair said the spending plan had been revised three times since January, after "
        "residents asked for more money for roads, and that a final vote would follow in the spring session of the "
        f'council. <a href="{href}">Read more</a></p>'
    )
    assert see_also_urls(parse(page(first=paragraph))) == []


def test_a_box_under_a_heading_wrapper_with_tabs_headed_as_a_feed_is_a_feed() -> None:
    # Given, after the article, a wrapper holding tabs and the heading "most viewed" (linking nowhere), then the
    # tabs' panel: a box the markup names "other_related_lnks"
    head = (
        '<div class="stry-head-bg"><ul><li onclick="tab(1)">stories</li><li onclick="tab(2)">photos</li></ul>'
        '<h2 class="stry-head"><a href="#">most viewed</a></h2></div>'
    )
    panel = f'<div class="panel"><div id="tab1"><div class="other_related_lnks"><ul>{_items(4)}</ul></div></div></div>'
    html = page(after=f'<div class="most">{head}{panel}</div>')
    # Then none of its links is see-also
    assert see_also_urls(parse(html)) == []


@pytest.mark.parametrize(
    "before",
    [
        '<section class="comments"><h3>Comments</h3><p><a href="/terms/#commenting">Commenting policy</a></p>'
        "</section>",
        '<section class="up-next"><h2>Up Next</h2><a href="/videos/24255000/why-houses-got-big">Why houses got big</a>'
        "</section>",
    ],
)
def test_a_related_box_after_a_headed_section_of_its_own_still_counts(before: str) -> None:
    # Given the comments, or an "Up Next" video, each a section with its heading and a link, then a related box
    box = f'<section class="related-stories"><h3>Related stories</h3><ul>{RELATED}</ul></section>'
    # Then the related box is see-also: the section before it is no heading of it
    assert see_also_urls(parse(page(after=before + box))) == RELATED_URLS


def test_a_related_box_in_an_auxiliary_column_is_no_reading() -> None:
    # Given a page whose main column holds the article and whose auxiliary column ("uni-aux") holds "More on" stories
    html = (
        "<html><head><title>City council approves new budget</title></head><body><div class='uni-contents'>"
        "<div class='uni-innerwrap'><div class='uni-main'><article><h1>City council approves new budget</h1>"
        f"<div class='story-contents'>{PARAGRAPHS}</div></article></div><div class='uni-aux'>"
        f"<div class='bk-moreside'><div class='bk-hd'>More on Example</div><ul>{_items(3)}</ul></div></div>"
        "</div></div></body></html>"
    ).encode()
    assert see_also_urls(parse(html)) == []


def test_an_agency_credit_set_between_the_storys_paragraphs_and_its_end_is_the_origin() -> None:
    # Given a story closed by "<cite>—Associated Press</cite>" straight after its last paragraph
    record = parse(page(article_end='<cite class="tagline">&mdash;Associated Press</cite>'))
    # Then the agency is the origin; the same words inside a paragraph's running text are not
    assert record.origin is not None and record.origin.publisher == "Associated Press"
    quoted = parse(page(article_end="<p>The mayor told <cite>—Associated Press</cite> she was pleased.</p>"))
    assert quoted.origin is None


def test_the_sites_copyright_notice_in_its_footer_is_no_wire_credit() -> None:
    # Given a staff story whose page footer (a division named "pfFooter", outside the article) carries the owner's
    # copyright notice, the owner being a newswire's too
    line = "<p>Copyright 2012 Dow Jones &amp; Company, Inc. All Rights Reserved</p>"
    # Then the page has no origin; the same notice closing the article is the wire's credit
    assert parse(page(after=f'<div class="printSummary pfFooter">{line}</div>')).origin is None
    credited = parse(page(article_end=line)).origin
    assert credited is not None and credited.publisher == "Dow Jones"


def test_a_profile_titled_by_a_short_name_its_slug_spells_is_reading() -> None:
    # Given a labelled list of the series' other profiles, each titled by the person's name alone (under the usual
    # twelve characters) and spelt out at the end of its story's slug
    profiles = [
        ("/2024/04/leader-spotlight-kathy-pham/", "Kathy Pham"),
        ("/2024/03/leader-spotlight-laura-frank-tacho/", "Laura Frank Tacho"),
    ]
    items = "".join(f'<li><a href="{href}">{name}</a>, engineer at a city firm</li>' for href, name in profiles)
    html = page(after=f"<div class='related'><h3>Related</h3><ul>{items}</ul></div>")
    # Then each profile is see-also, titled by the name
    assert see_also_urls(parse(html)) == [SITE + href for href, _ in profiles]
    # But a phrase the slug does not end with, or one not capitalised as a name, titles no story
    others = (
        '<li><a href="/2024/04/best-portable-chargers-power-banks/">power banks</a></li>'
        '<li><a href="/2024/04/leader-spotlight-kathy-pham-interview/">Kathy Pham</a></li>'
    )
    assert see_also_urls(parse(page(after=f"<div class='related'><h3>Related</h3><ul>{others}</ul></div>"))) == []


def test_a_story_whose_address_is_its_headline_run_together_is_reading() -> None:
    # Given a "Related articles" box whose story sits at its headline run together in a section
    # ("/magazine/thenewmysteriesofclass")
    box = (
        "<div class='related'><h3>Related articles</h3><ul>"
        '<li><a href="/magazine/thenewmysteriesofclass">The new mysteries of class</a></li>'
        '<li><a href="/magazine/subscribenow">Subscribe to our magazine today</a></li></ul></div>'
    )
    # Then the story is see-also; a path that is not its title's words is no story
    assert see_also_urls(parse(page(after=box))) == [SITE + "/magazine/thenewmysteriesofclass"]


def test_a_document_viewers_page_is_no_story() -> None:
    # Given a "Related" box beside the story's stories links its source filing in the site's document viewer
    document = '<li><a href="/g/documents/politics/foundation-tax-filing/2223">The foundation tax filing</a></li>'
    box = f"<div class='related'><h3>Related</h3><ul>{RELATED}{document}</ul></div>"
    # Then the filing is no see-also; the stories are
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


@pytest.mark.parametrize("name", ['id="related-topics"', 'class="relatedTags"', 'class="verwandte-themen"'])
def test_a_box_named_for_related_topics_is_no_reading(name: str) -> None:
    # Given a box after the article that the markup names for related topics or tags, its links named like topics
    topics = "".join(
        f'<a href="{SITE}/topics/health/{slug}.htm">{title}</a>, '
        for slug, title in [("e-coli-infection", "E-coli Infection"), ("food-safety-agency", "Food Safety Agency")]
    )
    html = page(after=f"<div {name}><span>Related Topics: </span>{topics}</div>")
    # Then none of its links is see-also, though a box named "related" is the article's reading
    assert see_also_urls(parse(html)) == []
    assert see_also_urls(parse(page(after=f'<div class="related-posts"><ul>{RELATED}</ul></div>'))) == RELATED_URLS


def _bullet_lines(count: int) -> str:
    return "".join(f'<p>&bull; <a href="{SITE}{href}">{title}</a></p>' for href, title in STORIES[:count])


@pytest.mark.parametrize(
    "label",
    [
        "<h4>More from Example News:</h4>",
        '<p><span style="font-size: 1.25em;">More from Example News:</span></p><p> </p>',
    ],
)
def test_link_lines_under_a_label_naming_the_site_as_their_source_are_its_feed(label: str) -> None:
    # Given lines of one link each closing the story, under a heading or a label line "More from <the site>:"
    html = page(article_end=label + _bullet_lines(3))
    # Then they are the site's feed, not the story's reading
    assert see_also_urls(parse(html)) == []


def test_link_lines_under_a_label_naming_a_series_are_reading() -> None:
    # Given the same lines under "More from this column:" (a series, not the site)
    html = page(article_end='<p><span class="label">More from the column:</span></p>' + _bullet_lines(3))
    # Then they stay the story's reading
    assert see_also_urls(parse(html)) == urls(3)


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (f'[<a href="{SITE}/2024/04/mayor-unveils-school-spending-plan/">Mayor unveils a school spending plan</a>]',
         [f"{SITE}/2024/04/mayor-unveils-school-spending-plan/"]),  # a headline in brackets closing the paragraph
        (f'[<a href="{SITE}/2024/04/mayor-unveils-school-spending-plan/">PDF</a>]', []),  # a note, not a headline
        (f'<a href="{SITE}/2024/04/mayor-unveils-school-spending-plan/">Mayor unveils a school spending plan</a>', []),
    ],
)  # fmt: skip
def test_a_headline_in_brackets_closing_a_paragraph_is_reading(closing: str, expected: list[str]) -> None:
    # Given a paragraph of the story that closes with a linked headline in square brackets (or a bracketed note,
    # or a link in the running text)
    paragraph = f"<p>Members said the plan was sound and would be reviewed again next spring. {closing}</p>"
    # Then only the bracketed headline is see-also
    assert see_also_urls(parse(page(first=paragraph))) == expected
