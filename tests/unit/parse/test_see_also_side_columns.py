"""See-also rules from the news-fixture set's newest development pages (US news templates), each proven on a small
hand-written page: a side column named "side-col", a related box headed as the section's "Next up", a label over a
recommendation widget."""

from __future__ import annotations

import pytest
from support.news_pages import RELATED, RELATED_URLS, STORIES, page, parse, see_also_urls


@pytest.mark.parametrize(
    "column",
    [
        "side-col article-page", "aside-col", "sideColumn", "right-column", "rightCol", "col-3 stickyColumn",
        "right-rail", "layout__rightRail",
    ],
)  # fmt: skip
def test_a_related_box_in_a_side_column_is_no_see_also(column: str) -> None:
    # Given a "Related" box in a side column after the story, named as one ("side-col")
    box = f'<div class="{column}"><section class="related-content"><h3>Related</h3><ul>{RELATED}</ul></section></div>'
    record = parse(page(after=box))
    # Then the box is the column's, not the story's reading
    assert see_also_urls(record) == []


def test_a_related_box_not_in_a_side_column_is_still_see_also() -> None:
    # Given the same box in a column not named as a side one ("inside-column")
    related = f'<section class="related-content"><h3>Related</h3><ul>{RELATED}</ul></section>'
    box = f'<div class="inside-column">{related}</div>'
    record = parse(page(after=box))
    assert see_also_urls(record) == RELATED_URLS


@pytest.mark.parametrize("heading", ["Next Up In Politics", "Next up"])
def test_a_related_box_headed_as_the_sections_next_up_is_a_feed(heading: str) -> None:
    # Given a box named as related content after the story, headed "Next Up In <section>" (the section's next stories)
    box = f'<div class="c-related-list"><h2>{heading}</h2><ul>{RELATED}</ul></div>'
    record = parse(page(after=box))
    # Then it is the section's feed, not the story's reading
    assert see_also_urls(record) == []


def test_a_label_over_a_recommendation_widget_heads_no_later_links() -> None:
    # Given a "See Also" label whose box holds only an empty Outbrain widget, then the site's "More" cards
    cards = "".join(f'<article class="more-card"><a href="{href}">{title}</a></article>' for href, title in STORIES[:3])
    widget = (
        '<div class="recirculation"><h2><span>See Also</span></h2>'
        '<div class="ob-widget-wrapper"><div class="outbrain-widget" data-widget-id="AR_16"></div></div></div>'
        f'<section class="section-more-articles"><h2><span>More</span></h2><div class="wrap">{cards}</div></section>'
    )
    record = parse(page(article_end=f'<footer class="article-footer">{widget}</footer>'))
    # Then the label heads the widget (which a script fills): the cards after it are not its links
    assert see_also_urls(record) == []


def test_a_label_over_its_own_list_with_an_ad_slot_after_the_box_keeps_its_links() -> None:
    # Given a "See Also" box with its list, and an ad slot after the box (not in it)
    box = f'<div class="recirculation"><h2>See Also</h2><ul>{RELATED}</ul></div><div class="ad-slot"></div>'
    record = parse(page(after=box))
    assert see_also_urls(record) == RELATED_URLS


def test_a_sidebar_box_floated_inside_a_paragraph_is_the_storys() -> None:
    # Given a "Further Reading" pull box named "sidebar", set inside a paragraph of the story, its parts named after it
    href, title = STORIES[0]
    pull = (
        '<aside class="pullbox sidebar story-sidebar right"><div class="story-sidebar-part">'
        f'<div class="story-sidebar-part-content"><h3>Further Reading</h3><a href="{href}">{title}</a></div></div>'
        "</aside>"
    )
    text = "The council also voted on the harbour plan, which members said would be reviewed again next spring."
    record = parse(page(first=f"<p>{pull}{text}</p>"))
    # Then the box is floated in the copy, not a side column: its story is see-also
    assert see_also_urls(record) == [RELATED_URLS[0]]


def test_a_sidebar_box_in_a_short_paragraph_is_still_a_side_column() -> None:
    # Given the same box in a paragraph holding nothing else
    href, title = STORIES[0]
    pull = f'<div class="sidebar-part"><h3>Further Reading</h3><a href="{href}">{title}</a></div>'
    record = parse(page(after=f'<p><aside class="sidebar">{pull}</aside></p>'))
    assert see_also_urls(record) == []


