"""See-also on whole hand-written pages: related boxes of cards, label words, boxes after end-of-article furniture."""

from __future__ import annotations

import pytest
from support.news_pages import (
    PARAGRAPHS,
    RELATED,
    RELATED_URLS,
    SITE,
    STORIES,
    URL,
    nested_page,
    page,
    parse,
    see_also_urls,
    urls,
)

from worker.parse.document import load_document
from worker.parse.landmarks import find_landmarks


@pytest.mark.parametrize(
    "label",
    [
        "Siehe auch", "Weiterführende Links", "Weiterführende Artikel",
        # recommendation labels: the site's own picks count as its reading, as "Recommended for you" does
        "The Tidewater Review recommends", "Our recommendations", "Our picks", "Handpicked for you",
        "Selected for you", "Wir empfehlen", "Recomendamos",
        # related media of other stories: a video's or a gallery's page is one more story to read
        "Related Video", "Related Slideshow", "Related Galleries", "Related Photos",
    ],
)  # fmt: skip
def test_more_label_words(label: str) -> None:
    record = parse(page(after=f'<div class="x"><h3>{label}</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_a_card_headline_after_a_short_kicker_heading() -> None:
    # Given cards whose kicker is a heading too, shorter than a title ("Auto leasen" above the headline)
    cards = "".join(
        f'<a href="{href}"><div class="teaser"><h3>Budget</h3><h4>{title}</h4></div></a>' for href, title in STORIES[:2]
    )
    record = parse(page(article_end=f'<div class="teaser-list"><div class="boxhead">Zum Thema</div>{cards}</div>'))
    # Then each card is see-also, titled by its headline
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + h, t) for h, t in STORIES[:2]]


def test_a_named_box_of_cards_with_many_anchors_each() -> None:
    # Given a related box of five cards (short titles: no link lines), each with six anchors (image, topic,
    # headline, more, author, comments)
    titles = ["Budget vote passes", "Library wins award", "Speaker elected", "Bridge repairs begin", "New bus lines"]
    cards = "".join(
        f'<article class="teaser"><a href="{href}"><img src="x.jpg" alt=""></a><a href="/politics">Politics</a>'
        f'<h2><a href="{href}">{title}</a></h2><p>A teaser.</p><a href="{href}">More</a>'
        f'<a href="/author/jane-doe">Jane Doe</a><a href="{href}#comments">3</a></article>'
        for (href, _), title in zip(STORIES[:5], titles, strict=True)
    )
    record = parse(page(after=f'<section class="block-related">{cards}</section>'))
    # Then all five stories are see-also
    assert see_also_urls(record) == urls(5)


BIO = (
    '<div class="post-author"><h4>About the author</h4><p>Jane Doe has covered the city council for twelve years. '
    "Before that she reported on schools, the harbour and the regional courts for several newspapers, and she "
    "teaches a course on local reporting at the university. She lives in the old town with her family and two "
    "cats, and she answers every letter from readers, even the angry ones.</p></div>"
)


SHARE = '<div class="share-buttons">' + "<a href='#'>Share on a network</a>" * 20 + "</div>"


@pytest.mark.parametrize("furniture", [BIO, SHARE])
def test_a_labelled_box_after_an_author_bio_or_share_buttons(furniture: str) -> None:
    # Given an author bio (300+ characters) or a share bar between the article and its "Ähnliche Beiträge" box
    box = f'<div class="x"><p class="h2">Ähnliche Beiträge</p><ul>{RELATED}</ul></div>'
    record = parse(page(after=furniture + box))
    # Then the box is still the article's reading
    assert see_also_urls(record) == RELATED_URLS


def test_a_photo_credit_link_in_a_card_is_not_see_also() -> None:
    # Given related cards whose image carries a "© name / flickr.com" credit linking the photo's page
    cards = "".join(
        f'<article><span class="img"><a href="{href}"><img src="x.jpg" alt=""></a><span>© '
        '<a href="https://www.flickr.com/photos/someone/2228603119/">Camilo Rueda / flickr.com</a></span></span>'
        f'<p class="h4"><a href="{href}">{title}</a></p></article>'
        for href, title in STORIES[:2]
    )
    record = parse(page(after=f'<div class="x"><h3>Related</h3><div class="row">{cards}</div></div>'))
    assert see_also_urls(record) == urls(2)


