"""See-also precision on unfamiliar news templates (from the blind sets ``seealso12`` and ``seealso14``), each rule
on a small hand-written page: side columns named in hashed and BEM classes, feed headings, a feed's heading written
as a tab, a related rail after the article, the next story of an endless scroll, tag pages in other languages, a
"Next article" line, a caption under the article's video, a news ticker, a label inside its link."""

from __future__ import annotations

import pytest
from support.news_pages import PARAGRAPHS, RELATED, RELATED_URLS, SITE, STORIES, parse, see_also_urls


def grid_page(after_article: str, beside: str = "", inside_end: str = "") -> bytes:
    """A modern template: the article and what follows it in a main column, ``beside`` as the next column."""
    return (
        "<html><head><title>City council approves new budget</title></head><body>"
        '<header class="Header_root__x1"><a href="/">Example News</a></header><div class="Layout_grid__a9">'
        '<main class="Layout_main__b2"><article class="Article_article__c3"><h1>City council approves new budget</h1>'
        f'<div class="ArticleBody_body__d4">{PARAGRAPHS}{inside_end}</div></article>{after_article}</main>{beside}'
        '</div><footer class="site-footer"><p>© Example News</p></footer></body></html>'
    ).encode()


RELATED_BOX = f'<section class="Widget_box__e5"><h2 class="Widget_title__f6">Related</h2><ul>{RELATED}</ul></section>'


@pytest.mark.parametrize("column", ["ArticleLayout_side__n8BTe", "gn-layout__side", "ArticlePage-aside"])
def test_a_related_box_in_a_side_column_named_in_a_hashed_or_bem_class_is_not_the_articles(column: str) -> None:
    # Given a side column after the main column, named "…_side__hash", "…__side" or "…-aside", holding "Related"
    html = grid_page("", beside=f'<div class="{column}">{RELATED_BOX}</div>')
    assert see_also_urls(parse(html)) == []


def test_a_box_named_aside_and_labelled_related_is_the_articles_own() -> None:
    # Given the related box itself an <aside class="story-aside" aria-label="Related stories"> right after the body
    html = grid_page(f'<aside class="story-aside" aria-label="Related stories"><ul>{RELATED}</ul></aside>')
    assert see_also_urls(parse(html)) == RELATED_URLS


def test_a_wrapper_whose_class_begins_with_side_is_no_side_column() -> None:
    # Given the page's wrapper "l-side-margins" around the article and its "More on this story" box
    html = grid_page(f'<section class="onward"><h2>More on this story</h2><ul>{RELATED}</ul></section>').replace(
        b'<div class="Layout_grid__a9">', b'<div class="l-side-margins"><div class="Layout_grid__a9">'
    )
    assert see_also_urls(parse(html.replace(b"</main>", b"</main></div>"))) == RELATED_URLS


def test_a_related_rail_right_after_the_article_counts() -> None:
    # Given a related box named "RelatedRail_rail__hash" (a rail of cards, not a right rail) after the <article>
    html = grid_page(f'<section class="RelatedRail_rail__p8"><h2>Recommended</h2><ul>{RELATED}</ul></section>')
    assert see_also_urls(parse(html)) == RELATED_URLS


@pytest.mark.parametrize(
    "heading",
    ["In Other News", "Don't miss", "Editor's Picks", "In case you missed it", "Net binnen", "Meer uit Utrecht",
     "Więcej z Krakowa", "À la une", "En continu", "Up Next"],
)  # fmt: skip
def test_a_related_named_box_headed_as_a_site_feed_is_a_feed(heading: str) -> None:
    box = f'<div class="td_block_related_posts"><h4 class="block-title">{heading}</h4><ul>{RELATED}</ul></div>'
    assert see_also_urls(parse(grid_page(box))) == []


