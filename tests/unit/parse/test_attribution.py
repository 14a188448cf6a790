"""See-also boxes and origin publishers on whole hand-written pages: each rule, and what it must leave alone."""

from __future__ import annotations

import json

import pytest
from support.news_pages import (
    PARAGRAPHS,
    RELATED,
    RELATED_URLS,
    SITE,
    STORIES,
    URL,
    page,
    parse,
    publisher_of,
    see_also_urls,
    urls,
)

from worker.lexicon.domain_names import domain_name
from worker.parse.citations import is_outlet

# --- see-also: boxes the body extractor drops as boilerplate ---


def test_related_box_right_after_the_article_is_see_also() -> None:
    # Given a "Related" box (class "related-posts", dropped from the body) right after the article
    record = parse(page(after=f'<section class="related-posts"><h3>Related</h3><ul>{RELATED}</ul></section>'))
    # Then its links are the article's further reading, with their anchor texts
    assert [(link.url, link.title) for link in record.see_also] == [
        (RELATED_URLS[0], "Mayor unveils a school spending plan"),
        (RELATED_URLS[1], "Library expansion wins approval"),
    ]
    assert "Mayor unveils" not in record.body


TITLES = ["Mayor unveils a school spending plan", "Library expansion wins"]


def test_card_row_inside_the_article_takes_the_card_headline() -> None:
    cards = "".join(
        f'<div class="card"><a href="{url}"><span class="kicker">Politics</span><h4>{title}</h4>'
        "<p>A teaser that is not the title.</p></a></div>"
        for url, title in zip(RELATED_URLS, TITLES, strict=True)
    )
    record = parse(page(article_end=f'<div class="recommended"><h2>You may also like</h2><div>{cards}</div></div>'))
    assert [(link.url, link.title) for link in record.see_also] == [
        (RELATED_URLS[0], "Mayor unveils a school spending plan"),
        (RELATED_URLS[1], "Library expansion wins"),
    ]


@pytest.mark.parametrize(
    "label",
    [
        "Mehr zum Thema", "ähnliche Themen", "Artículos relacionados", "Seguir leyendo:", "Empfehlungen der Redaktion",
        "Похожие статьи", "Přečtěte si také", "Relaterade artiklar", "相关新闻", "延伸阅读：", "関連記事", "관련기사",
        "İlgili Haber", "こちらもおすすめ", "Berita Terkait", "Baca Juga", "Artikel Berkaitan", "Tin liên quan",
    ],
)  # fmt: skip
def test_labels_in_other_languages(label: str) -> None:
    record = parse(page(after=f'<div class="mehr"><h3>{label}</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_a_bare_more_label_with_its_colon_leads_its_links() -> None:
    line = (
        '<p><b>MORE:</b> <a href="/2024/04/mayor-unveils-school-spending-plan/">'
        "Mayor unveils a school spending plan</a>"
        ' | <a href="/2024/03/library-expansion-wins-approval/">Library expansion wins approval</a></p>'
    )
    assert see_also_urls(parse(page(first=line))) == RELATED_URLS
    # a "More" without its colon is no label (a menu's "More" button)
    plain = '<p>More <a href="/2024/04/mayor-unveils-school-spending-plan/">on the mayor</a> later today.</p>'
    assert see_also_urls(parse(page(first=plain))) == []


def test_link_standing_alone_on_a_line_in_the_body() -> None:
    line = '<p>» <a href="/2024/04/mayor-unveils-school-spending-plan/">Mayor unveils a school spending plan</a></p>'
    record = parse(page(article_end=line))
    assert see_also_urls(record) == RELATED_URLS[:1]


@pytest.mark.parametrize("path", ["/de/index.html", "/news/default.aspx", "/index.php"])
def test_a_link_line_to_a_home_or_section_index_is_no_story(path: str) -> None:
    line = f'<p><a href="{path}">Institute for Snow and Avalanche Research home page</a></p>'
    assert see_also_urls(parse(page(article_end=line))) == []


def test_links_resolve_against_base_href() -> None:
    head = '<base href="https://www.example-news.com/">'
    box = '<section class="related"><h3>Related</h3><ul><li><a href="2024/04/mayor-unveils-school-spending-plan/">'
    box += "Mayor unveils a school spending plan</a></li></ul></section>"
    record = parse(page(after=box, head=head), url="https://www.example-news.com/news/2024/05/budget.html")
    assert see_also_urls(record) == RELATED_URLS[:1]


@pytest.mark.parametrize(
    "after",
    [
        # hidden with CSS, with the hidden attribute, or from assistive technology
        f'<section class="related" style="display: none"><h3>Related</h3><ul>{RELATED}</ul></section>',
        f'<section class="related" hidden><h3>Related</h3><ul>{RELATED}</ul></section>',
        f'<section class="related" aria-hidden="true"><h3>Related</h3><ul>{RELATED}</ul></section>',
        # a recommendation widget
        f'<div class="OUTBRAIN ob-widget"><h3>Recommended</h3><ul>{RELATED}</ul></div>',
        # a site feed: it lists the page itself
        f'<div class="more"><h3>Read more</h3><ul>{RELATED}<li><a href="{URL}">City council approves new budget'
        "</a></li></ul></div>",
        # a site feed: too long a list (more than twelve)
        '<div class="more"><h3>Related</h3><ul>'
        + "".join(
            f'<li><a href="/2024/02/story-number-{n}-of-the-feed/">Story number {n} of the feed</a></li>'
            for n in range(13)
        )
        + "</ul></div>",
        # after a footer
        '<div class="page-footer"><p>About us · Contact · Imprint</p></div>'
        + f'<div class="x"><h3>Related</h3><ul>{RELATED}</ul></div>',
    ],
)
def test_boxes_that_are_not_the_articles_reading(after: str) -> None:
    # Given the article's own "Related" box inside it, and another box after it that is not the article's reading
    own = '<div class="related"><h3>Related</h3><ul><li><a href="/2024/02/council-elects-a-new-speaker/">'
    own += "Council elects a new speaker</a></li></ul></div>"
    # Then only the article's own box gives see-also links
    assert see_also_urls(parse(page(article_end=own, after=after))) == [
        "https://www.example-news.com/2024/02/council-elects-a-new-speaker/"
    ]


def test_tag_and_author_pages_are_not_see_also() -> None:
    box = (
        '<div class="related"><h3>Related</h3><ul><li><a href="/tag/city-council-budget-news/">City council budget '
        'news</a></li><li><a href="/author/jane-doe-reporter/">More stories by Jane Doe</a></li>'
        f"{RELATED}</ul></div>"
    )
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


def test_inline_see_also_still_works() -> None:
    # a guard: the "SEE ALSO: <link>" line of the body keeps working next to the box rules
    line = '<p>SEE ALSO: <a href="/2024/04/mayor-unveils-school-spending-plan/">Mayor unveils a plan</a></p>'
    record = parse(page(first=line))
    assert [(link.url, link.title) for link in record.see_also] == [(RELATED_URLS[0], "Mayor unveils a plan")]


@pytest.mark.parametrize("label", ["RELATED PHOTOS:", "RELATED VIDEO:", "Related:"])
def test_a_label_inside_the_link_is_no_part_of_its_title(label: str) -> None:
    # Given a line that is one link, its text opening with the label ("RELATED PHOTOS: Their wedding")
    href = "/2024/04/mayor-unveils-school-spending-plan/"
    line = f'<p><a href="{href}"><strong>{label} Mayor unveils a plan</strong></a></p>'
    record = parse(page(first=line))
    # Then it is see-also under the story's title alone, and its line leaves the body
    assert [(link.url, link.title) for link in record.see_also] == [(RELATED_URLS[0], "Mayor unveils a plan")]
    assert label not in record.body


# --- origin ---


def jsonld(**fields: object) -> str:
    obj = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "City council approves new budget"}
    obj |= {"publisher": {"@type": "NewsMediaOrganization", "name": "Example News"}} | fields
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        (jsonld(isBasedOn="https://www.cnn.com/2024/05/01/us/budget-vote/index.html"), "CNN"),
        (
            jsonld(isBasedOn={"@type": "NewsArticle", "url": "https://b.example/x", "publisher": {"name": "Grist"}}),
            "Grist",
        ),
        (jsonld(sourceOrganization={"@type": "Organization", "name": "The Conversation"}), "The Conversation"),
        (jsonld(provider={"@type": "Organization", "name": "Kaiser Health News"}), "Kaiser Health News"),
        (jsonld(author={"@type": "Organization", "name": "NBC News"}), "NBC News"),
        ('<meta name="syndication-source" content="https://www.nbcnews.com/politics/budget-vote-n123">', "NBC News"),
    ],
)
def test_origin_from_markup(head: str, publisher: str) -> None:
    assert publisher_of(head=head) == publisher


def test_organisation_author_that_is_the_publisher_is_no_origin() -> None:
    # a guard for the rule above: the site's own organisation as author names no other publisher
    head = jsonld(author={"@type": "Organization", "name": "Example News"})
    assert parse(page(head=head)).origin is None


@pytest.mark.parametrize(
    ("site", "author"), [("Example Daily", "Example Daily News"), ("The Maple Daily Post", "Maple Daily Post News")]
)
def test_organisation_author_that_is_the_publisher_with_a_newsroom_word_is_no_origin(site: str, author: str) -> None:
    # the site's name with a word added ("CBC News" on CBC) is still the site, not another publisher
    head = jsonld(
        publisher={"@type": "NewsMediaOrganization", "name": site}, author={"@type": "Organization", "name": author}
    )
    assert parse(page(head=head)).origin is None
    # a guard: another outlet as author is still an origin
    other = jsonld(
        publisher={"@type": "NewsMediaOrganization", "name": site},
        author={"@type": "Organization", "name": "Valley Daily News"},
    )
    assert publisher_of(head=other) == "Valley Daily News"


def test_reprinted_courtesy_of_a_newsroom() -> None:
    note = (
        '<p>Reprinted courtesy of <a href="https://www.propublica.org/article/jail-phone-rates">ProPublica</a>, '
        "a nonprofit newsroom that investigates abuses of power.</p>"
    )
    assert publisher_of(article_end=note) == "ProPublica"


def test_a_source_line_linking_a_story_of_the_site_it_names() -> None:
    # Given a closing "Source:" line whose link text is the name of the site it links to (no outlet list needed)
    line = '<p class="source">Source: <a href="https://news.mongabay.com/2024/02/seaweed-farmers-move-offshore/">Mongabay</a></p>'
    assert publisher_of(article_end=line) == "Mongabay"
    # but a name that is not the linked site's is no publisher ("Source: <a href=city.example/report>Budget office</a>")
    other = '<p>Source: <a href="https://www.cityhall-example.org/2024/02/budget-report/">Budget Office</a></p>'
    assert publisher_of(article_end=other) is None


def test_a_via_line_linking_another_outlets_story_names_it() -> None:
    # Given a meta line after the story crediting "Via: <a>Fox News</a>", linking that outlet's story
    href = "https://www.foxnews.com/world/2024/05/03/budget-vote-in-the-city.html"
    line = f'<p class="entry-meta">Via: <a href="{href}">Fox News</a></p><p class="entry-meta">By: Jane Doe</p>'
    assert publisher_of(after=line) == "Fox News"
    # but a "Via:" line linking a page of the site itself names no other publisher
    own = '<p class="entry-meta">Via: <a href="/2024/05/budget-vote-in-the-city/">Example News</a></p>'
    assert publisher_of(after=own) is None


def test_provided_by_at_the_end_of_the_story() -> None:
    assert publisher_of(article_end="<p>Provided by The Conversation</p>") == "The Conversation"


def test_a_provider_line_run_on_into_the_writers_credit() -> None:
    # Given "Provided by X" and "Story by A" in one line (spans of one byline box)
    line = "<p><span>Provided by Business Insider</span> <span>Story by Alana Cho</span> <span>May 3</span></p>"
    # Then the publisher ends before the writer's credit
    assert publisher_of(article_end=line) == "Business Insider"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [("<p>(AFP)</p>", "AFP"), ("<p>— PTI</p>", "PTI"), ("<p>Quelle: dpa</p>", "dpa")],
)
def test_closing_wire_credit(line: str, publisher: str) -> None:
    record = parse(page(article_end=line))
    assert record.origin is not None
    assert record.origin.publisher == publisher


def test_wire_dateline_without_a_dash() -> None:
    first = "<p>NEW DELHI, May 3 (PTI) The city council of the capital approved its budget on Friday evening.</p>"
    assert publisher_of(first=first) == "PTI"


def test_outlet_via_wire_dateline() -> None:
    first = "<p>KVELLER via JTA — The city council approved the new budget on Friday after a long debate.</p>"
    assert publisher_of(first=first) == "Kveller"


def test_a_stations_call_sign_dateline_on_another_site_names_the_station() -> None:
    # Given a portal carrying a local TV station's story, its dateline linking the station's own page
    href = "https://fox2now.example/2024/05/03/city-council-approves-new-budget/"
    first = (
        f'<p><a href="{href}">ST. LOUIS, MO (KTVI)</a> &ndash; The city council approved the new budget on Friday '
        "after a long debate.</p>"
    )
    record = parse(page(first=first))
    # Then the station is the origin, its story's page the URL
    assert record.origin is not None
    assert (record.origin.publisher, record.origin.url) == ("KTVI", href)


@pytest.mark.parametrize(
    "elsewhere",
    [
        "<p>Copyright 2024 KTVI. All rights reserved.</p>",  # its copyright line
        '<p><img src="/logo.png" alt="KTVI-TV logo"></p>',  # its logo
    ],
)
def test_a_stations_own_page_has_no_origin_in_its_dateline(elsewhere: str) -> None:
    # Given the same dateline on a page that names the station elsewhere: the station's own story
    first = "<p>ST. LOUIS, MO (KTVI) &ndash; The city council approved the new budget on Friday after a debate.</p>"
    assert parse(page(first=first, after=elsewhere)).origin is None


def test_a_stations_own_page_naming_it_only_in_a_script_has_no_origin() -> None:
    # Given the station's call sign in its ads' configuration (a script) beside the dateline
    script = '<script>var adsConfig = {"station":"KTVI","market":"St. Louis"};</script>'
    first = "<p>ST. LOUIS, MO (KTVI) &ndash; The city council approved the new budget on Friday after a debate.</p>"
    assert parse(page(first=first, head=script)).origin is None


def test_a_wires_own_story_on_its_own_site_has_no_origin() -> None:
    first = "<p>LONDON (Reuters) - The city council approved the new budget on Friday after a long debate.</p>"
    url = "https://www.reuters.com/world/city-council-approves-new-budget-2024-05-03/"
    assert parse(page(first=first, url=url), url=url).origin is None


def test_cross_domain_canonical_is_named_from_the_outlet_list() -> None:
    head = '<link rel="canonical" href="https://www.nbcnews.com/politics/city-council-approves-new-budget-n1234">'
    origin = parse(page(head=head)).origin
    assert origin is not None
    assert (origin.publisher, origin.url) == (
        "NBC News",
        "https://www.nbcnews.com/politics/city-council-approves-new-budget-n1234",
    )


def test_cross_domain_canonical_is_named_from_the_pages_markup() -> None:
    head = '<link rel="canonical" href="https://original-outlet.example/2024/budget-vote">' + jsonld(
        publisher={"@type": "Organization", "name": "Original Outlet", "url": "https://original-outlet.example/"}
    )
    assert publisher_of(head=head) == "Original Outlet"


def test_same_publisher_on_another_country_domain_is_no_origin() -> None:
    head = '<link rel="canonical" href="https://www.example-news.com/2024/05/city-council-approves-new-budget/">'
    url = "https://www.example-news.de/2024/05/city-council-approves-new-budget/"
    assert parse(page(head=head, url=url), url=url).origin is None


def test_domain_named_in_a_statement_becomes_the_outlet_name() -> None:
    assert publisher_of(article_end="<p>This article was originally published on cnn.com.</p>") == "CNN"


def test_photo_credit_is_no_wire_credit() -> None:
    # Given a photo credit "AFP" next to the lead image and the story's own source line "dpa" after the text
    first = '<div class="lead-image"><div class="image-credit">AFP</div></div>'
    origin = parse(page(first=first, after='<div class="source">dpa</div>')).origin
    # Then the source line, not the photo credit, names the origin
    assert origin is not None
    assert origin.publisher == "dpa"


@pytest.mark.parametrize(
    ("where", "line", "publisher"),
    [
        (
            "article_end",
            "<p>Copyright 2024 The Associated Press. All rights reserved. This material may not be "
            "published, broadcast, rewritten or redistributed.</p>",
            "Associated Press",
        ),
        ("after", '<div class="legal"><small>© dpa-infocom, dpa:240503-99-123456/2</small></div>', "dpa"),
        ("article_end", "<p>(Reporting by Jane Doe in London; Editing by John Smith)</p>", "Reuters"),
        ("article_end", "<p>Distributed by The Associated Press.</p>", "Associated Press"),
        (
            "article_end",
            "<p>The Associated Press receives support from the Walton Family Foundation for coverage of water and "
            "environmental policy. The AP is solely responsible for all content.</p>",
            "Associated Press",
        ),
        (
            "article_end",
            "<p>The Associated Press Health and Science Department receives support from the Howard Hughes Medical "
            "Institute's Science and Educational Media Group. The AP is solely responsible for all content.</p>",
            "Associated Press",
        ),
    ],
)
def test_wire_copyright_and_trailer_lines(where: str, line: str, publisher: str) -> None:
    assert publisher_of(**{where: line}) == publisher


def test_cross_domain_canonical_named_by_a_site_name_spelling_its_domain() -> None:
    head = (
        '<link rel="canonical" href="https://www.smalltownwire.example/2024/budget-vote">'
        '<meta property="og:site_name" content="Small Town Wire">'
    )
    assert publisher_of(head=head) == "Small Town Wire"


