"""The one list of wire agencies and outlets (``worker/lexicon/agencies.py``): its shape and its look-ups."""

from __future__ import annotations

from collections import Counter

import pytest

from worker.lexicon import agencies
from worker.lexicon.agencies import agency_home, agency_name, is_listed_outlet, outlet_name, outlet_of_domain


def test_every_domain_and_spelling_names_one_outlet() -> None:
    # Given every row of the list
    rows = agencies._OUTLETS.items()
    # Then no home domain and no wire spelling belongs to two outlets (spellings compared case-folded)
    domains = Counter(domain for _, (_, _, domains) in rows for domain in domains)
    assert [domain for domain, count in domains.items() if count > 1] == []
    wire_spellings = Counter(s.casefold() for name, (wire, spellings, _) in rows if wire for s in (name, *spellings))
    assert [spelling for spelling, count in wire_spellings.items() if count > 1] == []


def test_spellings_match_whatever_their_case_and_the_distinctive_ones_are_named_outlets() -> None:
    # "Press Trust of India" is written with its capitals in the table; lookups fold case
    assert agencies.agency_name("press trust of india") == agencies.agency_name("PRESS TRUST OF INDIA") == "PTI"
    assert agencies.outlet_name("bbc news") == "BBC"
    named = agencies.named_outlets()
    assert {"Press Trust of India", "Reuters", "The New York Times", "NBC News"} <= set(named)
    assert not {"Time", "Nature", "The Times", "The Hill", "thomson reuters"} & set(named)


@pytest.mark.parametrize(
    ("text", "listed"),
    [
        ("Wall Street Journal", True),  # "The Wall Street Journal" without its article
        ("the Guardian", True),
        ("Der Spiegel", True),
        ("FT", True),  # a spelling
        ("Agence France-Presse", True),  # a wire spelling
        ("Example Weekly Bugle", False),
        ("i", False),
    ],
)
def test_is_listed_outlet(text: str, listed: bool) -> None:
    assert is_listed_outlet(text) is listed


def test_names_from_spellings_and_domains() -> None:
    assert agency_name("The Associated Press") == "Associated Press"
    assert agency_name("FT") is None  # an outlet, not a wire
    assert outlet_name("nbc") == "NBC News"
    assert outlet_name("ABC") == "ABC"  # a name wins over another outlet's spelling
    assert outlet_of_domain("edition.cnn.com") == "CNN"
    assert outlet_of_domain("apnews.com") == "Associated Press"
    assert agency_home("Reuters", "uk.reuters.com")
    assert not agency_home("Reuters", "example.com")


def test_african_agencies_and_an_acronym_two_countries_share() -> None:
    assert agency_name("GNA") == "Ghana News Agency"
    assert agency_name("Sapa") == "South African Press Association"
    assert agencies.national_agency("KNA", "www.nyerinews.co.ke") == "Kenya News Agency"
    assert agencies.national_agency("KNA", "www.katholisch.de") == "KNA"
