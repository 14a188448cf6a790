"""See-also on hand-written pages modelled on common related-box markups: card grids of ``<article>`` elements,
``<aside>`` boxes, image + headline anchor pairs, boxes nested a few levels away from the article."""

from __future__ import annotations

import pytest
from support.news_pages import SITE, STORIES, nested_page, page, parse, see_also_urls, urls


def article_cards(count: int, comments: bool = False) -> str:
    """WordPress-style cards: an image link, a linked heading, a date, optionally a comments-count link."""
    return "".join(
        f'<article class="post type-post"><a class="thumb" href="{href}"><img src="/i/{n}.jpg" alt=""></a>'
        f'<h3 class="entry-title"><a href="{href}">{title}</a></h3><span class="date">3 May 2024</span>'
        + (f'<a href="{href}#comments">4</a>' if comments else "")
        + "</article>"
        for n, (href, title) in enumerate(STORIES[:count])
    )


def test_a_labelled_grid_of_cards_with_comment_links() -> None:
    # Given six cards, each with its comments link ("#comments"), under a "Related Posts" heading
    grid = article_cards(6, comments=True)
    box = f'<section class="x"><h2>Related Posts</h2><div class="grid">{grid}</div></section>'
    record = parse(page(after=box))
    # Then the six stories are see-also: a comments link is the same story, not a seventh to twelfth one
    assert see_also_urls(record) == urls(6)


def li_pairs(count: int) -> str:
    """List cards: an image-only link, then a second anchor to the same URL holding the headline element."""
    return "".join(
        f'<li class="item"><a href="{href}"><img src="/i/{n}.jpg" alt=""></a><a href="{href}"><h3>{title}</h3></a></li>'
        for n, (href, title) in enumerate(STORIES[:count])
    )


@pytest.mark.parametrize(
    "box",
    [
        f'<aside class="box"><h3>You may also like</h3><ul>{li_pairs(3)}</ul></aside>',
        f'<aside><h4 class="title">Read next</h4><div class="cards">{article_cards(3)}</div></aside>',
        f'<div class="x"><div class="y"><h2><span>More like this</span></h2></div><div class="z"><ul>{li_pairs(3)}'
        "</ul></div></div>",
        f'<section class="x"><header><h2>Related Articles</h2></header><div class="grid">{article_cards(3)}</div>'
        "</section>",
    ],
)
def test_card_boxes_right_after_a_nested_article(box: str) -> None:
    # Given a theme page whose article sits inside wrappers, and a labelled box of cards right after it
    record = parse(nested_page(box))
    # Then its stories are see-also
    assert see_also_urls(record) == urls(3)


@pytest.mark.parametrize(
    "box",
    [
        f'<aside class="box"><h3>Related</h3><ul>{li_pairs(3)}</ul></aside>',
        f'<section class="x"><h2>Related Posts</h2><div class="grid">{article_cards(3)}</div></section>',
    ],
)
def test_card_boxes_after_the_wrapper_of_the_article(box: str) -> None:
    # Given a labelled box one wrapper further out than the article
    record = parse(nested_page("", box))
    # Then its stories are see-also
    assert see_also_urls(record) == urls(3)


@pytest.mark.parametrize(
    "box",
    [
        f'<aside class="widget"><h3>Latest News</h3><ul>{li_pairs(3)}</ul></aside>',
        f'<section class="x"><h2>Most Read</h2><div class="grid">{article_cards(3)}</div></section>',
        f'<section class="x"><h2>Trending now</h2><div class="grid">{article_cards(3)}</div></section>',
    ],
)
def test_feed_boxes_after_the_article_stay_out(box: str) -> None:
    record = parse(nested_page(box))
    assert see_also_urls(record) == []


def test_a_labelled_box_of_stories_with_one_word_paths() -> None:
    # Given a "Related Posts" box whose stories live at one-word paths ("/carleasing"), titled as headlines
    items = (
        '<li><a href="/carleasing">Car leasing and its tax advantages</a></li>'
        '<li><a href="/fleetfinancing">Fleet financing: how it works and what it costs</a></li>'
        '<li><a href="/sport">Sport</a></li>'
    )
    record = parse(page(after=f'<div class="x"><h3>Related Posts</h3><ul>{items}</ul></div>'))
    # Then the headline-titled ones are see-also; a one-word section link is not
    assert see_also_urls(record) == [SITE + "/carleasing", SITE + "/fleetfinancing"]


ID_URL = "https://www.example-news.com/en/city-council-approves-new-budget/a-52060881"
ID_STORIES = [f"https://www.example-news.com/en/story-{n}/a-4{n}00000" for n in range(3)]


def recommended_box(last: str) -> bytes:
    """A page at ``ID_URL`` with an "Editors recommend" box of three stories and then ``last`` (a path, a title)."""
    hrefs = [*ID_STORIES, last.split(" ", 1)[0]]
    titles = [title for _, title in STORIES[:3]] + [last.split(" ", 1)[1]]
    pairs = zip(hrefs, titles, strict=True)
    cards = "".join(f'<div class="item"><a href="{h}"><h2>{t}</h2></a></div>' for h, t in pairs)
    box = f'<div class="x"><h4>Editors recommend</h4><div class="group">{cards}</div></div>'
    return page(after=box, url=ID_URL)


