"""See-also rules about how a box is headed and named, each proven on a small hand-written page: feeds headed
"Other Stories" or "<Site> Highlights", a label's line that is a menu of sections, a label written as the box's bare
text, a box named for "the same subject", and a site name written with an ampersand its domain spells out."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag
from support.news_pages import PARAGRAPHS, RELATED, RELATED_URLS, STORIES, URL, page, parse, see_also_urls, urls

from worker.parse.body import Block
from worker.parse.box_place import belongs
from worker.parse.landmarks import find_landmarks
from worker.parse.reading_boxes import ReadingBox, named_boxes
from worker.parse.see_also import extract_see_also

_FOOTER = '<footer class="site-footer"><p>© Example News</p></footer>'
_FIVE = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:5])


def _story_then(inside: str) -> bytes:
    """A story whose text's wrapper holds its paragraphs and then ``inside``."""
    return (
        "<html><head><title>City council approves new budget</title></head><body>"
        '<div class="article-wrap"><h1>City council approves new budget</h1>'
        f'<div class="text">{PARAGRAPHS}{inside}</div></div>{_FOOTER}</body></html>'
    ).encode()


def test_a_list_headed_other_stories_is_a_feed() -> None:
    # Given a list of the site's stories inside the story's wrapper, headed "Other Stories"
    feed = f'<div class="others"><div class="head"><h2>Other Stories</h2></div><ul>{_FIVE}</ul></div>'
    record = parse(_story_then(feed))
    # Then it is the site's feed, not the story's reading
    assert see_also_urls(record) == []


def test_a_list_headed_with_the_sites_highlights_is_a_feed() -> None:
    record = parse(_story_then(f'<div class="strip"><h2>CNBC HIGHLIGHTS</h2><ul>{_FIVE}</ul></div>'))
    assert see_also_urls(record) == []


def test_a_list_headed_other_stories_on_this_topic_is_still_see_also() -> None:
    # Given the same list headed "Other stories on this topic": the story's own topic, not the site's feed
    record = parse(_story_then(f"<div><h2>Other stories on this topic</h2><ul>{_FIVE}</ul></div>"))
    # Then it is the story's reading (a label the parser already knows: "on this topic")
    assert see_also_urls(record) == urls(5)


def _line(html: str) -> list[Block]:
    soup = BeautifulSoup(html, "lxml", multi_valued_attributes=None)  # as the parser builds it
    element = soup.find("p")
    assert isinstance(element, Tag)
    return [Block(" ".join(element.get_text(" ").split()), element, "p")]


def test_a_labels_line_of_section_names_is_a_menu() -> None:
    # Given a line "More: Blogs | Special Reports | Video" in the story's text, each link a section of the site
    names = ((16561378, "Blogs"), (16903222, "Special Reports"), (15839263, "Video"))
    sections = " | ".join(f'<a href="/id/{n}/">{name}</a>' for n, name in names)
    found = extract_see_also(_line(f"<p>More: {sections}</p>"), URL)
    # Then the line is a menu of sections, not further reading
    assert found.links == []


def test_a_labels_line_of_story_titles_is_still_see_also() -> None:
    # Given a label's line of two stories with headlines
    stories = " | ".join(f'<a href="{href}">{title}</a>' for href, title in STORIES[:2])
    found = extract_see_also(_line(f"<p>More: {stories}</p>"), URL)
    # Then both are the story's reading
    assert [url for url, _ in found.links] == RELATED_URLS


def _box_between_headline_and_text(label: str) -> tuple[ReadingBox, Tag]:
    """A box named as related articles headed by ``label`` as its bare text, set between the byline and the text's
    own wrapper (the article's container) in a wrapper named for nothing that holds the headline: the box, and the
    container."""
    soup = BeautifulSoup(
        '<html><body><div id="content"><h1>City council approves new budget</h1><span class="by">By Ann Lee</span>'
        f'<div id="related-articles">{label}<ul>{_FIVE}</ul></div><div class="article_body">{PARAGRAPHS}</div></div>'
        "</body></html>",
        "lxml",
    )
    named, container = soup.select_one("#related-articles"), soup.select_one(".article_body")
    assert named is not None and container is not None
    (box,) = named_boxes([named])
    return box, container


def test_a_box_labelled_by_its_bare_text_between_headline_and_text_is_the_storys() -> None:
    # Given a box whose label is its own first text, not a heading element ("RELATED ARTICLES"), set between the
    # byline and the text in the wrapper that holds the headline
    box, container = _box_between_headline_and_text("RELATED ARTICLES")
    # Then the label heads the box, and the box belongs to the story
    assert box.labelled
    assert belongs(box, container)