TEASER = "The council's vote ends a debate of two years about the plan, its cost to the city and what schools get."


def test_a_card_opening_with_its_pictures_credit_is_still_a_story() -> None:
    # Given related cards after the story's wrapper, each one element: a picture, its "© dpa" credit as bare
    # text, a kicker, the linked headline and a teaser
    cards = "".join(
        f'<div class="teaser"><img src="/i/{n}.jpg" alt="">© dpa <span>Politik</span> <a href="{href}">{title}</a> '
        f"<span>{TEASER}</span></div>"
        for n, (href, title) in enumerate(STORIES[:3])
    )
    record = parse(nested_page(f'<div class="x"><h3>Related</h3><div class="row">{cards}</div></div>'))
    # Then each card's headline is see-also: only a short line opening with "©" is a credit
    assert see_also_urls(record) == urls(3)


def test_a_figure_captioned_by_its_linked_headline_is_a_card() -> None:
    # Given related cards as figures after the story's wrapper: a linked picture, and a caption that is the same
    # link with the headline; and a photo whose caption links its source
    cards = "".join(
        f'<figure><a href="{href}"><img src="/i/{n}.jpg" alt=""></a><figcaption><a href="{href}">{title}</a>'
        "</figcaption></figure>"
        for n, (href, title) in enumerate(STORIES[:3])
    )
    credited = (
        '<figure><img src="/i/9.jpg" alt=""><figcaption><a href="/2023/01/photo-of-the-week-the-old-harbour/">'
        "Photo of the week: the old harbour at dawn</a></figcaption></figure>"
    )
    record = parse(nested_page(f'<div class="x"><h3>Related</h3><div class="row">{cards}{credited}</div></div>'))
    # Then the three headlines are see-also; the caption of a picture that links nowhere stays a caption
    assert see_also_urls(record) == urls(3)


def test_a_labelled_grid_of_twelve_cards_is_the_articles() -> None:
    # Given a "Related" grid of twelve cards (four rows of three) after the story's wrapper
    stories = [(f"/2024/02/related-story-number-{n}/", f"Related story number {n} of the grid") for n in range(12)]
    cards = "".join(
        f'<div class="card"><a href="{href}"><img src="/i/{n}.jpg" alt=""></a><h3><a href="{href}">{title}</a></h3>'
        "</div>"
        for n, (href, title) in enumerate(stories)
    )
    record = parse(nested_page(f'<div class="x"><h3>Related</h3><div class="grid">{cards}</div></div>'))
    # Then all twelve are see-also: a labelled box is a feed only beyond twelve stories
    assert see_also_urls(record) == [SITE + href for href, _ in stories]


def test_a_labelled_line_of_several_links() -> None:
    # Given a paragraph "Zum Thema:" followed by one link a line
    lines = "".join(f'<br><a href="{href}">{title}</a>' for href, title in STORIES[:3])
    record = parse(page(article_end=f"<p><em>Zum Thema:{lines}</em></p>"))
    # Then each link is see-also, and the line leaves the body
    assert see_also_urls(record) == urls(3)
    assert "Zum Thema" not in record.body


def test_a_labelled_sentence_with_links_gives_only_its_first() -> None:
    # a guard: "Read more: ..." prose with links inside it keeps the one-link rule
    line = (
        f'<p>Read more: <a href="{STORIES[0][0]}">{STORIES[0][1]}</a>, a plan that the council debated for months '
        f'before the vote and that the mayor called <a href="{STORIES[1][0]}">a turning point</a> for the city.</p>'
    )
    assert see_also_urls(parse(page(article_end=line))) == urls(1)


def test_a_label_heading_its_own_paragraph_of_links() -> None:
    # Given "Siehe auch" (no colon) ending its line, then eight links one a line, in one paragraph
    lines = "".join(f'<br><a href="{href}">{title}</a>' for href, title in STORIES[:8])
    record = parse(page(article_end=f"<p>Siehe auch{lines}</p>"))
    # Then all eight are see-also
    assert see_also_urls(record) == urls(8)


