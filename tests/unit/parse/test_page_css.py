"""The classes a page's own CSS hides, and a related box so hidden."""

from __future__ import annotations

from support.news_pages import STORIES, page, parse, see_also_urls, urls

from worker.parse.page_css import hidden_classes


def test_lone_class_rules_that_hide_are_read_and_no_others() -> None:
    css = (
        ".story-related--off{display:none} .js .menu{display:none} @media print{.no-print{display:none}} "
        ".y, .z {color:red; display: none !important} .w{visibility:hidden} .v{display:block}"
    )
    assert hidden_classes([css]) == {"story-related--off", "y", "z", "w"}


def test_a_related_box_hidden_by_the_pages_own_css_is_none() -> None:
    items = "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in STORIES[:3])
    box = f'<div class="story-related story-related--off"><h3>Related Stories</h3><ul>{items}</ul></div>'
    hidden = parse(page(after=box, head="<style>.story-related--off{display:none}</style>"))
    shown = parse(page(after=box, head="<style>.story-related--on{display:none}</style>"))
    assert see_also_urls(hidden) == []
    assert see_also_urls(shown) == urls(3)


def test_rules_inside_at_rules_and_after_imports_are_told_apart() -> None:
    css = (
        "@import url(base.css); .a{display:none} @media screen{.b{display:none} @supports (x){.c{display:none}}} "
        ".d{background:url(data:image/png;base64,AAAA)} .e{display:none}"
    )
    assert hidden_classes([css]) == {"a", "e"}


def test_a_comment_before_a_hiding_rule_is_no_part_of_its_selector() -> None:
    css = "/* Ähnliche Beiträge vorerst ausgeblendet (J., 03/2020) */\n.crp_related{display:none!important}\n.x{top:0}"
    assert hidden_classes([css]) == frozenset({"crp_related"})
    assert hidden_classes(["/* unclosed .a{display:none}"]) == frozenset()