def test_a_feed_heading_written_as_a_tab_link_that_goes_nowhere_is_still_a_feed_heading() -> None:
    # Given the related-posts module's heading "In Other News" written as a filter tab: <a href="#">
    tab = '<h4><a href="#" class="tab">In Other News</a></h4>'
    box = f'<div class="td_block_related_posts">{tab}<ul>{RELATED}</ul></div>'
    assert see_also_urls(parse(grid_page(box))) == []
    # While the same tab saying "Related Articles" heads the story's own box
    box = box.replace("In Other News", "Related Articles")
    assert see_also_urls(parse(grid_page(box))) == RELATED_URLS


def next_story(extra: str) -> str:
    """The next story of an endless scroll: an <article> with its headline, paragraphs and ``extra``."""
    paragraphs = "".join(
        f"<p>Next story paragraph {n} about the harbour and its new ferry timetable.</p>" for n in range(3)
    )
    return (
        '<article class="Article_article__c3 Article_next__g7"><h2><a href="/2024/05/harbour-ferry-timetable-changes/">'
        f"Harbour ferry timetable changes</a></h2>{paragraphs}{extra}</article>"
    )


def test_the_next_storys_related_box_and_reading_line_are_not_this_storys() -> None:
    # Given this story's "Recommended" box, then the next story of an endless scroll with a box and a "Read also" line
    href, title = STORIES[2]
    own = f'<section class="RelatedRail_rail__p8"><h2>Recommended</h2><ul>{RELATED}</ul></section>'
    others = next_story(
        f'<section class="RelatedRail_rail__p8"><h2>Recommended</h2><ul><li><a href="{STORIES[3][0]}">'
        f'{STORIES[3][1]}</a></li></ul></section><p>Read also: <a href="{href}">{title}</a></p>'
    )
    assert see_also_urls(parse(grid_page(own + others))) == RELATED_URLS


@pytest.mark.parametrize(
    "path", ["/mots-cles/conseil-municipal", "/schlagworte/stadtrat-sitzung", "/all-about/city-council"]
)
def test_tag_pages_in_other_languages_are_no_stories(path: str) -> None:
    # Given a "Read more about:" list whose links are the story's topic pages
    links = f'<li><a href="{path}">City council</a></li><li><a href="{path}-budget">Budget of the city council</a></li>'
    html = grid_page("", inside_end=f'<div class="article-topics"><h3>Read more about:</h3><ul>{links}</ul></div>')
    assert see_also_urls(parse(html)) == []


def test_a_third_party_widgets_links_and_an_ad_servers_click_throughs_are_no_reading() -> None:
    # Given a LinkWithin-style "You might also like:" widget after the body (links to the site's own posts), and a
    # "Related" box whose links go through a recommendation service's or an ad server's click-through host
    widget = (
        f'<div class="linkwithin_div"><div class="linkwithin_text">You might also like:</div><ul>{RELATED}</ul></div>'
    )
    assert see_also_urls(parse(grid_page(widget))) == []
    tracked = "".join(
        f'<li><a href="{host}?dest_url=https%3A%2F%2Fwww.example-news.com{path}">{title}</a></li>'
        for host, (path, title) in zip(
            ("https://t.nrelate.com/tracking", "https://clk.adserver.example/c"), STORIES[:2], strict=True
        )
    )
    assert see_also_urls(parse(grid_page(f"<h3>Related</h3><ul>{tracked}</ul>"))) == []


def test_a_box_whose_class_only_contains_a_widgets_name_is_no_widget() -> None:
    # "conRelatedLinks" holds "nRelate" inside a word: the site's own related box, not the nrelate widget
    box = f'<div class="conRelatedLinks"><h3>Related</h3><ul>{RELATED}</ul></div>'
    assert see_also_urls(parse(grid_page(box))) == RELATED_URLS


def test_a_blogs_related_posts_at_their_plain_post_id_addresses_count() -> None:
    # Given a YARPP-style "Related posts:" list whose links are WordPress's plain permalinks ("?p=856")
    items = (
        '<li><a href="https://www.example-news.com/?p=856">A barley wine that aged two years in the basement</a></li>'
    )
    items += '<li><a href="https://www.example-news.com/?p=977">Brewing a second batch with the same yeast</a></li>'
    record = parse(grid_page("", inside_end=f"<p>Related posts:</p><ol>{items}</ol>"))
    assert see_also_urls(record) == ["https://www.example-news.com/?p=856", "https://www.example-news.com/?p=977"]
    # While a list's second page ("?p=2") is no post
    pages = '<li><a href="https://www.example-news.com/archive?p=2">More stories on the archive page two</a></li>' * 2
    assert see_also_urls(parse(grid_page("", inside_end=f"<p>Related posts:</p><ol>{pages}</ol>"))) == []