def test_a_box_linking_the_pages_own_gallery_keeps_its_stories() -> None:
    # Given a box of three stories ending in a link to the page's own gallery overlay, whose path holds a media id
    # and then the page's story id
    record = parse(recommended_box("/overlay/media/en/council-in-pictures/36059930/52060881 The council in pictures"),
                   url=ID_URL)  # fmt: skip
    # Then the three stories are see-also (the list is no feed holding the page) and the gallery is not
    assert see_also_urls(record) == ID_STORIES


def test_a_list_holding_the_page_under_its_id_is_still_a_feed() -> None:
    # Given the same box listing the page itself under another slug (its id the last segment's only number)
    record = parse(recommended_box("/en/council-passes-budget/a-52060881 Council passes budget"), url=ID_URL)
    assert see_also_urls(record) == []


def test_a_date_inside_a_card_heading_is_no_part_of_the_title() -> None:
    # Given related cards whose heading ends in a dated span ("<h2>Headline <span class="date">19.01.2020</span>")
    cards = "".join(f'<li><a href="{href}"><h2>{title} <span class="date">19.01.2020</span></h2>'
                    "<p>A teaser of the story, a sentence or two long, as cards have them.</p></a></li>"
                    for href, title in STORIES[:2])  # fmt: skip
    record = parse(page(after=f'<div class="x"><h4>Related content</h4><ul>{cards}</ul></div>'))
    # Then the titles are the headlines alone
    assert [link.title for link in record.see_also] == [title for _, title in STORIES[:2]]


def test_a_magazine_issues_contents_box_inside_the_story_is_no_reading() -> None:
    # Given a box named as a dossier (an issue's contents: "This article is from issue 7/2019") between paragraphs
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:6])
    box = (
        '<div class="collapse-box js-dossier"><h2>TR 7/2019</h2><p>Dieser Beitrag stammt aus Ausgabe 7/2019.</p>'
        f"<ul>{items}</ul></div>"
    )
    record = parse(page(first=box))
    assert see_also_urls(record) == []


@pytest.mark.parametrize(
    ("href", "text"),
    [
        ("/news/picture/calbuco-erupts-again?articleId=MPRTR4XZ9Q", "See more pictures of this eruption"),
        ("/slideshow/photos-stranded-at-the-border-n462830", "See more photos from this story"),
        ("/politics/eu-referendum", "All our EU referendum coverage"),
        ("/elections/illinois-primary-2024/", "Full coverage: Illinois primary 2024"),
    ],
)
def test_a_link_to_the_storys_pictures_or_its_topics_coverage_is_no_story(href: str, text: str) -> None:
    items = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in STORIES[:2]) + f'<li><a href="{href}">{text}</a></li>'
    for where in ("article_end", "after"):
        record = parse(page(**{where: f'<div class="x"><h3>More on this story</h3><ul>{items}</ul></div>'}))
        assert see_also_urls(record) == urls(2), where


def test_the_authors_link_in_the_byline_line_is_no_story() -> None:
    # Given a byline paragraph inside the article whose author link is a search of the author's stories
    byline = (
        '<p class="author-section">By <a class="author" href="/home/search.html?s=&amp;authornamef=Hollie+Brennan">'
        "Hollie Brennan for Example News</a></p>"
    )
    assert see_also_urls(parse(page(first=byline))) == []


def test_a_label_heading_the_storys_topics_takes_no_links_from_further_on() -> None:
    # Given "Read more about:" heading tag links, then previous/next post links after it
    tags = '<div class="post-tags"><strong>Read more about:</strong> <a href="/tag/budget/" rel="tag">budget</a>, '
    tags += '<a href="/tag/schools/" rel="tag">schools</a></div>'
    neighbours = "".join(
        f'<div class="{step}">{step.title()} post: <a href="{href}">{title}</a></div>'
        for step, (href, title) in zip(("prev", "next"), STORIES[:2], strict=True)
    )
    record = parse(page(article_end=tags + f'<div class="post-nav">{neighbours}</div>'))
    assert see_also_urls(record) == []


def test_the_storys_video_its_player_links_is_no_reading_in_a_box() -> None:
    # Given the story's video player linking its video page, and a "Mehr zum Thema" list holding that page first
    player = '<div class="lrm-player"><a href="/video/council-vote-video-100.html"><img src="/v.jpg">Play</a></div>'
    items = '<li><a href="/video/council-vote-video-100.html"><span>Video</span> The council vote</a></li>'
    items += "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:2])
    record = parse(page(first=player, after=f'<div class="x"><h3>Mehr zum Thema</h3><ul>{items}</ul></div>'))
    # Then the stories are see-also, the video is not
    assert see_also_urls(record) == urls(2)