def test_a_labelled_box_of_ten_cards() -> None:
    # Given a "Mehr zum Thema" slider of ten cards after the article (twelve would be a site feed)
    cards = "".join(f'<div class="item"><a href="{href}"><h2>{title}</h2></a></div>' for href, title in STORIES)
    record = parse(page(after=f'<div class="x"><span class="heading">Mehr zum Thema</span><div>{cards}</div></div>'))
    assert see_also_urls(record) == urls(10)


def test_a_link_in_a_division_of_running_text_is_no_line() -> None:
    # Given a <div> of prose with a link inside a sentence, and another <div> where a link stands between <br>s
    href, title = STORIES[0]
    prose = f'<div class="text">The council had debated it before, <a href="{href}">{title} last spring</a>, and '
    prose += "the members said they would come back to it after the summer recess.</div>"
    own = f'<div class="text">More on the vote below.<br><br><a href="{STORIES[1][0]}">» {STORIES[1][1]} today</a>'
    own += "<br><br>The debate will go on next week.</div>"
    # Then only the link on its own line is see-also
    assert see_also_urls(parse(page(article_end=prose + own))) == [SITE + STORIES[1][0]]


def test_a_document_file_and_the_pages_own_section_index_are_not_see_also() -> None:
    # Given a story at /news-1010/..., a line linking the flyer PDF and one linking its section's index page
    url = f"{SITE}/news-1010/city-council-approves-new-budget.html"
    lines = '<p><a href="/files/2024/05/Flyer-Budget-Hearing-Dates.pdf">Flyer with all the hearing dates</a></p>'
    lines += '<p><a href="/news-1010.html">All the news of the week at a glance</a></p>'
    lines += f'<p><a href="/news-1010/{STORIES[0][0].split("/")[-2]}.html">{STORIES[0][1]}</a></p>'
    record = parse(page(article_end=lines, url=url), url=url)
    # Then only the story is see-also
    assert see_also_urls(record) == [f"{SITE}/news-1010/mayor-unveils-school-spending-plan.html"]


TEASER = (
    "A teaser that runs on about the story for a while: the council, the vote, the mayor and the library, in "
    "enough words to outweigh the headline of the card by far, as teasers on news sites do."
)


@pytest.mark.parametrize(
    "card",
    [
        '<div class="card"><a href="{href}"><img src="a.jpg" alt=""></a><div class="title"><a href="{href}">'
        "{title}</a></div><p>{teaser}</p></div>",
        '<div class="card"><a href="{href}"><span class="kicker">Politics</span><div class="card-title">{title}</div>'
        "<p>{teaser} {teaser}</p></a></div>",
    ],
)
def test_a_row_of_cards_with_teasers_after_a_label(card: str) -> None:
    # Given a "Related" row of cards (short headlines: no link lines), each a headline and a teaser longer than it
    # (or one link round all of it)
    stories = [(href, " ".join(title.split()[:3])) for href, title in STORIES[:3]]
    cards = "".join(card.format(href=href, title=title, teaser=TEASER) for href, title in stories)
    record = parse(page(after=f'<div class="x"><div class="label">Related</div><div class="row">{cards}</div></div>'))
    # Then each card's story is see-also, titled by its headline
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + h, t) for h, t in stories]


def test_prose_with_links_after_a_label_is_no_card_row() -> None:
    # a guard: a paragraph of prose with links in its sentences ends the box
    prose = f'<p>The council, <a href="{STORIES[1][0]}">which met on Monday</a>, said more votes would follow.</p>'
    record = parse(page(after=f'<div class="x"><h3>Related</h3><ul>{RELATED[:0]}</ul>{prose}</div>'))
    assert see_also_urls(record) == []


def test_image_only_links_count_towards_a_feeds_length() -> None:
    # Given a "Related" box of thirteen stories, nine of them shown with an image only (no text to title them)
    titled = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:4])
    images = "".join(
        f'<li><a href="/2022/0{n}/older-story-number-{n}/"><img src="a.jpg" alt=""></a></li>' for n in range(9)
    )
    record = parse(page(after=f'<div class="x"><h3>Related</h3><ul>{titled}{images}</ul></div>'))
    # Then it is a site feed: none of it is see-also
    assert see_also_urls(record) == []


