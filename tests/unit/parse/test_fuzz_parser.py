"""Bounded property-based fuzzing of ``parse_article``: any input ends in a record or a typed wireroom error."""

from __future__ import annotations

import json
from collections.abc import Mapping

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from schemas.article import ArticleRecord
from worker.errors import WireroomError
from worker.parse import parse_article

URL = "https://news.example.com/2024/05/01/story.html"

TAGS = st.sampled_from(["div", "p", "article", "main", "h1", "span", "a", "time", "script", "style", "title", "meta"])
TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=200) | st.sampled_from(
    ["", "\x00", "<", "]]>", "-->", "&#0;&#xD800;", "By By", "2024-13-45T25:61:61Z", "SEE ALSO:", "Reuters said."]
)
JSON_LD = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | TEXT,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.sampled_from(["@type", "@graph", "headline", "author", "datePublished", "name"]), children)
    ),
    max_leaves=20,
)


@st.composite
def html_documents(draw: st.DrawFn) -> bytes:
    """Small hostile HTML: random nesting, attributes, JSON-LD, meta tags, unclosed constructs, charsets."""

    def element(depth: int) -> str:
        if depth > 6 or draw(st.integers(0, 4)) == 0:
            return draw(TEXT)
        kind = draw(st.integers(0, 9))
        if kind == 0:
            return f'<script type="application/ld+json">{json.dumps(draw(JSON_LD))}</script>'
        if kind == 1:
            name = draw(st.sampled_from(["article:published_time", "author", "og:title", "date", "og:url"]))
            return f'<meta property="{name}" name="{name}" content="{draw(TEXT)}">'
        if kind == 2:
            return draw(st.sampled_from(["<!--", "<![CDATA[", "<script>", "</", "<!doctype html>", "<title>"]))
        tag = draw(TAGS)
        attr = draw(st.sampled_from(["", ' class="article-body"', ' itemprop="author"', ' datetime="2024-05-01"']))
        inner = "".join(element(depth + 1) for _ in range(draw(st.integers(0, 3))))
        return f"<{tag}{attr}>{inner}</{tag}>" if draw(st.booleans()) else f"<{tag}{attr}>{inner}"

    charset = draw(st.sampled_from(["utf-8", "latin-1", "utf-16", "bogus", "shift_jis"]))
    doc = f"<html><head><meta charset='{charset}'><title>{draw(TEXT)}</title></head><body>"
    doc += "".join(element(0) for _ in range(draw(st.integers(1, 6)))) + "</body></html>"
    return doc.encode(draw(st.sampled_from(["utf-8", "utf-16", "latin-1"])), "replace")


HEADERS = st.none() | st.builds(
    lambda cs: {"Content-Type": f"text/html; charset={cs}"}, st.sampled_from(["utf-8", "latin-1", "utf-16", "x", ""])
)


def assert_typed(data: bytes, headers: Mapping[str, str] | None) -> None:
    try:
        result = parse_article(data, URL, headers)
    except WireroomError:
        return
    assert isinstance(result, ArticleRecord)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(html_documents(), HEADERS)
def test_generated_html_gives_record_or_typed_error(data: bytes, headers: Mapping[str, str] | None) -> None:
    assert_typed(data, headers)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=4096), HEADERS)
def test_random_bytes_give_record_or_typed_error(data: bytes, headers: Mapping[str, str] | None) -> None:
    assert_typed(data, headers)


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=512), st.sampled_from([b"<html>", b"\xef\xbb\xbf<!doctype html>", b"\xff\xfe<\x00h\x00"]))
def test_html_prefixed_garbage_gives_record_or_typed_error(data: bytes, prefix: bytes) -> None:
    assert_typed(prefix + data, None)