def test_label_naming_the_site() -> None:
    record = parse(page(after=f'<div class="more"><p>Weiterlesen auf Example-News.com:</p><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_a_wire_byline_on_another_storys_teaser_is_no_credit_of_this_story() -> None:
    # Given a staff story followed by a feed of other stories' teasers, each headline linked and signed by a wire
    cards = "".join(
        f'<div class="container"><h3><a href="/2024/0{n}/other-council-story-{n}/">Other story {n}</a></h3>'
        '<p class="byline">Associated Press</p></div>'
        for n in (1, 2)
    )
    record = parse(page(first='<p class="byline">By Jane Roe</p>', after=f'<div class="rail">{cards}</div>'))
    # Then the teasers' credits are theirs: no origin; the story's own credit line still is one
    assert record.origin is None
    assert publisher_of(first='<p class="credit">Associated Press</p>') == "Associated Press"


@pytest.mark.parametrize(
    ("where", "line", "publisher"),
    [
        (
            "first",
            "<p>WASHINGTON (CNN) — The city council approved the new budget on Friday after a debate.</p>",
            "CNN",
        ),
        (
            "article_end",
            "<p>The post City council approves new budget appeared first on Metro Report.</p>",
            "Metro Report",
        ),
        (
            "article_end",
            '<p>Read the original article on <a href="https://www.businessinsider.com/x">Business Insider</a></p>',
            "Business Insider",
        ),
    ],
)
def test_outlet_datelines_and_syndication_footers(where: str, line: str, publisher: str) -> None:
    assert publisher_of(**{where: line}) == publisher


def test_outlet_named_by_its_domain_from_the_wider_list() -> None:
    head = '<link rel="canonical" href="https://www.texastribune.org/2024/05/03/city-council-budget/">'
    assert publisher_of(head=head) == "The Texas Tribune"


def test_dateline_naming_two_places() -> None:
    first = (
        "<p>Berlin/Hamburg (dpa) - Der Stadtrat hat am Freitag nach langer Debatte den neuen Haushalt beschlossen.</p>"
    )
    assert publisher_of(first=first) == "dpa"


def test_credit_line_naming_several_wires() -> None:
    assert publisher_of(after='<div class="source-line">Quellen: dpa, AFP</div>') == "dpa"


@pytest.mark.parametrize(
    "head",
    [
        jsonld(isBasedOn={"@type": "ScholarlyArticle", "url": "https://journal.example/study-123", "name": "A study"}),
        jsonld(isBasedOn="https://data.example-statistics.org/budget-2024.pdf"),
        jsonld(
            isBasedOn="https://www.statistik-lahnau.example/statistiken/bevoelkerung/bevoelkerung-zu-quartalsbeginn"
        ),
        jsonld(sourceOrganization={"@type": "Organization", "name": "Example Media Group"}),
    ],
)
def test_markup_naming_no_news_organisation_is_no_origin(head: str) -> None:
    # Given markup naming a study, a document or a company, and a closing wire credit
    origin = parse(page(head=head, article_end="<p>(AFP)</p>")).origin
    # Then the wire credit, not the markup, names the origin
    assert origin is not None
    assert origin.publisher == "AFP"


@pytest.mark.parametrize(
    ("where", "line", "publisher"),
    [
        ("after", '<div class="source-line">aja/PAP</div>', "PAP"),
        ("article_end", "<p>Dieser Text ist zunächst im Tagesspiegel erschienen.</p>", "Tagesspiegel"),
    ],
)
def test_editor_initials_and_german_first_appeared(where: str, line: str, publisher: str) -> None:
    assert publisher_of(**{where: line}) == publisher


def test_closing_source_line_linking_an_outlet() -> None:
    line = '<p>Quelle: <a href="https://www.theguardian.com/world/2024/may/03/budget-vote">The Guardian</a></p>'
    origin = parse(page(after=f'<div class="source-line">{line}</div>')).origin
    assert origin is not None
    assert (origin.publisher, origin.url) == (
        "The Guardian",
        "https://www.theguardian.com/world/2024/may/03/budget-vote",
    )


def test_labelled_box_after_the_comments_is_still_the_articles() -> None:
    comments = (
        '<section id="comments" class="comments"><h3>3 comments</h3><p>Great article, thanks for writing it and '
        "for all the detail about the library and the schools.</p></section>"
    )
    record = parse(page(after=comments + f'<div class="x"><h3>Related articles</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_labelled_box_after_the_comments_and_their_form_is_still_the_articles() -> None:
    comments = (
        '<section id="comments" class="comments"><h3>3 comments</h3><p>Great article, thanks for writing it and '
        "for all the detail about the library and the schools.</p></section>"
        '<form id="commentform" action="/wp-comments-post.php"><p>Leave a reply</p></form>'
    )
    record = parse(page(after=comments + f'<div class="x"><h3>Related articles</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS
    search = '<form class="site-search" action="/search"><p>Search the site</p></form>'
    record = parse(page(after=search + f'<div class="x"><h3>Related articles</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == []  # after a form of the page's own: the page's, no longer the article's


def test_unlabelled_box_named_as_related_right_after_the_article() -> None:
    # Given an unlabelled list of short titles in a box whose class names it as related content, after the article
    items = [
        ("/2024/04/budget-vote-passes-again/", "Budget vote passes"),
        ("/2024/03/library-wins-award/", "Library wins award"),
    ]
    box = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in items)
    box += (
        '<li><a href="https://elsewhere.example/2024/05/ten-things-you-never-knew/">Ten things you never knew</a></li>'
    )
    record = parse(page(after=f'<div class="view-related"><ul>{box}</ul></div>'))
    # Then its links to the site's own stories are see-also; another site's link in such a box is a widget's
    assert see_also_urls(record) == [f"https://www.example-news.com{href}" for href, _ in items]


def test_canonical_on_an_amp_cache_is_no_origin() -> None:
    # a guard beside the cross-domain canonical rule: a cache or feed proxy publishes nothing
    head = '<link rel="canonical" href="https://www-example--news-com.cdn.ampproject.org/c/s/budget">'
    assert parse(page(head=head)).origin is None


def _canonical_origin(page_url: str, canonical: str) -> str | None:
    """The origin publisher of a page at ``page_url`` whose canonical is ``canonical``."""
    origin = parse(page(head=f'<link rel="canonical" href="{canonical}">', url=page_url), url=page_url).origin
    return origin.publisher if origin else None


def test_a_page_served_from_an_amp_cache_is_no_copy_of_its_canonical() -> None:
    # Given the cache's copy of a page, its canonical the page's own address on the publisher's site
    cached = "https://www-example--news-com.cdn.ampproject.org/c/s/www.example-news.com/budget"
    # Then the publisher's page is no original of another outlet's
    assert _canonical_origin(cached, "https://www.example-news.com/budget") is None


def test_canonical_on_the_same_name_with_or_without_a_leading_the_is_no_origin() -> None:
    # Given a page on an outlet's older domain whose canonical is on the domain it spells with "the"
    older = "https://www.kestrelherald.co.uk/world/2012/may/01/budget"
    assert _canonical_origin(older, "https://www.thekestrelherald.com/world/2012/may/01/budget") is None
    # while "the" before another name is another publisher's
    assert _canonical_origin(older, "https://www.theharborpost.com/world/2012/may/01/budget") is not None


def test_canonical_on_the_sites_own_name_spelled_with_umlauts_is_no_origin() -> None:
    # Given a page on buergerzeitung-muellheim.de whose canonical spells the domain with its umlauts (punycode)
    url = "https://www.buergerzeitung-muellheim.de/2025/04/neuer-buergerbus/"
    head = '<link rel="canonical" href="https://www.xn--brgerzeitung-mllheim-pecn.de/2025/04/neuer-buergerbus/">'
    assert parse(page(head=head, url=url), url=url).origin is None
    # while another name on the same kind of domain is another publisher's
    other = '<link rel="canonical" href="https://www.xn--mnchner-merkur-gsb.de/2025/04/neuer-buergerbus/">'
    assert parse(page(head=other, url=url), url=url).origin is not None


def test_labelled_box_in_the_articles_own_footer_area() -> None:
    items = '<li><a href="/2024/04/budget-vote-passes-again/">Budget vote passes</a></li>'
    box = f'<div class="entry-footer-readmore"><p>Weiterlesen auf Example News:</p><ul>{items}</ul></div>'
    record = parse(page(article_end=box))
    assert see_also_urls(record) == ["https://www.example-news.com/2024/04/budget-vote-passes-again/"]


def test_the_pages_own_media_is_not_see_also() -> None:
    # Given a related box holding a story and this page's own video (its URL embeds the page's slug)
    video = "/video/2024/05/city-council-approves-new-budget/clip-1234/"
    box = f'<div class="related"><h3>Related</h3><ul><li><a href="{video}">Video: the council vote</a></li>'
    box += f"{RELATED}</ul></div>"
    # Then only the other stories are see-also
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


def test_cross_domain_canonical_named_by_the_title_suffix() -> None:
    head = '<link rel="canonical" href="https://www.theharborgazette.example/2024/budget-vote">'
    data = page(head=head).replace(
        b"<title>City council approves new budget</title>",
        b"<title>City council approves new budget | The Harbor Gazette</title>",
    )
    origin = parse(data).origin
    assert origin is not None
    assert origin.publisher == "The Harbor Gazette"


def test_feed_list_inside_the_article_is_not_see_also() -> None:
    # Given a site feed list the template puts inside the article element, after its text
    feed = '<div class="nd-feed-list-container"><ul>' + RELATED + "</ul></div>"
    own = '<p>» <a href="/2024/02/council-elects-a-new-speaker/">Council elects a new speaker today</a></p>'
    # Then only the article's own link line is see-also
    assert see_also_urls(parse(page(first=own, article_end=feed))) == [
        "https://www.example-news.com/2024/02/council-elects-a-new-speaker/"
    ]


def test_own_media_when_the_slug_is_not_the_last_path_segment() -> None:
    url = "https://www.example-news.com/fr/city-council-approves-new-budget/a-6533123"
    media = '<p><a href="/overlay/media/fr/city-council-approves-new-budget/15100334/6533123">'
    media += "The council vote, in sound and pictures</a></p>"
    assert parse(page(article_end=media, url=url), url=url).see_also == []


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        # a republication note naming only the domain; the page writes the outlet's name in its footer credit
        (
            "after",
            "<p>This story was originally published on rivervalleyledger.example.</p>"
            "<p>Partner content courtesy of the River Valley Ledger.</p>",
            "River Valley Ledger",
        ),
        # an all-capitals spelling counts when the page has no other
        ("after", "<p>Originally published at hilltopbeacon.example. © HILLTOP BEACON</p>", "HILLTOP BEACON"),
    ],
)
def test_a_domain_given_as_publisher_is_named_as_the_page_spells_it(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


def test_cross_domain_canonical_named_as_the_page_spells_it() -> None:
    # Given a canonical on an unlisted outlet's site whose name only appears in the page's text
    head = '<link rel="canonical" href="https://www.rivervalleyledger.example/2024/budget-vote">'
    assert (
        publisher_of(head=head, article_end="<p><em>Courtesy of the River Valley Ledger.</em></p>")
        == "River Valley Ledger"
    )


def test_a_domain_the_page_never_spells_out_is_named_from_its_words() -> None:
    # a guard: the domain in a URL or in lower case is not a name, so the name is read from the domain's words
    head = '<link rel="canonical" href="https://www.rivervalleyledger.example/2024/budget-vote">'
    html = '<p><a href="https://rivervalleyledger.example/">rivervalleyledger</a> has more.</p>'
    assert publisher_of(head=head, after=html) == "River Valley Ledger"


@pytest.mark.parametrize(
    ("canonical", "text", "publisher"),
    [
        # a German domain writes "ü" as "ue"
        ("https://www.muensterlandbote.example/2024/budget", "Ein Artikel des Münsterland Bote.", "Münsterland Bote"),
        # accents the domain drops
        ("https://www.diariodelsur.example/2024/budget", "Publicado por el Diário del Sur.", "Diário del Sur"),
        # "and" written as "&" or "+"
        ("https://www.hillsandvalleys.example/2024/budget", "From Hills & Valleys magazine.", "Hills & Valleys"),
        # a three-letter domain counts only as an acronym in capitals
        ("https://www.kxr.example/2024/budget", "Watch Kxr tonight, or KXR news at six.", "KXR"),
    ],
)
def test_canonical_named_as_the_page_spells_it_in_other_letters(canonical: str, text: str, publisher: str) -> None:
    assert publisher_of(head=f'<link rel="canonical" href="{canonical}">', article_end=f"<p>{text}</p>") == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("<p><em>This content was originally published by the Harbor Times.</em></p>", "Harbor Times"),
        ("<p>An earlier version of this story appeared first in the Valley Courier.</p>", "Valley Courier"),
        ("<p>Article originally published on Example Ledger.</p>", "Example Ledger"),
        ("<p>Cet article a été initialement publié dans Le Courrier du Sud.</p>", "Le Courrier du Sud"),
        ("<p>Este artículo fue publicado originalmente en El Diario del Valle.</p>", "El Diario del Valle"),
        ("<p>Publicado originalmente em Jornal do Porto.</p>", "Jornal do Porto"),
        ("<p>Questo articolo è stato pubblicato originariamente su Il Corriere del Lago.</p>", "Il Corriere del Lago"),
        ("<p>Dit artikel verscheen eerder in Het Dagblad van Oost.</p>", "Het Dagblad van Oost"),
        ("<p>Erstveröffentlichung: Kieler Abendblatt</p>", "Kieler Abendblatt"),
        ("<p>Mit freundlicher Genehmigung der Wochenzeitung Ostwind.</p>", "Wochenzeitung Ostwind"),
        (
            "<p>©2024 The Example Herald. Visit exampleherald.example. Distributed by Example Content Agency, LLC.</p>",
            "The Example Herald",
        ),
        ("<p>Story provided by Harbor Times.</p>", "Harbor Times"),
        ("<p>This content was originally published by our partners at Harbor Times.</p>", "Harbor Times"),
        ("<p>Nota publicada originalmente en El Diario del Valle.</p>", "El Diario del Valle"),
        ("<p>Translated from the original article in Harbor Times.</p>", "Harbor Times"),
        ("<p>This is an edited version of an article first published by Harbor Times.</p>", "Harbor Times"),
        ("<p>Publié avec l'autorisation de Le Courrier du Sud.</p>", "Le Courrier du Sud"),
        ("<p>Reproducido con permiso de El Diario del Valle.</p>", "El Diario del Valle"),
        ("<p>Per gentile concessione di Il Corriere del Lago.</p>", "Il Corriere del Lago"),
        (  # the original only linked: named from its domain
            "<p>This article first appeared <a href='https://www.theguardian.com/world/2024/may/03/a-story'>here</a>."
            "</p>",
            "The Guardian",
        ),
    ],
)
def test_republication_notes_in_more_phrasings(note: str, publisher: str) -> None:
    assert publisher_of(article_end=note) == publisher


@pytest.mark.parametrize(
    "note",
    [
        "<p>Le rapport, initialement prévu pour mars, a été publié hier.</p>",  # no republication
        "<p>The law was first published in 1998 and has been amended since.</p>",  # a date, no publisher
        "<p>© 2024 Example News. All rights reserved.</p>",  # the site's own copyright, nothing distributed
        "<p>This article first appeared here in print on Sunday.</p>",  # "here" with no link names no one
        "<p>The study, an article first published in 2019, found the same.</p>",  # no note opening its line
        "<p>Con la autorización de la alcaldía, el mercado abrirá el domingo.</p>",  # a permit, no reprint
    ],
)
def test_sentences_that_only_look_like_notes_are_no_origin(note: str) -> None:
    assert parse(page(article_end=note)).origin is None


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        ("article_end", "<p>The ministry said talks would resume on Monday. (AFP)</p>", "AFP"),
        ("article_end", "<p>The minister said the plan would be reviewed in June. — PTI</p>", "PTI"),
        ("first", "<p>By Reuters Staff | May 3, 2024</p>", "Reuters"),
        ("article_end", "<p>Copyright © 2024 The Associated Press. All rights reserved.</p>", "Associated Press"),
        ("article_end", "<p>Source: CNN</p>", "CNN"),
        # a dateline after a standfirst, a byline and a date line
        (
            "first",
            "<p>The vote ends a long fight.</p><p>By Jane Doe</p><p>May 3, 2024</p>"
            "<p>SPRINGFIELD (AP) — The council voted late on Friday.</p>",
            "Associated Press",
        ),
    ],
)
def test_more_wire_credits(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


@pytest.mark.parametrize(
    "html",
    [
        "<p>He said the rules came from the ap style guide and the afp.</p>",  # lower case: no credit
        "<p>Source: city council minutes</p>",  # a source that is no listed outlet
        "<p>Reporters covered the vote, he said (Reuters was there too).</p>",  # a wire named in a sentence
        "<p>Mit Material der dpa und AFP</p>",  # several agencies' material in a newsroom's story: none named
        "<p>記事・写真の無断転載を禁じます。</p>",  # "no reproduction without permission": no outlet
        "<p>Bu haber ilk olarak bugün yayımlandı.</p>",  # "first published today": no outlet
        "<p>Das Interview führte Jana Wolters für den Blog des Netzwerks.</p>",  # no paper: the site's own
        "<p>Dieser Beitrag entstand in Kooperation mit der Stadtbibliothek.</p>",  # a partnership, not a reprint
        "<p><em>mit Material von dpa und Reuters</em></p>",
    ],
)
def test_what_only_looks_like_a_wire_credit_is_no_origin(html: str) -> None:
    assert parse(page(article_end=html)).origin is None


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        ("article_end", "<p>Dieses Interview erschien zuerst in der Wochenpost Nord.</p>", "Wochenpost Nord"),
        ("article_end", "<p>Diese Kolumne ist am 3. März 2024 zuerst im Abendkurier erschienen.</p>", "Abendkurier"),
        ("article_end", "<p>Reposted with permission from Harbor Times.</p>", "Harbor Times"),
        (
            "article_end",
            "<p>This article first appeared in the May 2024 issue of Valley Monthly.</p>",
            "Valley Monthly",
        ),
        ("first", "<p>SPRINGFIELD (CNN Business) — The council voted late on Friday.</p>", "CNN"),
        ("first", "<p>MADRID, 3 Mar. (EFE).- El ayuntamiento aprobó el presupuesto.</p>", "EFE"),
        ("first", "<p>Berlin (dpa/AFP/lnw) - Der Stadtrat hat abgestimmt.</p>", "dpa"),
        ("article_end", "<p>Mit Material der dpa</p>", "dpa"),
        # verb-final languages name the outlet before the verb
        ("article_end", "<p><em>Bu haber ilk olarak Yeşil Gazete'de yayımlandı.</em></p>", "Yeşil Gazete"),
        ("article_end", "<p>Bu yazı ilk kez Kuzey Postası internet sitesinde yayınlanmıştır.</p>", "Kuzey Postası"),
        ("article_end", "<p>※この記事は 東洋ビジネス に掲載されたものです。</p>", "東洋ビジネス"),
        ("article_end", "<p>本記事は「週刊ミナト」からの転載です。</p>", "週刊ミナト"),
        # German, Dutch and Danish reprint notes of other kinds
        (
            "article_end",
            "<p><strong>Das Interview führte Jana Wolters für die Rheinische Post.</strong></p>",
            "Rheinische Post",
        ),
        ("first", "<p><strong>Gastbeitrag in der Nordsee-Zeitung vom 14. März 2023</strong></p>", "Nordsee-Zeitung"),
        (
            "article_end",
            '<p><span>Übernahme aus:</span> <a href="https://wiwo.example/a/1">WirtschaftsWoche</a></p>',
            "WirtschaftsWoche",
        ),
        (
            "article_end",
            "<p><em>Indlægget blev bragt i Politiken 14. marts 2023 og gengives med tilladelse.</em></p>",
            "Politiken",
        ),
        ("article_end", "<p><em>Dit opiniestuk verscheen eerder in Trouw (12 januari 2023).</em></p>", "Trouw"),
        (
            "article_end",
            "<p><small>Text: Ulrike Fischer · Mit freundlicher Genehmigung der Badischen Zeitung</small></p>",
            "Badische Zeitung",
        ),
        (
            "article_end",
            '<p>Dieser Beitrag ist Teil einer Kooperation mit <a href="https://correctiv.example/x">'
            "Correctiv</a> und erschien zuerst dort.</p>",
            "Correctiv",
        ),
    ],
)
def test_more_notes_and_datelines(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


def test_a_listed_outlet_and_a_date_closing_the_story_is_where_it_ran() -> None:
    # Given a reprinted interview closed by "<outlet>, <date>", alone or split over two elements after the story's
    # block
    assert publisher_of(article_end="<p><em>Deutschlandfunk, 02. November 2021</em></p>") == "Deutschlandfunk"
    split = (
        "<html><head><title>Interview</title></head><body><main><article><h1>Interview on energy prices</h1>"
        f'<div class="text">{PARAGRAPHS}</div><p><strong>Deutschlandfunk,</strong><time datetime="2021-11-02">'
        "02. November 2021</time></p></article></main></body></html>"
    )
    origin = parse(split.encode()).origin
    assert origin is not None and origin.publisher == "Deutschlandfunk"
    # Then a place and a date, or an outlet and a date in a list, is no credit
    assert publisher_of(article_end="<p>Berlin, 2. November 2021</p>") is None
    assert publisher_of(after="<ul><li>Deutschlandfunk, 02. November 2021</li></ul>") is None


def test_a_photo_credit_in_parentheses_is_no_dateline() -> None:
    # a guard: "(AP Photo/...)" credits a picture, not the story
    html = "<p>Council members vote. (AP Photo/Jane Doe) The vote came late on Friday after a long debate.</p>"
    assert parse(page(first=html)).origin is None


def test_a_note_linking_its_original_as_this_link_is_named_from_the_link() -> None:
    note = (
        '<p>This article was originally published at <a href="https://www.prairiegazette.example/x">this link</a>.</p>'
    )
    origin = parse(page(article_end=note + "<p>© Prairie Gazette</p>")).origin
    assert origin is not None
    assert (origin.publisher, origin.url) == ("Prairie Gazette", "https://www.prairiegazette.example/x")


def test_a_news_media_organisation_as_source_organization_is_the_origin() -> None:
    # an outlet the lists do not know, typed as a news organisation by the page's JSON-LD
    head = jsonld(sourceOrganization={"@type": "NewsMediaOrganization", "name": "Kestrel Bay"})
    assert publisher_of(head=head) == "Kestrel Bay"


def test_a_source_line_heading_the_story_wins_over_the_dateline_below_it() -> None:
    # Given a wire service's story credited "Quelle: dpa-AFX" above a "(dpa) -" dateline
    first = "<p>Quelle: dpa-AFX</p><p>Berlin (dpa) - Der Stadtrat hat am Dienstag abgestimmt.</p>"
    origin = parse(page(first=first)).origin
    # Then the credited service is the origin
    assert origin is not None
    assert origin.publisher == "dpa-AFX"


@pytest.mark.parametrize(
    ("html", "publisher"),
    [
        (
            '<p><a href="https://www.prairiegazette.example/2024/05/budget">Source link</a></p>',
            "Prairie Gazette",
        ),
        (
            '<p><a href="https://www.prairiegazette.example/2024/05/budget">Zum Originalartikel</a></p>'
            "<p>© Prairie Gazette</p>",
            "Prairie Gazette",
        ),
        ("<p>The original version of this article was published in the Valley Courier.</p>", "Valley Courier"),
        ("<p>Republished under a Creative Commons license from Harbor Times.</p>", "Harbor Times"),
    ],
)
def test_links_and_notes_pointing_to_the_original(html: str, publisher: str) -> None:
    assert publisher_of(after=html) == publisher


def test_a_source_link_in_a_list_or_to_the_same_site_is_no_origin() -> None:
    # guards: a "Source" item of a link list, and a "Source link" to the site's own page
    listed = '<ul><li><a href="https://www.prairiegazette.example/x">Source</a></li></ul>'
    own = '<p><a href="https://www.example-news.com/2024/04/budget-draft/">Source link</a></p>'
    assert parse(page(after=listed)).origin is None
    assert parse(page(after=own)).origin is None


def test_an_outlet_credited_in_the_byline_is_the_origin_on_another_site_only() -> None:
    # Given a story bylined "By Jane Doe, Chicago Tribune" on another paper's site, and on the Tribune's own
    byline = '<p class="byline">By Jane Doe, Chicago Tribune</p>'
    elsewhere = parse(page(first=byline))
    own = parse(page(first=byline), url="https://www.chicagotribune.com/2024/05/03/city-council-budget/")
    # Then the Tribune is the origin elsewhere, and no origin on its own site; the byline is the person
    assert elsewhere.origin is not None
    assert elsewhere.origin.publisher == "Chicago Tribune"
    assert elsewhere.byline == ["Jane Doe"]
    assert own.origin is None


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        ("article_end", "<p>Fuente: Valle Times</p>", "Valle Times"),  # an outlet-like name, not listed
        ("article_end", "<p>This story was published first in the Harbor Times.</p>", "Harbor Times"),
        (
            "first",
            "<p>The vote ends a long fight.</p><p>By Jane Doe</p><p>May 3, 2024</p><p>Updated 10:00</p>"
            "<p><em>This story originally appeared in the Valley Courier.</em></p>",
            "Valley Courier",
        ),
    ],
)
def test_source_lines_and_notes_further_in(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


def test_a_source_line_naming_no_outlet_is_no_origin() -> None:
    assert parse(page(article_end="<p>Source: annual report 2023</p>")).origin is None


def test_an_ani_dateline_with_a_bracketed_country() -> None:
    assert publisher_of(first="<p>New Delhi [India], May 3 (ANI): The council voted late on Friday.</p>") == "ANI"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        # a date and an outlet noun between the kind of piece and the quoted name; the verb closes the note
        (
            "<p><em>Dieser Beitrag ist am 1. Juni 2017&nbsp;in der Wochenzeitung &#8222;der Freitag&#8220; "
            "erschienen.</em></p>",
            "der Freitag",
        ),
        ("<p>Der Text erschien am 3. März 2024 im Abendkurier.</p>", "Abendkurier"),
        ("<p>This essay first appeared in the magazine “harbor life”.</p>", "harbor life"),
    ],
)
def test_republication_notes_with_a_date_or_a_quoted_name(note: str, publisher: str) -> None:
    assert publisher_of(article_end=note) == publisher