@pytest.mark.parametrize(
    "label",
    [
        "También te puede interesar",
        "Weitere Artikel zum Thema",
        "Lesetipp",
        "More on Brexit",
        "Mehr zum Thema Brexit",
        "Läs också",
        "Czytaj także",
        "Per approfondire",
        "Lies auch",
        "Auch lesenswert",
        "Könnte Sie auch interessieren",
        "Artikel zum Thema",
        "Andere Leser interessierten sich auch für",
        "Unsere Empfehlungen",
        "You may be interested in",
        "You might also enjoy",
        "Suggested reading",
        "Vous pourriez aussi aimer",
        "Artículos recomendados",
        "Polecane",
        "Weitere interessante Artikel",
        "Vielleicht auch interessant",
        "Other articles you may like",
        "Notas relacionadas",
        "À découvrir aussi",
    ],
)
def test_more_labels_and_labels_naming_their_topic(label: str) -> None:
    record = parse(page(after=f'<div class="x"><h3>{label}</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_a_labelled_box_after_link_lists_is_still_the_articles() -> None:
    # Given previous/next links and a tag list (400 characters of links) between the article and its "Related" box
    links = "".join(f'<a href="/tag/topic-number-{n}/">Topic number {n} of the council</a> ' for n in range(14))
    nav = f'<div class="post-navigation"><p>Previous and next stories</p>{links}</div>'
    record = parse(page(after=nav + f'<div class="x"><h3>Related</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


@pytest.mark.parametrize("label", ["More stories", "Top stories", "Trending", "Weitere Nachrichten", "Up next"])
def test_site_feed_headings_stay_out(label: str) -> None:
    record = parse(page(after=f'<div class="x"><h3>{label}</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == []


@pytest.mark.parametrize(
    "box",
    [
        # a table-layout box headed by its "boxhead" cell, in Turkish and Romanian: other news, a site feed
        '<table><tr><td class="boxhead">Diğer Haberler</td></tr><tr><td><ul>{items}</ul></td></tr></table>',
        "<table><tr><th>Alte știri</th></tr><tr><td><ul>{items}</ul></td></tr></table>",
        # a box named as related posts by its theme, headed "More News": the site's feed
        '<section class="td_block_related_posts"><h2 class="td-block-title">More News</h2><ul>{items}</ul></section>',
    ],
)
def test_a_box_headed_as_other_or_more_news_is_no_see_also(box: str) -> None:
    record = parse(page(after=box.format(items=RELATED)))
    assert see_also_urls(record) == []


@pytest.mark.parametrize("name", ["story-preview", "prev-coverage"])
def test_a_box_named_preview_or_previous_coverage_is_no_prev_next_link(name: str) -> None:
    # Given a "More on this story" list whose classes hold "prev" inside another word or before a non-nav word
    items = "".join(f'<li class="{name}"><a href="{href}">{title}</a></li>' for href, title in STORIES[:3])
    record = parse(page(after=f'<div class="{name}"><h3>More on this story</h3><ul>{items}</ul></div>'))
    # Then it is the article's reading, not previous/next navigation
    assert see_also_urls(record) == urls(3)


def test_a_box_named_for_previous_and_next_posts_gives_nothing() -> None:
    # Given an unlabelled list of links right after the article, named as post navigation
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:2])
    record = parse(page(after=f'<div class="nav-prev-next"><ul>{items}</ul></div>'))
    assert see_also_urls(record) == []


@pytest.mark.parametrize("embed", ["article-video", "media-player", "VideoBlock", "audio-embed"])
def test_a_watch_link_in_the_storys_video_embed_is_not_see_also(embed: str) -> None:
    # Given a "Watch: …" link to a video page inside a video or audio embed between the story's paragraphs
    href = "/video/2024/05/council-budget-vote-in-90-seconds/"
    video = f'<div class="{embed}"><a href="{href}">Watch: the budget vote in 90 seconds</a></div>'
    record = parse(page(first=video, after=f'<div class="x"><h3>Related</h3><ul>{RELATED}</ul></div>'))
    # Then it is the article's own media; the related box is still read
    assert see_also_urls(record) == RELATED_URLS


def test_overlay_cards_with_a_comment_count_link_each() -> None:
    # Given "More on this story" cards, each an empty link laid over the card, its headline and a "#comments" link
    cards = "".join(
        f'<li><div><a href="{href}" aria-label="{title}"></a><div><h3><span>{title}</span></h3></div>'
        f'<footer><time>12 Mar 2024</time><a href="{href}#comments"><span>142</span></a></footer></div></li>'
        for href, title in STORIES[:3]
    )
    record = parse(page(after=f"<section><h2>More on this story</h2><ul>{cards}</ul></section>"))
    # Then each card is one see-also link, titled by its headline
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + h, t) for h, t in STORIES[:3]]


def _cards(count: int) -> str:
    return "".join(
        f'<div class="card"><a href="{href}"><img src="a.jpg" alt=""></a><h3><a href="{href}">{title}</a></h3></div>'
        for href, title in STORIES[:count]
    )


@pytest.mark.parametrize("heading", ['Related — <span lang="zh">有關</span>', "Related", "Read more – Lire aussi"])
def test_a_label_glossed_in_a_second_language_under_a_subtitle(heading: str) -> None:
    # Given a box headed by a label (a bilingual site's: "Related — 有關"), a subtitle heading, then cards
    box = (
        f'<div class="news-list"><h3>{heading}</h3>'
        f'<h2>Read further in the pursuit of knowledge</h2><div class="cards">{_cards(3)}</div></div>'
    )
    record = parse(page(after=box))
    # Then the cards are see-also
    assert see_also_urls(record) == urls(3)


def test_a_subtitle_then_prose_ends_the_box() -> None:
    # Given a "Related" heading, a subtitle heading, then a paragraph of prose and links in it
    href, title = STORIES[0]
    after = (
        '<div class="x"><h3>Related</h3><h4>Further reading</h4><p>The council has met many times this year, and '
        f'reporters covered <a href="{href}">{title}</a> in detail before the vote on the plan.</p></div>'
    )
    record = parse(page(after=after))
    # Then the link inside prose is no see-also
    assert see_also_urls(record) == []


def test_a_grid_of_cards_after_a_label_outside_the_article_is_read_before_pruning() -> None:
    # Given a Ghost theme's "Read next" section after the article: a heading, then a grid of whole-card links with
    # tag, title, excerpt and date (the body extractor prunes such a grid as furniture)
    cards = "".join(
        f'<article class="gh-card post"><a class="gh-card-link" href="{href}"><figure><img src="x.jpg" alt="{title}">'
        f'</figure><div class="gh-card-wrapper"><p class="gh-card-tag">Energy</p><h3 class="gh-card-title">{title}</h3>'
        '<p class="gh-card-excerpt">A short excerpt of the story.</p><footer><time datetime="2024-04-02">Apr 2, 2024'
        "</time></footer></div></a></article>"
        for href, title in STORIES[:3]
    )
    after = (
        '<section class="gh-container is-grid"><div class="gh-container-inner"><h2 class="gh-container-title">Read next'
        f'</h2><main class="gh-main"><div class="gh-feed">{cards}</div></main></div></section>'
    )
    record = parse(page(after=after))
    # Then the three stories are see-also, titled by their headlines
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + h, t) for h, t in STORIES[:3]]


