"""See-also and origin rules from real news templates (the news-fixture set's development half), each proven on a
small hand-written page: labels written as links, buttons and tags inside a related box, hidden panels, the site's
own feeds and views, a reposted story's credit."""

from __future__ import annotations

import pytest
from support.news_pages import (
    PARAGRAPHS,
    RELATED,
    RELATED_URLS,
    SITE,
    STORIES,
    page,
    parse,
    publisher_of,
    see_also_urls,
    urls,
)


def test_a_label_written_as_a_link_heads_no_list() -> None:
    # Given a share bar whose tooltip links read "More about embedding posts »" and "More about Alerts »"
    tips = "".join(
        f'<li><a class="tip" href="/{path}"><span>More about {name} »</span></a><a href="#">{name}</a></li>'
        for path, name in (("embed-post-help-2011-3", "embedding posts"), ("customized-email-alerts-2010-7", "Alerts"))
    )
    record = parse(page(article_end=f'<ul class="share">{tips}</ul>'))
    # Then the second tooltip is no story listed under the first
    assert see_also_urls(record) == []


def test_a_scripts_tab_labelled_recommended_in_a_most_read_box_is_no_label() -> None:
    # Given a "Most Read" box whose third tab, a script's link, says "Recommended", above the most-read list
    tabs = (
        '<div class="tabs"><a href="javascript:showHide(1)">Read</a><div id="t3">'
        '<a href="javascript:showHide(3)">Recommended</a></div></div>'
    )
    record = parse(page(after=f'<div class="box"><h4>Most Read</h4>{tabs}<ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == []


def test_a_card_link_holding_its_label_is_the_see_also() -> None:
    # Given one card after the page's main part, all in one link: "Read this next", the headline, a teaser; then a
    # subscription box
    href, title = STORIES[0]
    card = (
        f'<section id="readnext"><a href="{href}"><h4 class="readnext_header">Read this next</h4>'
        f'<h3 class="readnext_title">{title}</h3><p class="readnext_content">The mayor said on Monday that schools '
        "come first and that the plan would be reviewed. <span>Continue →</span></p></a></section>"
        '<section id="subscribe"><p class="title">Get updated when Jane Doe publishes</p></section>'
    )
    record = parse(page().decode().replace("</main>", "</main>" + card).encode())
    # Then the card is the page's one see-also link, titled by its headline
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + href, title)]


def test_a_cards_closing_read_more_is_no_label() -> None:
    # Given seven teaser cards of the site's news (too many for a list of the story's own), each one link ending in
    # "Read more"
    cards = "".join(
        f'<a class="card" href="{href}"><h3>{title}</h3><p>A teaser of the story.</p><span>Read more</span></a>'
        for href, title in STORIES[:7]
    )
    record = parse(page(after=f'<div class="news-cards">{cards}</div>'))
    assert see_also_urls(record) == []


def test_tag_links_under_a_related_list_do_not_make_it_a_feed() -> None:
    # Given a "Related" heading over two stories, a script's "More" button, then the story's eleven tag links
    tags = "".join(f'<li><a rel="tag" href="/etiqueta/topic-number-{n}.html">Topic {n}</a></li>' for n in range(11))
    box = (
        f'<div class="box"><h2>Related</h2><div class="list"><ul>{RELATED}</ul><a href="#">More</a></div>'
        f'<div class="tags"><h3>Tags</h3><ul>{tags}</ul></div></div>'
    )
    record = parse(page(after=box))
    # Then the two stories are see-also: tags are no stories, so the list is not too long for the story's own
    assert see_also_urls(record) == RELATED_URLS