@pytest.mark.parametrize(
    "note",
    [
        "<p>Dieser Artikel ist am 3. Mai 2024 in der Printausgabe erschienen.</p>",  # the site's own print edition
        "<p>Dieser Beitrag ist in der Ausgabe 3/2024 erschienen.</p>",
        "<p>Der Artikel ist in der Printausgabe der Example News erschienen.</p>",  # its own paper, by name
    ],
)
def test_a_note_on_the_sites_own_print_edition_is_no_origin(note: str) -> None:
    record = parse(page(article_end=note, head='<meta property="og:site_name" content="Example News">'))
    assert record.origin is None


@pytest.mark.parametrize(
    ("first", "publisher", "url"),
    [
        (
            '<p><a href="https://gnadlib.example.com/2013/12/08/antipoden/">Rebloggt von gnaddrig ad libitum: '
            "Antipoden: Die Wahrheit:</a><br>Es ist noch nicht lange her, dass der Stadtrat abstimmte.</p>",
            "gnaddrig ad libitum",
            "https://gnadlib.example.com/2013/12/08/antipoden/",
        ),
        (
            '<p>Reblogged from <a href="https://harborblog.example.org/2024/05/budget/">Harbor Blog</a>:</p>',
            "Harbor Blog",
            "https://harborblog.example.org/2024/05/budget/",
        ),
    ],
)
def test_a_reblog_names_the_blog_it_comes_from(first: str, publisher: str, url: str) -> None:
    origin = parse(page(first=first)).origin
    assert origin is not None
    assert (origin.publisher, origin.url) == (publisher, url)


def test_reblogged_this_on_names_the_reblogger_not_the_origin() -> None:
    # a guard: "Reblogged this on X" names the blog that reblogged, this one
    assert parse(page(first="<p>Reblogged this on Example News and commented: well said.</p>")).origin is None


def test_a_reblog_in_an_archived_copy_is_judged_by_the_archived_sites() -> None:
    # Given a Wayback Machine copy of a blog post reblogging another blog (both links rewritten to the archive)
    url = "https://web.archive.org/web/20140109030403/http://example-news.com/2013/12/09/reblog/"
    href = "https://web.archive.org/web/20140109030403/http://gnadlib.example.com/2013/12/08/antipoden/"
    first = f'<p><a href="{href}">Rebloggt von Gnaddrig: Antipoden:</a><br>Es ist noch nicht lange her.</p>'
    origin = parse(page(first=first, url=url), url=url).origin
    # Then the other blog is the origin, though both URLs are on the archive's host
    assert origin is not None
    assert origin.publisher == "Gnaddrig"


@pytest.mark.parametrize(
    "line",
    [
        "<p>Quelle: Example News</p>",  # the site's own name, spelled as its domain
        "<p>Quelle: EXAMPLE NEWS/ls</p>",  # with an editor's initials
        "<p>Source: Example News Times</p>",  # an outlet-like name that begins with the domain's label
    ],
)
def test_a_source_line_naming_the_site_itself_is_no_origin(line: str) -> None:
    assert parse(page(article_end=line)).origin is None


def test_a_source_line_naming_the_site_gives_way_to_the_next_finding() -> None:
    # Given the site's own "Source:" line closing the text, and a canonical URL on another outlet's site
    head = '<link rel="canonical" href="https://www.nbcnews.com/politics/city-council-approves-new-budget-n1234">'
    origin = parse(page(head=head, article_end="<p>Source: Example News Times</p>")).origin
    # Then the canonical names the origin
    assert origin is not None
    assert origin.publisher == "NBC News"


CODED_DATELINE = "<p>Kassel (jur). Das Gericht hat am Freitag entschieden, dass der Haushalt gilt.</p>"


@pytest.mark.parametrize(
    ("kwargs", "publisher"),
    [
        # a name that calls itself a news agency, after the agency's domain
        (
            {"article_end": "<p>Quelle: © www.kasselagentur.example - Juristische Presseagentur</p>"},
            "Juristische Presseagentur",
        ),
        ({"article_end": "<p>Source: Harbor News Service</p>"}, "Harbor News Service"),
        # a "(jur)" dateline and a closing source line naming an agency whose name starts with that code
        ({"first": CODED_DATELINE, "after": '<div class="src">Quelle: JurAgentur</div>'}, "JurAgentur"),
        # or only its domain: named as the page spells it
        (
            {"first": CODED_DATELINE, "article_end": "<p>Quelle: www.juragentur.example</p><p>© JurAgentur</p>"},
            "JurAgentur",
        ),
    ],
)
def test_a_source_line_naming_a_news_agency(kwargs: dict[str, str], publisher: str) -> None:
    assert publisher_of(**kwargs) == publisher


@pytest.mark.parametrize(
    "kwargs",
    [
        {"article_end": "<p>Quelle: Bundesnetzagentur</p>"},  # a public agency, no news agency
        {"first": CODED_DATELINE, "article_end": "<p>Quelle: Bundesagentur für Arbeit</p>"},
        {"first": CODED_DATELINE, "article_end": "<p>Quelle: Pressemitteilung der Stadt Kassel</p>"},
    ],
)
def test_a_source_line_naming_another_kind_of_agency_is_no_origin(kwargs: dict[str, str]) -> None:
    assert parse(page(**kwargs)).origin is None


ORIGINAL_STORY = "https://www.harbortimes.example/2024/05/03/city-council-passes-budget/"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # a closing source line that is only a link to another site's story, written as its URL or its headline
        (f'<p>Quelle: <a href="{ORIGINAL_STORY}">{ORIGINAL_STORY}</a></p><p>© Harbor Times</p>', "Harbor Times"),
        (f'<p>Quelle: <a href="{ORIGINAL_STORY}">City council passes the budget</a></p>', "Harbor Times"),
    ],
)
def test_a_source_line_linking_another_sites_story(line: str, publisher: str) -> None:
    origin = parse(page(article_end=line)).origin
    assert origin is not None
    assert (origin.publisher, origin.url) == (publisher, ORIGINAL_STORY)


@pytest.mark.parametrize(
    "line",
    [
        # a press release, a study, an organisation's page named by its name, a forum thread
        '<p>Quelle: <a href="https://www.acme-batteries.example/newsroom/2024/05/03/acme-opens-plant/">'
        "https://www.acme-batteries.example/newsroom/2024/05/03/acme-opens-plant/</a></p>",
        '<p>Quelle: <a href="https://www.harbor-institute.example/2024/05/budget-study-results/">Pressemitteilung '
        "des Harbor Institute zur Studie</a></p>",
        '<p>Quelle: <a href="https://www.harbor-institute.example/2024/05/budget-study-results/">'
        "Harbor Institute</a></p>",
        '<p>Quelle: <a href="https://forum.example.org/threads/city-council-passes-budget.123/">'
        "City council passes the budget, discussion thread</a></p>",
    ],
)
def test_a_source_line_linking_no_story_is_no_origin(line: str) -> None:
    assert parse(page(article_end=line)).origin is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("<p>Copyright 2024 NPR. To see more, visit https://www.npr.org.</p>", "NPR"),
        ("<p>©2024 The New York Times Company</p>", "The New York Times"),
        ("<p>© 2019 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.</p>", "CNN"),
        (
            "<p>The-CNN-Wire ™ &amp; © 2019 Cable News Network, Inc., a WarnerMedia Company. All rights reserved.</p>",
            "CNN",
        ),
    ],
)
def test_a_copyright_line_naming_a_listed_outlet(line: str, publisher: str) -> None:
    assert publisher_of(article_end=line) == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("<p><i>Copyright 2024 by Scoreline Data LLC and The Associated Press. Commercial use is prohibited.</i></p>",
         "Associated Press"),  # a wire's story shared with its data partner
        ("<p>Copyright 2024 by The Associated Press. All rights reserved.</p>", "Associated Press"),
        ("<p>Copyright 2024 by Scoreline Data LLC. All rights reserved.</p>", None),  # no wire
    ],
)  # fmt: skip
def test_a_copyright_line_held_by_a_wire_with_its_partner(line: str, publisher: str | None) -> None:
    assert publisher_of(article_end=line) == publisher


def test_an_outlets_copyright_line_on_its_own_site_is_no_origin() -> None:
    url = "https://www.npr.org/2024/05/03/city-council-approves-new-budget"
    data = page(article_end="<p>Copyright 2024 NPR. To see more, visit https://www.npr.org.</p>", url=url)
    assert parse(data, url=url).origin is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        # the site and an editor's initials beside one wire
        ("<p>Quelle: example-news.com, ghö/dpa</p>", "dpa"),
        # a desk's code and a wire closing the last paragraph after a line break
        ("<p>Die Notenbank will die Zinsen senken, sagte er am Montag.<br>FMW/Bloomberg</p>", "Bloomberg"),
        ("<p>Der Stadtrat hat abgestimmt. (ddp)</p>", "ddp"),
        ("<p>Quelle: Harbor Times vom 3. Mai 2024</p>", "Harbor Times"),
    ],
)
def test_more_closing_credits(line: str, publisher: str) -> None:
    assert publisher_of(article_end=line) == publisher


def test_a_source_line_naming_several_wires_beside_the_site_is_no_origin() -> None:
    # a newsroom's own story with material from several agencies
    assert parse(page(article_end="<p>Quelle: Example News, dpa, AFP, Reuters</p>")).origin is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("<p>Dieser Artikel erschien zuerst auf Englisch bei Harbor Times.</p>", "Harbor Times"),
        ("<p>Dieser Beitrag erschien zuerst in der Harbor Times vom 3. Mai 2024.</p>", "Harbor Times"),
        (f'<p>Translated from <a href="{ORIGINAL_STORY}">Harbor Times</a> by Jane Doe.</p>', "Harbor Times"),
        (
            "<p>Dieser Text ist eine Übersetzung eines Artikels aus der "
            f'<a href="{ORIGINAL_STORY}">Harbor Times</a>.</p>',
            "Harbor Times",
        ),
        (
            f'<p>Übersetzt von Jane Doe. Original: <a href="{ORIGINAL_STORY}">Harbor Times</a></p>',
            "Harbor Times",
        ),
        (f'<p>Quelle:</p><p><a href="{ORIGINAL_STORY}">{ORIGINAL_STORY}</a></p>', "Harbor Times"),
        ("<p>This story was produced by Harbor Health News, an independent newsroom.</p>", "Harbor Health News"),
    ],
)
def test_translations_and_more_notes(line: str, publisher: str) -> None:
    assert publisher_of(article_end=line) == publisher


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        # the wire as the last field of a date line
        ("first", '<div class="meta">03.05.2024 | 13:10 Uhr | dpa</div>', "dpa"),
        ("first", '<div class="meta">03.05.2024, 13:10 Uhr | Quelle: AFP</div>', "AFP"),
        # a labelled credit in its own text beside a date in a meta row
        (
            "first",
            '<div class="meta"><span>Quelle: dpa</span> <time datetime="2024-05-03">3.5.2024</time></div>',
            "dpa",
        ),
        # a lower-case code of three letters or more closing the last paragraph, as German desks write it
        ("article_end", "<p>Der Verein will nun in die zweite Runde einziehen. (sid)</p>", "SID"),
        ("article_end", "<p>Le Conseil fédéral se prononcera en juin. (ats/nxp)</p>", "Keystone-ATS"),
    ],
)
def test_wire_credits_in_meta_rows_and_lower_case(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


def test_a_two_letter_lower_case_code_closing_a_paragraph_is_no_credit() -> None:
    assert parse(page(article_end="<p>The plan was approved by the council on Friday. (ap)</p>")).origin is None


@pytest.mark.parametrize(
    "first",
    [
        '<div class="lead"><picture><img src="/a.jpg" alt=""></picture><small>© dpa</small></div>',
        '<p><img src="/a.jpg" alt=""><br>AFP</p>',
    ],
)
def test_a_credit_in_an_images_own_box_is_a_photo_credit(first: str) -> None:
    assert parse(page(first=first)).origin is None


def test_the_reblogged_text_after_the_reblog_line_stays_in_the_body() -> None:
    # Given a reblog line that opens the paragraph holding the reblogged text
    text = "Es ist noch nicht allzulange her, dass der Stadtrat über den Haushalt stritt und lange beriet. " * 5
    link = '<a href="https://gnadlib.example.com/2013/12/08/antipoden/">Rebloggt von Gnaddrig: Antipoden:</a>'
    first = f"<p>{link}<br>{text}</p>"
    record = parse(page(first=first))
    # Then the blog is the origin and its text is still the article's
    assert record.origin is not None
    assert record.origin.publisher == "Gnaddrig"
    assert "der Stadtrat über den Haushalt stritt" in record.body


def test_is_based_on_another_sites_story_is_named_as_the_page_spells_it() -> None:
    head = jsonld(isBasedOn="https://www.rivervalleyledger.example/2024/05/03/city-council-passes-budget/")
    assert (
        publisher_of(head=head, article_end="<p><em>Courtesy of the River Valley Ledger.</em></p>")
        == "River Valley Ledger"
    )


def test_a_source_whose_name_only_begins_with_the_sites_letters_is_not_the_site() -> None:
    # a guard on the own-name rule: "Exampleville Gazette" on example.com is another paper
    url = "https://www.example.com/2024/05/city-council-approves-new-budget/"
    origin = parse(page(article_end="<p>Source: Exampleville Gazette</p>", url=url), url=url).origin
    assert origin is not None
    assert origin.publisher == "Exampleville Gazette"


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        # the publisher only as a link's text: the string before it is just "Provided by "
        (
            "article_end",
            '<p>Provided by <a href="https://theconversation.com">The Conversation</a></p>',
            "The Conversation",
        ),
        (
            "article_end",
            "<p>L'opposizione ha detto che il piano aumenterà le tasse per le famiglie. (ANSA).</p>",
            "ANSA",
        ),
        (
            "article_end",
            "<p>This report by The Canadian Press was first published Jan. 5, 2024.</p>",
            "The Canadian Press",
        ),
        ("article_end", '<p>Article courtesy of <a href="https://www.cnbc.com/2024/05/x.html">CNBC</a>.</p>', "CNBC"),
        (
            "article_end",
            '<p>This story appeared in <a href="https://www.latimes.com/x">the Los Angeles Times</a>.</p>',
            "Los Angeles Times",
        ),
        ("first", "<p>Mumbai, May 3 (UNI) The council voted late on Friday.</p>", "United News of India"),
    ],
)
def test_linked_names_closing_lines_and_wire_codes(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


def test_a_photo_courtesy_line_is_no_origin() -> None:
    html = '<figure><img src="/a.jpg"><figcaption>Photo courtesy of <a href="https://www.cnbc.com/">CNBC</a></figcaption></figure>'
    assert parse(page(article_end=html)).origin is None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            'Dieser Beitrag wurde uns freundlicherweise von <a href="https://www.heise.de/x">heise online</a> zur '
            "Verfügung gestellt.",
            "heise online",
        ),
        ('Übernommen von <a href="https://www.telepolis.de/x">Telepolis</a>.', "Telepolis"),
        ('Dieser Artikel ist eine Übernahme von <a href="https://www.br.de/nachrichten/x">BR24</a>.', "BR24"),
        ('Crosspost von <a href="https://www.freitag.de/x">der Freitag</a>', "der Freitag"),
        (
            'Dieser Artikel stammt von unserem Partnerportal <a href="https://www.t-online.de/x">t-online</a>.',
            "t-online",
        ),
        ('Der Originalartikel ist auf <a href="https://www.zeit.de/x.html">ZEIT ONLINE</a> erschienen.', "ZEIT ONLINE"),
        ('Lizenz: CC BY-NC-ND 4.0. Zuerst erschienen auf <a href="https://www.bpb.de/x">bpb.de</a>.', "BPB"),
    ],
)
def test_german_notes_of_taken_over_articles(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") == publisher


@pytest.mark.parametrize(
    "note",
    [
        "<p>Das Zitat stammt von einem Sprecher der Stadt, der nicht genannt werden wollte.</p>",
        "<p>Die Daten wurden uns von der Stadtverwaltung zur Verfügung gestellt.</p>",  # data, not the article
    ],
)
def test_german_sentences_that_only_look_like_notes(note: str) -> None:
    assert parse(page(article_end=note)).origin is None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Der Artikel erschien ursprünglich in der Süddeutschen Zeitung.", "Süddeutsche Zeitung"),
        ("Dieser Beitrag erschien zuerst in der Neuen Zürcher Zeitung.", "Neue Zürcher Zeitung"),
    ],
)
def test_a_listed_outlet_named_in_an_inflected_case_gets_its_own_name(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") == publisher


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Źródło: PAP", "PAP"),
        ("Źródło: ISBnews", "ISBnews"),
        ("Kilde: NTB", "NTB"),
        ('Tekst pierwotnie opublikowany na <a href="https://www.polityka.pl/x">Polityka</a>.', "Polityka"),
        ('Artykuł ukazał się pierwotnie w <a href="https://www.rp.pl/x">Rzeczpospolita</a>.', "Rzeczpospolita"),
    ],
)
def test_source_lines_and_notes_in_more_languages(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") == publisher


def test_a_book_excerpt_reprinted_by_permission_names_its_publisher() -> None:
    note = (
        '<p><i>From the book </i><a href="https://www.example-books.com/the-great-plan">The Great Plan</a><i> by '
        "Jane Doe. Copyright © 2019 by Jane Doe. Reprinted by permission of Basic Books, New York, NY. All rights "
        "reserved.</i></p>"
    )
    assert publisher_of(article_end=note) == "Basic Books"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("This article was originally published in Spanish by El Diario del Valle.", "El Diario del Valle"),
        ("This article was originally published on Harbor Ledger on May 3, 2024.", "Harbor Ledger"),
        ("This post was originally published on May 3, 2024 on Harbor Ledger.", "Harbor Ledger"),
        ("Reprinted from Harbor Ledger with permission.", "Harbor Ledger"),
        ("Originally published at https://www.harborledger.example/2024/05/budget-vote on May 3, 2024.",
         "Harbor Ledger"),
        ("This article was produced by Kaiser Health News and syndicated by the Mayo Clinic News Network.",
         "Kaiser Health News"),
        ("Story via Harbor Ledger", "Harbor Ledger"),
        ("Article via Story Relay, originally published on Harbor Ledger.", "Harbor Ledger"),  # the relay's source
        ("The following article was first published in Harbor Ledger.", "Harbor Ledger"),
        ("Harbor Ledger (harborledger.example) first published this story.", "Harbor Ledger"),  # the publisher first
    ],
)  # fmt: skip
def test_a_notes_publisher_without_its_language_date_or_permission(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") == publisher


@pytest.mark.parametrize(
    "note",
    [
        "First published on May 3, 2024",  # a date, no publisher
        "This article was first published on May 3, 2024.",
        "Image via Harbor Ledger",  # an image credit
    ],
)
def test_a_first_published_date_is_no_origin(note: str) -> None:
    assert parse(page(article_end=f"<p>{note}</p>")).origin is None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Esta nota fue publicada originalmente en El Diario del Valle.", "El Diario del Valle"),
        ("Este artículo fue publicado originalmente en inglés en El Diario del Valle.", "El Diario del Valle"),
        ("Esta reportagem foi publicada originalmente no Jornal do Porto.", "Jornal do Porto"),
        ("Este texto foi publicado originalmente em inglês no Jornal do Porto.", "Jornal do Porto"),
        ("Este artigo foi republicado do The Conversation sob uma licença Creative Commons.", "The Conversation"),
        (
            "Questo articolo è stato pubblicato originariamente in inglese su Il Corriere del Lago.",
            "Il Corriere del Lago",
        ),
        ("L'articolo originale è stato pubblicato su Il Corriere del Lago.", "Il Corriere del Lago"),
        ("Cet article est republié à partir de The Conversation sous licence Creative Commons.", "The Conversation"),
        ("Cet article a d'abord été publié sur Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Cet article a été initialement publié en anglais sur Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Dit artikel verscheen eerder in het Engels op De Dorpskrant.", "De Dorpskrant"),
        ("Dit artikel werd oorspronkelijk gepubliceerd door De Dorpskrant.", "De Dorpskrant"),
        ("Dit artikel is overgenomen van De Dorpskrant.", "De Dorpskrant"),
    ],
)
def test_romance_and_dutch_notes_in_more_phrasings(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") == publisher


@pytest.mark.parametrize(
    "note",
    [
        "Un artículo publicado originalmente en 2019.",  # a year, no publisher
        "Cet article a été publié en 2019 et mis à jour depuis.",
        "Los datos fueron publicados originalmente por el ministerio.",  # data, lower case: no outlet
    ],
)
def test_romance_sentences_that_only_look_like_notes(note: str) -> None:
    assert parse(page(article_end=f"<p>{note}</p>")).origin is None


def test_a_company_taken_over_from_another_is_no_origin() -> None:
    note = "<p>Het bedrijf werd vorig jaar overgenomen van Harbor Holdings.</p>"
    assert parse(page(article_end=note)).origin is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Source : Le Courrier du Lac", "Le Courrier du Lac"),
        ("Fuente: El Diario del Valle", "El Diario del Valle"),
        ("Fonte: Il Corriere del Lago", "Il Corriere del Lago"),
        ("Fonte: Jornal do Porto", "Jornal do Porto"),
        ("Bron: De Dorpskrant", "De Dorpskrant"),
        ("Avec AFP", "AFP"),
        ("Le Courrier du Lac avec AFP", "AFP"),
    ],
)
def test_source_lines_naming_an_outlet_as_romance_and_dutch_papers_are_named(line: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{line}</p>") == publisher


@pytest.mark.parametrize(
    "line",
    [
        "Source: Company filings, Bloomberg",  # a chart's sources: one is a wire, the other no name
        "Fuente: Diario Oficial de la Federación",  # an official gazette
        "Source: Journal of Clinical Investigation",  # a study's journal
        "Source : Insee",
    ],
)
def test_source_lines_naming_data_or_a_gazette_are_no_origin(line: str) -> None:
    assert parse(page(article_end=f"<p>{line}</p>")).origin is None


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [
        ("By Jane Doe | The Washington Post", "The Washington Post"),
        ("By Jane Doe | Chicago Tribune | May 3, 2024", "Chicago Tribune"),
        ("By Jane Doe | Science", None),  # a section, though a listed outlet's name
    ],
)
def test_an_outlet_credited_after_a_bar_in_the_byline(byline: str, publisher: str | None) -> None:
    assert publisher_of(first=f'<p class="byline">{byline}</p>') == publisher