@pytest.mark.parametrize("heading", ["Approfondimenti", "Mehr zum Hamburger Hafen", "Mehr zur Landtagswahl"])
def test_an_italian_further_reading_heading_and_a_german_topic_heading(heading: str) -> None:
    # "Approfondimenti" (further reading); "Mehr zum/zur <topic>" as "More on <topic>"
    html = grid_page(f'<section class="Box_box__x1"><h2>{heading}</h2><ul>{RELATED}</ul></section>')
    assert see_also_urls(parse(html)) == RELATED_URLS


LONG_STORY = (
    "/2024/05/harbour-board-approves-the-new-ferry-terminal-after-years-of-delay/",
    "Harbour board approves the new ferry terminal after years of delay",
)


def article_page(end: str = "") -> bytes:
    """A plain page: the headline and the paragraphs, then ``end``, in one wrapper."""
    return (
        "<html><head><title>City council approves new budget</title></head><body><div>"
        f"<article><h1>City council approves new budget</h1>{PARAGRAPHS}{end}</article></div></body></html>"
    ).encode()


def test_a_next_article_line_is_no_further_reading_but_read_next_is() -> None:
    href, title = LONG_STORY
    line = f'<p class="next"><span>Next article:</span> <a href="{href}">{title}</a></p>'
    assert see_also_urls(parse(article_page(end=line))) == []
    line = line.replace("Next article:", "Read next:")
    assert see_also_urls(parse(article_page(end=line))) == [f"https://www.example-news.com{href}"]


def test_a_caption_link_under_the_articles_video_is_its_own_media() -> None:
    href, title = STORIES[0]
    video = '<amp-video width="640" height="360" src="https://video.example-news.com/clip.mp4"></amp-video>'
    caption = f'<p class="caption"><a href="{href}">Watch: {title}</a></p>'
    assert see_also_urls(parse(grid_page("", inside_end=f"{video}{caption}"))) == []
    # the same line with no media before it is a reading line
    assert see_also_urls(parse(grid_page("", inside_end=caption.replace("caption", "line")))) != []


def test_a_news_ticker_in_a_page_wide_container_is_a_feed() -> None:
    # Given a "Última hora" ticker above the headline inside the one wrapper the body extractor takes
    ticker = '<div class="b-ticker"><span>Última hora</span>' + "".join(
        f'<a href="{href}">{title}</a>' for href, title in STORIES[2:4]
    )
    html = (
        "<html><head><title>City council approves new budget</title></head><body><div>"
        f"{ticker}</div><h1>City council approves new budget</h1>{PARAGRAPHS}</div></body></html>"
    ).encode()
    assert see_also_urls(parse(html)) == []


def test_a_label_inside_the_link_is_left_out_of_its_title() -> None:
    href, title = STORIES[0]
    line = f'<p class="c-paragraph"><a href="{href}">LEE TAMBIÉN: {title}</a></p>'
    record = parse(grid_page("", inside_end=line))
    assert [(link.url, link.title) for link in record.see_also] == [(f"https://www.example-news.com{href}", title)]


def _items(stories: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in stories)


PAGE = ("/2024/05/city-council-approves-new-budget/", "City council approves new budget")
"""The page itself, as a list item names it."""


def test_a_list_in_the_body_holding_the_page_itself_is_a_series_not_reading() -> None:
    series = f'<div class="series-box"><h4>Budget 2024: our coverage</h4><ol>{_items([*STORIES[:2], PAGE])}</ol></div>'
    assert see_also_urls(parse(grid_page("", inside_end=series))) == []


