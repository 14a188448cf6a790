"""The public-suffix list built without punycoded rules at import answers as the library's full list."""

from __future__ import annotations

import pytest
from publicsuffixlist import PublicSuffixList

from worker.lexicon.domains import _SUFFIXES, registrable_domain


def test_only_punycoded_rules_are_left_for_later() -> None:
    full = PublicSuffixList()
    assert _SUFFIXES._publicsuffix <= full._publicsuffix
    assert all("xn--" in rule for rule in full._publicsuffix - _SUFFIXES._publicsuffix)
    assert _SUFFIXES._maxlabel == full._maxlabel


@pytest.mark.parametrize(
    ("url", "domain"),
    [
        ("https://news.example.co.uk/a", "example.co.uk"),
        ("https://name.blogspot.com/a", "name.blogspot.com"),
        ("https://www.xn--80aswg.xn--p1ai/a", "xn--80aswg.xn--p1ai"),  # сайт.рф, punycoded
        ("https://www.сайт.рф/a", "сайт.рф"),
        ("https://a.b.xn--fiqs8s/a", "b.xn--fiqs8s"),  # 中国
    ],
)
def test_registrable_domain(url: str, domain: str) -> None:
    assert registrable_domain(url) == domain
    assert PublicSuffixList().privatesuffix(url.split("/")[2]) == domain