@pytest.mark.parametrize(
    ("blurb", "publisher"),
    [
        ("<p><em>Harbor Ledger is a nonprofit, nonpartisan newsroom covering the coast.</em></p>", "Harbor Ledger"),
        ("<p>KFF Health News is a national newsroom that produces in-depth journalism about health issues.</p>",
         "KFF Health News"),
        ("<p>The Valley Courier is an independent news organization serving the valley since 1921.</p>",
         "The Valley Courier"),
        ("<p>Example News is an independent news organization. Support our work.</p>", None),  # the site's own
        ("<p>The Harbor Fund is a nonprofit organization that supports local charities.</p>", None),  # no newsroom
        ("<p>Harbor Ledger is the leading news site in the region, its owner said.</p>", None),  # said of it
    ],
)  # fmt: skip
def test_a_closing_line_describing_another_newsroom_names_it(blurb: str, publisher: str | None) -> None:
    assert publisher_of(article_end=blurb) == publisher


def test_a_wires_closing_blurb_names_the_wire_elsewhere_and_nothing_on_its_own_site() -> None:
    blurb = "<p>The Associated Press is an independent global news organization dedicated to factual reporting.</p>"
    url = "https://apnews.com/article/city-council-budget-0123456789abcdef"
    assert publisher_of(article_end=blurb) == "Associated Press"
    assert parse(page(article_end=blurb, url=url), url=url).origin is None


ID_URL = "https://www.example-news.com/artikel/1136087.city-council-approves-new-budget.html"


def test_a_list_holding_the_page_under_another_slug_with_its_id_is_a_feed() -> None:
    # Given a "Similar articles" list whose first item is this very story under an older slug (same story id)
    items = (
        '<li><a href="/artikel/1136087.council-budget-vote.html">Council budget vote: what it means</a></li>'
        '<li><a href="/artikel/1137063.mayor-unveils-school-spending-plan.html">Mayor unveils a school plan</a></li>'
    )
    box = f'<div class="box"><h3>Similar articles</h3><ul>{items}</ul></div>'
    # Then the list is a site feed holding the page itself: no see-also
    assert parse(page(after=box, url=ID_URL), url=ID_URL).see_also == []


def test_other_story_ids_and_a_shared_section_number_are_not_the_page() -> None:
    # Given a related list of other stories, whose section path carries a long number like the page's
    url = "https://www.example-news.com/news/55501/city-council-approves-new-budget"
    items = (
        '<li><a href="/news/55501/mayor-unveils-school-spending-plan">Mayor unveils a school spending plan</a></li>'
        '<li><a href="/artikel/1137063.library-expansion-wins-approval.html">Library expansion wins approval</a></li>'
    )
    box = f'<div class="box"><h3>Related</h3><ul>{items}</ul></div>'
    # Then both are further reading: a number outside the last path segment is a section, not a story id
    assert see_also_urls(parse(page(after=box, url=url), url=url)) == [
        "https://www.example-news.com/news/55501/mayor-unveils-school-spending-plan",
        "https://www.example-news.com/artikel/1137063.library-expansion-wins-approval.html",
    ]


def _cards(stories: list[tuple[str, str]], kind: str = "teaser") -> str:
    return "".join(
        f'<div class="{kind}"><a href="{href}"><h3>{title}</h3></a><p>A teaser.</p></div>' for href, title in stories
    )


def test_an_in_body_card_counts_beside_a_long_card_list_in_the_article() -> None:
    # Given a card for another story between the paragraphs, and a playlist of 10 cards the template puts in the
    # article's text element after them
    card = '<div class="newsteaser"><a href="/2024/04/mayor-unveils-school-spending-plan/"><img src="m.jpg"/>'
    card += '<span class="kicker">Politics</span><h2>Mayor unveils a school spending plan</h2></a></div>'
    playlist = f'<div class="playlist">{_cards([(href, title + " on video") for href, title in STORIES])}</div>'
    html = (
        "<html><head><title>City council approves new budget</title></head><body><main>"
        f'<h1>City council approves new budget</h1><div class="text">{PARAGRAPHS}{card}{PARAGRAPHS}{playlist}</div>'
        '<div class="more"><p>Other text in another box.</p></div></main></body></html>'
    )
    # Then the card is further reading, and the playlist (a feed: more than 8 lines in one element) is not
    assert see_also_urls(parse(html.encode())) == RELATED_URLS[:1]


def test_lines_spread_over_the_body_beyond_the_cap_are_still_a_feed() -> None:
    lines = "".join(f'<p>» <a href="{href}">{title} this week</a></p>' for href, title in STORIES)
    assert parse(page(article_end=lines)).see_also == []


def test_cards_like_the_pages_own_card_are_a_site_feed() -> None:
    # Given a slider of post cards inside the article, in slides of three, one card being the page itself
    own = [("/2024/05/city-council-approves-new-budget/", "City council approves new budget")]
    slides = [own + STORIES[:2], STORIES[2:5]]
    slider = "".join(f'<div class="slide">{_cards(slide, "slide-entry")}</div>' for slide in slides)
    # Then none of the slider's cards is further reading
    assert parse(page(article_end=f'<div class="slider">{slider}</div>')).see_also == []
    # while the same cards without the page itself are a row of cards in the article
    row = "".join(f'<div class="slide">{_cards(slide, "slide-entry")}</div>' for slide in [STORIES[:2], STORIES[2:5]])
    assert see_also_urls(parse(page(article_end=f'<div class="slider">{row}</div>'))) == urls(5)


def test_a_card_in_one_link_is_titled_by_its_headline_part() -> None:
    # Given an in-body card whose link holds an eyebrow, the headline and the author, each in a box of its own
    card = '<div class="recirculation-box"><a href="/2024/04/mayor-unveils-school-spending-plan/"><div class="text">'
    card += '<div class="tag">More on this</div><div class="title">Mayor unveils a school spending plan</div>'
    card += '<div class="authors">by Jane Doe</div></div><div class="img-wrapper"><img src="m.jpg"/></div></a></div>'
    # Then its title is the headline alone
    record = parse(page(article_end=card))
    assert [(link.url, link.title) for link in record.see_also] == [
        (RELATED_URLS[0], "Mayor unveils a school spending plan")
    ]


MORE_STORIES = [(f"/2023/0{n}/council-story-number-{n}/", f"Council story number {n} of the year") for n in (1, 2, 3)]


def test_a_labelled_list_written_as_paragraphs_may_be_longer() -> None:
    # Given "Related stories" in the body, then 13 paragraphs that are each one link (the author's own list)
    lines = "".join(f'<p><strong><a href="{href}">{title}</a></strong></p>' for href, title in STORIES + MORE_STORIES)
    record = parse(page(article_end=f"<p><strong>RELATED STORIES</strong></p>{lines}"))
    # Then all 13 are further reading
    assert see_also_urls(record) == urls(10) + [SITE + href for href, _ in MORE_STORIES]


def test_a_labelled_list_of_thirteen_in_a_list_element_is_still_a_feed() -> None:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES + MORE_STORIES)
    assert parse(page(article_end=f"<h3>Related stories</h3><ul>{items}</ul>")).see_also == []


def test_a_line_naming_the_site_itself_is_its_appeal_not_a_story() -> None:
    # Given a donation appeal standing alone on its line, linking the site's campaign page, and a story line
    appeal = '<p><a href="/2021/11/donation-campaign-2021/">Yes, I want to support example-news.com today</a></p>'
    story = '<p>» <a href="/2024/04/why-shopping-site-raised-prices/">Why shopping.example raised its prices</a></p>'
    # Then only the story is further reading: a headline naming another site is still a headline
    assert see_also_urls(parse(page(article_end=appeal + story))) == [
        "https://www.example-news.com/2024/04/why-shopping-site-raised-prices/"
    ]


@pytest.mark.parametrize(
    ("dateline", "publisher"),
    [
        ("MOSCOW, May 3. /TASS/.", "TASS"),  # the wire between slashes
        ("Bucureşti, 3 mai /Agerpres/ -", "Agerpres"),
        ("МОСКВА, 3 мая. /ТАСС/.", "TASS"),
        ("(서울=연합뉴스)", "Yonhap"),  # the city, "=" and the wire
        ("新华社北京5月3日电", "Xinhua"),  # the wire before a Chinese date
        ("STOCKHOLM (TT)", "TT"),
        ("NEW DELHI: (PTI)", "PTI"),  # the wire after the place's colon or dash
        ("WASHINGTON — (AP)", "Associated Press"),
        ("OTTAWA – (The Canadian Press)", "Canadian Press"),
    ],
)
def test_datelines_in_other_forms_and_scripts(dateline: str, publisher: str) -> None:
    first = f"<p>{dateline} The council voted late on Friday to approve the budget after a long debate.</p>"
    assert publisher_of(first=first) == publisher


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Reporting by Jane Doe in Berlin; Additional reporting by John Roe; Editing by Mark Poe", "Reuters"),
        ("--With assistance from Jane Doe and John Roe.", "Bloomberg"),
        ("To contact the reporter on this story: Jane Doe in London at jdoe@bloomberg.net", "Bloomberg"),
        ("© dpa-infocom, dpa:240503-99-123456/2", "dpa"),
        ("dpa:240503-99-123456/3", "dpa"),
        ("Associated Press writer Jane Doe in Chicago contributed to this report.", "Associated Press"),
        ("With inputs from PTI", "PTI"),
        ("— With IANS inputs", "IANS"),
        ("Con información de EFE", "EFE"),
        ("Com informações da Agência Brasil", "Agência Brasil"),
        ("c.2024 The New York Times Company", "The New York Times"),
        ("Source: Xinhua| Editor: huaxia", "Xinhua"),
    ],
)
def test_the_closing_lines_wires_write(line: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{line}</p>") == publisher


@pytest.mark.parametrize(
    "line",
    [
        "(With inputs from Reuters, AFP)",  # several wires: the newsroom's own story
        "With inputs from agencies",
        "The Associated Press contributed to this report.",  # a wire's help, not its story
        "With assistance from the city, the group built a new playground for the school.",
        "To contact our newsroom, write to tips@example-news.com.",
    ],
)
def test_lines_that_only_look_like_a_wires_closing_line(line: str) -> None:
    assert parse(page(article_end=f"<p>{line}</p>")).origin is None


def test_a_wires_staff_as_the_byline_is_the_wire() -> None:
    assert publisher_of(first='<p class="byline">By Reuters Staff</p>') == "Reuters"


def test_a_wires_own_slash_dateline_on_its_own_site_is_no_origin() -> None:
    url = "https://tass.com/politics/1780000"
    first = "<p>MOSCOW, May 3. /TASS/. The council voted late on Friday to approve the budget.</p>"
    assert parse(page(first=first, url=url), url=url).origin is None


def test_a_wires_own_story_on_its_news_portal_is_no_origin() -> None:
    url = "https://www.ceskenoviny.cz/zpravy/rada-schvalila-rozpocet/2400001"
    first = "<p>Praha 14. října (ČTK) - Rada města v pátek schválila nový rozpočet.</p>"
    assert parse(page(first=first, url=url), url=url).origin is None


def test_a_wire_copyright_line_closing_the_story_is_a_wire_credit() -> None:
    # Given "© 2021 AWP" in a paragraph of its own after the story, its class naming a copyright
    assert publisher_of(article_end='<p class="kuerzel">ra/kw</p><p class="copyright">&copy; 2021 AWP</p>') == "AWP"
    # but the same line as a photo's credit is no origin
    photo = '<figure><img src="/a.jpg"><figcaption><p class="copyright">&copy; 2021 AWP</p></figcaption></figure>'
    assert publisher_of(article_end=photo) is None


def test_a_books_excerpt_credit_naming_where_it_is_available() -> None:
    note = (
        '<p class="excerpt-credit"><em>Excerpted from "The Box That Moved the World: Steel, Ships and Trade" by '
        "Rebecca Halloran. Copyright &copy; 2019. Available from Valley Press, an imprint of Hill Group.</em></p>"
    )
    assert publisher_of(article_end=note) == "Valley Press"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("This segment originally aired on Harbor Public Radio.", "Harbor Public Radio"),
        ("This article appears courtesy of Harbor Ledger.", "Harbor Ledger"),
        ("This story was originally reported by Jane Doe for Harbor Ledger.", "Harbor Ledger"),
        ("Translated by Jane Doe from the original in Le Courrier du Lac.", "Le Courrier du Lac"),
        ("This article was translated from the Spanish original published in El Diario del Valle.",
         "El Diario del Valle"),
        ("Traducción de un artículo de Harbor Ledger.", "Harbor Ledger"),
        ("Article paru dans Le Courrier du Lac.", "Le Courrier du Lac"),
        ("Questo articolo è apparso originariamente su Il Corriere del Lago.", "Il Corriere del Lago"),
        ("Texto originalmente publicado no Jornal do Porto.", "Jornal do Porto"),
        ("Artikeln publicerades ursprungligen i Dorpbladet.", "Dorpbladet"),
        ("Artiklen blev først bragt i Dorpbladet.", "Dorpbladet"),
        ("Artikel ini telah tayang di Tribunnews.com dengan judul Dewan Kota Setujui Anggaran Baru",
         "Tribunnews"),  # a domain written in mixed case: the outlet's spelling, without ".com"
        ("Artikel ini pertama kali terbit di Harian Lembah dengan judul Dewan Kota Setujui Anggaran", "Harian Lembah"),
        ("Tulisan ini pertama kali dimuat di Harian Lembah.", "Harian Lembah"),  # no title: "first" says it
        ("Adapted from The Long Road by Jane Smith, published by Valley Press.", "Valley Press"),  # a book's excerpt
        ("This is an excerpt from The Long Road by Jane Smith, out now from Hill Books.", None),  # "from": no "by"
        ("Denna artikel publicerades först i Dalby Kuriren.", "Dalby Kuriren"),
        ("Dieser Text erschien zuerst in der taz.", "taz"),  # a listed outlet that writes its name in lower case
        ("Tento článek původně vyšel na serveru Hlídač Údolí.", "Hlídač Údolí"),
        ("Článok pôvodne vyšiel v denníku Dolina Dnes.", "Dolina Dnes"),
        ("Georgia Recorder is part of States Newsroom, a nonprofit news network supported by grants and a coalition "
         "of donors as a 501c(3) public charity. Georgia Recorder maintains editorial independence.",
         "Georgia Recorder"),
    ],
)  # fmt: skip
def test_notes_in_more_phrasings_and_languages(note: str, publisher: str | None) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") == publisher