@pytest.mark.parametrize("heading", ["More by Tamara Okafor", "Mehr von Sandra Frei"])
def test_an_authors_feed_in_cards_is_a_feed(heading: str) -> None:
    cards = "".join(
        f'<li class="List-items-item"><div class="PromoB"><div class="PromoB-title"><a href="{href}">{title}</a>'
        "</div></div></li>"
        for href, title in STORIES[:3]
    )
    box = (
        f'<div class="List"><div class="List-header"><h2>{heading}</h2></div><ul class="List-items">{cards}</ul></div>'
    )
    assert see_also_urls(parse(grid_page("", inside_end=box))) == []


def test_a_feeds_heading_written_as_its_link_ends_the_search_after_the_article() -> None:
    feed = (
        f'<div class="List"><h2><a href="/news/local">More from Local News</a></h2><ul>{_items(STORIES[:2])}</ul></div>'
    )
    assert see_also_urls(parse(grid_page(feed))) == []


def test_a_script_index_page_naming_a_news_item_by_id_is_a_story() -> None:
    href = "index.php?id=44&amp;tx_ttnews%5Btt_news%5D=48013&amp;cHash=6e2f0b8a41c9d3e7"
    box = (
        '<div class="news-single-related"><h3>Lesen Sie auch</h3><ul>'
        f'<li><a href="/{href}">Sanierung oder Neubau: Gutachten zur Stadthalle vorgestellt</a></li>'
        f"{_items(STORIES[:1])}</ul></div>"
    )
    urls = see_also_urls(parse(grid_page("", inside_end=box)))
    assert urls[0].startswith("https://www.example-news.com/index.php?id=44&tx_ttnews")
    assert len(urls) == 2
    # the site's home script itself is no story
    assert not any(
        "index.php?id=1" in url
        for url in see_also_urls(
            parse(
                grid_page(
                    "",
                    inside_end=box.replace("id=44&amp;tx_ttnews%5Btt_news%5D=48013&amp;cHash=6e2f0b8a41c9d3e7", "id=1"),
                )
            )
        )
    )


def test_a_tab_naming_no_panel_reads_the_panel_in_its_place() -> None:
    box = (
        '<div class="tabbox"><ul class="tabbox__tabs" role="tablist">'
        '<li role="tab" data-tab="rel">Relaterede artikler</li><li role="tab" data-tab="top">Mest læste</li></ul>'
        f'<div role="tabpanel" data-panel="rel"><ul>{_items(STORIES[:2])}</ul></div>'
        f'<div role="tabpanel" data-panel="top"><ol>{_items([*STORIES[4:6], PAGE])}</ol></div></div>'
    )  # the second panel, a feed, holds the page itself
    assert see_also_urls(parse(grid_page("", inside_end=box))) == RELATED_URLS


@pytest.mark.parametrize(
    "heading", ["Continue reading", "Sigue leyendo", "Verder lezen", "Para saber más", "More in this series"]
)
def test_more_reading_headings_and_a_series_box_without_the_page_are_reading(heading: str) -> None:
    html = grid_page(f'<section class="Box_box__x1"><h2>{heading}</h2><ul>{RELATED}</ul></section>')
    assert see_also_urls(parse(html)) == RELATED_URLS


def test_more_in_a_section_is_still_a_feed() -> None:
    html = grid_page(f'<section class="Box_box__x1"><h2>More in Politics</h2><ul>{RELATED}</ul></section>')
    assert see_also_urls(parse(html)) == []


def test_a_further_reading_list_leaves_out_a_home_page_and_a_shop_in_it() -> None:
    (first, title), (second, other) = STORIES[0], STORIES[1]
    items = (
        f'<li><a href="{first}">{title}</a> – our 2017 feature on the switching-off of the fog signals and what '
        "followed.</li>"
        '<li>The <a href="https://www.lahntrust.org.uk/">Lahn Trust</a> runs an oral-history archive and welcomes '
        "recordings from families.</li>"
        '<li>Margaret Ellery\'s <a href="https://www.tidelinebooks.co.uk/shop/the-keepers-log-margaret-ellery">'
        "<em>The Keeper's Log</em></a> (Tideline Books, 2014) collects letters from four generations.</li>"
        f'<li><a href="{second}">{other}</a> – the vote, step by step, with the figures for each ward.</li>'
    )
    html = grid_page(f'<section class="further"><h2>Further reading</h2><ul>{items}</ul></section>')
    assert see_also_urls(parse(html)) == RELATED_URLS


