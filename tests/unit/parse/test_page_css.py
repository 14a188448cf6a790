"""The classes and ids a page's own CSS hides, and a related box so hidden."""

from __future__ import annotations

from support.news_pages import STORIES, page, parse, see_also_urls, urls

from worker.parse.page_css import hidden_names


def test_lone_class_rules_that_hide_are_read_and_no_others() -> None:
    css = (
        ".story-related--off{display:none} .js .menu{display:none} @media print{.no-print{display:none}} "
        ".y, .z {color:red; display: none !important} .w{visibility:hidden} .v{display:block} "
        "#Toaster{display:none} #main .x{display:none} #shown{display:block}"
    )
    assert hidden_names([css]) == {"story-related--off", "y", "z", "w", "#toaster"}


def test_a_related_box_hidden_by_the_pages_own_css_is_none() -> None:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:3])
    box = f'<div class="story-related story-related--off"><h3>Related Stories</h3><ul>{items}</ul></div>'
    hidden = parse(page(after=box, head="<style>.story-related--off{display:none}</style>"))
    shown = parse(page(after=box, head="<style>.story-related--on{display:none}</style>"))
    assert see_also_urls(hidden) == []
    assert see_also_urls(shown) == urls(3)


def test_a_box_hidden_by_its_id_is_none() -> None:
    # Given a "recommended for you" pop-up a script shows later, hidden by the page's CSS through its id
    toaster = (
        f'<div id="toaster"><span>recommended for you</span><h4><a href="{STORIES[0][0]}">{STORIES[0][1]}</a></h4>'
        "</div>"
    )
    hidden = parse(page(after=toaster, head="<style>#toaster{right:0; display:none; position:fixed}</style>"))
    shown = parse(page(after=toaster, head="<style>#toaster{right:0; position:fixed}</style>"))
    # Then it gives no see-also; shown, it does
    assert see_also_urls(hidden) == []
    assert see_also_urls(shown) == urls(1)


def test_rules_inside_at_rules_and_after_imports_are_told_apart() -> None:
    css = (
        "@import url(base.css); .a{display:none} @media screen{.b{display:none} @supports (x){.c{display:none}}} "
        ".d{background:url(data:image/png;base64,AAAA)} .e{display:none}"
    )
    assert hidden_names([css]) == {"a", "e"}


def test_a_comment_before_a_hiding_rule_is_no_part_of_its_selector() -> None:
    css = "/* Ähnliche Beiträge vorerst ausgeblendet (J., 03/2020) */\n.crp_related{display:none!important}\n.x{top:0}"
    assert hidden_names([css]) == frozenset({"crp_related"})
    assert hidden_names(["/* unclosed .a{display:none}"]) == frozenset()
