"""URL validation and normalisation at enqueue time."""

from __future__ import annotations

import pytest

from worker.errors import InvalidURL
from worker.fetch.urls import canonical_url, normalize_url


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://example.com/a", "https://example.com/a"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("HTTP://EXAMPLE.com", "http://example.com/"),
        ("https://example.com/a#section", "https://example.com/a"),
        ("https://example.com/a b?q=x y", "https://example.com/a%20b?q=x%20y"),
        ("http://Bücher.de/straße", "http://xn--bcher-kva.de/stra%C3%9Fe"),
        ("https://例え.テスト/", "https://xn--r8jz45g.xn--zckzah/"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("http://127.0.0.1:8000/x?a=1&b=2", "http://127.0.0.1:8000/x?a=1&b=2"),
    ],
)
def test_valid_urls_are_normalised(given: str, expected: str) -> None:
    assert normalize_url(given) == expected


@pytest.mark.parametrize(
    ("given", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("example.com/a", "scheme"),
        ("ftp://example.com/", "scheme"),
        ("javascript:alert(1)", "scheme"),
        ("file:///etc/passwd", "scheme"),
        ("http:///path", "no host"),
        ("https://user:pw@example.com/", "credentials"),
        ("http://exa mple.com/", "host"),
        ("http://-bad-.com/", "host"),
        ("http://example.com:99999/", "malformed"),
        ("http://example.com:0/", "port 0"),
        ("http://[not-ip]/", "malformed"),
        ("http://example.com/\x00", "control"),
        ("https://example.com/" + "a" * 2100, "longer than"),
    ],
)
def test_invalid_urls_are_refused(given: str, reason: str) -> None:
    with pytest.raises(InvalidURL, match=reason):
        normalize_url(given)


def test_length_cap_counts_the_encoded_form() -> None:
    # 700 two-byte characters are 1400 characters as given but 4200 once percent-encoded
    with pytest.raises(InvalidURL, match="once encoded"):
        normalize_url("https://example.com/" + "é" * 700)


def test_non_string_is_refused() -> None:
    with pytest.raises(InvalidURL, match="string"):
        normalize_url(42)  # type: ignore[arg-type]


def test_canonical_url_sorts_the_query() -> None:
    assert canonical_url("https://Example.com/p?b=2&a=1#x") == "https://example.com/p?a=1&b=2"