@pytest.mark.parametrize(
    "note",
    [
        "Un article paru dans Le Courrier du Lac affirmait le contraire.",  # a citation, not this article
        "The show first aired in 1998 and ran for ten seasons.",
        "Example News is part of Harbor Media, a family-owned company.",  # no news network
        "Traduit de l’anglais par Jane Doe.",
    ],
)
def test_sentences_that_only_look_like_these_notes(note: str) -> None:
    assert parse(page(article_end=f"<p>{note}</p>")).origin is None


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        (jsonld(copyrightHolder={"@type": "Organization", "name": "Associated Press"}), "Associated Press"),
        (jsonld(isBasedOnUrl="https://www.reuters.com/world/us/city-council-approves-budget-2024-05-03/"), "Reuters"),
        ('<meta name="dc.source" content="https://www.latimes.com/california/story/2024-05-03/city-council-budget">',
         "Los Angeles Times"),
    ],
)  # fmt: skip
def test_more_markup_naming_the_original(head: str, publisher: str) -> None:
    assert publisher_of(head=head) == publisher


@pytest.mark.parametrize(
    ("source", "publisher"),
    [
        ("Space.com", "Space.com"),  # a bare domain, as the outlet writes its name
        ("Harbor Times", "Harbor Times"),  # an outlet's name
        ("Example News", None),  # the site's own name
        ("ExampleNews.com", None),  # the site's own domain
        ("Nature 2019 574:7776", None),  # a reference, not an outlet
        ("Staff", None),  # no news outlet's name
    ],
)
def test_a_source_tag_naming_an_outlet_by_name_is_the_origin(source: str, publisher: str | None) -> None:
    # Given a page whose Dublin Core source tag names where the story comes from by a name, not an address
    # Then the outlet it names is the origin, unless the name is the site's own or no outlet's
    assert publisher_of(head=f'<meta name="dc.source" content="{source}">') == publisher


def test_the_sites_own_copyright_holder_is_no_origin() -> None:
    assert parse(page(head=jsonld(copyrightHolder={"@type": "Organization", "name": "Example News"}))).origin is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("<p>Источник: ТАСС</p>", "TASS"),  # source labels in other scripts
        ("<p>来源：新华社</p>", "Xinhua"),
        ("<p>(끝)</p><p>출처: 연합뉴스</p>", "Yonhap"),
        ("<p>市議会は3日、新しい予算案を可決した。（共同）</p>", "Kyodo News"),  # a Japanese closing credit
        ("<p>Com Reuters</p>", "Reuters"),
    ],
)
def test_credits_in_other_scripts_and_languages(line: str, publisher: str) -> None:
    assert publisher_of(article_end=line) == publisher


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [
        ("Le Figaro avec AFP", "AFP"),  # the outlet runs the wire's copy
        ("Agência Lusa", "Lusa"),
        ("Indo-Asian News Service", "IANS"),
    ],
)
def test_more_wire_bylines(byline: str, publisher: str) -> None:
    assert publisher_of(first=f'<p class="byline">{byline}</p>') == publisher


@pytest.mark.parametrize(
    "line",
    [
        "<p>双方将共同推动合作。</p>",  # "共同" (joint) as a word
        "<p>Com agências</p>",
        "<p>Источник: правительство города</p>",
    ],
)
def test_words_of_other_scripts_that_are_no_credit(line: str) -> None:
    assert parse(page(article_end=line)).origin is None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("This article was written by Jane Doe from Harbor Ledger and was legally licensed via the Tribune Content "
         "Agency through the Industry Dive publisher network.", "Harbor Ledger"),
        ("Copyright © 2024 Harbor Ledger. All rights reserved. Used with permission.", "Harbor Ledger"),
        ("This article originally appeared on Harbor Ledger’s website.", "Harbor Ledger"),
        (f'Read the original story <a href="{ORIGINAL_STORY}">here</a>.', "Harbor Times"),
    ],
)  # fmt: skip
def test_licensed_copies_and_notes_naming_a_website(note: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{note}</p>") == publisher


def test_copyright_lines_used_by_permission_of_the_site_itself_are_no_origin() -> None:
    note = "<p>Copyright © 2024 Example News. All rights reserved. Used with permission.</p>"
    assert parse(page(article_end=note)).origin is None


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        ("article_end", "<p>Com Estadão Conteúdo</p>", "Estadão Conteúdo"),  # wires of more countries
        ("article_end", "<p>Fuente: Noticias Argentinas</p>", "Noticias Argentinas"),
        ("article_end", "<p>Zdroj: TASR</p>", "TASR"),
        ("article_end", "<p>Avots: LETA</p>", "LETA"),
        ("article_end", "<p>Источник: РИА Новости</p>", "RIA Novosti"),
        ("first", "<p>ROMA (ITALPRESS) - The council voted late on Friday.</p>", "Italpress"),
        ("first", "<p>Pyongyang, May 3 (KCNA) -- The council voted late on Friday.</p>", "KCNA"),
        ("first", '<p class="byline">Von dpa-tmn</p>', "dpa"),
        ("first", '<p class="byline">La Presse Canadienne</p>', "Canadian Press"),
    ],
)
def test_wires_of_more_countries(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


def test_a_reblogs_view_original_post_link_names_the_reblogged_site() -> None:
    snapshot = (
        '<div class="reblog-post"><p class="reblog-from"><a href="https://harborledger.wordpress.com/">Harbor Ledger'
        '</a></p><p class="reblog-source"><a href="https://harborledger.wordpress.com/2024/05/03/council-budget/">'
        "View original post</a> 213 more words</p></div>"
    )
    assert publisher_of(article_end=snapshot) == "Harbor Ledger"


@pytest.mark.parametrize(
    "line",
    [
        "<p>The company is moving toward artificial general intelligence (AGI).</p>",
        "<p>Die Sitzung leitete Stadträtin Anna Muster. (sta)</p>",  # an editor's initials
        "<p>NEW YORK, May 3, 2024 /PRNewswire/ -- Harbor Corp announced a new product.</p>",  # a press release
    ],
)
def test_codes_and_press_release_datelines_that_are_no_wire(line: str) -> None:
    assert parse(page(article_end=line)).origin is None


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        # a labelled credit in a meta row written as a list
        ("first", '<ul class="article-meta"><li>03.05.2024</li><li>Quelle: dpa</li></ul>', "dpa"),
        # the label and the wire in elements of their own
        ("article_end", '<p class="source"><span>Quelle:</span> <span>dpa</span></p>', "dpa"),
        # a dateline after a summary's points, a date line and more
        (
            "first",
            '<p class="lead">Kurz: Der Rat stimmt zu.</p><ul><li>Punkt eins der Zusammenfassung</li><li>Punkt zwei</li>'
            "<li>Punkt drei</li></ul><p>03.05.2024</p><p>Berlin (dpa) - Der Rat hat am Freitag abgestimmt.</p>",
            "dpa",
        ),
    ],
)
def test_wire_credits_where_templates_put_them(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


@pytest.mark.parametrize(
    "html",
    [
        '<ul class="tags"><li>dpa</li><li>Berlin</li></ul>',  # an unlabelled name in a list: a tag
        "<nav><ul><li>Quelle: dpa</li></ul></nav>",
        '<p class="source"><span>Quelle:</span> <span>Stadtverwaltung</span></p>',
    ],
)
def test_list_items_and_labels_that_credit_no_wire(html: str) -> None:
    assert parse(page(article_end=html)).origin is None


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        ("article_end", "<p>Erschienen in: Harbor Ledger</p>", "Harbor Ledger"),
        ("article_end", "<p>Zuerst veröffentlicht: Harbor Ledger</p>", "Harbor Ledger"),
        ("article_end", "<p>Dieser Gastbeitrag erschien zuerst im Blog von Harbor Ledger.</p>", "Harbor Ledger"),
        (
            "article_end",
            "<p>Wir danken Harbor Ledger für die freundliche Genehmigung zur Übernahme.</p>",
            "Harbor Ledger",
        ),
        ("article_end", "<p>Der Artikel wurde von Harbor Ledger übernommen.</p>", "Harbor Ledger"),
        (
            "article_end",
            f'<p><a href="{ORIGINAL_STORY}">Hier geht’s zum Originalartikel</a></p>',
            "Harbor Times",
        ),
        ("article_end", f'<p>Hier geht es zum <a href="{ORIGINAL_STORY}">Original</a>.</p>', "Harbor Times"),
        ("article_end", "<p>Quelle: dpa / Foto: picture alliance</p>", "dpa"),
        ("first", '<div class="meta">Aktualisiert am 03.05.2024, Quelle: dpa</div>', "dpa"),
        ("article_end", "<p>From The Associated Press</p>", "Associated Press"),
    ],
)
def test_german_notes_and_credits_of_everyday_templates(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


@pytest.mark.parametrize(
    "html",
    [
        "<p>Erschienen in: Ausgabe 3/2024</p>",  # the site's own print edition
        "<p>Der Spieler wurde von Harbor United übernommen.</p>",  # a player, not an article
        "<p>Aktualisiert am 03.05.2024, Quelle: Stadtverwaltung</p>",
        "<p>From the mayor’s office</p>",
    ],
)
def test_german_lines_that_only_look_like_notes_or_credits(html: str) -> None:
    assert parse(page(article_end=html)).origin is None


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ('<meta name="source" content="dpa">', "dpa"),
        ('<meta property="article:source" content="Reuters">', "Reuters"),
        ('<meta name="cXenseParse:author" content="dpa">', "dpa"),
        ('<meta property="og:article:author" content="AFP">', "AFP"),
    ],
)
def test_meta_tags_naming_the_wire(head: str, publisher: str) -> None:
    assert publisher_of(head=head) == publisher


@pytest.mark.parametrize(
    ("head", "url"),
    [
        ('<meta name="source" content="web">', URL),  # no wire
        ('<meta name="source" content="Example News">', URL),  # the site itself
        (
            '<meta name="source" content="Reuters">',
            "https://www.reuters.com/world/city-council-approves-budget-2024-05-03/",
        ),
    ],
)
def test_source_meta_tags_that_name_no_other_wire(head: str, url: str) -> None:
    assert parse(page(head=head, url=url), url=url).origin is None


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        (
            "first",
            '<div class="meta"><span class="provider-name">Reuters</span> <time>May 3, 2024</time></div>',
            "Reuters",
        ),
        ("first", '<p class="teaser">Berlin. Der Rat stimmt zu. <span class="agency">dpa</span></p>', "dpa"),
        ("article_end", '<p>Der Rat hat am Freitag abgestimmt. <span class="quelle">dpa</span></p>', "dpa"),
    ],
)
def test_a_wire_in_an_inline_element_named_as_the_source(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


@pytest.mark.parametrize(
    "html",
    [
        '<div class="lead"><img src="/a.jpg" alt=""><span class="source">dpa</span></div>',  # a photo's source
        '<p>Die Aktie fiel. <span class="category">Reuters</span></p>',  # no source element
        '<p><span class="image-source">AFP</span></p>',
    ],
)
def test_inline_wire_names_that_are_no_source_credit(html: str) -> None:
    assert parse(page(first=html)).origin is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("Quelle: SPIEGEL ONLINE", "Der Spiegel"),  # an outlet's other name
        ("Quelle: ZEIT ONLINE", "Die Zeit"),
        ("Quelle: NZZ", "Neue Zürcher Zeitung"),
        ("Quelle: tagesschau.de", "tagesschau"),  # a listed outlet's domain
        ("Quelle: derStandard.at", "Der Standard"),
    ],
)
def test_source_lines_naming_an_outlet_by_another_name_or_its_domain(line: str, publisher: str) -> None:
    assert publisher_of(article_end=f"<p>{line}</p>") == publisher


@pytest.mark.parametrize("line", ["Quelle: statistik-musterstadt.de", "Quelle: Wikipedia", "Quelle: Polizei Berlin"])
def test_source_lines_naming_other_domains_or_no_outlet(line: str) -> None:
    assert parse(page(article_end=f"<p>{line}</p>")).origin is None


def test_an_outlets_other_name_on_its_own_site_is_no_origin() -> None:
    url = "https://www.spiegel.de/politik/city-council-approves-new-budget-a-0123.html"
    assert parse(page(article_end="<p>Quelle: SPIEGEL ONLINE</p>", url=url), url=url).origin is None


# --- see-also: related boxes in the shapes themes and CMSs give them ---


def test_a_label_beside_a_see_all_link_takes_the_list_below_its_header() -> None:
    # Given a box after the article whose header holds the label, a tab switch ("#") and a "See all" link, and the
    # list in the box's body below
    box = (
        '<div class="box"><div class="box-head"><h3><a href="#">Related</a></h3><a href="#">More from the author</a>'
        f'<a href="/news/">See all</a></div><div class="box-body"><ul>{RELATED}</ul></div></div>'
    )
    # Then the list is the label's
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


def test_an_ad_slot_between_a_label_and_its_list_does_not_end_the_box() -> None:
    box = f'<div class="box"><h3>More on this story</h3><div class="slot">Advertisement</div><ul>{RELATED}</ul></div>'
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


def test_a_label_over_an_empty_box_does_not_take_the_next_boxs_feed() -> None:
    # Given, after the article and beside it under <body>, a "Related Stories" box that scripts fill (empty in the
    # HTML), then a section headed "Most Popular"
    html = (
        "<html><head><title>Council approves budget</title></head><body>"
        '<header class="site-header"><a href="/">Example News</a></header>'
        f'<article class="story"><h1>City council approves new budget</h1>{PARAGRAPHS}</article>'
        '<section class="related"><h2>Related Stories</h2><div class="related-list">'
        '<div class="placeholder">Loading…</div></div></section>'
        f'<section class="popular"><h2>Most Popular</h2><ol>{RELATED}</ol></section>'
        '<footer class="site-footer"><a href="/about">About</a></footer></body></html>'
    )
    # Then the popular list is no further reading of the label's
    assert parse(html.encode()).see_also == []


def test_prose_between_a_label_and_a_list_still_ends_the_box() -> None:
    # a guard: a sentence after the label is the box's end (the list below it is someone else's)
    prose = "<p>Our newsroom picks these stories every morning for readers who follow city hall closely.</p>"
    box = f'<div class="box"><h3>Related</h3>{prose}<ul>{RELATED}</ul></div>'
    assert parse(page(after=box)).see_also == []


@pytest.mark.parametrize(
    "names",
    ["td_block_wrap td_block_related_posts td_with_ajax_pagination", "jeg_related_posts jeg_pagination_disable"],
)
def test_a_related_box_with_paging_classes_is_not_a_feed(names: str) -> None:
    # Given a related box (Newspaper's and JNews' themes) whose classes also name its AJAX paging, in the article
    box = f'<div class="{names}"><h4>Related articles</h4><div class="inner"><ul>{RELATED}</ul></div></div>'
    # Then it is still the article's related box
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


@pytest.mark.parametrize("names", ["most-read pagination", "related-sponsored"])
def test_a_feed_or_an_ad_box_stays_out_whatever_its_label(names: str) -> None:
    # a guard: paging words spare only a box named as related, and a related name spares no ad widget
    box = f'<div class="{names}"><h4>Related articles</h4><div class="inner"><ul>{RELATED}</ul></div></div>'
    assert parse(page(after=box)).see_also == []


def test_a_box_labelled_only_by_its_aria_label_is_a_related_box() -> None:
    # Given a section after the article with no heading, named "Related stories" for screen readers only
    box = f'<section aria-label="Related stories"><ul>{RELATED}</ul></section>'
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


@pytest.mark.parametrize(
    "after",
    [
        f'<section aria-label="Most read"><ul>{RELATED}</ul></section>',  # a feed's name
        f'<section aria-label="Related stories" aria-hidden="true"><ul>{RELATED}</ul></section>',  # hidden
        # a "Read more" button's accessible name: no box
        '<div><a aria-label="Read more" href="/2024/04/mayor-unveils-school-spending-plan/">Mayor unveils a plan</a>'
        "</div>",
    ],
)
def test_aria_labels_that_name_no_related_box(after: str) -> None:
    assert parse(page(after=after)).see_also == []


@pytest.mark.parametrize("classes", ["related hidden", "related is-hidden"])
def test_a_related_box_hidden_by_its_class_is_not_see_also(classes: str) -> None:
    assert parse(page(after=f'<div class="{classes}"><h3>Related</h3><ul>{RELATED}</ul></div>')).see_also == []


def test_a_related_box_hidden_on_one_screen_size_only_still_counts() -> None:
    # a guard: "hidden-xs" hides it on phones only, "overflow-hidden" is a utility
    box = f'<div class="related hidden-xs overflow-hidden"><h3>Related</h3><ul>{RELATED}</ul></div>'
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


def test_a_newsletter_sign_up_page_is_no_further_reading() -> None:
    line = '<p>Read more: <a href="/newsletters/">Sign up for our newsletters</a></p>'
    box = '<div class="promo"><h3>Recommended</h3><ul><li><a href="/newsletters/sign-up-for-the-daily-briefing">'
    box += "Sign up for the daily briefing now</a></li></ul></div>"
    assert parse(page(article_end=line, after=box)).see_also == []
    # while a story about newsletters is one
    story = '<p>Read more: <a href="/2024/04/why-newsletters-boomed-this-year/">Why local papers bet on email</a></p>'
    assert see_also_urls(parse(page(first=story))) == [SITE + "/2024/04/why-newsletters-boomed-this-year/"]


def test_polish_polecamy_is_no_label() -> None:
    # a guard: "Polecamy" ("we recommend") heads the site's promotions as often as its further reading
    assert parse(page(after=f'<div class="mehr"><h3>Polecamy</h3><ul>{RELATED}</ul></div>')).see_also == []


# --- see-also: an unlabelled short list of the site's stories right after the article ---


def _story_items(stories: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in stories)


def _story_cards(stories: list[tuple[str, str]]) -> str:
    return "".join(
        f'<article class="card"><a href="{href}"><img src="/img/{n}.jpg" alt=""></a><h3 class="card__title">'
        f'<a href="{href}">{title}</a></h3><p>A short teaser for the story.</p><time>May {n + 1}, 2024</time></article>'
        for n, (href, title) in enumerate(stories)
    )


_TAGS = '<div class="tags"><a href="/tag/city-council/">City council</a> <a href="/tag/budget/">Budget</a></div>'
_SHARE = (
    '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a>'
    '<a href="https://twitter.com/intent/tweet?url=x">Post</a></div>'
)
_AUTHOR = '<div class="author-box"><p>Jane Doe covers city hall.</p><a href="/author/jane-doe/">More by Jane</a></div>'
_SOURCES = (
    '<ul class="x"><li><a href="https://other-paper.example/2024/05/council-budget-vote-report/">The council vote, '
    "as another paper reported it</a></li></ul>"
)


@pytest.mark.parametrize(
    "after",
    [
        f'<ul class="list">{_story_items(STORIES[2:5])}</ul>',  # a bare list
        f'<div class="box"><div class="inner"><ol>{_story_items(STORIES[2:5])}</ol></div></div>',  # wrapped
        f'<div class="row">{_story_cards(STORIES[2:5])}</div>',  # a row of cards with headline elements
        "".join(f'<div class="teaser"><a href="{h}"><h4>{t}</h4></a></div>' for h, t in STORIES[2:5]),  # cards alone
        "".join(f'<p><a href="{h}">{t}</a></p>' for h, t in STORIES[2:5]),  # paragraphs, one link each
        _TAGS + _SHARE + _AUTHOR + f"<ul>{_story_items(STORIES[2:5])}</ul>",  # after the article's end furniture
        _SOURCES + f"<ul>{_story_items(STORIES[2:5])}</ul>",  # after its sources on other sites
        '<div class="slot"><p>Advertisement</p></div>' + f"<ul>{_story_items(STORIES[2:5])}</ul>",  # after an ad slot
    ],
)
def test_unlabelled_short_list_right_after_the_article(after: str) -> None:
    # Given an unlabelled list of three other stories of the site right after the article body
    record = parse(page(after=after))
    # Then they are its further reading, titled by their headlines
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + h, t) for h, t in STORIES[2:5]]