@pytest.mark.parametrize("label", ["Read This", "Now Read This"])
def test_read_this_heads_a_list(label: str) -> None:
    # Given a "Read This" heading over two stories right after the story
    record = parse(page(after=f'<div class="article-readthis"><h3>{label}</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_a_link_captioning_a_picture_is_its_source_not_reading() -> None:
    # Given a picture captioned with a link to another story of the site (the chart's source), the image not linked
    href, title = STORIES[2]
    caption = f'<figcaption><a href="{href}">{title} this week</a></figcaption>'
    figure = f'<figure><img src="/chart.png" alt="">{caption}</figure>'
    record = parse(page(first=figure))
    # Then the caption's link is the picture's source, not further reading
    assert see_also_urls(record) == []


def test_a_card_made_of_a_figure_and_its_caption_is_still_a_line() -> None:
    # Given the same link as a card: the image links the story too, the caption is its headline
    href, title = STORIES[2]
    figure = (
        f'<figure class="teaser"><a href="{href}"><img src="/chart.png" alt=""></a>'
        f'<figcaption><a href="{href}">{title} this week</a></figcaption></figure>'
    )
    record = parse(page(first=figure))
    assert see_also_urls(record) == ["https://www.example-news.com" + href]


@pytest.mark.parametrize(("line", "expected"), [("Recent Energy Content", []), ("Related", RELATED_URLS)])
def test_a_related_box_headed_by_its_first_line_after_an_empty_heading(line: str, expected: list[str]) -> None:
    # Given a box named as related content whose heading element is empty, its first words a line of their own
    box = (
        f'<div class="promo relatedContentList"><div class="bumper"></div><div class="related-content-list">'
        f'<h6 class="title"> </h6><p>{line}</p><div class="body"><ul>{RELATED}</ul></div></div></div>'
    )
    record = parse(page(article_end=box))
    # Then that line heads it: a section's recent content is a feed, a "Related" line heads the story's reading
    assert see_also_urls(record) == expected


def test_a_related_box_before_the_text_wrapper_in_the_story_wrapper_is_the_storys() -> None:
    # Given a story wrapper holding a labelled box in its own left part, then a wrapper of the text (with its date
    # and page tools), so that the text's own element, not the wrapper, is the article's container
    from support.news_pages import PARAGRAPHS, URL

    box = f'<div class="leftPart"><div class="boxwidget"><h3>Related Articles</h3><ul>{RELATED}</ul></div></div>'
    tools = (
        '<div class="pagetools"><ul><li><a href="/print/">Print this story</a></li>'
        '<li><a href="/email/">Email this story to a friend</a></li></ul></div>'
    )
    data = (
        "<html><head><title>City council approves new budget</title></head><body>"
        '<header class="site-header"><a href="/">Example News</a></header>'
        f'<div id="article"><h1>City council approves new budget</h1>{box}<div class="articleContent">'
        f'<div class="dateblock">May 3, 2024</div><div id="text">{PARAGRAPHS}</div>{tools}</div>'
        '</div><footer class="site-footer"><p>© Example News</p></footer></body></html>'
    ).encode()
    # Then the box is the story's reading, as one set right before the text itself would be
    assert see_also_urls(parse(data, URL)) == RELATED_URLS


@pytest.mark.parametrize(
    ("column", "expected"),
    [
        ('<div class="left_rail">{box}</div>', RELATED_URLS),  # a rail of the story's own wrapper
        ('<div class="sidebar">{box}</div>', []),  # the page's sidebar
    ],
)
def test_a_related_box_in_a_rail_of_the_story_wrapper_is_the_storys(column: str, expected: list[str]) -> None:
    # Given a box named as related stories and headed "Related", in a column of the story's wrapper before the text
    from support.news_pages import PARAGRAPHS, URL

    box = (
        f'<div class="module" id="related_stories"><h3>Related</h3><ul>{RELATED}</ul></div>'
        '<div class="module quotes"><h3>Companies mentioned</h3><p>ACME Corp 12.40 +0.3%</p></div>'
    )
    data = (
        "<html><head><title>City council approves new budget</title></head><body>"
        '<header class="site-header"><a href="/">Example News</a></header>'
        '<div id="article_body_container"><h1>City council approves new budget</h1>'
        f'{column.format(box=box)}<div id="middle_rail"><div id="story_body">{PARAGRAPHS}</div>'
        '<div class="author_short_bio">Jane Doe covers city hall for Example News.</div></div></div>'
        '<footer class="site-footer"><p>© Example News</p></footer></body></html>'
    ).encode()
    # Then the box in the story's rail is its reading; one in the page's sidebar is not
    assert see_also_urls(parse(data, URL)) == expected