def test_a_box_headed_by_a_topic_between_headline_and_text_is_not_taken_so() -> None:
    # Given the same box headed by a topic's name, not a label
    box, container = _box_between_headline_and_text("Budget 2024")
    # Then it is no labelled box, and its place alone does not make it the story's
    assert not box.labelled
    assert not belongs(box, container)


def test_a_box_named_for_the_same_subject_is_a_related_box() -> None:
    # Given an aside named "meme_sujet" ("Sur le même sujet"), headed by the story's topic, after the article
    box = f'<aside class="bloc meme_sujet"><span class="entete">Loi sur le budget</span><ul>{RELATED}</ul></aside>'
    soup = BeautifulSoup(page(after=box), "lxml", multi_valued_attributes=None)
    # Then the class names it as a box of related stories, as "related-posts" would
    assert [tag.name for tag in find_landmarks(soup).related_boxes] == ["aside"]


def test_a_box_named_for_a_subject_alone_is_no_related_box() -> None:
    box = f'<aside class="bloc sujets"><span class="entete">Loi sur le budget</span><ul>{RELATED}</ul></aside>'
    soup = BeautifulSoup(page(after=box), "lxml", multi_valued_attributes=None)
    assert find_landmarks(soup).related_boxes == []


def test_more_on_a_site_whose_ampersand_its_domain_spells_n_is_a_feed() -> None:
    # Given "More on Salt&Pepper" heading a list after a story on saltnpepper-news.com
    url = "https://www.saltnpepper-news.com/2024/05/city-council-approves-new-budget/"
    record = parse(page(after=f"<div><h3>More on Salt&amp;Pepper</h3><ul>{RELATED}</ul></div>"), url=url)
    # Then the label names the site itself: its feed, not the story's topic
    assert see_also_urls(record) == []


def test_more_on_a_topic_with_an_ampersand_is_still_see_also() -> None:
    url = "https://www.saltnpepper-news.com/2024/05/city-council-approves-new-budget/"
    record = parse(page(after=f"<div><h3>More on Roads &amp; Bridges</h3><ul>{RELATED}</ul></div>"), url=url)
    assert [link.url.removeprefix("https://www.saltnpepper-news.com") for link in record.see_also] == [
        url.removeprefix("https://www.example-news.com") for url in RELATED_URLS
    ]


def test_a_list_after_the_story_headed_by_a_bold_feed_label_is_a_feed() -> None:
    # Given, after the story, a box whose list of the site's stories opens with "<b>More Local News</b><br>"
    lines = "".join(f'&bull; <a href="{href}">{title}</a><br>' for href, title in STORIES[:4])
    record = parse(page(after=f'<div class="moreNews"><b>More Local News</b><br>{lines}</div>'))
    # Then the bold run heads the site's feed, as a heading element would
    assert see_also_urls(record) == []


def test_a_list_after_the_story_headed_by_an_images_feed_label_is_a_feed() -> None:
    lines = "".join(f'<a href="{href}">{title}</a><br>' for href, title in STORIES[:4])
    record = parse(page(after=f'<div><img src="/img/hdr_most_popular.gif" alt="Most Popular"><br>{lines}</div>'))
    assert see_also_urls(record) == []


def test_a_related_box_in_a_story_footer_named_in_camel_case_is_see_also() -> None:
    # Given a "Related" box in the story's own footer, named "storyFooter"
    box = f'<div class="storyFooter"><h4>Related</h4><ul>{RELATED}</ul></div>'
    record = parse(page(after=box))
    # Then the footer is the story's own, not the site's: its box is the story's reading
    assert see_also_urls(record) == RELATED_URLS


def test_a_box_in_a_right_rail_named_in_one_word_is_the_rails() -> None:
    # Given a table layout: the story in one cell, and in the next a cell named "rightrail" with a "Related" box
    data = (
        "<html><head><title>City council approves new budget</title></head><body><table><tr>"
        f'<td class="content"><h1>City council approves new budget</h1><div class="story">{PARAGRAPHS}</div></td>'
        f'<td class="rightrail"><div class="box"><h4>Related</h4><ul>{RELATED}</ul></div></td>'
        f"</tr></table>{_FOOTER}</body></html>"
    ).encode()
    # Then the box is the page's side column, not the story's reading
    assert see_also_urls(parse(data)) == []