def _after_prev_next(words: tuple[str, str]) -> str:
    first, second = STORIES[2], STORIES[3]
    return (
        f'<div class="pn"><span>{words[0]}</span><a href="{first[0]}">{first[1]}</a><span>{words[1]}</span>'
        f'<a href="{second[0]}">{second[1]}</a></div>'
    )


_STORY_LIST = f"<ul>{_story_items(STORIES[2:5])}</ul>"


@pytest.mark.parametrize(
    "after",
    [
        f'<div class="box"><h3>Most read</h3>{_STORY_LIST}</div>',  # a feed with a heading
        f"<h3>Latest news</h3>{_STORY_LIST}",  # its heading before it
        f'<p class="x">Mehr aus der Stadt</p>{_STORY_LIST}',  # a heading written as a line of text
        f'<div class="most-read">{_STORY_LIST}</div>',  # a feed named by its class
        f'<div class="x"><div class="latest-news">{_STORY_LIST}</div></div>',  # ... inside a plain box
        f'<section aria-label="Top stories">{_STORY_LIST}</section>',  # named for screen readers
        f"<ul>{_story_items(STORIES[:9])}</ul>",  # too long a list
        # a list holding the page itself
        f'<ul>{_story_items(STORIES[2:5])}<li><a href="{URL}">City council approves new budget</a></li></ul>',
        f"<ul>{_story_items(STORIES[2:3])}</ul>",  # one story
        _after_prev_next(("Previous article", "Next article")),
        _after_prev_next(("Vorheriger Artikel", "Nächster Artikel")),
        f'<div class="n"><a rel="prev" href="{STORIES[2][0]}">{STORIES[2][1]}</a>'
        f'<a rel="next" href="{STORIES[3][0]}">{STORIES[3][1]}</a></div>',
        f"<nav><ul>{_story_items(STORIES[2:5])}</ul></nav>",  # a menu
        f'<div class="x"><nav>{_STORY_LIST}</nav></div>',  # ... in a plain box
        f'<div class="right-rail">{_STORY_LIST}</div>',
        '<section class="comments"><h3>2 comments</h3><p>Great article.</p></section>' + _STORY_LIST,  # after comments
        '<div class="promo"><form><input name="email"></form></div>' + _STORY_LIST,  # after a sign-up form
        '<div class="mini-footer"><p>© Example News</p></div>' + _STORY_LIST,  # after a footer
        # titles too short for headlines
        f"<ul>{_story_items([('/2024/04/budget-vote-passes/', 'Vote'), ('/2024/03/library-award/', 'Award')])}</ul>",
        f'<p>We also wrote about <a href="{STORIES[2][0]}">{STORIES[2][1]}</a> and about <a href="{STORIES[3][0]}">'
        f"{STORIES[3][1]}</a> last month.</p>",  # links in running text
        '<ul><li><a href="https://other.example/2024/05/a-story-about-the-vote/">A story about the vote '
        'elsewhere</a></li><li><a href="https://more.example/2024/05/another-view-on-the-vote/">Another view on the '
        "vote</a></li></ul>",  # other sites' stories: sources
        '<ul><li><a href="/politics/">Politics and the city council</a></li><li><a href="/business/">Business news '
        "from the region</a></li></ul>",  # section pages
    ],
)
def test_no_unlabelled_list_where_the_article_has_none(after: str) -> None:
    assert parse(page(after=after)).see_also == []


def test_unlabelled_list_in_a_side_column_after_the_main_part() -> None:
    # a guard: the article ends its <main>; a list in the column after it is no longer in the article's place
    html = (
        "<html><head><title>City council approves new budget</title></head><body><div class='wrap'><main>"
        f"<article class='story'><h1>City council approves new budget</h1>{PARAGRAPHS}</article></main>"
        f"<div class='col'><div class='box'>{_STORY_LIST}</div></div></div></body></html>"
    )
    assert parse(html.encode()).see_also == []


# --- origin: wire credits where templates put them (closing copyright, article footer, meta line, byline) ---

LAST_PARAGRAPH = "<p>The minister said the talks would continue next week in Brussels and Berlin.{}</p>"


@pytest.mark.parametrize(
    ("credit", "publisher"), [(" (©NTB)", "NTB"), (" (© dpa)", "dpa"), ("&nbsp;(© dpa)", "dpa"), (" (ANP)", "ANP")]
)
def test_a_bracketed_wire_copyright_closing_the_last_paragraph(credit: str, publisher: str) -> None:
    # Given a last paragraph closing with its wire's copyright, which reads like an image caption's credit
    record = parse(page(article_end=LAST_PARAGRAPH.format(credit)))
    # Then the wire is the origin, and the paragraph stays in the body
    assert record.origin is not None
    assert record.origin.publisher == publisher
    assert "talks would continue" in record.body


@pytest.mark.parametrize(
    "first",
    [
        '<p><img src="a.jpg"></p><p>Der Minister am Freitag in Berlin. (© dpa)</p>',  # a caption after its image
        '<figure><img src="a.jpg"><figcaption>The minister in Berlin. (© dpa)</figcaption></figure>',
    ],
)
def test_a_captions_bracketed_copyright_is_no_origin(first: str) -> None:
    record = parse(page(first=first))
    assert record.origin is None
    assert "Minister am Freitag" not in record.body


@pytest.mark.parametrize(
    ("footer", "publisher"),
    [
        ("<footer><p>Quelle: dpa</p></footer>", "dpa"),
        ('<footer class="article-footer"><span>Source: AP</span></footer>', "Associated Press"),
        (
            '<footer class="entry-footer"><div class="source">Quelle: dpa</div>'
            '<div class="tags"><a href="/tag/politik">Politik</a></div></footer>',
            "dpa",
        ),
    ],
)
def test_a_labelled_wire_credit_in_the_articles_own_footer(footer: str, publisher: str) -> None:
    # Given a "Quelle: dpa" line in a <footer> inside the <article> (the body extractor drops footers)
    # Then it is the story's credit
    assert publisher_of(article_end=footer) == publisher


@pytest.mark.parametrize(
    ("where", "html"),
    [
        ("after", '<footer class="page-footer"><p>Source: AP</p></footer>'),  # the site's footer, not the article's
        ("article_end", "<footer><p>© 2024 Example Media</p></footer>"),  # the site's own copyright
        ("article_end", "<footer><p>© dpa</p></footer>"),  # unlabelled: a photo's credit, as like as not
        ("article_end", "<footer><p>Quelle: Stadtverwaltung</p></footer>"),  # a source, no wire
    ],
)
def test_footer_lines_that_credit_no_wire(where: str, html: str) -> None:
    assert parse(page(**{where: html})).origin is None


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ('<div class="meta">dpa | 03.05.2024</div>', "dpa"),
        ('<p class="date">AFP | 03.05.2024 | 13:10 Uhr</p>', "AFP"),
        ('<div class="info">Reuters · May 3, 2024</div>', "Reuters"),
        ('<div class="meta">Quelle: dpa | 03.05.2024</div>', "dpa"),
        ('<div class="meta">AFP | Friday, 3 May 2024</div>', "AFP"),
        ('<p class="meta"><span class="src">dpa</span> | <time>03.05.2024</time></p>', "dpa"),  # fields apart
    ],
)
def test_a_wire_heading_a_date_line(line: str, publisher: str) -> None:
    # Given a meta line naming the wire before the date (the reverse of "03.05.2024 | dpa")
    # Then the wire is the origin
    assert publisher_of(first=line) == publisher


@pytest.mark.parametrize(
    ("where", "line"),
    [
        ("first", '<div class="meta">Jane Doe | 03.05.2024</div>'),  # a person heading the date line
        ("first", '<div class="meta">Jane Doe · May 3, 2024</div>'),
        ("first", '<div class="meta">Berlin | 03.05.2024</div>'),
        ("after", "<ul><li>dpa | 03.05.2024</li></ul>"),  # a teaser's line in a list
    ],
)
def test_date_lines_headed_by_no_wire(where: str, line: str) -> None:
    assert parse(page(**{where: line})).origin is None


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [
        ('<div class="byline">Reuters<br>May 3, 2024</div>', "Reuters"),
        ('<div class="byline"><span>Associated Press</span><br>May 3, 2024 10:15 AM</div>', "Associated Press"),
        ('<div class="article-meta">dpa<br>Friday, 3 May 2024</div>', "dpa"),
    ],
)
def test_a_wire_alone_on_a_bylines_first_line(byline: str, publisher: str) -> None:
    # Given a byline box whose first line, broken off by <br>, is only the wire's name
    # Then the wire is the origin
    assert publisher_of(first=byline) == publisher


@pytest.mark.parametrize(
    "first",
    [
        '<div class="byline">Jane Doe<br>May 3, 2024</div>',  # a person's byline
        "<p>Reuters<br>The ministry said on Friday that the talks had failed and that a new round of them would"
        " start in June, after the summer break.</p>",  # a paragraph, not a byline box
        '<div class="photo"><img src="a.jpg"><p>dpa<br>May 3</p></div>',  # a photo's credit
    ],
)
def test_lines_broken_by_br_that_credit_no_wire(first: str) -> None:
    assert parse(page(first=first)).origin is None


def test_a_drupal_node_promoted_to_the_front_page_is_no_ad() -> None:
    # Given a Drupal node in the article, whose "node-promoted" class marks a story promoted to the front page,
    # holding the article's "Related" list
    box = f'<div class="node node-teaser node-promoted"><h3>Related</h3><ul>{RELATED}</ul></div>'
    # Then the list is still the article's further reading
    assert see_also_urls(parse(page(article_end=box))) == RELATED_URLS


def test_a_promoted_box_is_still_an_ad() -> None:
    # a guard: only Drupal's "node-promoted" is spared; a "promoted" box is sponsored content
    box = f'<div class="teaser promoted"><h3>Related</h3><ul>{RELATED}</ul></div>'
    assert parse(page(article_end=box)).see_also == []


def _entry_page(in_article_after_body: str, after_article: str = "") -> bytes:
    """A blog-theme page: the text in ``div.entry-content``, then ``in_article_after_body`` still inside the
    ``<article>``, then ``after_article``."""
    return (
        "<html><head><title>City council approves new budget</title></head><body><main><article class='post'>"
        f"<header><h1>City council approves new budget</h1></header><div class='entry-content'>{PARAGRAPHS}</div>"
        f"{in_article_after_body}</article>{after_article}</main><footer class='site-footer'><p>© Example News</p>"
        "</footer></body></html>"
    ).encode()


_ENTRY_FOOTER = "<footer class='entry-footer'><span>Posted in <a href='/category/city/'>City</a></span></footer>"


@pytest.mark.parametrize(
    "box",
    [
        f'<div class="related"><h3>Related</h3><ul>{RELATED}</ul></div>',  # a labelled box
        f'<ul class="list">{_story_items(STORIES[:2])}</ul>',  # an unlabelled short list
    ],
)
def test_a_box_after_the_articles_own_footer_is_still_the_articles(box: str) -> None:
    # Given a box after the <footer> inside the <article> (the post's categories), the text in div.entry-content
    record = parse(_entry_page(_ENTRY_FOOTER + box))
    # Then the article's footer is its end furniture, and the box its further reading
    assert see_also_urls(record) == RELATED_URLS


def test_a_box_after_the_pages_footer_is_not_the_articles() -> None:
    # a guard: a footer outside the article is the page's; what follows it is not the article's
    box = f'<div class="related"><h3>Related</h3><ul>{RELATED}</ul></div>'
    assert (
        parse(_entry_page("", f"<footer class='page-footer'><p>Example News, 1 Main St</p></footer>{box}")).see_also
        == []
    )


@pytest.mark.parametrize(
    "heading",
    [
        "Latest Stories",
        "Most read",
        "Neueste Artikel",
        "Today's Top Stories",
        "Dans la même rubrique",  # the same section's feed
        'More from <a href="/section/city/">City</a>',  # a section's feed, its name a link
        'Weitere Meldungen aus der Rubrik <a href="/rubrik/stadt/">Stadt</a>:',
    ],
)
def test_a_box_named_as_related_but_headed_as_a_feed_is_a_feed(heading: str) -> None:
    # Given a box whose class names it as related posts, but whose heading names a site feed
    box = f'<section class="related-posts"><h2>{heading}</h2><ul>{RELATED}</ul></section>'
    # Then it is no further reading
    assert parse(page(after=box)).see_also == []


def test_a_table_headed_as_a_feed_gives_no_lines() -> None:
    # Given an old table layout: a "Related Stories" table, then a "Today's Top Stories" table of link rows
    rows = "".join(f'<tr><td><a href="{href}">{title}</a></td></tr>' for href, title in STORIES[3:6])
    tables = (
        f"<table><tr><td><b>Related Stories</b></td></tr><tr><td><ul>{RELATED}</ul></td></tr></table>"
        f'<table><tr><td class="sectionhead"><b>Today\'s Top Stories</b></td></tr>{rows}</table>'
    )
    # Then only the related table's links are the article's
    assert see_also_urls(parse(page(article_end=tables))) == RELATED_URLS


def test_a_storys_date_linking_the_days_archive_is_no_see_also() -> None:
    date = '<p><a href="/hemeroteca/2024-03-14/">14 mar 2024 - 05:40 CET</a></p>'
    assert parse(page(first=date)).see_also == []


def test_a_box_named_as_related_and_headed_so_stays_related() -> None:
    # a guard: the same box headed "Related" (or with no heading) is the article's
    assert (
        see_also_urls(parse(page(after=f'<section class="related-posts"><h2>Related</h2><ul>{RELATED}</ul></section>')))
        == RELATED_URLS
    )
    assert (
        see_also_urls(parse(page(after=f'<section class="related-posts"><ul>{RELATED}</ul></section>'))) == RELATED_URLS
    )


def test_more_articles_is_no_label_of_the_articles_reading() -> None:
    # "Weitere Artikel" ("More articles") heads a site's feed of its latest items, not the story's further reading
    assert parse(page(after=f'<div class="box"><h2>Weitere Artikel</h2><ul>{RELATED}</ul></div>')).see_also == []


def _related_to(*stories: tuple[str, str]) -> str:
    return f'<div class="box"><h3>Related</h3><ul>{_story_items(list(stories))}</ul></div>'


def test_a_story_filed_under_a_topic_tree_is_a_story() -> None:
    # Given a related list whose stories sit deep in a topic tree ("/themen/<topic>/<subtopic>/<story>.html")
    story = ("/DE/themen/klima/energie/windkraft-ausbau-stockt.html", "Windkraft-Ausbau stockt im Süden")
    record = parse(page(after=_related_to(story, STORIES[0])))
    # Then both are further reading
    assert see_also_urls(record) == [SITE + story[0], SITE + STORIES[0][0]]


@pytest.mark.parametrize(
    "topic",
    [
        "/themen/klima/",  # the topic page itself
        "/category/city-hall/page/2/",  # its second page
        "/DE/themen/klima/klima_node.html",  # a content tree's node page
    ],
)
def test_a_topic_page_is_no_story(topic: str) -> None:
    record = parse(page(after=_related_to((topic, "Everything about the climate and energy"), STORIES[0])))
    assert see_also_urls(record) == [SITE + STORIES[0][0]]


def test_a_labelled_box_in_a_side_column_beside_the_article_is_not_its() -> None:
    # Given the article in a wide grid column and a labelled box in the narrow column beside it
    article = (
        f'<div class="col-md-8"><article class="story"><h1>City council approves new budget</h1>{PARAGRAPHS}'
        f'</article></div><div class="col-md-4">{_related_to(*STORIES[:2])}</div>'
    )
    data = (
        "<html><head><title>City council approves new budget</title></head><body><main><div class='row'>"
        f"{article}</div></main></body></html>"
    ).encode()
    # Then the side column's box is no further reading of the article
    assert parse(data).see_also == []
    # a guard: the same box in a full-width row after the article is
    assert see_also_urls(parse(data.replace(b'"col-md-4"', b'"col-md-12"'))) == RELATED_URLS


@pytest.mark.parametrize("side", ['<aside id="secondary">', '<div class="sidebar">', '<div class="widget-area">'])
def test_a_side_column_inside_the_articles_container_is_not_its(side: str) -> None:
    # Given a side column that the article's container takes in (a template that wraps both in one box)
    closing = "</aside>" if side.startswith("<aside") else "</div>"
    column = f'{side}<div class="related-posts"><h3>Related</h3><ul>{RELATED}</ul></div>{closing}'
    # Then its related box is not the article's further reading
    assert parse(page(article_end=column)).see_also == []


@pytest.mark.parametrize("wrapper", ["sidebar-wrapper", "has-sidebar", "content-with-sidebar"])
def test_a_wrapper_named_for_its_sidebar_is_no_side_column(wrapper: str) -> None:
    # a guard: a box holding the article beside a sidebar is not one
    box = f'<div class="{wrapper}"><div class="related-posts"><h3>Related</h3><ul>{RELATED}</ul></div></div>'
    assert see_also_urls(parse(page(article_end=box))) == RELATED_URLS


@pytest.mark.parametrize(
    "box",
    [
        # an ad slot's longer caption between the label and its list
        f'<div class="box"><h3>Related</h3><div class="ad"><span>Advertisement - Scroll to continue reading</span>'
        f"</div><ul>{RELATED}</ul></div>",
        f'<div class="box"><h3>Related (2)</h3><ul>{RELATED}</ul></div>',  # a label with its count
    ],
)
def test_a_labelled_box_with_an_ad_caption_or_a_count_is_see_also(box: str) -> None:
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


def test_a_long_line_after_a_label_that_is_no_ad_caption_still_ends_the_box() -> None:
    # a guard: only an ad caption may run past 30 characters between a label and its list
    line = "<p>Advertisers do not decide what we cover, ever.</p>"
    box = f'<div class="box"><h3>Related</h3>{line}<ul>{RELATED}</ul></div>'
    assert parse(page(after=box)).see_also == []


@pytest.mark.parametrize(
    "nav",
    [
        f'<nav class="related-articles"><h2>Related</h2><ul>{RELATED}</ul></nav>',
        f'<nav aria-label="Related stories"><ul>{RELATED}</ul></nav>',
    ],
)
def test_a_related_list_marked_up_as_navigation_is_see_also(nav: str) -> None:
    # Given the story's related list in a <nav> named or labelled (for screen readers) as related reading
    assert see_also_urls(parse(page(after=nav))) == RELATED_URLS


@pytest.mark.parametrize(
    "nav",
    [
        f'<nav class="menu"><ul>{RELATED}</ul></nav>',  # the site's menu
        f'<nav aria-label="Breadcrumb"><ul>{RELATED}</ul></nav>',
        f'<nav class="post-navigation"><h2>Related</h2><ul>{RELATED}</ul></nav>',  # previous/next, whatever its heading
    ],
)
def test_other_navigation_stays_out(nav: str) -> None:
    assert parse(page(after=nav)).see_also == []


def test_cards_linked_by_an_empty_overlay_link_take_their_headline() -> None:
    # Given a labelled row of cards, each linked only by an empty link laid over it ("stretched-link")
    cards = "".join(
        f'<div class="card"><img src="/i/{n}.jpg" alt=""><h3 class="card-title">{title}</h3>'
        f'<a class="stretched-link" href="{href}"></a></div>'
        for n, (href, title) in enumerate(STORIES[:2])
    )
    record = parse(page(after=f'<section class="box"><h2>Related</h2><div class="row">{cards}</div></section>'))
    # Then each card is further reading, titled by its headline
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + href, title) for href, title in STORIES[:2]]


