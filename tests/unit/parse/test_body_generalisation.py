"""Body rules that hold on unseen pages: linked words stay, no promo tail, the opening line and the text before an
embed stay, and a clear article always yields text."""

from __future__ import annotations

from pathlib import Path

import pytest

from worker.parse.body import Body, extract_body
from worker.parse.document import load_document

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
_HEADLINE = "Plane maker weighs a new name for its jet"


@pytest.fixture
def body() -> Body:
    data = (PAGES / "body_linked_promo.html").read_bytes()
    return extract_body(load_document(data, "https://post.example/business/jet-name"), headline=_HEADLINE)


def _texts(body: Body) -> list[str]:
    return [block.text for block in body.blocks]


def test_linked_words_inside_a_paragraph_keep_their_text(body: Body) -> None:
    assert (
        "Twitter erupted on Monday after President Donald Trump shared his branding expertise with Boeing, after"
        in "\n".join(_texts(body))
    )


def test_one_line_opening_and_text_before_the_embed_are_kept(body: Body) -> None:
    texts = _texts(body)
    assert texts[0] == "It started with a single post."
    assert any(text.startswith("Shares of the company fell") for text in texts)
    assert texts[-1].startswith('"Passengers want to know')


@pytest.mark.parametrize(
    "furniture",
    ["You Might Also Like", "Airline profits squeezed", "Sign up for our newsletter", "Subscribe now", "© 2019"],
)
def test_body_does_not_end_in_promo_newsletter_or_footer(body: Body, furniture: str) -> None:
    assert not any(furniture in text for text in _texts(body))


@pytest.mark.parametrize(
    ("tail", "furniture"),
    [
        ("<p>Subscribe now to our print edition for the full story.</p>", "Subscribe now"),
        (
            "<h3>About the author</h3><p>Jo March has written about ports and shipping for twenty years, first for"
            " a trade weekly and now as a freelance writer.</p>",
            "Jo March has written",
        ),
        ("<h2>You might also like</h2><p>Ferry fares rise again.</p><p>New lighthouse opens.</p>", "Ferry fares"),
        ("<p>Permalink: the harbour story</p><p>Tags: harbour, storms, council</p>", "Permalink"),
        ("<h3>Weitere Artikel</h3><p>Fährpreise steigen erneut.</p>", "Fährpreise"),
    ],
)
def test_unmarked_end_box_is_left_out(tail: str, furniture: str) -> None:
    story = "".join(
        f"<p>Paragraph {i}: the harbour master said the new wall would protect the fishing fleet from the"
        " worst of the winter storms for decades.</p>"
        for i in range(1, 5)
    )
    page = f"<html><body><div><h1>Harbour wall rebuilt</h1>{story}{tail}</div></body></html>"
    texts = _texts(
        extract_body(load_document(page.encode(), "https://post.example/a"), headline="Harbour wall rebuilt")
    )
    assert texts[-1].startswith("Paragraph 4:")
    assert not any(furniture in text for text in texts)


def test_article_in_sibling_sections_between_other_blocks() -> None:
    def section(first: int, count: int) -> str:
        paragraphs = "".join(
            f"<p>Part {i}: divers inspected the old harbour wall, found the stones loose in many places and"
            " reported that repairs would take most of the year.</p>"
            for i in range(first, first + count)
        )
        return f"<div class='band text-band'><div class='inner'><div class='col'>{paragraphs}</div></div></div>"

    numbers = "".join(f"<tr><td>Pier {i}</td><td>{i * 7} m</td><td>{1900 + i}</td></tr>" for i in range(1, 30))
    links = "".join(f"<li><a href='/p/{i}'>Other story number {i}</a></li>" for i in range(1, 12))
    page = (
        "<html><body><h1>Harbour wall survey</h1><div class='page'>"
        f"{section(1, 2)}<div class='band facts'><table>{numbers}</table></div>{section(3, 5)}{section(8, 1)}"
        f"<div class='band list'><ul>{links}</ul></div></div></body></html>"
    )
    texts = _texts(extract_body(load_document(page.encode(), "https://post.example/a"), headline="Harbour wall survey"))
    assert [text[: text.index(":")] for text in texts if text.startswith("Part ")] == [f"Part {i}" for i in range(1, 9)]


def test_article_in_sibling_sections_straight_under_the_body() -> None:
    paragraph = (
        "<p>Part {}: divers inspected the old harbour wall, found the stones loose in many places and reported"
        " that repairs would take most of the year.</p>"
    )
    lead = "".join(paragraph.format(i) for i in range(1, 5))
    numbers = "".join(f"<tr><td>Pier {i}</td><td>{i * 7} m</td><td>{1900 + i}</td></tr>" for i in range(1, 12))
    page = (
        "<html><body><div class='band intro'><h1>Harbour wall survey</h1></div>"
        f"<div class='band text'><div class='box'><div class='row'><div class='col'>{lead}</div></div></div></div>"
        f"<div class='band facts'><table>{numbers}</table></div>"
        f"<div class='band text'><div class='box'><div class='row'><div class='col'>{paragraph.format(5)}"
        f"{paragraph.format(6)}</div></div></div></div></body></html>"
    )
    texts = _texts(extract_body(load_document(page.encode(), "https://post.example/a"), headline="Harbour wall survey"))
    assert [text[: text.index(":")] for text in texts if text.startswith("Part ")] == [f"Part {i}" for i in range(1, 7)]


