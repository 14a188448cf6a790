"""See-also in more languages and scripts, each rule proven on a small hand-written page: an author's other stories
and a feed's plain label in the story's text, headlines in Chinese, Japanese or Korean that are short in
characters, a label in lenticular brackets before its link, and recommendation labels in more languages."""

from __future__ import annotations

import pytest
from support.news_pages import STORIES, page, parse, see_also_urls

_ZH = [
    ("/gn/2024/05-06/10261160.shtml", "北京市调整部分线路票价"),
    ("/gn/2024/05-07/10279737.shtml", "三星电子宣布总罢工"),
    ("/gn/2024/05-18/10270973.shtml", "上海发布暴雨预警"),
]
_ZH_URL = "https://www.chinanews-example.com.cn/gn/2024/05-08/10262001.shtml"


def _items(stories: list[tuple[str, str]]) -> str:
    return "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in stories)


@pytest.mark.parametrize(
    "heading", ["Altri articoli dell'autore", "Du même auteur", "Więcej artykułów autora", "该作者更多文章"]
)
def test_an_authors_other_stories_in_the_text_are_no_see_also(heading: str) -> None:
    # Given the author's box at the end of the story's text, listing the author's other stories
    box = f'<div class="autore"><h4>{heading}</h4><ul>{_items(STORIES[:3])}</ul></div>'
    record = parse(page(article_end=box))
    # Then they are the author's feed, not the story's reading
    assert see_also_urls(record) == []


def test_a_feeds_label_in_a_box_of_no_headings_name_marks_the_feed() -> None:
    # Given a box set in the story's text whose first element, named "h", says "Most Popular"
    cards = "".join(f'<a href="{href}"><div>{title}</div></a>' for href, title in STORIES[:3])
    record = parse(page(article_end=f'<aside class="em"><div class="h">Most Popular</div>{cards}</aside>'))
    # Then the box is the site's feed
    assert see_also_urls(record) == []


def test_short_chinese_headlines_under_a_related_label_are_see_also() -> None:
    # Given "相关新闻" over three Chinese headlines of nine to eleven characters
    box = f"<div><h3>相关新闻</h3><ul>{_items(_ZH)}</ul></div>"
    record = parse(page(after=box), url=_ZH_URL)
    # Then each is a whole headline: a Chinese character carries more than a Latin letter
    assert [link.title for link in record.see_also] == [title for _, title in _ZH]


def test_short_chinese_headlines_under_a_ranking_are_no_see_also() -> None:
    box = f"<div><h3>24小时热文</h3><ul>{_items(_ZH)}</ul></div>"
    assert parse(page(after=box), url=_ZH_URL).see_also == []


def test_a_label_in_lenticular_brackets_leads_its_link() -> None:
    # Given a Japanese line "【関連記事】<a>headline</a>" in the story
    href = "/articles/ASS5E1AAA7UTFA002M.html"
    record = parse(page(article_end=f'<p>【関連記事】<a href="{href}">東京都、物価高対策で給付金</a></p>'))
    # Then the closing bracket ends the label, and the link is the story's reading
    assert see_also_urls(record) == ["https://www.example-news.com" + href]


@pytest.mark.parametrize("label", ["Mohlo by vás zajímat", "Ajánlott cikkek", "おすすめ記事"])
def test_recommendation_labels_in_more_languages(label: str) -> None:
    record = parse(page(after=f"<div><h3>{label}</h3><ul>{_items(STORIES[:3])}</ul></div>"))
    assert see_also_urls(record) == ["https://www.example-news.com" + href for href, _ in STORIES[:3]]


def test_a_blogs_list_of_posts_with_a_label_is_a_feed() -> None:
    # Given a blog post whose text ends with "More posts labelled council" over three posts
    box = f"<div><h4>More posts labelled council</h4><ul>{_items(STORIES[:3])}</ul></div>"
    record = parse(page(article_end=box))
    # Then the list is the label's feed, not the post's reading
    assert see_also_urls(record) == []
