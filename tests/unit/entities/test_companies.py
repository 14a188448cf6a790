"""Listed companies: the shipped keys are current, everyday names are derived, and a listed firm met once stays."""

from __future__ import annotations

from worker.entities.companies import (
    COMPANY_FILE,
    build_company_keys,
    company_stamp,
    everyday_name,
    listed_company_keys,
)
from worker.entities.merge import MergedEntity
from worker.entities.place_cache import read_keys
from worker.entities.rank import rank


def test_shipped_file_is_current_and_equals_a_fresh_build() -> None:
    # (rebuild with `python -m worker.entities.companies` after changing companies.py or names.py)
    assert read_keys(COMPANY_FILE, company_stamp()) == build_company_keys()


def test_everyday_names_drop_corporate_words_notes_and_the() -> None:
    assert everyday_name("Tesla, Inc.") == "tesla"
    assert everyday_name("The Walt Disney Company") == "walt disney"
    assert everyday_name("SoftBank Group") == "softbank"
    assert everyday_name("Viasat (American company)") == "viasat"
    assert everyday_name("Goldman Sachs") == "goldman sachs"
    assert everyday_name("Group") == ""


def test_well_known_listed_firms_are_known() -> None:
    assert {"honeywell", "goldman sachs", "comcast", "boeing", "tesla", "bmw"} <= listed_company_keys()
    assert "zorbex" not in listed_company_keys()


def test_a_listed_firm_met_once_late_stays_under_the_floor_and_an_unknown_one_word_organisation_does_not() -> None:
    entities = [
        MergedEntity("Lena Park", "PERSON", 6, 10, True),
        MergedEntity("Honeywell", "ORG", 1, 9_000, False),  # once, near the end
        MergedEntity("Zorbex", "ORG", 1, 9_000, False),  # the same, but no listed firm
    ]
    ranked = [e.text for e in rank(entities, body_length=10_000)]
    assert ranked == ["Lena Park", "Honeywell"]
