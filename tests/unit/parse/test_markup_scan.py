"""``markup_scan``: which elements are dropped (closed or not), and head tags read, on small hand-written markup."""

from __future__ import annotations

import pytest

from worker.parse.markup_scan import head_tags, strip_elements


def drop(tag: str, whole: str) -> str:
    return "<br/>" if tag == "br" else f"[{tag}]"


@pytest.mark.parametrize(
    ("markup", "stripped"),
    [
        ("a<script>x</script>b", "a[script]b"),
        ("<SCRIPT type=x>x</script >", "[script]"),
        ("<script>a</script><script>b", "[script]<script>b"),  # the unclosed one stays
        ("</script><script>x", "</script><script>x"),  # a closer before its opener closes nothing
        ("<script <b></b>", "<script [b]"),  # no closer for the script; the empty <b> inside goes
        ("<!-- x --><!-->y-->", "[!--][!--]"),
        ("<!-- open", "<!-- open"),
        ("<br><BR x=1/>", "<br/><br/>"),
        ("<nav>x<nav>y</nav>z</nav>", "<nav>x[nav]z</nav>"),  # the innermost nav
        ('<nav class="related-posts">y</nav>', '<nav class="related-posts">y</nav>'),  # further reading stays
        ('<nav aria-label="Read more">y</nav>', '<nav aria-label="Read more">y</nav>'),
        ('<nav class="menu">y</nav>', "[nav]"),
        ('<a href="/story/"></a><a name=x></a>', '<a href="/story/"></a>[a]'),  # an empty link stays, an anchor goes
        ("<span>  \n </SPAN  >", "[span]"),
        ("<span itemprop=name></span>", "<span itemprop=name></span>"),  # metadata attributes are kept
        ("<p class='Journal+Content'></p>", "<p class='Journal+Content'></p>"),
        ("<p xdatetime></p><i>a</i>", "[p]<i>a</i>"),
        ("<iframe src=x>y</iframe><ifr>", "[iframe]<ifr>"),
        # a start tag is read up to the next "<": in broken markup only the last opener is an empty element's
        ("<span <span <span></span>", "<span <span [span]"),
        ("<div " * 2000, "<div " * 2000),  # openers without ">": nothing dropped
        ("<style>" * 3 + "x</style>", "[style]"),
    ],
)
def test_strip_elements(markup: str, stripped: str) -> None:
    assert strip_elements(markup, drop) == stripped


def test_head_tags_in_order_with_unclosed_ones_skipped() -> None:
    markup = "<meta <title>T</title><meta name=a><link rel=x><title>x<b></title><TITLE>T &amp; U</title ><html lang=de>"
    assert list(head_tags(markup)) == [
        ("meta", " <title", ""),  # an unclosed <meta runs to the next ">", as in a browser
        ("meta", " name=a", ""),
        ("link", " rel=x", ""),
        ("title", "", "T &amp; U"),  # a title with markup inside is skipped
        ("html", " lang=de", ""),
    ]