@pytest.mark.parametrize(
    ("box", "label"),
    [("UpNext_card__Hk2Lw", "Up next"), ("next-article", "Article suivant"), ("nextStory", "Next")],
)
def test_a_next_article_card_at_the_articles_end_is_no_reading(box: str, label: str) -> None:
    # Given the story's end holding one card for the next article, as a modern template names it
    href, title = STORIES[0]
    link = f'<a href="{href}"><h3>{title}</h3><span>Read next →</span></a>'
    card = f'<aside class="{box}"><span>{label}</span>{link}</aside>'
    assert see_also_urls(parse(grid_page("", inside_end=card))) == []


def test_a_labelled_box_left_empty_for_a_script_takes_no_links_from_the_box_after_it() -> None:
    # Given "Sur le même sujet" over an empty list a script fills, then the next article's card
    empty = '<section class="same-subject"><h2>Sur le même sujet</h2><ul class="same-subject__list"></ul></section>'
    href, title = STORIES[0]
    after = f'<aside class="next-article"><span>Article suivant</span><a href="{href}">{title}</a></aside>'
    assert see_also_urls(parse(grid_page("", inside_end=f"{empty}{after}"))) == []
    # While the same label over its list is the article's reading
    full = f'<section class="same-subject"><h2>Sur le même sujet</h2><ul>{RELATED}</ul></section>'
    assert see_also_urls(parse(grid_page("", inside_end=full))) == RELATED_URLS


def test_links_in_a_table_of_figures_inside_the_article_are_no_reading() -> None:
    # Given a results table in the story: each row a link to a data page and its figures
    rows = "".join(
        f'<tr><td><a href="{href}">{title}</a></td><td>Yes 49.2%</td><td>52% reporting</td></tr>'
        for href, title in STORIES[:2]
    )
    assert see_also_urls(parse(grid_page("", inside_end=f"<table>{rows}</table>"))) == []


def test_the_storys_own_video_in_its_related_box_is_no_reading() -> None:
    # Given the article's video player with a caption linking the video page, and a "Related coverage" box listing
    # that video beside two stories
    video = "/video/news/commuters-react-to-ferry-ticket-change-3a1kf.html"
    player = (
        f'<div class="videoPlayer"><img src="/still.jpg" alt=""><p class="videoCaption"><a href="{video}">'
        "Commuters react to ferry ticket change</a></p></div>"
    )
    box = (
        f'<section class="Widget_box__e5"><h2>Related coverage</h2><ul><li><a href="{video}">Commuters react to '
        f"ferry ticket change</a></li>{RELATED}</ul></section>"
    )
    html = grid_page(box, inside_end=player)
    assert see_also_urls(parse(html)) == RELATED_URLS


@pytest.mark.parametrize(
    "media",
    [
        '<p class="video-caption"><a href="/video/id-531/rba-lifts-rates-again">Watch: RBA lifts rates again</a></p>',
        '<p><a href="/audio/the-farmers-who-sold-their-water/">Listen to this article</a></p>',
        '<div class="embed"><div>Video</div><a href="/video/property/inside-a-rental-inspection-4z9pb.html">'
        "Inside a 50-person rental inspection in Marrickville</a></div>",
    ],
)
def test_a_link_to_the_storys_own_video_or_audio_is_no_reading(media: str) -> None:
    assert see_also_urls(parse(grid_page("", inside_end=media))) == []


def test_a_related_list_of_websites_to_visit_is_no_reading() -> None:
    items = "".join(
        f'<li><a href="https://www.agency-{i}.example/warnings/fires-near-me">Website: Agency {i} warnings</a></li>'
        for i in range(3)
    )
    assert see_also_urls(parse(grid_page(f"<section><h2>Related links</h2><ul>{items}</ul></section>"))) == []