@pytest.mark.parametrize("label", ["Suggested Reads", "More stories like this one", "เรื่องที่เกี่ยวข้อง"])
def test_more_label_words(label: str) -> None:
    record = parse(page(after=f'<div class="x"><h2>{label}</h2><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_more_on_the_site_itself_is_its_feed() -> None:
    # Given "More on Example News" over a list, on example-news.com
    record = parse(page(after=f'<div class="x"><h3>More on Example News</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == []
    # While "More on the budget" over the same list is the story's reading
    record = parse(page(after=f'<div class="x"><h3>More on the budget</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_a_related_named_box_with_a_see_all_link_to_the_latest_stories_is_a_feed() -> None:
    # Given a box named "related_articles" whose "SEE ALL" link goes to the latest stories (by fragment)
    box = f'<div class="related_articles"><ul>{RELATED}</ul><a href="/features/#latest">SEE ALL</a></div>'
    assert see_also_urls(parse(page(after=box))) == []
    # While the same box without it is the story's reading
    assert see_also_urls(parse(page(after=f'<div class="related_articles"><ul>{RELATED}</ul></div>'))) == RELATED_URLS


def test_links_in_a_hidden_panel_of_a_related_box_are_skipped() -> None:
    # Given a related box: two shown stories, and a panel hidden by its style three levels above the links
    hidden = "".join(
        f'<div class="entry"><div class="info"><a href="{href}">{title}</a></div></div>' for href, title in STORIES[2:5]
    )
    panel = f'<div class="breaking" style="display:none;">{hidden}</div>'
    box = f'<div class="related_articles"><ul>{RELATED}</ul>{panel}</div>'
    assert see_also_urls(parse(page(after=box))) == RELATED_URLS


def test_a_related_box_in_a_camel_case_side_column_is_not_the_articles() -> None:
    # Given the article in "mainContent" and a related-named box in the "secondaryContent" column beside it
    html = (
        page()
        .decode()
        .replace("</main>", f'</main><div id="secondaryContent"><ul class="poll-related">{RELATED}</ul></div>')
    )
    assert see_also_urls(parse(html.encode())) == []


def test_a_link_under_the_pages_own_path_is_its_own_view() -> None:
    # Given an episode page at a dated path, and a line linking its own transcript ("<page path>/transcript/")
    url = f"{SITE}/shows/the-thing/2013/may/27/"
    line = f'<p><a href="{url}transcript/">Read the full transcript of the council debate</a></p>'
    record = parse(page(article_end=line + f"<h3>Related</h3><ul>{RELATED}</ul>", url=url), url=url)
    assert see_also_urls(record) == RELATED_URLS


def test_a_reposted_storys_headline_and_credit_link_the_original() -> None:
    # Given a repost whose headline links the original story and whose credit line links it by the outlet's name
    original = "https://thegrayzone.com/2020/05/14/american-friends-new-court-files/"
    html = (
        page()
        .decode()
        .replace(
            "<h1>City council approves new budget</h1>",
            f'<h1><a href="{original}">City council approves new budget</a></h1>'
            f'<div class="info">Max Blumenthal<br><a href="{original}">The Grayzone</a><br>Thu, 14 May 2020</div>',
        )
    )
    origin = parse(html.encode()).origin
    assert origin is not None and (origin.publisher, origin.url) == ("The Grayzone", original)


def test_a_headline_linking_another_story_without_a_credit_names_no_origin() -> None:
    # Given a link post: the headline links another site's story, the body comments on it, no credit links it
    original = "https://www.other-paper.com/2024/05/council-budget-analysis-in-depth/"
    assert publisher_of(first=f'<p>Via <a href="{original}">a long analysis of the vote</a>.</p>') is None
    html = (
        page()
        .decode()
        .replace(
            "<h1>City council approves new budget</h1>",
            f'<h1><a href="{original}">City council approves new budget</a></h1>',
        )
    )
    assert parse(html.encode()).origin is None


def test_a_brand_in_the_host_under_a_parent_domain_is_the_site_itself() -> None:
    # Given a copyright line naming ESPN on sports.espn.go.com
    url = "http://sports.espn.go.com/espn/commentary/news/story?id=5461430"
    record = parse(page(article_end="<p>©2011 ESPN Internet Ventures.</p>", url=url), url=url)
    assert record.origin is None


def test_a_box_in_the_storys_own_footer_after_the_article_is_its_reading() -> None:
    # Given a page footer element named as the story's ("endofarticle") after the article and its "article-footer"
    # section, holding the tags and a "Mehr zum Thema" box
    footer = (
        '<section class="article-footer"><a href="/share">Share</a></section>'
        '<footer class="endofarticle"><ul><li><a rel="tag" href="/thema/Bahn">Bahn</a></li></ul>'
        f'<aside class="more-on-the-subject"><span class="headline">Mehr zum Thema</span><ul>{RELATED}</ul></aside>'
        "</footer>"
    )
    assert see_also_urls(parse(page(after=footer))) == RELATED_URLS
    # While the same box in the site's footer is no reading of the story
    site = f'<footer class="site-footer"><span class="headline">Mehr zum Thema</span><ul>{RELATED}</ul></footer>'
    assert see_also_urls(parse(page(after=site))) == []


@pytest.mark.parametrize(
    "label",
    [
        "DW recommends",
        "Editors recommend",
        "Example News conseille",  # a site recommending in French, German, Spanish
        "Die Redaktion empfiehlt",
        "Example News recomienda",
        "NOS ARTICLES LIÉS »",  # a label after a possessive
        "Our related stories",
        "Nuestras noticias relacionadas",
    ],
)
def test_a_site_or_its_editors_recommending(label: str) -> None:
    record = parse(page(after=f'<h4>{label}</h4><div class="group"><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_a_related_box_in_the_grids_aside_column_is_not_the_articles() -> None:
    # Given a grid whose article column and aside column share one container, a related box in the aside column
    html = (
        page()
        .decode()
        .replace('<article class="story">', '<div class="grid"><div class="grid__column"><article class="story">')
    )
    html = html.replace(
        "</article>",
        "</article></div>"
        f'<div class="grid__column grid__column--aside"><div class="related-articles"><ul>{RELATED}</ul></div></div>'
        "</div>",
    )
    assert see_also_urls(parse(html.encode())) == []


def test_a_cards_kicker_linking_a_latest_tag_does_not_make_its_box_a_feed() -> None:
    # Given a related-named box whose card carries a kicker linking the tag "/tag/Aktuell"
    href, title = STORIES[0]
    card = f'<div class="category"><a href="/tag/Aktuell">Aktuell</a></div><h2><a href="{href}">{title}</a></h2>'
    assert see_also_urls(parse(page(after=f'<div class="related_to">{card}</div>'))) == [SITE + href]


def test_a_related_named_box_whose_first_line_names_a_section_feed_is_a_feed() -> None:
    # Given a box named "widget_related_to" whose first line, in <strong>, says "Weitere Artikel in diesem Ressort:"
    box = f'<div class="widget_related_to"><strong>Weitere Artikel in diesem Ressort:</strong><ul>{RELATED}</ul></div>'
    assert see_also_urls(parse(page(after=box))) == []


def test_a_line_that_is_only_courtesy_of_an_outlet_names_the_origin() -> None:
    # Given a story opening "Courtesy of Forests News" (in italics, its own paragraph)
    assert publisher_of(first="<p><em>Courtesy of Forests News </em></p>") == "Forests News"
    # While a picture's "Courtesy of NASA" or "Photo courtesy of The Daily News" names no origin
    assert publisher_of(first="<p>Courtesy of NASA</p>") is None
    assert publisher_of(first="<p>Photo courtesy of The Daily News</p>") is None


def test_a_cards_forum_thread_link_is_no_story_of_a_related_list() -> None:
    # Given a related list of six cards, each with a link to its forum thread ("86 Kommentare")
    threads = [f"/forum/threads/{href.strip('/').replace('/', '-')}" for href, _ in STORIES[:6]]
    cards = "".join(
        f'<li><a href="{href}">{title}</a> <a href="{thread}">86 Kommentare</a></li>'
        for (href, title), thread in zip(STORIES[:6], threads, strict=True)
    )
    record = parse(page(after=f'<ul class="content-list related-list">{cards}</ul>'))
    # Then the six stories are see-also: the threads are no stories, so the list is not too long for the story's own
    assert see_also_urls(record) == urls(6)


def test_a_box_in_a_div_named_as_the_article_bodys_footer_is_its_reading() -> None:
    # Given, after the article, a block named "article-body__footer" holding a "You Might Also Like" list
    footer = (
        '<div class="ContentFooterWrapper article-body__footer"><div class="linkstack">'
        f'<div class="link-stack--heading">You Might Also Like …</div><ul>{RELATED}</ul></div></div>'
    )
    assert see_also_urls(parse(page(after=footer))) == RELATED_URLS


@pytest.mark.parametrize(
    ("story", "other"),
    [  # a slug folder; a folder of words joined by dots under a date, beside one named like a domain with no date
        ("/2024/04/21/travel/holiday-weather-tips-for-drivers/index.html", "/travel/index.html"),
        ("/2010/US/06/12/gulf.oil.cleanup.jobs/index.html", "/partners/news.example.org/index.html"),
    ],
)
def test_a_story_served_as_its_folders_index_file_is_a_story(story: str, other: str) -> None:
    # Given a paragraph in the story that is only a link to another story at ".../<folder>/index.html", and another
    # to an index page that is no story's
    links = (
        f'<p><a href="{story}">Don\'t get trapped by bad holiday weather: top tips</a></p>'
        f'<p><a href="{other}">All of our travel news and guides here</a></p>'
    )
    record = parse(page(article_end=links))
    # Then the story is a see-also link and the other page is not
    assert see_also_urls(record) == [SITE + story]


def test_a_box_headed_most_read_in_arabic_is_a_feed() -> None:
    # Given a box of story lines at the end of the article headed "الأكثر تصفحاً" ("most browsed")
    items = "".join(f'<div class="item"><h2><a href="{href}">{title}</a></h2></div>' for href, title in STORIES[:3])
    record = parse(page(article_end=f'<div class="box"><div class="pad"><h4>الأكثر تصفحاً</h4>{items}</div></div>'))
    # Then none of its stories is see-also
    assert see_also_urls(record) == []


def test_a_related_box_named_sidebar_floated_between_the_paragraphs_is_the_storys() -> None:
    # Given a "Related stories" box whose class says "sidebar", floated between the story's paragraphs, and the
    # same kind of box in the page's side column beside the article
    box = f'<div class="inside-copy sidebar related-stories"><h3>Related stories</h3><ul>{RELATED}</ul></div>'
    first = (
        "<p>The first paragraph of the story tells what the council decided on Tuesday night, and why it matters.</p>"
        f"{box}"
    )
    side = (
        '<div class="sidebar related-stories"><h3>Related stories</h3><ul><li><a href="/2024/02/council-elects-a-'
        'new-speaker/">Council elects a new speaker</a></li></ul></div>'
    )
    # Then the floated box's stories are see-also links, the side column's are not
    assert see_also_urls(parse(page(first=first, after=side))) == RELATED_URLS


def test_a_box_recommended_by_the_site_is_further_reading_and_a_widgets_is_not() -> None:
    # Given a box headed "Recommended by Example News" right after the article, seven stories long
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:7])
    record = parse(page(after=f"<div><h4>Recommended by Example News</h4><ul>{items}</ul></div>"))
    # Then its stories are see-also links
    assert see_also_urls(record) == [SITE + href for href, _ in STORIES[:7]]
    # a guard: the same heading over a third-party widget's links is no reading
    widget = (
        '<div class="OUTBRAIN"><h4>Recommended by Outbrain</h4><ul><li><a href="https://paid.outbrain.com/network/'
        'redir?p=1">You will not believe these ten photos</a></li></ul></div>'
    )
    assert see_also_urls(parse(page(after=widget))) == []


def test_a_watch_line_linking_a_video_page_is_the_storys_own_media() -> None:
    # Given a "WATCH |" line between the paragraphs linking a video page, and an "Also Read:" line to a story
    video = "/videos/council-budget-vote-the-final-minutes-4412950"
    lines = (
        f'<p><strong>WATCH |</strong> <a href="{video}">Council budget vote: the final minutes</a></p>'
        f'<p><strong>Also Read:</strong> <a href="{STORIES[0][0]}">{STORIES[0][1]}</a></p>'
    )
    # Then only the story is a see-also link
    assert see_also_urls(parse(page(article_end=lines))) == [SITE + STORIES[0][0]]


def test_author_links_on_related_cards_do_not_make_the_box_a_feed() -> None:
    # Given a "Read also" box after the article: four cards, each with its picture, headline and teaser linked to the
    # story, its section, and "by <author>" linked to the author's page (hCard classes, an address like a story's)
    cards = "".join(
        f'<li><a href="{href}"><img src="/p{n}.jpg" alt=""></a><a class="kicker" href="/-essays-{n % 2}.html">Essay</a>'
        f'<h2 class="title"><a href="{href}">{title}</a></h2><div class="infos">by <span class="vcard author">'
        f'<a class="url fn" href="/_Writer-Number-{n}_.html">Writer Number {n}</a></span></div>'
        f'<div class="intro"><a href="{href}">A teaser of the story about the city.</a></div></li>'
        for n, (href, title) in enumerate(STORIES[:4])
    )
    record = parse(page(after=f'<div class="box"><h2 class="box_title">Read also</h2><ul>{cards}</ul></div>'))
    # Then the four stories are the see-also links, the authors are not
    assert see_also_urls(record) == urls(4)


def test_related_cards_linked_only_by_a_read_more_button_are_titled_by_their_headline() -> None:
    # Given a related box after the article whose cards link their story only from a "weiterlesen" button; each card
    # has its section as a kicker link and its headline unlinked
    cards = "".join(
        f'<div class="item"><div class="card"><header><span class="topline"><a href="/thema/city/">City</a></span>'
        f'<h2 class="card-title">{title}</h2><p>A teaser of the story about the city council.</p></header>'
        f'<div class="bar"><a class="more" href="{href}"><span>weiterlesen</span></a><span>5 Minuten</span></div>'
        "</div></div>"
        for href, title in STORIES[:3]
    )
    record = parse(page(article_end=f'<div class="list list--related">{cards}</div>'))
    # Then each story is a see-also link under its card's headline
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + href, t) for href, t in STORIES[:3]]


def test_the_related_box_of_the_next_article_in_an_endless_scroll_is_not_this_storys() -> None:
    # Given a page of whole articles one after another (an endless scroll) under the page's headline, each with its
    # own related box of the same kind; the page's story comes first
    paragraphs = PARAGRAPHS.split("</p>")

    def story(slug: str, related: list[tuple[str, str]]) -> str:
        items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in related)
        text = "</p>".join(paragraphs[:2]) + "</p>"
        related_box = f'<div class="related-links"><ul>{items}</ul></div>'
        return f'<article id="{slug}"><p>The {slug} story begins here.</p>{text}{related_box}</article>'

    scroll = story("budget", STORIES[:2]) + story("next", STORIES[2:4]) + story("third", STORIES[5:7])
    title = "City council approves new budget"
    data = f"<html><head><title>{title}</title></head><body><h1>{title}</h1><div>{scroll}</div></body></html>"
    # Then only the first article's related stories are the page's see-also links
    assert see_also_urls(parse(data.encode())) == urls(2)


def test_a_related_box_of_feed_tabs_is_a_feed() -> None:
    # Given a box named as related content after the article, whose tabs are the site's most recent stories and a
    # topic's latest
    panes = (
        f'<div class="tab-pane current" id="plusrecents"><ul>{RELATED}</ul></div>'
        f'<div class="tab-pane" id="topic"><ul><li><a href="{STORIES[2][0]}">{STORIES[2][1]}</a></li></ul></div>'
    )
    box = f'<div class="article-related"><h3>On the same subject</h3><div class="tabs-content">{panes}</div></div>'
    record = parse(page(after=box))
    # Then none of its links is see-also
    assert see_also_urls(record) == []


def test_the_editors_advice_in_french_labels_a_list() -> None:
    # Given "La rédaction vous conseille :" over a list after the article
    box = f'<div class="list"><p class="list-title">La rédaction vous conseille :</p><ul>{RELATED}</ul></div>'
    record = parse(page(after=box))
    assert see_also_urls(record) == RELATED_URLS


SISTER = [
    (
        "https://business.example-finance.com/energy/how-one-company-turns-co2-into-soap",
        "How one company turns CO2 into soap",
    ),
    (
        "https://www.example-daily.com/2024/04/city-budget-explained-in-five-charts",
        "The city budget explained in five charts",
    ),
]
SISTER_LIST = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in SISTER)


def test_a_related_list_headed_by_its_label_keeps_other_sites_stories() -> None:
    # Given, at the article's end, a "Related" heading over a list named as related links to a sister site's stories
    record = parse(
        page(article_end=f'<h2 class="head"><span>Related</span></h2><ul class="related_links">{SISTER_LIST}</ul>')
    )
    # Then both are see-also links
    assert see_also_urls(record) == [href for href, _ in SISTER]


def test_a_related_box_headed_inside_by_a_longer_label_keeps_other_sites_stories() -> None:
    # Given a box named as related posts headed "Read Other Related Stories About This:" over other outlets' stories
    box = f'<div id="relatedPosts"><h3>Read Other Related Stories About This:</h3><ul>{SISTER_LIST}</ul></div>'
    record = parse(page(article_end=box))
    assert see_also_urls(record) == [href for href, _ in SISTER]


def test_an_unlabelled_related_box_of_other_sites_stories_stays_a_widget() -> None:
    # Given a box named as related content, with no label, of other sites' stories (a recommendation widget)
    record = parse(page(article_end=f'<div class="related-content"><ul>{SISTER_LIST}</ul></div>'))
    assert see_also_urls(record) == []


def test_the_sites_own_pages_are_no_stories() -> None:
    # Given, in the author box at the story's top, a line linking the site's standards page, and in the story a
    # paragraph that is only a link to its "about us" page
    first = '<div class="author"><p><a href="/policies-and-standards">Why you can trust Example News here</a></p></div>'
    end = '<p><a href="/about-us/">About us: the people behind Example News</a></p>'
    record = parse(page(first=first, article_end=end))
    # Then neither is see-also
    assert see_also_urls(record) == []


def test_a_link_line_after_a_kicker_in_capitals_is_a_see_also_line() -> None:
    # Given a paragraph in the story that is a bold kicker in capitals and a link to another story
    href, title = STORIES[0]
    record = parse(page(article_end=f'<p><b>AT CITY HALL: </b><a href="{href}">{title}</a></p>'))
    # Then the story is a see-also link; a sentence ending in a link is not
    assert see_also_urls(record) == [SITE + href]
    prose = f'<p>The council met twice this week: <a href="{href}">{title}</a></p>'
    assert see_also_urls(parse(page(article_end=prose))) == []


def test_a_box_headed_ademas_is_further_reading() -> None:
    # Given a Spanish story's box, after it, headed "Además" ("also"): a link to all news on the topic, then a story
    href, title = STORIES[0]
    topic = '<li><a href="/council/"><strong>Todas las noticias sobre el consejo</strong></a></li>'
    box = f'<div class="apoyos"><h4>Además</h4><ul>{topic}<li><a href="{href}">{title}</a></li></ul></div>'
    assert see_also_urls(parse(page(after=box))) == [SITE + href]


def test_a_teaser_card_in_the_story_with_a_short_headline_is_see_also() -> None:
    # Given, between the story's paragraphs, a teaser card in one link: an overline, a three-word headline, a summary
    href = "/2024/04/bus-lanes-for-the-ring-road-1.4435810"
    card = (
        f'<figure class="teaser"><a class="teaser--article" href="{href}"><figcaption><p>New traffic plan</p>'
        "<h3>Buses every half-hour</h3><p>The city wants buses every thirty minutes from next year.</p>"
        "</figcaption></a></figure>"
    )
    record = parse(page(article_end=card + "<p>The council will vote again in the spring on the whole plan.</p>"))
    # Then the card's story is a see-also link
    assert see_also_urls(record) == [SITE + href]


def test_a_line_named_as_the_next_post_is_no_see_also() -> None:
    # Given, inside the article, the post navigation: a list item named "next-post" linking the next story
    href, title = STORIES[0]
    nav = f'<ol id="post-links"><li class="next-post"><a href="{href}">{title} and what it means</a></li></ol>'
    assert see_also_urls(parse(page(article_end=nav))) == []


def test_a_topic_label_over_a_persons_profile_gives_no_see_also() -> None:
    # Given, in the story, "More about Jane Doe" over a link to her profile page
    box = (
        '<h3>More about Jane Doe</h3><div class="text-cell"><span><strong>'
        '<a href="/en/research/profile/person/jane-doe/?id=5">Jane Doe Example</a></strong>, Professor of Policy and '
        "Director of the Centre for Studies</span></div>"
    )
    assert see_also_urls(parse(page(article_end=box))) == []


def test_the_sites_subscription_shop_is_no_story() -> None:
    # Given, in the story, a line linking the site's subscription shop on its own host
    href = "https://abo.example-news.com/ueber-example-plus-abo"
    promo = f'<p><a href="{href}">Neu: Example Plus jetzt gratis testen!</a></p>'
    assert see_also_urls(parse(page(article_end=promo))) == []


SHORT = [
    ("/2024/04/budget-vote-delayed-again/", "Budget vote delayed"),
    ("/2024/03/mayor-wins-recall-vote/", "Mayor wins recall"),
]
SHORT_LIST = "".join(f'<li><h4><a href="{href}">{title}</a></h4></li>' for href, title in SHORT)
SHORT_URLS = [SITE + href for href, _ in SHORT]


@pytest.mark.parametrize("attribute", ['data-track="Related articles"', 'data-rn-track="関連記事"'])
def test_a_list_named_related_only_by_a_data_attribute_is_a_related_box(attribute: str) -> None:
    # Given, at the story's end, an unheaded list of short headlines whose analytics attribute names it as related
    box = f'<div class="section"><ul class="article-list" {attribute}>{SHORT_LIST}</ul></div>'
    assert see_also_urls(parse(page(article_end=box))) == SHORT_URLS


def test_a_tag_cloud_of_related_named_links_leaves_room_for_the_related_box() -> None:
    # Given a cloud of 14 topic links each named "relatedTags_item", then a box named "related-stories"
    tags = "".join(f'<a class="m-relatedTags_item" href="/topic/{n}">Topic {n}</a>' for n in range(14))
    box = f'<div class="related-stories"><ul>{SHORT_LIST}</ul></div>'
    record = parse(page(article_end=f"<div>{tags}</div>{box}"))
    assert see_also_urls(record) == SHORT_URLS


def test_a_box_named_as_having_no_footer_is_no_footer() -> None:
    # Given a page in columns: the site's menu, the story, and beside it an "ALSO SEE" module whose class says it
    # has no footer ("mod-no-footer")
    menu = "".join(f'<li><a href="/section/{n}">Section number {n}</a></li>' for n in range(30))
    head = '<div class="mod-header"><h4>ALSO SEE</h4></div>'
    box = f'<div class="mod-container mod-no-footer">{head}<div class="mod-content"><ul>{SHORT_LIST}</ul></div></div>'
    title = "City council approves new budget"
    story = f'<div class="span-4"><div class="article"><h1>{title}</h1><div>{PARAGRAPHS}</div></div></div>'
    columns = f'<div class="span-1"><ul>{menu}</ul></div>{story}<div class="span-2">{box}</div>'
    data = f"<html><head><title>{title}</title></head><body><div>{columns}</div></body></html>"
    # Then its stories are see-also links, as they would be without that class
    assert see_also_urls(parse(data.encode())) == SHORT_URLS


def test_a_label_heading_a_set_of_feed_tabs_gives_no_links() -> None:
    # Given a box named as related content, headed "On the same subject", whose tabs are the site's most recent
    # stories (the current tab) and a topic's latest
    panes = (
        f'<div class="tab-pane" id="plusrecents"><ul>{RELATED}</ul></div>'
        f'<div class="tab-pane current" id="topic"><ul><li><a href="{STORIES[2][0]}">{STORIES[2][1]}</a></li>'
        f'<li><a href="{STORIES[3][0]}">{STORIES[3][1]}</a></li></ul></div>'
    )
    head = '<div class="mod-header"><h3>Sur le même sujet</h3></div>'
    box = f'<div class="article-related">{head}<div class="tabs-content">{panes}</div></div>'
    # Then the heading, a further-reading label, does not make the topic tab's stories see-also
    assert see_also_urls(parse(page(after=box))) == []


@pytest.mark.timeout(30)
def test_a_link_line_in_a_long_run_of_capitals_parses_in_linear_time() -> None:
    # Given a paragraph opening with 50,000 capital letters and no colon, then a story link (the kicker test once
    # tried every way to cut such a run into four words)
    href, title = STORIES[0]
    line = f'<p>{"A" * 50_000} <a href="{href}">{title}</a></p>'
    # Then the page parses (a hang would fail the test's time limit), and the long line is no see-also line
    assert see_also_urls(parse(page(article_end=line))) == []