def test_a_labelled_box_in_a_right_column_named_in_another_language_is_no_see_also() -> None:
    # Given an "À lire aussi" box in the page's right column ("colonne-droite"), after the article
    box = f'<aside class="colonne-droite"><section><h2>À lire aussi</h2><ul>{RELATED}</ul></section></aside>'
    record = parse(page(after=box))
    # Then it is the sidebar's, not the article's reading
    assert see_also_urls(record) == []


@pytest.mark.parametrize(
    "line",
    [
        "Want to learn more about the council's budget year? Read about:",
        "Thanks for reading. Related:",
    ],
)
def test_a_line_ending_in_a_label_heads_the_list_of_noted_links_after_it(line: str) -> None:
    # Given the article's last line leading to a label with its colon, then a list whose every item is a story
    # link and a note after it (a note longer than the link)
    items = "".join(
        f'<li><a href="{href}">{title}</a>, a note on what the story covers and who is quoted in it</li>'
        for href, title in STORIES[:3]
    )
    record = parse(page(article_end=f"<p><em>{line}</em></p><ul>{items}</ul>"))
    # Then the three stories are see-also, titled by their links
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + h, t) for h, t in STORIES[:3]]


def test_a_question_without_a_label_heads_no_list() -> None:
    # Given the same list after a line that ends in a colon but names no reading ("Who voted for it:")
    items = "".join(f'<li><a href="{href}">{title}</a>, a member of the council</li>' for href, title in STORIES[:3])
    record = parse(page(article_end=f"<p>The vote was close. Who voted for it:</p><ul>{items}</ul>"))
    # Then nothing is see-also
    assert record.see_also == []