def test_an_empty_link_in_a_box_of_several_stories_takes_no_title() -> None:
    # a guard: an empty link beside other stories' links belongs to no one card; only the titled links count
    row = f'<a class="overlay" href="{STORIES[2][0]}"></a><ul>{RELATED}</ul>'
    assert see_also_urls(parse(page(after=f'<div class="box"><h3>Related</h3><div>{row}</div></div>'))) == RELATED_URLS


_ORIGINAL = "https://www.theguardian.com/world/2024/may/03/council-budget-vote"


@pytest.mark.parametrize(
    "note",
    [
        f"<p>Originally published <a href='{_ORIGINAL}'>here</a>.</p>",
        f"<p>Click <a href='{_ORIGINAL}'>here</a> to read the original article.</p>",
        f"<p>The original article can be found <a href='{_ORIGINAL}'>here</a>.</p>",
        f"<p><a href='{_ORIGINAL}'>Read the original article</a>.</p>",
        f"<p>Originally published at <a href='{_ORIGINAL}'>{_ORIGINAL}</a></p>",
        f"<p>Der Artikel erschien zuerst <a href='{_ORIGINAL}'>hier</a>.</p>",
        f"<p>Dieser Text erschien im Original <a href='{_ORIGINAL}'>hier</a>.</p>",
        f"<p>Cet article a été publié initialement <a href='{_ORIGINAL}'>ici</a>.</p>",
        f"<p>Publicado originalmente <a href='{_ORIGINAL}'>aquí</a>.</p>",
        f"<p>Zum Originalartikel: <a href='{_ORIGINAL}'>{_ORIGINAL}</a></p>",
    ],
)
def test_a_note_naming_its_original_only_by_a_link_is_named_from_the_links_site(note: str) -> None:
    assert publisher_of(article_end=note) == "The Guardian"


@pytest.mark.parametrize(
    "note",
    [
        # a study, not this story, first published elsewhere
        f"<p>The study was first published <a href='{_ORIGINAL}'>here</a>.</p>",
        # the site's own original
        "<p>Originally published <a href='https://www.example-news.com/2023/01/the-first-version-of-it/'>here</a>.</p>",
        # links to two other sites: sources
        f"<p>Read the original article <a href='{_ORIGINAL}'>here</a> and the reply "
        "<a href='https://www.nytimes.com/2024/05/04/world/a-reply-to-it.html'>here</a>.</p>",
        # a named link: the named-note rules' business, and a home page is no story
        "<p>Originally published <a href='https://www.theguardian.com/'>here</a>.</p>",
    ],
)
def test_link_only_notes_that_name_no_original(note: str) -> None:
    assert publisher_of(article_end=note) is None


# --- origin: forms from a blind probe round of 70 hand-written pages ---


def test_a_note_on_top_with_a_newsletter_link_names_the_outlet_and_keeps_the_story() -> None:
    # Given a short story whose italic note on top ends with a sign-up link to the original's newsletters
    note = (
        '<p class="top-note"><em>This article was originally published by CalMatters. '
        '<a href="https://calmatters.org/newsletters/">Sign up</a> for their newsletters.</em></p>'
    )
    paragraphs = "".join(
        f"<p>Short paragraph {n} about insurers leaving the state, as told by one homeowner and her agent.</p>"
        for n in range(1, 7)
    )
    data = (
        "<html><head><title>Insurers leave</title></head><body><main><article><h1>Insurers leave the state</h1>"
        f'<time datetime="2024-06-19">June 19, 2024</time>{note}<div class="story-body">{paragraphs}</div>'
        "</article></main></body></html>"
    ).encode()
    record = parse(data)
    # Then the outlet is named by the note, not by the link after it, and the story is not cut at the prompt
    assert record.origin is not None and record.origin.publisher == "CalMatters"
    assert "Short paragraph 6" in record.body


def test_a_translation_names_its_source_not_its_language() -> None:
    source = '<a href="https://www.pravda.com.ua/news/2024/05/3/7454321/">Ukrainska Pravda</a>'
    note = f"<p><em>Translated from Ukrainian. Source: {source}</em></p>"
    assert publisher_of(article_end=note) == "Ukrainska Pravda"
    assert publisher_of(article_end="<p><em>Translated from Ukrainian by Olena Petrenko.</em></p>") is None


def test_a_note_giving_the_originals_address_in_text_names_the_outlet() -> None:
    note = "<p><em>This article originally appeared in Grist at https://grist.org/energy/kansas-solar-towns/.</em></p>"
    assert publisher_of(article_end=note) == "Grist"


def test_a_german_note_outside_the_body_with_the_name_as_its_link() -> None:
    # A note after the story's text block, "zuerst bei der <a>X</a> erschienen": the name split by its link
    note = (
        '<p class="hinweis">Dieser Text ist zuerst bei der <a href="https://www.fr.de/frankfurt/mieten-92835511.html">'
        "Frankfurter Rundschau</a> erschienen.</p>"
    )
    data = page(first='<div class="text">').replace(b"</article>", b"</div>" + note.encode() + b"</article>")
    record = parse(data)
    assert record.origin is not None and record.origin.publisher == "Frankfurter Rundschau"


def test_crossposted_with_names_the_original() -> None:
    note = '<p><em>Crossposted with <a href="https://tomdispatch.com/the-pentagon-cant-pass-an-audit/">TomDispatch.com</a>.</em></p>'
    publisher = publisher_of(article_end=note)
    assert publisher is not None and publisher == "TomDispatch"


@pytest.mark.parametrize(
    ("byline", "publisher", "names"),
    [
        ("By Sam Okafor, Capital News Service", "Capital News Service", ["Sam Okafor"]),  # a newsroom named so
        # an aggregator's byline row with the date and reading time after the outlet
        (
            'Story by Jane Doe • The Independent <time datetime="2025-07-01">1 Jul 2025</time> · 3 min read',
            "The Independent",
            ["Jane Doe"],
        ),
        ("By Jane Doe, Senior Reporter", None, ["Jane Doe"]),  # a role, not a newsroom
        ("By Jane Doe, Kaiser Health News", "Kaiser Health News", ["Jane Doe"]),  # an outlet under its former name
        ("By Jane Doe, HealthDay Reporter", "HealthDay", ["Jane Doe"]),  # a health wire's reporter
        ("By Jane Doe, McClatchy Washington Bureau", "McClatchy", ["Jane Doe"]),  # a chain's news service
        ("By CNN Newsource", "CNN", []),  # a network's feed for its affiliates
        ("By Jane Doe, CNN Business", "CNN", ["Jane Doe"]),  # a network's desk
    ],
)
def test_a_byline_crediting_a_newsroom_beside_the_writer(byline: str, publisher: str | None, names: list[str]) -> None:
    record = parse(page(first=f'<div class="byline-row">{byline}</div>'))
    assert (record.origin.publisher if record.origin else None) == publisher
    assert record.byline == names


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("<p>— dpa/AFP</p>", "dpa"),  # two wires: the first named leads, as an editor's code does not
        ("<p>AFP/IANS</p>", "AFP"),
        ("<p>The ministry confirmed the figures on Monday. (AFP/IANS)</p>", "AFP"),
        ("<p>— red/dpa</p>", "dpa"),  # an editor's code before the wire
        ("<p>(Writing by Jane Doe; editing by John Roe)</p>", "Reuters"),  # the wire's trailer, written by a desk
        (
            "<p>(c) Copyright Thomson Reuters 2024. Click For Restrictions - "
            "https://agency.reuters.com/en/copyright.html</p>",
            "Reuters",
        ),
    ],
)
def test_joint_wire_credits_trailers_and_notices_name_the_wire(line: str, publisher: str) -> None:
    assert publisher_of(article_end=line) == publisher


def test_the_printed_byline_in_meta_credits_the_wire_and_the_writers() -> None:
    assert publisher_of(head='<meta name="byl" content="By Reuters">') == "Reuters"
    record = parse(page(head='<meta name="byl" content="By Jane Doe and John Roe">'))
    assert record.byline == ["Jane Doe", "John Roe"]
    assert record.origin is None


@pytest.mark.parametrize(
    ("byline", "publisher", "names"),
    [
        ("By Jane Doe, Reuters News", "Reuters", ["Jane Doe"]),  # a wire written with "News"
        ("By Jane Doe | Associated Press News", "Associated Press", ["Jane Doe"]),
        ("By JANE DOE AP NEWS", "Associated Press", ["JANE DOE"]),
        ("Jane Doe, PTI News Agency", "PTI", ["Jane Doe"]),
        ("By Jane Doe for AFP", "AFP", ["Jane Doe"]),  # written for the wire: "for" is no part of the name
        ("By Jane Doe for the Associated Press", "Associated Press", ["Jane Doe"]),
        ("Jane Doe, Special to The Washington Post", "The Washington Post", ["Jane Doe"]),
        ("By Jane Doe, Harbor News", None, ["Jane Doe"]),  # no wire's name before "News", no listed outlet
    ],
)
def test_a_wire_written_with_news_or_after_for_names_the_wire(
    byline: str, publisher: str | None, names: list[str]
) -> None:
    record = parse(page(first=f'<div class="byline">{byline}</div>'))
    assert (record.origin.publisher if record.origin else None) == publisher
    assert record.byline == names


@pytest.mark.parametrize(
    ("byline", "publisher", "names"),
    [
        ("By Rachel Gold, Kveller via JTA", "Kveller", ["Rachel Gold"]),  # the outlet the wire passed on
        ("By Jane Doe, The Forward via JTA", "The Forward", ["Jane Doe"]),
        ("By Jane Doe via JTA", "JTA", ["Jane Doe"]),  # the writer's story, carried by the wire
        ("Jasmine Cole, The 19th via AP", "The 19th", ["Jasmine Cole"]),  # an outlet named with a number
    ],
)
def test_an_outlets_story_via_a_wire_names_the_outlet(byline: str, publisher: str, names: list[str]) -> None:
    record = parse(page(first=f'<div class="byline">{byline}</div>'))
    assert record.origin is not None and record.origin.publisher == publisher
    assert record.byline == names


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        (
            "<p><em>This article was first published in The Economist's print edition under the headline "
            '"Sinking".</em></p>',
            "The Economist",
        ),
        ("<p><em>Republished from Semafor's Flagship newsletter.</em></p>", "Semafor"),
        ("<p><em>Questo articolo è uscito originariamente su Valigia Blu.</em></p>", "Valigia Blu"),
        ("<p><small>© Example News. All rights reserved.</small></p>", None),  # the site's own notice
    ],
)
def test_more_republication_forms(note: str, publisher: str | None) -> None:
    assert publisher_of(article_end=note) == publisher


def test_a_copyright_line_without_a_year_giving_permission_names_the_outlet() -> None:
    # Given the line in its own box after the article (not in the body's text)
    note = '<p class="copyright"><small>© The Irish Times. Reproduced with permission.</small></p>'
    assert publisher_of(after=note) == "The Irish Times"


@pytest.mark.parametrize(
    ("dateline", "publisher"),
    [("【ワシントン共同】", "Kyodo News"), ("【ロンドン時事】", "Jiji Press"), ("【ワシントン】", None)],
)
def test_a_japanese_wire_dateline_in_lenticular_brackets(dateline: str, publisher: str | None) -> None:
    first = f"<p>{dateline}バイデン米政権は14日、中国製の電気自動車に対する制裁関税を引き上げると発表した。</p>"
    assert publisher_of(first=first) == publisher


# --- see-also: forms from a blind probe round of 60 pages ---


def _titles(record: object) -> list[str]:
    return [link.title for link in record.see_also]  # type: ignore[attr-defined]


def test_a_kicker_inside_a_card_link_is_not_its_title() -> None:
    (href1, title1), (href2, title2) = STORIES[:2]
    cards = (
        f'<li><a href="{href1}"><span class="kicker">Politics</span> '
        f'<span class="card__headline">{title1}</span></a></li>'
        f'<li><a href="{href2}"><span class="card__label">Related</span><img src="/i.jpg" alt="">'
        f'<strong class="card__title">{title2}</strong></a></li>'
    )
    record = parse(page(after=f'<section class="related-posts"><h3>Related</h3><ul>{cards}</ul></section>'))
    assert _titles(record) == [title1, title2]


def test_a_card_link_with_a_title_and_a_subtitle_takes_the_title() -> None:
    cards = "".join(
        f'<div><a href="{href}"><h2>{title}</h2><h3>A longer subtitle that tells what the story is about</h3></a></div>'
        for href, title in STORIES[:2]
    )
    record = parse(page(after=f'<section class="related-posts"><h3>Related</h3>{cards}</section>'))
    assert _titles(record) == [title for _, title in STORIES[:2]]


def test_a_box_headed_as_a_feed_inside_the_container_gives_no_lines() -> None:
    # Given a "Most read" list (no class naming it) beside the story inside the page's wrapper the body is found in
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[2:5])
    feed = f'<aside class="coluna"><section class="caixa"><h3>Mais lidas</h3><ol>{items}</ol></section></aside>'
    record = parse(page(article_end=feed))
    assert see_also_urls(record) == []


def test_a_side_column_named_lateral_is_no_reading() -> None:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[2:4])
    side = f'<aside class="coluna-lateral"><h3>Leia também</h3><ul>{items}</ul></aside>'
    record = parse(page(article_end=side))
    assert see_also_urls(record) == []


@pytest.mark.parametrize(
    "links",
    [
        '<a class="prev" href="{0}">{1}</a><a class="next" href="{2}">{3}</a>',
        '<a href="{0}"><span>Articolo precedente</span> {1}</a><a href="{2}"><span>Articolo successivo</span> {3}</a>',
    ],
)
def test_previous_and_next_links_after_the_article_are_no_reading(links: str) -> None:
    (href1, title1), (href2, title2) = STORIES[2:4]
    box = '<div class="adjacent">' + links.format(href1, title1, href2, title2) + "</div>"
    record = parse(page(after=box))
    assert see_also_urls(record) == []


def test_a_related_tab_gives_the_links_of_the_panel_it_controls() -> None:
    related = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:3])
    popular = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[5:8])
    box = (
        '<div class="tabbox"><ul role="tablist"><li role="tab" aria-controls="panel-rel">Related</li>'
        '<li role="tab" aria-controls="panel-pop">Most read</li></ul>'
        f'<div id="panel-rel" role="tabpanel"><ul>{related}</ul></div>'
        f'<div id="panel-pop" role="tabpanel" hidden><ol>{popular}</ol></div></div>'
    )
    record = parse(page(after=box))
    assert see_also_urls(record) == urls(3)


def test_a_label_naming_the_kind_of_story_before_its_link() -> None:
    href, title = STORIES[1]
    line = f'<p>Lire aussi le décryptage | <a href="{href}">{title}</a></p>'
    record = parse(page(first=f"<p>{'The story opens with its first words. ' * 6}</p>{line}"))
    assert see_also_urls(record) == urls(2)[1:]
    assert "Lire aussi" not in record.body  # the line is the see-also's, not the story's text


def test_stories_named_by_their_query_are_not_the_page_itself() -> None:
    # Given a page and its related stories all at "article.php?id=N"
    url = "https://www.example-news.com/article.php?id=48211"
    items = "".join(
        f'<a class="list-group-item" href="article.php?id={n}">Story number {n} about the city budget</a>'
        for n in (47986, 47710)
    )
    box = f'<div class="card"><div class="card-header">Related stories</div><div class="list-group">{items}</div></div>'
    record = parse(page(after=box, url=url), url=url)
    assert see_also_urls(record) == [f"https://www.example-news.com/article.php?id={n}" for n in (47986, 47710)]
    # ... while a list holding this page's own id is a feed
    own = box.replace("id=47710", "id=48211&utm_source=feed")
    assert see_also_urls(parse(page(after=own, url=url), url=url)) == []


def test_a_related_box_in_the_articles_own_footer_outside_its_text() -> None:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:2])
    data = (
        "<html><head><title>T</title></head><body><main><article><h1>City council approves new budget</h1>"
        f'<div class="entry-content">{PARAGRAPHS}</div><footer class="entry-footer"><a href="/tag/city/" rel="tag">'
        f'city</a><div class="related-posts"><h4>Related</h4><ul>{items}</ul></div></footer></article></main>'
        '<footer class="site-footer"><p>© Example News</p></footer></body></html>'
    ).encode()
    assert see_also_urls(parse(data)) == urls(2)


def test_paid_links_podcast_shows_and_products_in_a_related_list_are_no_reading() -> None:
    href, title = STORIES[0]
    items = (
        f'<li><a href="{href}">{title}</a></li>'
        '<li><a href="/podcasts/the-city-briefing/">Listen: The City Briefing podcast every morning</a></li>'
        '<li><a href="/product/city-guide-2024-print-edition/">The city guide 2024 print edition</a></li>'
        '<li><span>Sponsored</span> <a href="https://www.lender.example/first-time-buyers" rel="sponsored">'
        "Compare today's mortgage rates now</a></li>"
    )
    record = parse(page(after=f"<section><h3>Related</h3><ul>{items}</ul></section>"))
    assert see_also_urls(record) == urls(1)


def test_a_feed_in_a_side_grid_column_with_a_class_named_header_gives_no_lines() -> None:
    # Given a page whose only wrapper is the whole page (so the container takes in the side column)
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[4:7])
    card = f'<div class="card"><div class="card-header">Trending</div><ul>{items}</ul></div>'
    side = f'<aside class="col-lg-4">{card}</aside>'
    box = f'<div class="box"><div class="box-header">Most read</div><ul>{items}</ul></div>'
    for extra in (side, box):
        assert see_also_urls(parse(page(article_end=extra))) == []


# --- origin: forms from a third blind probe round (50 cluttered pages) ---


@pytest.mark.parametrize(
    ("head", "byline", "publisher"),
    [
        ('<meta name="author" content="Arjun Menon">',
         '<span class="name">Arjun Menon</span> <span>|</span> <span class="org">Reuters</span>', "Reuters"),
        ('<meta name="author" content="Sarah Feld">',
         'By <a href="/authors/sarah-feld">Sarah Feld</a>, Kveller via JTA', "Kveller"),
        ("", 'By <a href="/authors/rosa-delgado">Rosa Delgado</a>, KFF Health News', "KFF Health News"),
        ('<meta name="author" content="Jane Doe">', 'By <a href="/authors/jane-doe">Jane Doe</a>', None),
    ],
)  # fmt: skip
def test_a_visible_byline_credits_its_wire_or_outlet_where_the_metadata_names_only_the_writer(
    head: str, byline: str, publisher: str | None
) -> None:
    record = parse(page(head=head, first=f'<div class="byline">{byline}</div>'))
    assert (record.origin.publisher if record.origin else None) == publisher
    assert len(record.byline) == 1


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ('<p><em>Este contenido fue publicado originalmente en <a href="https://elfaro.net/">El Faro</a>.</em></p>',
         "El Faro"),
        ("<p><em>Cet article est une traduction de l’article « Die Industrie packt die Koffer », publié par "
         '<a href="https://www.spiegel.de/">Der Spiegel</a> le 2 mars 2024.</em></p>', "Der Spiegel"),
    ],
)  # fmt: skip
def test_spanish_content_and_french_translation_notes(note: str, publisher: str) -> None:
    assert publisher_of(article_end=note) == publisher


def test_a_translation_credit_outside_the_body_names_its_linked_source() -> None:
    credit = (
        '<div class="translation-credit"><p>Translated by Olena Kravets. Source: <a href="https://www.pravda.com.ua/'
        'eng/news/2024/11/4/7482211/">Ukrainska Pravda</a></p></div>'
    )
    assert publisher_of(after=credit) == "Ukrainska Pravda"


@pytest.mark.parametrize(
    ("label", "publisher"),
    [
        ('From our partner <a href="https://calmatters.org/">CalMatters</a>', "CalMatters"),
        ('From our partner <a href="https://www.acme-mattress.example/">Acme Mattresses</a>', None),  # a sponsor
        ("From our partners", None),
    ],
)
def test_a_label_naming_the_partner_the_story_comes_from(label: str, publisher: str | None) -> None:
    first = f'<div class="partner-label">{label}</div>'
    assert publisher_of(first=first) == publisher


# --- see-also: forms from a third blind probe round (40 cluttered pages) ---


