"""Unit tests of ``worker.parse.document``: charset choice, non-HTML rejection, JSON-LD and the head index."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from worker.errors import NotHTML
from worker.parse import parse_article
from worker.parse.document import load_document

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"
GERMAN = "Größere Übungen für Bürger – „Straße“ und Café"
JAPANESE = "日本語のニュース記事です。東京で会議が開かれました。"


def _page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html><html><head>{head}<title>T</title></head><body><p>{body}</p></body></html>"


def _text(data: bytes, headers: dict[str, str] | None = None) -> str:
    return load_document(data, None, headers).soup.body.get_text()  # type: ignore[union-attr]


def test_header_charset_wins_over_meta() -> None:
    # Given a windows-1252 page whose meta wrongly claims ISO-8859-5 (Cyrillic), served with the right header
    data = _page(GERMAN, '<meta charset="iso-8859-5">').encode("cp1252")
    # When it is loaded with the header
    doc = load_document(data, None, {"Content-Type": "text/html; charset=windows-1252"})
    # Then the header's charset is used
    assert doc.encoding == "cp1252"
    assert GERMAN in doc.soup.get_text()


def test_bom_decides_utf16() -> None:
    # Given a UTF-16 page with a byte-order mark and a header saying ISO-8859-1
    data = codecs.BOM_UTF16_LE + _page(GERMAN).encode("utf-16-le")
    # When it is loaded, Then the BOM wins (as in browsers) and the text is intact
    assert GERMAN in _text(data, {"content-type": "text/html; charset=iso-8859-1"})


def test_meta_charset_used_without_header() -> None:
    data = _page(GERMAN, '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">').encode("cp1252")
    doc = load_document(data)
    assert doc.encoding == "cp1252"
    assert GERMAN in doc.soup.get_text()


def test_latin1_label_decodes_as_windows_1252() -> None:
    # Given curly quotes (0x84/0x93, only in windows-1252) on a page labelled ISO-8859-1
    data = _page("„Zitat“ – Ende", '<meta charset="ISO-8859-1">').encode("cp1252")
    # Then they decode as quotes, not C1 control characters
    assert "„Zitat“ – Ende" in _text(data)


def test_declared_latin1_but_valid_utf8_is_read_as_utf8() -> None:
    data = _page(GERMAN, '<meta charset="iso-8859-1">').encode("utf-8")
    doc = load_document(data)
    assert doc.encoding == "utf-8"
    assert GERMAN in doc.soup.get_text()


def test_declared_gb2312_but_utf8_bytes_are_read_as_utf8() -> None:
    # Given a Chinese page saved as UTF-8 that still declares gb2312 (its bytes are no valid GBK)
    chinese = "谷歌宣布以32亿美元收购智能家居公司，正式进军智能家居市场。"
    data = _page(chinese, '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">').encode("utf-8")
    # When it is loaded
    doc = load_document(data)
    # Then it is read as UTF-8, not as mojibake
    assert doc.encoding == "utf-8"
    assert chinese in doc.soup.get_text()


def test_declared_gb2312_is_honoured_on_gbk_bytes() -> None:
    # Given a page really encoded in GBK as it declares
    chinese = "谷歌宣布以32亿美元收购智能家居公司。"
    data = _page(chinese, '<meta charset="gb2312">').encode("gbk")
    # When it is loaded, Then the declared charset is used
    doc = load_document(data)
    assert doc.encoding == "gb18030"
    assert chinese in doc.soup.get_text()


def test_declared_utf8_but_windows_1252_bytes_are_detected() -> None:
    # Given a long German page encoded in windows-1252 but declared UTF-8
    data = _page(" ".join([GERMAN] * 40), '<meta charset="utf-8">').encode("cp1252")
    # Then the text comes out without replacement characters or mojibake
    text = _text(data)
    assert GERMAN in text
    assert "\ufffd" not in text


def test_undeclared_shift_jis_is_detected() -> None:
    data = _page(" ".join([JAPANESE] * 20)).encode("shift_jis")
    assert JAPANESE in _text(data)


def test_shift_jis_meta_is_honoured() -> None:
    data = _page(JAPANESE, '<meta charset="Shift_JIS">').encode("shift_jis")
    doc = load_document(data)
    assert doc.encoding == "cp932"
    assert JAPANESE in doc.soup.get_text()


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \n\t ",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        bytes(range(256)) * 8,
        b"just some plain text without any markup at all, over several words.",
    ],
)
def test_not_html_is_rejected(data: bytes) -> None:
    with pytest.raises(NotHTML):
        load_document(data, "https://example.com/x")


def test_binary_content_type_is_rejected() -> None:
    with pytest.raises(NotHTML):
        load_document(_page("x").encode(), None, {"Content-Type": "application/pdf"})


def test_scripts_styles_and_comments_are_gone_but_json_ld_is_read() -> None:
    # Given the fixture page with a JSON-LD @graph, a style block and a script
    doc = load_document((PAGES / "body_news.html").read_bytes(), "https://zeitung.example/lokales/radwege")
    # Then JSON-LD objects are flattened out of @graph
    assert [item.get("@type") for item in doc.json_ld] == ["NewsArticle", "Organization"]
    # And no script/style survives in the tree
    assert doc.soup.find(["script", "style"]) is None
    assert ".share { color" not in doc.soup.get_text()


def test_broken_json_ld_is_tolerated() -> None:
    head = (
        '<script type="application/ld+json"><!-- {"@type": "Article", "headline": "A",} --></script>'
        '<script type="application/ld+json">[{"@type": "Person", "name": "B"}] trailing junk</script>'
        '<script type="application/ld+json">{not json at all</script>'
    )
    doc = load_document(_page("x", head).encode())
    assert doc.json_ld == [{"@type": "Article", "headline": "A"}, {"@type": "Person", "name": "B"}]


def test_meta_and_links_are_indexed() -> None:
    doc = load_document((PAGES / "body_news.html").read_bytes())
    assert doc.meta["og:title"] == ["Stadtrat beschließt neue Radwege"]
    assert doc.meta["author"] == ["Anna Beispiel"]
    assert doc.links["canonical"] == ["https://zeitung.example/lokales/radwege"]
    assert doc.html_lang == "de"
    assert doc.title == "Stadtrat beschließt neue Radwege – Beispielzeitung"


def test_meta_entities_are_unescaped() -> None:
    doc = load_document(_page("x", '<meta name="description" content="Tom &amp; Jerry &quot;live&quot;">').encode())
    assert doc.meta["description"] == ['Tom & Jerry "live"']


def test_line_breaks_become_whitespace() -> None:
    assert "eins zwei" in " ".join(_text(_page("eins<br>zwei").encode()).split())


def test_large_noscript_text_fallback_is_kept_small_noscript_dropped() -> None:
    # Given a JS-rendered page whose text is only in a <noscript> fallback, plus a tracking-pixel noscript
    article = "".join(
        f"<p>Absatz {i} des Artikels, nur ohne JavaScript sichtbar, mit genug Text.</p>" for i in range(20)
    )
    html = (
        f"<html><body><noscript><img src='/pixel'>Bitte JavaScript aktivieren</noscript><noscript>{article}</noscript>"
    )
    # When it is loaded
    text = _text((html + "</body></html>").encode())
    # Then the fallback's paragraphs are in the tree and the short noscript is not
    assert "Absatz 19 des Artikels" in text
    assert "Bitte JavaScript aktivieren" not in text


def test_pathological_json_ld_is_skipped_not_raised() -> None:
    # Given JSON-LD nested deeper than the JSON decoder's recursion allows
    head = '<script type="application/ld+json">{"@graph": ' + "[" * 5000 + "]}</script>"
    # When the page is loaded, Then it loads without that JSON-LD instead of raising
    assert load_document(_page("x", head).encode()).json_ld == []


@pytest.mark.parametrize("label", ["punycode", "utf-7", "idna", "x-user-defined"])
def test_a_header_charset_that_is_no_page_encoding_is_detected_instead(label: str) -> None:
    data = _page(" ".join([GERMAN] * 40)).encode("cp1252")
    doc = load_document(data, None, {"Content-Type": f"text/html; charset={label}"})
    assert doc.encoding not in (label, label.replace("-", ""))
    assert GERMAN in doc.soup.get_text()


def test_a_meta_charset_after_a_long_head_is_read() -> None:
    filler = "<style>" + "p { margin: 0 }\n" * 600 + "</style>"
    data = _page(GERMAN, filler + '<meta charset="windows-1252">').encode("cp1252")
    assert load_document(data).encoding == "cp1252"


def test_multi_token_class_and_rel_values_are_read_as_tokens() -> None:
    """The soup keeps ``class`` and ``rel`` as strings (faster to build); rules still read each token."""
    paragraph = "<p>" + "The council approved the new budget after a long debate about schools and roads. " * 4 + "</p>"
    page = (
        "<html><head><title>Budget approved</title></head><body><article><h1>Budget approved</h1>"
        '<p class="meta small"><a rel="nofollow author" href="/people/jane-doe">Jane Doe</a></p>'
        f"{paragraph * 3}"
        '<div class="newsletter signup"><p>Sign up for our newsletter to get the best stories every morning.</p></div>'
        "</article></body></html>"
    )
    record = parse_article(page.encode(), "https://news.example.org/2024/budget")
    assert record.byline == ["Jane Doe"]
    assert "newsletter" not in record.body


@pytest.mark.parametrize("data", [b"<meta", b"<html><meta", b"<META", "<p>Größere Übungen</p><meta".encode("cp1252")])
def test_a_page_cut_off_inside_a_meta_tag_is_loaded_not_crashed(data: bytes) -> None:
    # Given a page whose bytes end inside "<meta" (a truncated download), which w3lib 2.6's charset scan panics on
    # When it is loaded
    doc = load_document(data)
    # Then it loads, its charset decided without a declaration
    assert doc.soup is not None
