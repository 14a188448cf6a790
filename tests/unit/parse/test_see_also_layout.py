"""See-also rules from the third opened draw of news pages, each proven on a small hand-written page: a box in the
column beside the article's, a labelled box holding a section feed, a related section headed "More on <site>", a
box after a story told in several steps, and a label whose first words have a style of their own."""

from __future__ import annotations

from support.news_pages import PARAGRAPHS, RELATED, RELATED_URLS, SITE, STORIES, URL, parse, see_also_urls, urls

_FOOTER = '<footer class="site-footer"><p>© Example News</p></footer>'


_MARKETS = (
    '<div class="markets-data"><span>Dow 38,512.10 +0.4%</span> <span>S&amp;P 500 5,021.84 +0.2%</span> '
    "<span>Nasdaq 15,990.66 -0.1%</span></div>"
)


def _columns(article_column: str, box_column: str, box: str) -> bytes:
    """A page laid out in two columns: the story in the first, ``box`` and market data in the second."""
    return (
        "<html><head><title>City council approves new budget</title></head><body><div class=layout>"
        f'<div class="{article_column}"><div id="article"><h1>City council approves new budget</h1>'
        f'<div class="articleBody">{PARAGRAPHS}</div></div></div><div class="{box_column}">{box}{_MARKETS}</div></div>'
        f"{_FOOTER}</body></html>"
    ).encode()


_FIVE = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:5])
_NAMED_BOX = f'<div class="relatedStories"><h3><a href="/well/">Well</a></h3><ul>{_FIVE}</ul></div>'


def test_a_named_box_in_the_column_beside_the_articles_is_no_see_also() -> None:
    # Given a box named as related stories, headed by a blog's name, in the layout's next column ("abColumn", then
    # "cColumn")
    record = parse(_columns("abColumn", "cColumn", _NAMED_BOX))
    # Then it is the column's, beside the story: not its reading
    assert see_also_urls(record) == []


def test_a_named_box_in_a_grid_row_after_the_articles_is_still_see_also() -> None:
    # Given the same box in a grid that names each of its rows a column of the same width
    column = "aem-GridColumn aem-GridColumn--default--8"
    record = parse(_columns(column, column, _NAMED_BOX))
    # Then the rows are stacked: the box comes after the story, and is its reading
    assert see_also_urls(record) == urls(5)


def test_a_labelled_box_beside_the_text_in_the_storys_columns_is_still_see_also() -> None:
    # Given a box headed by a label ("Related") in the column beside the text's
    box = f"<div><h4>Related</h4><ul>{_FIVE}</ul></div>"
    record = parse(_columns("col col-6", "col col-2", box))
    # Then the label heads the story's own reading
    assert see_also_urls(record) == urls(5)


def _after_story(after: str) -> bytes:
    return (
        "<html><head><title>City council approves new budget</title></head><body><main>"
        f'<div id="article"><h1>City council approves new budget</h1>{PARAGRAPHS}</div>{after}</main>{_FOOTER}'
        "</body></html>"
    ).encode()


def test_a_labelled_box_keeps_its_own_list_not_the_section_feed_it_also_holds() -> None:
    # Given a box named as related posts: "related content" over the story's list, then "more from sports"
    more = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[4:7])
    box = (
        f'<div class="relatedPost"><ul class="teaser"><li><h4>related content</h4></li>{RELATED}</ul>'
        f'<ul class="teaser"><li><h4>more from sports</h4></li>{more}</ul></div>'
    )
    record = parse(_after_story(box))
    # Then the first list is the story's reading; the section's feed is not
    assert see_also_urls(record) == RELATED_URLS


def test_a_related_section_headed_more_on_the_site_is_a_feed() -> None:
    # Given a section named as related coverage after the story, headed "More on Example-News.com"
    heading = "<header><h2>More on Example-News.com</h2></header>"
    box = f'<section class="related-coverage">{heading}<ul>{RELATED}</ul></section>'
    record = parse(_after_story(box))
    # Then it is the site's feed, as the label "More from <site>" is
    assert see_also_urls(record) == []


def test_a_related_section_headed_more_on_a_topic_is_still_see_also() -> None:
    box = f'<section class="related-coverage"><header><h2>More on the budget</h2></header><ul>{RELATED}</ul></section>'
    record = parse(_after_story(box))
    assert see_also_urls(record) == RELATED_URLS


def _steps(count: int) -> str:
    return "".join(
        f'<div class="mod step"><div class="stepContent"><p>Step {n}: measure the glass, cut the foam a little '
        "smaller and soak it until it sinks to the bottom of the bowl.</p></div></div>"
        for n in range(1, count + 1)
    )


def test_a_labelled_box_after_the_last_of_a_storys_steps_is_see_also() -> None:
    # Given a how-to told as an introduction and six steps, each a box of its own (the introduction is the text's
    # container), then a "More Like This" box
    head = '<header class="page-head"><h1>How to build a terrarium</h1><p>By <a href="/lucy/">Lucy A</a></p></header>'
    intro = f'<div class="mod step"><div class="stepContent"><div class="content lead">{PARAGRAPHS}</div></div></div>'
    box = f'<aside class="mod related"><h3>More Like This</h3><ul>{RELATED}</ul></aside>'
    data = (
        "<html><head><title>How to build a terrarium</title></head><body><div class=col-main>"
        f"{head}{intro}{_steps(6)}{box}</div>{_FOOTER}</body></html>"
    ).encode()
    record = parse(data)
    # Then the steps are the story's text, whatever box holds them: the box after the last one is its reading
    assert see_also_urls(record) == RELATED_URLS


def test_a_label_with_its_first_words_in_a_style_of_their_own_heads_its_list() -> None:
    # Given a block after the story headed "<span>À lire</span> aussi", holding seven story cards (more than an
    # unlabelled list after a story may hold)
    cards = "".join(f'<div class="item"><a href="{href}"><h5>{title}</h5></a></div>' for href, title in STORIES[:7])
    box = f'<div class="block"><div class="block-top"><span class="ft-c">À lire</span> aussi</div>{cards}</div>'
    record = parse(_after_story(box))
    # Then the whole line is the label, and the cards are the story's reading
    assert see_also_urls(record) == urls(7)


assert URL.startswith(SITE)
