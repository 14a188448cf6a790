"""Unit tests of ``worker.parse.body``: the article text is kept, page furniture is left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.errors import NoArticleContent
from worker.parse.body import Body, extract_body
from worker.parse.document import load_document

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"


def _body(html: str | bytes, headline: str | None = None) -> Body:
    data = html.encode() if isinstance(html, str) else html
    return extract_body(load_document(data, "https://example.com/a"), headline=headline)


def _joined(body: Body) -> str:
    return "\n\n".join(block.text for block in body.blocks)


@pytest.fixture
def news() -> Body:
    return _body((PAGES / "body_news.html").read_bytes(), headline="Stadtrat beschließt neue Radwege")


@pytest.mark.parametrize(
    "snippet",
    [
        "Der Stadtrat hat am Dienstagabend",
        "Die Kosten von rund acht Millionen Euro",
        "Kritik von der Opposition",
        "Erster Abschnitt: Bahnhofstraße",
        "Die Arbeiten sollen im Frühjahr beginnen",
    ],
)
def test_article_text_is_kept(news: Body, snippet: str) -> None:
    assert snippet in _joined(news)


@pytest.mark.parametrize(
    "snippet",
    [
        "Wir verwenden Cookies",
        "Politik",
        "Teilen auf Facebook",
        "Foto: Max Muster",
        "Anzeige: Jetzt das neue E-Bike",
        "schreibt seit zehn Jahren",
        "Radverkehr",
        "Mehr zum Thema",
        "Parkgebühren steigen",
        "Endlich passiert etwas",
        "täglichen Newsletter",
        "Alle Rechte vorbehalten",
        "Stadtrat beschließt neue Radwege",
    ],
)
def test_furniture_and_headline_are_left_out(news: Body, snippet: str) -> None:
    assert snippet not in _joined(news)


def test_see_also_line_is_kept_with_its_link(news: Body) -> None:
    # Given the article's "SEE ALSO:" line, which is mostly link text
    [block] = [block for block in news.blocks if block.text.startswith("SEE ALSO:")]
    # Then it is a block of its own and its <a> is still inside its element (for the see-also extractor)
    link = block.element.find("a")
    assert link is not None
    assert link["href"] == "https://zeitung.example/lokales/busse"


def test_blocks_are_in_document_order_with_kinds(news: Body) -> None:
    starts = [block.text[:20] for block in news.blocks]
    assert starts.index("Kritik von der Oppos") < starts.index("Die Arbeiten sollen ")
    kinds = {block.text[:10]: block.kind for block in news.blocks}
    assert kinds["Kritik von"] == "heading"
    assert kinds["Erster Abs"] == "li"


def test_container_holds_the_article(news: Body) -> None:
    assert news.container is not None
    assert "Die Kosten von rund acht Millionen Euro" in news.container.get_text()
    assert "Endlich passiert etwas" not in news.container.get_text()


def test_page_of_only_navigation_has_no_article() -> None:
    with pytest.raises(NoArticleContent):
        _body((PAGES / "body_nav_only.html").read_bytes())


def test_empty_body_has_no_article() -> None:
    with pytest.raises(NoArticleContent):
        _body("<html><head><title>x</title></head><body><div></div></body></html>")


def test_page_wrapped_in_a_furniture_named_element_still_yields_the_article() -> None:
    # Given broken markup where a site-wide wrapper carries an ad-like id and an unclosed <header>
    paragraphs = "".join(
        f"<p>Absatz {i}: Dies ist ein langer Absatz mit echtem Inhalt, Kommas, und genug Text für eine Wertung.</p>"
        for i in range(8)
    )
    html = (
        '<html><body><div id="ads-takeover"><header><a href="/">Logo</a>'
        f'<div class="content"><article>{paragraphs}</article></div>'
        '<div class="menu"><a href="/x">Start</a> <a href="/y">Kontakt</a></div></div></body></html>'
    )
    # When the body is extracted, Then all paragraphs are there and the menu is not
    text = _joined(_body(html))
    assert all(f"Absatz {i}:" in text for i in range(8))
    assert "Kontakt" not in text


def test_article_split_into_sections_is_kept_whole() -> None:
    # Given an article whose text is split over several sibling sections, with a link list after it
    section = (
        '<div class="text-section"><p>{0} Ein Abschnitt des Artikels mit genug Text, Kommas, und Inhalt.</p>'
        "<p>{0} Noch ein Absatz im selben Abschnitt, ebenfalls lang genug für die Wertung.</p></div>"
    )
    html = (
        "<html><body><div class='page'>"
        + "".join(section.format(f"Teil {i}.") for i in range(4))
        + "</div><ul><li><a href='/1'>Link eins</a></li><li><a href='/2'>Link zwei</a></li></ul></body></html>"
    )
    text = _joined(_body(html))
    assert all(f"Teil {i}." in text for i in range(4))
    assert "Link eins" not in text


def test_inline_text_with_line_breaks_is_one_block() -> None:
    html = (
        "<html><body><div class='post'>Erste Zeile eines alten Blogs mit genug Text, um zu zählen.<br>"
        "Zweite Zeile, ebenfalls mit Inhalt und Kommas, damit sie zählt.</div></body></html>"
    )
    [block] = _body(html).blocks
    assert block.text.startswith("Erste Zeile") and "Zweite Zeile" in block.text


def test_lead_between_headline_and_article_text_is_kept() -> None:
    # Given a page whose headline and lead sit in a header block apart from the article's text container
    paragraphs = "".join(
        f"<p>Absatz {i} im Haupttext, lang genug, mit Kommas, und echtem Inhalt für die Wertung.</p>" for i in range(6)
    )
    html = (
        "<html><body><div class='top'><h1>Die Schlagzeile</h1>"
        "<div class='intro'>Der Vorspann fasst den Artikel in einem Satz zusammen, bevor der Text beginnt.</div>"
        "<span>12.03.2024</span></div>"
        f"<div class='story'>{paragraphs}</div>"
        "<ul class='more'><li><a href='/x'>Ein anderer Artikel mit langem Titel hier</a></li></ul></body></html>"
    )
    # When the body is extracted with the headline
    body = _body(html, headline="Die Schlagzeile")
    # Then the lead comes first, followed by the article's paragraphs; the headline is not a block
    assert body.blocks[0].text.startswith("Der Vorspann")
    assert "Absatz 5 im Haupttext" in _joined(body)
    assert "Die Schlagzeile" not in _joined(body)


def test_lead_is_not_taken_across_a_link_list() -> None:
    # Given a headline followed by a long list of links before the article text
    links = "".join(f"<li><a href='/{i}'>Ein Link zu einem anderen Artikel Nummer {i}</a></li>" for i in range(10))
    paragraphs = "".join(f"<p>Absatz {i} im Haupttext, lang genug, mit Kommas, und Inhalt.</p>" for i in range(6))
    html = (
        "<html><body><h1>Titel</h1><p>Ein einleitender Satz über der Linkliste, der nicht dazugehört.</p>"
        f"<ul>{links}</ul><div class='main'><div class='story'>{paragraphs}</div></div></body></html>"
    )
    text = _joined(_body(html, headline="Titel"))
    assert "Absatz 0 im Haupttext" in text
    assert "einleitender Satz" not in text


def test_text_set_in_heading_tags_is_still_the_article() -> None:
    # Given a short post whose text sits in heading tags (a common page-builder habit)
    html = (
        "<html><body><article><h1>Titel</h1><h2>Der Wettbewerb für Kinder</h2>"
        "<h4>Er findet zum sechsten Mal statt, und Kinder zwischen sechs und zwölf Jahren sind aufgerufen, "
        "ein Plakat zu gestalten und es bis Ende Mai einzusenden.</h4></article></body></html>"
    )
    text = _joined(_body(html, headline="Titel"))
    assert "Der Wettbewerb für Kinder" in text
    assert "Er findet zum sechsten Mal statt" in text


def test_short_line_right_after_an_image_is_a_caption() -> None:
    # Given an image followed by a credit line, then article text (including a short real sentence)
    paragraphs = "".join(
        f"<p>Absatz {i} mit genug Text, mit Kommas, und echtem Inhalt zum Werten.</p>" for i in range(5)
    )
    html = (
        "<html><body><div class='story'><p>Einleitung des Artikels mit genug Text, Kommas, und Inhalt.</p>"
        "<img src='/a.jpg'><p>Hafenkräne im Abendlicht / Foto: M. Muster</p>"
        f"{paragraphs}<img src='/b.jpg'><p>Ein kurzer echter Satz.</p></div></body></html>"
    )
    text = _joined(_body(html))
    # Then the credit line is left out, the sentence and the paragraphs are kept
    assert "Foto: M. Muster" not in text
    assert "Ein kurzer echter Satz." in text
    assert "Absatz 4 mit genug Text" in text


def test_date_line_is_left_out_but_a_duration_is_kept() -> None:
    paragraphs = "".join(
        f"<p>Absatz {i} mit genug Text, mit Kommas, und echtem Inhalt zum Werten.</p>" for i in range(5)
    )
    html = (
        "<html><body><div class='story'><p><time datetime='2019-01-11'>11 Jan 2019</time></p>"
        "<p>Backzeit: <time datetime='PT30M'>30 Min</time></p>"
        f"{paragraphs}</div></body></html>"
    )
    text = _joined(_body(html))
    assert "11 Jan 2019" not in text
    assert "Backzeit: 30 Min" in text


def test_short_tail_lines_go_but_closing_sentence_and_see_also_stay() -> None:
    # Given an article ending in a short closing sentence, a SEE ALSO line, then promo/contact lines
    paragraphs = "".join(
        f"<p>Absatz {i} mit genug Text, mit Kommas, und echtem Inhalt zum Werten.</p>" for i in range(5)
    )
    html = (
        f"<html><body><div class='story'>{paragraphs}<p>Kurz und gut.</p>"
        "<p>SEE ALSO: <a href='https://example.com/b'>Ein anderer Artikel</a></p>"
        "<p><strong>Gefällt dir unser Magazin? Jetzt unterstützen</strong></p><p>Kontakt: Redaktion Nord</p>"
        "</div></body></html>"
    )
    text = _joined(_body(html))
    assert text.endswith("Kurz und gut.\n\nSEE ALSO: Ein anderer Artikel")


_PROSE = (
    "<p>The council voted on Tuesday evening to build twelve kilometres of new cycle lanes across the city, "
    "a plan that has been debated for more than three years and was finally approved by a wide margin.</p>"
    "<p>Work on the first section is due to start in the spring, the mayor said after the meeting, adding that "
    "the cost of around eight million euros would be shared between the city and the regional government.</p>"
)


@pytest.mark.parametrize(
    "wrapper",
    [
        '<div class="editorial-disclosure">',
        '<div class="affiliate-info">',
        '<div class="community-notice">',
        '<div class="third-party-services--placeholder">',
        '<div class="c-flyout__body">',
        '<div class="recirculation-box">',
        '<div class="legend">',
        '<div id="kommentarModul">',
        '<div class="appstores">',
    ],
)
def test_disclosure_notice_and_embed_placeholder_boxes_are_furniture(wrapper: str) -> None:
    box = f"{wrapper}<p>We may receive a commission for links on this page, see our policy for details.</p></div>"
    body = _body(f"<html><body><article>{box}{_PROSE}</article></body></html>")
    assert "cycle lanes" in _joined(body)
    assert "commission" not in _joined(body)


def test_trailing_contact_lines_and_their_label_are_left_out() -> None:
    contact = (
        "<p>Kontakt:</p>"
        "<p>Dr. Jana Beispiel, Institut für Meteorologie, E-Mail: "
        '<a href="mailto:jana@example.org">jana@example.org</a></p>'
        '<p>Presse <a href="javascript:decode(1)">presse@<span>example.org</span></a></p>'
    )
    body = _body(f"<html><body><article>{_PROSE}{contact}</article></body></html>")
    text = _joined(body)
    assert "eight million euros" in text
    assert "Kontakt" not in text
    assert "jana@example.org" not in text


@pytest.mark.parametrize(
    "line",
    [
        "<p>Zum Weiterlesen:</p>",
        "<h2>Schon gelesen?</h2>",
        '<p>LE PUEDE INTERESAR: <a href="/otra-nota">La ficha del expresidente en la cárcel</a></p>',
        '<p>Auch lesen: <a href="/andere">Diese drei Sternzeichen verschenken ihr Herz</a></p>',
    ],
)
def test_further_reading_labels_are_left_out(line: str) -> None:
    body = _body(f"<html><body><article>{_PROSE}{line}{_PROSE}</article></body></html>")
    text = _joined(body)
    assert "cycle lanes" in text
    assert not any(word in text for word in ("Weiterlesen", "gelesen", "INTERESAR", "Auch lesen"))


def test_reader_prompts_linking_to_subscribe_and_app_pages_end_the_article() -> None:
    prompts = (
        '<p>To read on, please <a href="/subscribe">subscribe</a> to the Gazette.</p>'
        "<p>Subscribers get unlimited access to our journalism and a weekly letter from the editor.</p>"
        '<p>Get our app: <a href="https://apps.apple.com/app/id1">iOS</a> and '
        '<a href="https://play.google.com/store/apps/details?id=x">Android</a></p>'
    )
    text = _joined(_body(f"<html><body><article>{_PROSE}{prompts}</article></body></html>"))
    assert "eight million euros" in text
    assert not any(word in text for word in ("subscribe", "Subscribers", "Android"))


def test_a_closing_paragraph_with_a_profile_link_is_kept() -> None:
    closing = (
        "<p>My colleague Bug did all the graphics and the music for the trailer, and if you like what he makes, "
        "you will find more of his work in many places; he posts most of it on his own account, which you can "
        'find <a href="https://twitter.com/somebody">here</a>, so have a look and tell him what you think of it '
        "and of the whole game we are building together.</p>"
    )
    text = _joined(_body(f"<html><body><article>{_PROSE}{closing}</article></body></html>"))
    assert "did all the graphics" in text


@pytest.mark.parametrize(
    "caption",
    [
        "<div>The golfer was known for his talent and his colourful clothes. | © Augusta National/Getty Images</div>",
        "<p>The company will train the air force's new pilots in Bremen from next year on. © CAE</p>",
    ],
)
def test_a_caption_ending_in_its_image_credit_is_left_out(caption: str) -> None:
    text = _joined(_body(f"<html><body><article>{_PROSE}{caption}{_PROSE}</article></body></html>"))
    assert "cycle lanes" in text
    assert "©" not in text


@pytest.mark.parametrize(
    "advert",
    ["<p>ANZEIGE - Heute mal ausgehen? Wie wäre es mit dem neuen Lokal am Markt</p>", "<p>Advertisement</p>"],
)
def test_blocks_marked_as_advertisements_are_left_out(advert: str) -> None:
    text = _joined(_body(f"<html><body><article>{_PROSE}{advert}{_PROSE}</article></body></html>"))
    assert "cycle lanes" in text
    assert "ANZEIGE" not in text
    assert "Advertisement" not in text


def test_lines_broken_by_br_stay_lines_of_their_paragraph() -> None:
    # Given a letter whose signatories are one paragraph of <br>-broken lines, and a wrapped source line
    page = (
        "<html><body><article><h1>A Letter</h1>"
        "<p>We, the undersigned, ask the council to keep the library open on Sundays and in the evenings for all.</p>"
        "<p><strong>Elliot Ackerman</strong><br>\n<strong>Saladin Ambar</strong>, Rutgers University<br />"
        "Martin Amis<br><br>Anne\n   Applebaum</p>"
        "<p>The letter was delivered to the council on Monday morning, and the council will answer it next week.</p>"
        "</article></body></html>"
    )
    # When the body is extracted
    blocks = [block.text for block in _body(page, headline="A Letter").blocks]
    # Then each <br> is a line break inside the paragraph; other whitespace is collapsed, empty lines dropped
    assert blocks[1] == "Elliot Ackerman\nSaladin Ambar, Rutgers University\nMartin Amis\nAnne Applebaum"


_MORE_PROSE = (
    "<h2>Safety questions</h2>"
    "<p>The state education department, which oversees bus driver certification, said it was reviewing the bill "
    "and had not taken a position on it, adding that federal licence rules would stay in place.</p>"
    "<p>The coalition of transportation directors said it supports the idea but wants the permit limited to "
    "drivers who have completed at least twenty hours of training behind the wheel.</p>"
)


def test_a_sign_up_box_between_the_storys_paragraphs_does_not_end_it() -> None:
    # Given a newsletter callout set between paragraphs, with two paragraphs of the story after it
    box = (
        '<div class="kg-callout-card"><div>📬</div><div>Get the Ledger in your inbox. Our free weekday newsletter '
        'covers the county. <a href="#/portal/signup">Sign up here</a>.</div></div>'
    )
    text = _joined(_body(f"<html><body><article>{_PROSE * 2}{box}{_MORE_PROSE}</article></body></html>"))
    assert "twenty hours of training" in text
    # While a paywall's pitch after the prompt still ends the story
    pitch = (
        "<p>When you join the Example Times family, you will get unlimited digital access to journalism about the "
        "city you will not get anywhere else, and we have been at it for twenty years.</p>"
        "<p>First-time subscribers also receive a special welcome gift handmade by local artisans, and every "
        "member gets our weekly letter from the editor.</p>"
    )
    prompt = '<p>To view the full story, please <a href="/subscribe">subscribe</a> to the Example Times.</p>'
    text = _joined(_body(f"<html><body><article>{_PROSE * 2}{prompt}{pitch}</article></body></html>"))
    assert "welcome gift" not in text