def _story_card(box: str, wrapper: str = '<div class="cbox article">') -> bytes:
    """A page whose story wrapper holds the headline, ``box`` and then the story's text in a box of its own."""
    return (
        "<html><head><title>City council approves new budget</title></head><body><div id=main>"
        f'{wrapper}<h1>City council approves new budget</h1>{box}<div id="textsize">{PARAGRAPHS}</div></div>'
        '<div class="site-footer"><a href="/2024/01/about-our-newsroom-team/">About our newsroom and its team</a>'
        "</div></div></body></html>"
    ).encode()


BEFORE_TEXT = (
    '<div id="hd" style="float: right"><b>{label}</b>'
    + "".join(f'<div><a href="{href}">{title}</a></div>' for href, title in STORIES[:2])
    + "</div>"
)


@pytest.mark.parametrize("label", ["Още по темата", "Related"])
def test_a_labelled_box_set_before_the_text_in_the_story_wrapper(label: str) -> None:
    # Given a labelled box floated before the story's text, both inside the story's wrapper ("cbox article")
    record = parse(_story_card(BEFORE_TEXT.format(label=label)))
    # Then its links are the story's further reading
    assert see_also_urls(record) == urls(2)


def test_a_labelled_box_between_headline_and_text_in_a_wrapper_named_for_nothing() -> None:
    # Given the box between the headline and the text in a wrapper not named as the story ("content")
    record = parse(_story_card(BEFORE_TEXT.format(label="Related"), '<div class="content">'))
    # Then the wrapper holds the story's headline before the box: the box is set into the story
    assert see_also_urls(record) == urls(2)


def test_a_box_before_the_text_in_a_side_column() -> None:
    box = BEFORE_TEXT.format(label="Related").replace('id="hd"', 'class="sidebar"')
    assert parse(_story_card(box)).see_also == []


def test_a_labelled_box_before_the_text_in_a_wrapper_without_the_headline() -> None:
    # Given the box before the text's box in a wrapper named for nothing, the headline outside that wrapper
    data = _story_card(BEFORE_TEXT.format(label="Related"), '<div class="content">')
    data = data.replace(b"<h1>City council approves new budget</h1>", b"").replace(
        b"<div id=main>", b"<div id=main><h1>City council approves new budget</h1>"
    )
    # Then nothing places it in the story
    assert parse(data).see_also == []


def test_named_form_controls_leave_room_for_the_related_box() -> None:
    # Given an editor's hidden form whose fields are named "related" ("related_input", "related1"...) before the
    # story's related box: more such fields than the cap of named boxes
    form = '<div class="hidden">' + '<div class="related_input"><input id="related1"></div>' * 8 + "</div>"
    box = f'<section class="related-links"><div class="headline">More Buzz</div><ul>{RELATED}</ul></section>'
    boxes = find_landmarks(load_document(page(after=form + box), URL, None).soup).related_boxes
    # Then the inputs are no boxes, and the related box is still among those collected
    assert not any(box.name == "input" for box in boxes)
    assert any(box.name == "section" for box in boxes)


def test_a_label_indented_in_its_markup() -> None:
    # Given a box headed by a label written with 60 characters of the template's indentation around it
    indent = "\n" + " " * 40
    box = f'<div class="box"><div class="hbox"><h2>{indent}Related{indent}</h2></div><ul>{RELATED}</ul></div>'
    record = parse(page(after=box))
    # Then the label is read as a label, and its list is see-also
    assert see_also_urls(record) == RELATED_URLS


SENTENCE = "Crews said most of the oil on the beaches had been removed, and the rest was degrading rapidly."