def test_links_under_a_bold_paragraph_naming_a_section_feed_are_no_reading() -> None:
    # Given "MORE NOOSA NEWS" set in bold at the end of the text, over two unrelated local stories
    lines = "".join(f'<p><a href="{href}">{title}</a></p>' for href, title in STORIES[:2])
    assert see_also_urls(parse(grid_page("", inside_end=f"<p><strong>MORE NOOSA NEWS</strong></p>{lines}"))) == []
    # While the same lines under a bold "Related" are the story's reading
    related = parse(grid_page("", inside_end=f"<p><strong>Related</strong></p>{lines}"))
    assert see_also_urls(related) == [SITE + href for href, _ in STORIES[:2]]


@pytest.mark.parametrize(
    "line",
    [
        '<p>Lees ook: <a href="https://www.city.example/raad/2019/raadsvoorstel-parkeren.pdf">Het voorstel</a></p>',
        '<p><strong>Leggi anche:</strong> <a href="/dossier/coronavirus">tutte le notizie sul coronavirus</a></p>',
        '<p><a href="/videos/saint-brieuc/premiers-coups-de-pelle-3194431">VIDÉO. Les premiers coups de pelle</a></p>',
        '<p><a href="/gallery/ticino/il-lac-si-prepara-g1289040">FOTOGALLERY: il LAC si prepara</a></p>',
    ],
)
def test_a_document_a_dossier_or_the_storys_own_media_is_no_reading(line: str) -> None:
    assert see_also_urls(parse(grid_page("", inside_end=line))) == []


@pytest.mark.parametrize("heading", ["Mehr Nachrichten", "Weitere Themen", "More news", "Más noticias"])
def test_a_related_named_list_inside_a_box_headed_as_a_site_feed_is_a_feed(heading: str) -> None:
    # Given a list named "relatedContent" two wrappers below a box's heading that names a feed
    box = (
        f'<div class="box"><h3 class="ressort">{heading}</h3><div class="teaser"><div class="linklist">'
        f'<ul class="list" id="relatedContent">{RELATED}</ul></div></div></div>'
    )
    assert see_also_urls(parse(grid_page(box))) == []


def test_a_related_named_list_inside_a_box_headed_as_further_reading_counts() -> None:
    # Given the same wrappers under "Mehr zum Thema" ("More on the topic"): the story's own reading
    box = (
        '<div class="box"><h3 class="ressort">Mehr zum Thema</h3><div class="teaser"><div class="linklist">'
        f'<ul class="list" id="relatedContent">{RELATED}</ul></div></div></div>'
    )
    assert see_also_urls(parse(grid_page(box))) == RELATED_URLS


STORY_LINKS = "".join(f'<a href="{href}">{title}</a>' for href, title in STORIES[:4])


@pytest.mark.parametrize(
    "navigation",
    [
        f'<div class="navigation"><div class="alignleft"><a href="{STORIES[0][0]}">{STORIES[0][1]}</a></div>'
        f'<div class="alignright"><a href="{STORIES[1][0]}">{STORIES[1][1]}</a></div></div>',
        f'<div class="navigation-top"><div class="older"><a href="{STORIES[0][0]}">{STORIES[0][1]}</a></div>'
        f'<div class="newer"><a href="{STORIES[1][0]}">{STORIES[1][1]}</a></div></div>',
    ],
)
def test_previous_and_next_post_links_in_a_navigation_box_inside_the_article_are_no_reading(navigation: str) -> None:
    # Given a blog's previous/next post links in a box named "navigation" (or "older"/"newer"), inside the article
    assert see_also_urls(parse(grid_page("", inside_end=navigation))) == []


def test_latest_reports_of_the_category_after_the_article_are_a_feed() -> None:
    # Given "Aktuelle Berichte aus dieser Kategorie:" ("Latest reports from this category") over story links
    box = f'<div class="morelinks"><h5>Aktuelle Berichte aus dieser Kategorie:</h5>{STORY_LINKS}</div>'
    assert see_also_urls(parse(grid_page("", inside_end=box))) == []