def test_last_line_ending_in_an_emoji_is_a_sentence() -> None:
    story = "".join(
        f"<p>Run {i}: into the wind along the dyke, past the sheep and the closed kiosk, and back by the canal"
        " before the rain came in from the sea.</p>"
        for i in range(1, 4)
    )
    page = f"<html><body><div><h1>Winter run</h1>{story}<p>And I loved every minute of it 😉</p></div></body></html>"
    texts = _texts(extract_body(load_document(page.encode(), "https://blog.example/run"), headline="Winter run"))
    assert texts[-1] == "And I loved every minute of it 😉"


_STORY = "".join(
    f"<p>Paragraph {i}: the harbour master said the new wall would protect the fishing fleet from the"
    " worst of the winter storms for decades.</p>"
    for i in range(1, 5)
)


@pytest.mark.parametrize(
    "embed",
    [
        '<blockquote class="twitter-tweet"><p lang="en">Storm wall finally done, proud of the crew who worked '
        'through winter to finish it.</p>&mdash; Harbour Crew (@crew) <a href="https://x.com/crew/status/1">May 3'
        "</a></blockquote>",
        '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C9/"><div><p>'
        "Storm wall finally done, proud of the crew who worked through winter to finish it.</p><p>A post shared by "
        "Harbour Crew (@crew)</p></div></blockquote>",
        '<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@crew/video/1"><section><p>Storm wall '
        "finally done, proud of the crew who worked through winter to finish it.</p></section></blockquote>",
    ],
)
def test_an_embedded_social_post_is_no_body(embed: str) -> None:
    # Given a story split by an embedded tweet, Instagram or TikTok post
    story = _STORY.replace("</p>", f"</p>{embed}", 2)
    page = f"<html><body><article><h1>Harbour wall rebuilt</h1>{story}</article></body></html>"
    texts = _texts(
        extract_body(load_document(page.encode(), "https://post.example/a"), headline="Harbour wall rebuilt")
    )
    # Then the story's paragraphs are the body, and the post's text is not
    assert [text[: text.index(":")] for text in texts] == [f"Paragraph {i}" for i in range(1, 5)]
    assert not any("Storm wall finally done" in text for text in texts)


@pytest.mark.parametrize(
    "insert",
    [
        '<div class="briefing-cta"><p><strong>Get our morning briefing.</strong> The day\'s top stories, in your inbox'
        ' by 6. <a href="/newsletters">Sign up</a></p></div>',
        '<p class="inline-cta"><a href="/newsletter">Sign up for our daily newsletter</a> to get updates as this '
        "story develops.</p>",
        '<div class="abo-encart"><p>Cet article vous a intéressé ? Abonnez-vous pour 1 € le premier mois.</p></div>',
    ],
)
def test_a_call_to_action_or_subscription_insert_is_no_body(insert: str) -> None:
    # Given a call to action ("cta") or a subscription ("abo") insert above and between the story's paragraphs
    story = insert + _STORY.replace("</p>", f"</p>{insert}", 1)
    page = f"<html><body><article><h1>Harbour wall rebuilt</h1>{story}</article></body></html>"
    texts = _texts(
        extract_body(load_document(page.encode(), "https://post.example/a"), headline="Harbour wall rebuilt")
    )
    # Then the body is the story's paragraphs alone
    assert [text[: text.index(":")] for text in texts] == [f"Paragraph {i}" for i in range(1, 5)]


def _story(paragraphs: str) -> list[str]:
    html = (
        "<html><body><div class='page'><h1>Leaders weigh the plan</h1>"
        "<p>Leaders met on Monday to weigh a plan to restart the long-stalled talks, officials said in the capital.</p>"
        "<p>The decision was a setback for the envoy, who is due to wrap up his sixth trip to the region this week.</p>"
        f"{paragraphs}</div></body></html>"
    )
    return _texts(extract_body(load_document(html.encode(), "https://news.example/world/plan")))


def test_a_rights_notice_followed_by_more_blocks_closes_the_story() -> None:
    # Given the site's rights notice, its reprint terms and other stories' teasers after the story in one container
    texts = _story(
        "<p>Copyright 2012 Example Media Company, Inc. All Rights Reserved</p>"
        "<p>This copy is for your personal, non-commercial use only. To order copies, contact Example Reprints.</p>"
        "<p>Five blue-chip stocks have accounted for about one-third of the rally in the index since the crisis.</p>"
    )
    # Then the story ends before the notice
    assert texts[-1].startswith("The decision was a setback")


def test_a_rights_notice_ending_the_story_stays() -> None:
    # Given a wire's rights notice as the story's last line
    texts = _story("<p>Copyright 2024 The Associated Press. All rights reserved.</p>")
    # Then it stays, for the origin to read
    assert texts[-1] == "Copyright 2024 The Associated Press. All rights reserved."
