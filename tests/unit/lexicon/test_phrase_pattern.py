"""``phrase_pattern``: an alternation behind a first-letter lookahead finds exactly what the plain one finds;
``PhraseFinder`` and ``CaselessPattern`` answer as their case-insensitive patterns do."""

from __future__ import annotations

import re

import pytest

from worker.lexicon.phrase_pattern import (
    CaselessPattern,
    GatedPattern,
    PhraseFinder,
    phrase_alternation,
    phrase_pattern,
)

PHRASES = r"originally|first (?:published|ran)|d['’]abord paru|cross-?posted|zuerst erschienen"
TEXTS = [
    "This story was Originally published by the Tribune.",
    "It FIRST RAN in print; later it was cross-posted and crossposted.",
    "Cet article a d’abord paru dans Le Monde.",
    "Der Text ist zuerst erschienen im Spiegel.",
    "Nothing to see here, first of all.",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_matches_as_the_plain_alternation(text: str) -> None:
    plain = re.compile(PHRASES, re.IGNORECASE)
    fast = phrase_pattern(PHRASES, re.IGNORECASE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_finds_a_phrase_in_any_case() -> None:
    match = phrase_pattern(PHRASES, re.IGNORECASE).search("It FIRST RAN in print")
    assert match is not None and match.group() == "FIRST RAN"


def test_a_phrase_not_starting_with_a_letter_is_refused() -> None:
    with pytest.raises(ValueError, match="does not start with a letter"):
        phrase_pattern(r"originally|(?:first|second) ran")


FOLD_TEXTS = [
    *TEXTS,
    "ORİGİNALLY published",  # dotted capital I: lower-cased to two characters
    "orıginally published",  # dotless i, matched as "i" ignoring case
    "croſs-posted",  # long s, matched as "s" ignoring case
    "ZUERST ERSCHIENEN",
    "D’ABORD PARU",
]


@pytest.mark.parametrize("text", FOLD_TEXTS)
def test_finder_answers_as_the_case_insensitive_search(text: str) -> None:
    finder = PhraseFinder(PHRASES)
    assert finder.found_in(text) == (phrase_pattern(PHRASES, re.IGNORECASE).search(text) is not None)


@pytest.mark.parametrize("alternation", [r"originally|First ran", r"by\W", "μετάφραση|originally", "µ-law"])
def test_finder_refuses_upper_case_and_other_scripts(alternation: str) -> None:
    with pytest.raises(ValueError, match="lower-case Latin"):
        PhraseFinder(alternation)


NESTED = r"more (?:from|stories)|most (?:read|popular)\b|s?ports|mehr\|weniger|m(?:a|e)in|first (?:published|ran)"


@pytest.mark.parametrize(
    "text",
    ["More stories here", "the MOST POPULAR list", "sports, ports", "mehr|weniger", "main and mein", "first ran", ""],
)
def test_grouping_by_first_letter_keeps_nested_groups_quantified_letters_and_escapes(text: str) -> None:
    # Given phrases sharing a first letter, nested alternations, a quantified first letter and an escaped bar
    plain = re.compile(NESTED, re.IGNORECASE)
    fast = phrase_pattern(NESTED, re.IGNORECASE)
    # Then the grouped pattern finds the same matches at the same places
    assert [(m.span(), m.group()) for m in fast.finditer(text)] == [(m.span(), m.group()) for m in plain.finditer(text)]


@pytest.mark.parametrize("alternation", [r"s?ports|news", r"x*ports|news", r"s{0,2}ports|news"])
def test_a_phrase_whose_first_letter_is_optional_is_found_without_it(alternation: str) -> None:
    # Given a phrase that may start with its second letter, and no other phrase starting with that letter
    # Then both the pattern and the finder find it so written
    assert phrase_pattern(alternation, re.IGNORECASE).search("The PORTS reopened") is not None
    assert PhraseFinder(alternation).found_in("The PORTS reopened")


def test_alternation_text_keeps_longest_first_inside_a_larger_pattern() -> None:
    # Given spellings sharing a first letter, the longest first, inside an anchored credit-like pattern
    group = phrase_alternation(r"associated press|ap|afp|dpa")
    credit = re.compile(rf"^\W{{0,3}}(?:from\s+)?(?P<agency>{group})\W{{0,3}}$", re.IGNORECASE)
    plain = re.compile(r"^\W{0,3}(?:from\s+)?(?P<agency>associated press|ap|afp|dpa)\W{0,3}$", re.IGNORECASE)
    # Then it answers as the plain alternation, group for group
    for text in ["(AP)", "From Associated Press", "— dpa", "From the AP", "afp.", "Apple"]:
        mine, theirs = credit.match(text), plain.match(text)
        assert (mine and mine["agency"]) == (theirs and theirs["agency"])


CASELESS = r"^\W{0,3}(?:see also|lesen sie auch|διαβάστε επίσης|читайте также|related(?:\s+[\w-]{2,20})?)\W{0,3}$"


@pytest.mark.parametrize(
    "text",
    [
        "SEE ALSO:",
        "— Lesen Sie auch —",
        "Related Stories",
        "ΔΙΑΒΆΣΤΕ ΕΠΊΣΗΣ",  # Greek: the case-insensitive pattern (final sigma)
        "Читайте также",
        "RELATED İTEMS",  # dotted capital I: the case-insensitive pattern
        "ſee also",  # long s matches "s" only ignoring case
        "Unrelated",
        "",
    ],
)
def test_caseless_pattern_answers_as_the_case_insensitive_one(text: str) -> None:
    caseless = CaselessPattern(CASELESS)
    expected = caseless.pattern.match(text)
    found = caseless.match(text)
    assert (found is None) == (expected is None)
    assert found is None or expected is None or found.span() == expected.span()
    assert (caseless.search(text) is None) == (caseless.pattern.search(text) is None)


@pytest.mark.parametrize("pattern", [r"see also|Read more", r"(?-i:CNN)|news"])
def test_caseless_pattern_refuses_upper_case_letters_and_case_sensitive_parts(pattern: str) -> None:
    with pytest.raises(ValueError, match="lower-case pattern"):
        CaselessPattern(pattern)


def test_caseless_pattern_takes_named_groups() -> None:
    caseless = CaselessPattern(r"^(?:quelle:\s*)?(?P<agency>dpa|afp)(?P=agency)?\W{0,3}$")
    found = caseless.match("Quelle: DPA")
    assert found is not None and found["agency"] == "dpa"  # the group's text in lower case


SHARED = r"re(?:published|printed)|reposted|republié|rep|s?ports|aus:|x|übernommen"


@pytest.mark.parametrize(
    "text", ["It was REPOSTED.", "Republié par", "repo", "sports", "aus:", "xyz", "Übernommen", "Tod", ""]
)
def test_finder_branching_on_shared_letters_answers_as_the_search(text: str) -> None:
    # Given phrases sharing leading letters, one a prefix of others ("rep"), and one of one letter
    finder = PhraseFinder(SHARED)
    # Then the branching pattern finds a phrase wherever the case-insensitive search finds one
    assert finder.found_in(text) == (finder.pattern.search(text) is not None)


@pytest.mark.parametrize("text", ["Quelle: 7sur7", "via 20 Minuten", "7 sur 7", "20min"])
def test_phrases_may_start_with_a_digit(text: str) -> None:
    # Given phrases that start with a digit (outlets spelled so: "7sur7", "20 Minuten")
    phrases = r"7sur7|20 minuten|dpa"
    # Then the grouped alternation finds what the plain one finds
    fast = re.compile(phrase_alternation(phrases), re.IGNORECASE)
    plain = re.compile(phrases, re.IGNORECASE)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_gated_pattern_answers_as_its_pattern_where_its_words_are_and_skips_other_texts() -> None:
    pattern = re.compile(r"(?:Hurricane|Storm) ([A-Z][a-z]+)")
    gated = GatedPattern(pattern, ("Hurricane", "Storm"))
    text = "Hurricane Melissa and Storm Desmond hit."
    # Given a text with its words: the pattern's matches
    assert [m.group(1) for m in gated.finditer(text)] == ["Melissa", "Desmond"]
    found = gated.search(text)
    assert found is not None and found.span() == (0, 17)
    # Given a text holding none of its words: no search at all (a gate that left out "Storm" misses "Storm Desmond",
    # which the pattern alone finds: the gate is what keeps the words in step with the pattern)
    partial = GatedPattern(pattern, ("Hurricane",))
    assert pattern.search("Storm Desmond hit.") is not None
    assert partial.search("Storm Desmond hit.") is None
    assert list(partial.finditer("Storm Desmond hit.")) == []
