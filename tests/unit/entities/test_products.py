"""A one-word "product" the text names bare is a company (``products.company_products``); a name written with its
version is a product (``products.versioned_products``); so is a maker's product named as a thing
(``products.branded_products``)."""

from __future__ import annotations

import re

import pytest

from worker.entities.merge import MergedEntity
from worker.entities.products import branded_products, company_products, versioned_products


def test_a_bare_one_word_product_is_an_organisation() -> None:
    body = "Before I joined Zentrix I worked at a bank. I cannot thank Zentrix enough for the training."
    assert company_products([("Zentrix", "PRODUCT", 15)], body) == [("Zentrix", "ORG", 15)]


def test_a_product_the_text_writes_after_a_determiner_or_on_stays_a_product() -> None:
    body = "I bought Quillpad last year. Now I take notes on a Quillpad tablet every day."
    assert company_products([("Quillpad", "PRODUCT", 9)], body) == [("Quillpad", "PRODUCT", 9)]
    body = "The script runs on Fenwick, and I joined Fenwick's forum."
    assert company_products([("Fenwick", "PRODUCT", 19)], body) == [("Fenwick", "PRODUCT", 19)]


def test_only_one_capitalised_word_without_digits_is_relabelled() -> None:
    body = "She joined Model 3 owners and praised iPad Pro and Zentrix Cloud."
    ents = [("Model 3", "PRODUCT", 11), ("iPad", "PRODUCT", 39), ("Zentrix Cloud", "PRODUCT", 52)]
    assert company_products(ents, body) == ents


def test_other_labels_are_left_alone() -> None:
    body = "Mira Okafor joined Zentrix."
    ents = [("Mira Okafor", "PERSON", 0), ("Zentrix", "GPE", 19)]
    assert company_products(ents, body) == ents


def _org(text: str, label: str = "ORG") -> MergedEntity:
    return MergedEntity(text=text, label=label, count=1, first_offset=0, in_headline=False)  # type: ignore[arg-type]


def test_a_name_written_with_its_version_as_often_as_bare_is_a_product() -> None:
    text = "Porting Quillscript 3 took years.\nQuillscript 2 code ran on Tarvos 11. Tarvos users and Quillscript fans"
    named = [_org("Quillscript"), _org("Tarvos", "GPE"), _org("Mira Okafor", "PERSON")]
    kept = versioned_products(named, text, frozenset())
    assert [e.text for e in kept] == ["Mira Okafor"]


def test_a_firm_named_bare_more_often_than_with_a_model_number_stays() -> None:
    text = "Zentrix said its Zentrix 737 jets were safe. Zentrix shares rose 3 % as Zentrix hired 2 engineers."
    assert [e.text for e in versioned_products([_org("Zentrix")], text, frozenset())] == ["Zentrix"]


def test_figures_after_a_name_are_no_version_and_known_places_stay() -> None:
    text = "Sales at Zentrix 2,500 units. Paris 2024 opened; Paris 2024 closed."
    kept = versioned_products([_org("Zentrix"), _org("Paris", "GPE")], text, frozenset({"paris"}))
    assert [e.text for e in kept] == ["Zentrix", "Paris"]


def test_a_product_named_after_its_maker_gives_way_to_the_maker() -> None:
    text = (
        "We set up the Acmecorp Hub beside a Zorbex Echo. Acmecorp said the Hub sells well; Zorbex did not. "
        "Zorbex Labs built it. The Court of Appeals ruled. Zorbex Pay launched. The Acmecorp Vale office opened."
    )
    entities = [
        MergedEntity("Acmecorp Hub", "ORG", 2, 10, False),  # "the Acmecorp Hub": a thing
        MergedEntity("Zorbex Echo", "ORG", 1, 30, False),  # "a Zorbex Echo"
        MergedEntity("Acmecorp", "ORG", 2, 50, False),
        MergedEntity("Zorbex", "ORG", 2, 80, False),
        MergedEntity("Zorbex Labs", "ORG", 1, 110, False),  # an organisation word: a company of its own
        MergedEntity("Court", "ORG", 1, 130, False),
        MergedEntity("Court of Appeals", "ORG", 1, 130, False),  # a joining word: a full name
        MergedEntity("Zorbex Pay", "ORG", 1, 150, False),  # named bare, never as a thing
        MergedEntity("Acmecorp Vale", "ORG", 1, 170, False),  # the maker and a place: a subsidiary
    ]
    kept = {e.text for e in branded_products(entities, text, frozenset({"vale"}))}
    assert kept == {"Acmecorp", "Zorbex", "Zorbex Labs", "Court", "Court of Appeals", "Zorbex Pay", "Acmecorp Vale"}


def test_a_product_of_another_organisation_of_the_text_is_dropped_unless_it_acts() -> None:
    # Given one-word "organisations" written after another's possessive: products, and subsidiaries that act or own
    from worker.entities.products import owned_products

    text = (
        "Amazon's Alexa will answer follow-ups. Alexa is available on speakers. Meta's Instagram said it would add "
        "voice replies. Alphabet's Google is testing drones; Google's Project Fi grows. Apple sells phones."
    )
    names = ["Amazon", "Alexa", "Meta", "Instagram", "Alphabet", "Google", "Apple"]
    entities = [MergedEntity(name, "ORG", 1, text.find(name), False) for name in names]
    kept = [e.text for e in owned_products(entities, text)]
    # Then the product goes; the subsidiary that says something, the one that owns a name, and the makers stay
    assert kept == ["Amazon", "Meta", "Instagram", "Alphabet", "Google", "Apple"]


def test_a_name_with_its_owners_product_noun_in_apposition_is_a_product() -> None:
    # Given "Alexa, its voice assistant," and "Gemini, Google's AI model." beside their makers
    from worker.entities.products import owned_products

    text = "Amazon said Alexa, its voice assistant, would improve. Google tested Gemini, Google’s AI model. Sony did."
    names = ["Amazon", "Alexa", "Google", "Gemini", "Sony"]
    entities = [MergedEntity(name, "ORG", 1, text.find(name), False) for name in names]
    # Then both products go and the makers stay
    assert [e.text for e in owned_products(entities, text)] == ["Amazon", "Google", "Sony"]


@pytest.mark.parametrize(
    "text",
    [
        "Amazon's Alexa and Google’s Android, Alphabet's Google",
        "XAmazon's Alexa; Amazon's\nAlexa; Amazon's \nAlexa; Amazon 's Alexa",
        "The Amazon Web Services's Alexa, Web Services's Alexa",
    ],
)
def test_the_owner_before_a_name_is_the_makers_possessive_pattern_match(text: str) -> None:
    from worker.entities.products import _Owners

    # Given makers (one ending another) and texts with their possessives before a name, also across a newline
    makers = ["Amazon", "Google", "Alphabet", "Amazon Web Services", "Web Services", "Services"]
    pattern = re.compile("(" + "|".join(map(re.escape, sorted(makers, key=len, reverse=True))) + ")['’]s $")
    owners = _Owners(makers)
    # Then at every span the owner found is the group the alternation of the makers finds
    for end in range(len(text) + 1):
        for pos in range(end + 1):
            found = pattern.search(text, pos, end)
            assert owners.before(text, pos, end) == (found.group(1) if found else None), (pos, end)
