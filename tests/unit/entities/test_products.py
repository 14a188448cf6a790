"""A one-word "product" the text names bare is a company (``products.company_products``)."""

from __future__ import annotations

from worker.entities.products import company_products


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