@pytest.mark.parametrize(
    "pointer", ["(See pictures of the spill.)", "(Read more about the clean-up)", "(Watch the crews at work.)"]
)
def test_a_parenthesised_pointer_closing_a_paragraph(pointer: str) -> None:
    # Given a paragraph closing with a link of its own that is a parenthesised "See ...", "Read ..." pointer
    href, _ = STORIES[0]
    record = parse(page(first=f'<p>{SENTENCE} <span class="see"><a href="{href}">{pointer}</a></span></p>'))
    # Then it is the story's further reading, titled as written
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + href, pointer)]


@pytest.mark.parametrize(
    ("pointer", "href"),
    [
        ("(See the full study.)", "https://www.journal.example/articles/oil-degradation-2024"),  # another site
        ("(Reuters)", STORIES[0][0]),  # a credit, no pointer
        ("(see the city's budget plan, in the PDF linked here)", "/"),  # the site's home page
    ],
)
def test_parenthesised_links_that_are_no_pointers(pointer: str, href: str) -> None:
    record = parse(page(first=f'<p>{SENTENCE} <a href="{href}">{pointer}</a></p>'))
    assert record.see_also == []


@pytest.mark.parametrize(
    "label",
    [
        "Previously in this series:",
        "Weiterführende Lektüre",
        "Bisher erschienen:",
        "If you liked these, you might also like:",
        "If you enjoyed this recipe, you will also enjoy:",
    ],
)
def test_series_and_further_reading_labels(label: str) -> None:
    record = parse(page(after=f'<div class="x"><h3>{label}</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS


def test_a_link_to_the_storys_comments_page_is_no_story() -> None:
    # Given a line linking the story's forum thread ("/comment/" closing its path), as a magazine's meta row has it
    line = '<p><a href="/forum/news/city-council-budget/forum-512345/comment/">Read the comments (87 posts)</a></p>'
    # Then it is no further reading
    assert see_also_urls(parse(page(first=line))) == []


def test_a_label_over_an_amp_list_heads_no_link_after_it() -> None:
    # Given "Related Stories" over an amp-list that a script fills, then the next article's link
    box = (
        '<section class="x"><h2>Related Stories</h2><amp-list src="/api/related.json" layout="fixed-height" '
        'height="300"><template type="amp-mustache"><a href="{{url}}">{{title}}</a></template>'
        "<div placeholder>Loading…</div></amp-list></section>"
        f'<div class="up">Next article: <a href="{STORIES[0][0]}">{STORIES[0][1]}</a></div>'
    )
    # Then the box is empty on the page, and the next article is no reading of this one
    assert see_also_urls(parse(nested_page(box))) == []


def test_a_rail_item_set_between_the_storys_paragraphs_is_an_inline_card() -> None:
    # Given a promo card named as a rail's item ("rail__item") set between two paragraphs of the story
    href, title = STORIES[0]
    card = (
        f'<div class="rail__item article-inline-promo"><a class="inline-related" href="{href}"><img src="/i/1.jpg" '
        f'alt=""><span class="inline-related__kicker">SCHOOLS</span><span class="inline-related__headline">{title}'
        '</span><span class="inline-related__cta">Read more</span></a></div>'
    )
    opening = (
        "<p>The council met on Tuesday evening to vote on the budget, the first since the election, with every seat "
        "in the chamber taken and a queue outside.</p>"
    )
    record = parse(page(first=opening + card))
    # Then the card is see-also under its headline: a rail's name does not make a box in the copy a side column
    assert [(link.url, link.title) for link in record.see_also] == [(SITE + href, title)]


@pytest.mark.parametrize(
    "label",
    ["Sponsored content", "Paid content", "Promoted stories", "From our partners", "Next article", "Previous post",
     "What's new", "Featured", "Local news", "More videos"],
)  # fmt: skip
def test_paid_partner_next_and_feed_headings_stay_out_also_inside_the_article(label: str) -> None:
    # Given a list of story links under such a heading at the end of the article's own container
    record = parse(page(article_end=f'<div class="x"><h3>{label}</h3><ul>{RELATED}</ul></div>'))
    # Then it is no further reading of the story
    assert see_also_urls(record) == []


@pytest.mark.parametrize("label", ["You might also be interested in", "More coverage"])
def test_more_further_reading_labels(label: str) -> None:
    record = parse(page(after=f'<div class="x"><h3>{label}</h3><ul>{RELATED}</ul></div>'))
    assert see_also_urls(record) == RELATED_URLS