def test_a_drupal_related_field_in_a_promoted_node_is_the_articles() -> None:
    # "node--promoted" (Drupal 8+'s BEM class for a story promoted to the front page) names no ad
    items = "".join(f'<div class="field__item"><a href="{href}">{title}</a></div>' for href, title in STORIES[:2])
    label = '<div class="field__label">Related content</div>'
    field = f'<div class="field field--name-field-related-content">{label}{items}</div>'
    data = page(article_end=field).replace(b'<article class="story">', b'<article class="node node--promoted">')
    assert see_also_urls(parse(data)) == urls(2)


def test_stories_sharing_a_section_id_after_their_own_id_are_not_the_page_itself() -> None:
    url = "https://www.example-news.com/politique/article/2024/03/13/reforme-des-retraites_6221845_823448.html"
    others = [
        ("/politique/article/2024/02/28/les-syndicats-vent-debout_6219456_823448.html", "Les syndicats vent debout"),
        ("/economie/article/2024/03/10/emploi-des-seniors-au-point-mort_6221001_3234.html", "Emploi des seniors"),
    ]
    items = "".join(f'<li><a href="{href}">{title} contre la réforme</a></li>' for href, title in others)
    record = parse(page(after=f"<section><h3>Sur le même sujet</h3><ul>{items}</ul></section>", url=url), url=url)
    assert see_also_urls(record) == [SITE + href for href, _ in others]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ('<h2><a href="/latest-news/">Recommended for you</a></h2>', 0),  # the site's latest stories: a feed
        ('<h2><a href="/recommended/">Recommended for you</a></h2>', 2),
        ("<h2>Recommended for you</h2>", 2),
    ],
)
def test_a_recommendation_heading_linking_the_latest_stories_heads_a_feed(heading: str, expected: int) -> None:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:2])
    record = parse(page(after=f"<section>{heading}<ul>{items}</ul></section>"))
    assert len(see_also_urls(record)) == expected


def test_a_domain_alone_closing_the_story_credits_that_outlet() -> None:
    # Given a story another site runs, closed by its source's domain alone on a line
    origin = parse(page(article_end="<p><strong>HARBORTIMES.COM</strong></p>")).origin
    # Then that outlet is the origin, named from its domain's words (the page writes no other name)
    assert origin is not None
    assert origin.publisher == "Harbor Times"


def test_the_sites_own_domain_closing_a_story_is_no_origin() -> None:
    url = "https://www.harbortimes.com/2024/05/city-council-approves-new-budget/"
    data = page(article_end="<p>HARBORTIMES.COM</p>", url=url)
    assert parse(data, url=url).origin is None


@pytest.mark.parametrize(
    ("domain", "name"),
    [
        ("insideclimatenews.org", "Inside Climate News"),
        ("texastribune.org", "Texas Tribune"),
        ("the-city.example", "The City"),
        ("theconversation.com", "The Conversation"),
        ("wessexlive.co.uk", "Wessex Live"),  # a regional group's "Live" sites
        ("olive.com", "Olive"),
        # no outlet word at the end: one word, not a guess at its parts ("Belling Cat")
        ("bellingcat.com", "Bellingcat"),
    ],
)
def test_an_outlet_named_only_by_its_domain(domain: str, name: str) -> None:
    assert domain_name(domain) == name


@pytest.mark.parametrize(
    "html",
    [
        # the site's footer line
        "",
        # a web address the story gives between its paragraphs
        "<p>www.harbortimes.com</p><p>" + "The council will meet again next month to review the budget. " * 4 + "</p>",
    ],
)
def test_a_domain_that_closes_no_story_is_no_origin(html: str) -> None:
    data = page(article_end=html).replace(b"<p>\xc2\xa9 Example News</p>", b"<p>HARBORTIMES.COM</p>")
    assert parse(data).origin is None


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ('<p><em>Una versión de este artículo se publicó en <a href="https://www.diarioaltiplano.example/x">Diario '
         "Altiplano</a>.</em></p>", "Diario Altiplano"),
        ("<p>A version of this story ran in The Harbor Times on May 3.</p>", "The Harbor Times"),
        ('<p><em>This piece is part of a content-sharing partnership with <a href="https://harbortimes.example/">'
         "Harbor Times</a>.</em></p>", "Harbor Times"),
        ('<p><em>Articolo pubblicato per gentile concessione del <a href="https://corrieredellago.example/a">Corriere '
         "del Lago</a>.</em></p>", "Corriere del Lago"),
        ('<p>Dieser Text erschien zuerst bei der <a href="https://rundschau.example/a">Schwäbischen Rundschau</a>.'
         "</p>", "Schwäbische Rundschau"),
    ],
)  # fmt: skip
def test_notes_of_versions_partnerships_and_courtesy(note: str, publisher: str) -> None:
    assert publisher_of(article_end=note) == publisher


def test_a_version_that_ran_in_print_is_no_origin() -> None:
    # a guard: the publisher must be a name, and "print" is the site's own paper
    note = "<p>A version of this article appears in print on May 3, 2024, Section A, Page 1.</p>"
    assert publisher_of(article_end=note) is None


def test_a_note_naming_its_outlet_by_a_logo_image() -> None:
    # Given a partner box "Originally published by" and a linked logo whose alt text names the outlet
    box = (
        '<div class="partner-credit"><span>Originally published by</span> <a href="https://ridgeline.example/">'
        '<img src="/logos/rr.png" alt="Ridgeline Report logo"></a></div>'
    )
    origin = parse(page(first=box)).origin
    # Then the logo's name is the publisher, and its link the original's address
    assert origin is not None
    assert (origin.publisher, origin.url) == ("Ridgeline Report", "https://ridgeline.example/")


def test_a_byline_that_is_only_a_wires_logo_credits_the_wire() -> None:
    record = parse(page(first='<div class="byline"><img src="/logos/reuters.svg" alt="Reuters"></div>'))
    assert record.origin is not None
    assert record.origin.publisher == "Reuters"
    assert record.byline == []


@pytest.mark.parametrize(
    ("where", "html", "publisher"),
    [
        ("article_end", "<p><em>Jane Doe is a reporter for The Prairie Ledger, where this story first ran.</em></p>",
         "The Prairie Ledger"),
        ("article_end", "<p><em>The Midland Beacon shared this story with us.</em></p>", "The Midland Beacon"),
        ("first", "<p><em>This article is from Civic Lens, a nonprofit news site covering state politics.</em></p>",
         "Civic Lens"),
        ("article_end", '<p>Originally from <a href="https://capitolwatchdog.example/a">Capitol Watchdog</a>.</p>',
         "Capitol Watchdog"),
        ("article_end", "<p>First published on 12 February 2025 in The Highland Chronicle.</p>",
         "The Highland Chronicle"),
        ("after", '<div class="partner-credit"><span>Content from</span> <a href="https://phr.example/"><img '
         'src="/p/phr.png" alt="Pacific Health Report"></a></div>', "Pacific Health Report"),
        ("article_end", "<p><strong>Sumber:</strong> Antara</p>", "Antara"),
    ],
)  # fmt: skip
def test_bios_shares_and_other_republication_lines(where: str, html: str, publisher: str) -> None:
    assert publisher_of(**{where: html}) == publisher


@pytest.mark.parametrize(
    "html",
    [
        "<p>This story is from the archives of our newsroom, first printed in 1998.</p>",
        '<div class="ad"><span>Sponsored content from</span> <a href="https://brand.example/"><img src="/b.png" '
        'alt="Brand Co"></a></div>',
    ],
)
def test_what_only_looks_like_a_republication_line(html: str) -> None:
    assert publisher_of(after=html) is None


def test_a_produced_by_note_ends_the_name_before_what_else_was_done() -> None:
    # Given a syndicated story's closing note: produced by one outlet, "reviewed and distributed" by another
    note = "<p>This story was produced by Harbor Weekly and reviewed and distributed by Harbor Media Group.</p>"
    # Then the outlet that produced it is the origin, named without the rest of the sentence
    assert publisher_of(article_end=note) == "Harbor Weekly"


def test_a_note_naming_the_outlets_blog_names_the_outlet() -> None:
    # Given "originally published on the <outlet> blog" (a lower-case medium after a name given with "the")
    note = "<p>This post was originally published on the Harbor Weekly blog.</p>"
    # Then the outlet is the origin; a name that is itself "... Blog" keeps it
    assert publisher_of(article_end=note) == "Harbor Weekly"
    assert publisher_of(article_end="<p>This post was originally published on Harbor Blog.</p>") == "Harbor Blog"


@pytest.mark.parametrize("key", ["sourceOrganization", "provider"])
def test_a_weekly_named_as_the_source_organisation_is_the_origin(key: str) -> None:
    # Given JSON-LD naming a paper called "... Weekly" as the article's source organisation or provider
    ld = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "City council approves new budget", '
        f'"{key}": {{"@type": "Organization", "name": "Harbor Weekly"}}}}</script>'
    )
    # Then that paper is the origin (its name reads as an outlet's)
    assert publisher_of(head=ld) == "Harbor Weekly"


def test_a_note_closing_a_very_long_paragraph_still_names_the_origin() -> None:
    # Given a story whose last paragraph runs to 30,000 characters and ends with the republication note (only the
    # opening and closing stretches of such a block are read for a note)
    words = "The council met again and talked about the budget for the schools and the roads. " * 370
    closing = f"<p>{words}This article was originally published by Harbor Weekly.</p>"
    # Then the note still names the origin
    assert publisher_of(article_end=closing) == "Harbor Weekly"


@pytest.mark.parametrize(
    ("byline", "publisher"),
    [
        ("Jane Doe, Example News staff, with reporting from The Associated Press and Reuters Nov 7, 2023", None),
        ("Jane Doe with reporting from The Associated Press and Reuters", None),
        ("Jane Doe with AFP Nov 7, 2023", None),  # one wire joined to the reporter: her story drew on it
        ("Par Claire Vasseur avec AFP", None),
        ("Jane Doe, AFP", "AFP"),  # the wire's own reporter
        ("Von Jana Doe, mit Material von dpa und KNA", None),  # several agencies' material, in German
        ("Von Jana Doe, unter Verwendung von Material der dpa und der AFP", None),
        ("By ASSOCIATED PRESS Nov 7, 2023 Updated 4:02 PM", "Associated Press"),
    ],
)
def test_a_reporters_story_with_help_from_several_wires_has_no_origin(byline: str, publisher: str | None) -> None:
    # a newsroom's own story that names agencies as helpers beside its reporter is no wire copy; a wire's own
    # reporter's is
    assert publisher_of(first=f'<p class="byline">{byline}</p>') == publisher


def test_a_wire_joined_to_the_site_itself_is_the_origin() -> None:
    # "Le Figaro avec AFP": no person, the outlet runs the wire's copy
    head = '<meta property="og:site_name" content="Example News">'
    assert publisher_of(head=head, first='<p class="byline">Par Example News avec AFP</p>') == "AFP"


@pytest.mark.parametrize(
    ("note", "publisher"),
    [
        ("Dieser Beitrag erschien zuerst im Forschungsmagazin „Horizonte“ der Example News, Ausgabe 1/2024.", None),
        ("This article first appeared in Horizons, the research magazine of Example News.", None),
        ("Dieser Beitrag erschien zuerst im Forschungsmagazin „Horizonte“ der Universität Nordheim.", "Horizonte"),
    ],
)
def test_a_note_naming_the_sites_own_publication_names_no_origin(note: str, publisher: str | None) -> None:
    assert publisher_of(article_end=f"<p><em>{note}</em></p>") == publisher


def test_markup_naming_the_site_by_a_regional_editions_name_is_no_origin() -> None:
    # Given JSON-LD whose author is an organisation named with a region before the site's own name ("OÖ Volksblatt"
    # on volksblatt.at): the site itself, now that such a name reads as a paper's
    head = jsonld(author={"@type": "Organization", "name": "Regional Example News"})
    assert publisher_of(head=head) is None
    # While another paper named so is an origin
    assert (
        publisher_of(head=jsonld(author={"@type": "Organization", "name": "Lahnauer Kreisbote"}))
        == "Lahnauer Kreisbote"
    )


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Ammertaler Kreisbote", True),
        ("Donau-Anzeiger", True),
        ("Breisgauer Volksblatt", True),
        ("Ljusnandalens Tidning", True),
        ("Amtsblatt der Stadt Lahnau", False),  # an official gazette
        ("Heizungszeitung und eigene Berechnungen", False),
        ("Journal of Clinical Investigation", False),
    ],
)
def test_a_paper_named_with_a_compound_head_word_reads_as_an_outlet(name: str, outlet: bool) -> None:
    assert is_outlet(name) is outlet


def test_a_sister_paper_named_after_a_comma_is_the_origin() -> None:
    paper = '<a href="https://millbrook.example/">The Millbrook Courier</a>'
    note = f"<p><em>This story first appeared in our sister paper, {paper}.</em></p>"
    assert publisher_of(first=note) == "The Millbrook Courier"


def test_a_stations_city_after_its_name_is_no_part_of_it() -> None:
    note = "<p><em>This story was originally published by WKTR News 3 in Norfolk, Va.</em></p>"
    assert publisher_of(first=note) == "WKTR News 3"


def _card(partner: str, slug: str) -> str:
    return f'<div class="card"><div class="card-source">Provided by {partner}</div><a href="/p/{slug}">{slug}</a></div>'


def test_the_partner_credits_of_a_feeds_cards_are_no_origin() -> None:
    # Given a portal's own story with a "More for you" rail whose cards each say which partner provided them
    cards = _card("Reuters", "launch-delayed-again") + _card("USA TODAY", "book-flights")
    rail = f"<aside><h3>More for you</h3>{cards}</aside>"
    assert publisher_of(after=rail) is None
    # While one "Provided by" line at the story's end credits the story
    assert publisher_of(article_end="<p>Provided by Reuters</p>") == "Reuters"


@pytest.mark.parametrize(
    ("paper", "publisher"),
    [("des Mittelhessen Kuriers", None), ("des Lahntal Kuriers", "Lahntal Kurier")],
)
def test_a_print_note_naming_the_site_in_the_genitive_is_no_origin(paper: str, publisher: str | None) -> None:
    head = '<meta property="og:site_name" content="Mittelhessen Kurier">'
    note = f"<p><em>Dieser Artikel erschien zuerst in der Printausgabe {paper} vom 13. Mai 2021.</em></p>"
    assert publisher_of(head=head, article_end=note) == publisher


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        ("Gazecie Wyborczej", "Gazeta Wyborcza"),  # Polish locative
        ("Süddeutschen Zeitung", "Süddeutsche Zeitung"),
        ("Daily Mailer", None),  # a longer word, not another ending
        ("Gazeta Wyborcza", None),  # the listed name itself needs no undoing
    ],
)
def test_a_listed_outlet_named_in_an_inflected_case_is_named_as_listed(name: str, listed: str | None) -> None:
    from worker.lexicon.agencies import uninflected_outlet

    assert uninflected_outlet(name) == listed


def test_a_wires_role_under_the_writers_name_before_a_button_is_the_origin() -> None:
    # Given a byline box: the writer, the wire's role line, then a share button's word
    byline = (
        '<div class="article__byline"><span class="author-name">By Harriet Lane</span> '
        '<span class="author-role">PA Consumer Affairs Correspondent</span> <span>Share</span></div>'
    )
    assert publisher_of(first=byline) == "PA Media"


@pytest.mark.parametrize(
    ("first", "publisher"),
    [
        (
            "<p>CAIRO, April 14 (MENA) - Egypt will import more wheat, the supply ministry said on Tuesday.</p>",
            "Middle East News Agency",
        ),
        (
            "<p>أبوظبي في 12 مارس / وام / أعلنت هيئة البيئة اليوم عن خطة جديدة لحماية الشواطئ.</p>",
            "Emirates News Agency",
        ),
        (
            "<p>الرياض 13 محرم 1440 هـ الموافق 23 سبتمبر 2018 م واس أكملت الأمانة استعداداتها للاحتفال.</p>",
            "Saudi Press Agency",
        ),
    ],
)
def test_a_gulf_or_egyptian_wires_dateline_names_the_wire(first: str, publisher: str) -> None:
    assert publisher_of(first=first) == publisher


PROVIDER_LINE = (
    '<div class="attribution"><span class="provider"><span class="provider-name">{name}</span></span>'
    '<time datetime="2024-05-03T05:00:00Z">May 3, 2024</time></div>'
)


@pytest.mark.parametrize(("name", "publisher"), [("Harbor Gazette", "Harbor Gazette"), ("9to5Mac", "9to5Mac")])
def test_an_aggregators_provider_in_the_story_header_is_the_origin(name: str, publisher: str) -> None:
    # Given an aggregator's story header naming its provider between the headline and the text
    assert publisher_of(first=PROVIDER_LINE.format(name=name)) == publisher


def test_a_provider_logo_names_the_origin_by_its_alt() -> None:
    logo = '<a class="provider-link" href="https://harbor-gazette.example/"><img src="/l.png" alt="Harbor Gazette"></a>'
    assert publisher_of(first=f'<div class="provider">{logo}</div>') == "Harbor Gazette"


@pytest.mark.parametrize(
    "parts",
    [
        # the site's own name as provider
        {"first": PROVIDER_LINE.format(name="Example News")},
        # providers listed in a rail after the story's text: other stories' cards
        {"after": f"<aside><ul><li>{PROVIDER_LINE.format(name='Harbor Gazette')}</li></ul></aside>"},
        # two names: no one provider
        {"first": PROVIDER_LINE.format(name="Harbor Gazette") + PROVIDER_LINE.format(name="Valley Times")},
        # a class that only contains the word: an embed's provider, a share bar's
        {"first": '<figure class="wp-block-embed is-provider-youtube"><p>Harbor Gazette</p></figure>'},
        # a sentence, not a name
        {"first": '<p class="provider">Provided to readers free of charge by our generous local sponsors.</p>'},
    ],
)
def test_provider_elements_that_name_no_origin(parts: dict[str, str]) -> None:
    assert publisher_of(**parts) is None


def test_a_note_naming_the_outlet_before_a_colon_and_the_storys_title() -> None:
    # Given "Originally published on X:" then the original's title, as a link
    story = "https://harbor-gazette.example/2024/05/budget-vote-story/"
    line = f'<p>This article was originally published on Harbor Gazette: <a href="{story}">Budget vote passes</a></p>'
    # Then the outlet is the name before the colon, not the title
    assert publisher_of(article_end=line) == "Harbor Gazette"


@pytest.mark.parametrize(
    ("line", "publisher"),
    [("— The Washington Post", "The Washington Post"), ("--Los Angeles Times", "Los Angeles Times")],
)
def test_a_dash_and_a_listed_outlet_closing_the_story_credit_it(line: str, publisher: str) -> None:
    # Given a story another site runs, ending with a dash and the outlet's name on a line of its own
    assert publisher_of(article_end=f"<p>{line}</p>") == publisher


@pytest.mark.parametrize(
    "parts",
    [
        {"article_end": "<p>— Jane Doe</p>"},  # a person's signature
        {"article_end": "<p>— Harbor Gazette</p>"},  # a name the outlet list does not hold
        {"after": "<ul><li>— The Washington Post</li></ul>"},  # a list's item after the story
        {"first": "<p>— The Washington Post</p>"},  # not closing the story
    ],
)
def test_dashed_lines_that_credit_no_outlet(parts: dict[str, str]) -> None:
    assert publisher_of(**parts) is None


SOURCE_ORG = (
    '<p class="byline">By JANE DOE <span class="creditline source-org vcard"><span class="org fn">{name}</span>'
    "</span></p>"
)


@pytest.mark.parametrize(
    ("name", "publisher"),
    [("The_Harbor_Gazette", "The Harbor Gazette"), ("Valley Times", "Valley Times"), ("Example News", None)],
)
def test_an_hnews_source_org_names_the_origin_unless_it_is_the_site(name: str, publisher: str | None) -> None:
    # Given hNews markup naming the organisation that first produced the story (underscores for spaces), or the site
    assert publisher_of(first=SOURCE_ORG.format(name=name)) == publisher


def test_two_hnews_source_orgs_name_no_one_origin() -> None:
    first = SOURCE_ORG.format(name="Harbor Gazette") + SOURCE_ORG.format(name="Valley Times")
    assert publisher_of(first=first) is None
