"""A university known by its town's name is an organisation where the text writes it as a school."""

from __future__ import annotations

from support.records import article_record

from schemas.article import ArticleRecord
from worker.entities import EntityTagger
from worker.entities.company_cues import school_names


def _record(body: str, headline: str = "Researchers map the spread of a beetle") -> ArticleRecord:
    return article_record(body, headline, language="en")


def test_school_cues_before_and_after_a_one_word_name() -> None:
    # Given a text naming universities by their people, parts and students' words
    body = (
        "Ana Ruiz, a Princeton professor, met a graduate student at Stanford who had studied at Harvard. "
        "Yale alumni joined them on Cornell's campus."
    )
    # When its school names are read
    schools = school_names(body)
    # Then each name written so is one, and the people are not
    assert {"princeton", "stanford", "harvard", "yale", "cornell"} <= schools
    assert "ana" not in schools and "ruiz" not in schools


def test_a_school_cue_opening_a_sentence() -> None:
    # Given the students' or researchers' words capitalised at a sentence's start
    body = "Researchers at Dartmouth and Brown led it. Students at Tulane joined."
    # When its school names are read / Then each name after them is a school
    assert {"dartmouth", "tulane"} <= school_names(body)


def test_a_campus_named_by_its_town_is_no_school() -> None:
    # Given a campus called by its town, without a possessive
    body = "She is an ecologist at the university's Orono campus."
    # When its school names are read / Then the town is none
    assert "orono" not in school_names(body)


def test_a_town_written_as_a_university_is_an_organisation(tagger: EntityTagger) -> None:
    # Given a story naming a university by its town, as its professors' and its students' school
    body = (
        "Mara Lindqvist, a Princeton professor, has tracked the beetle for a decade. She studied at Princeton "
        "before joining the survey, and Princeton researchers now run it with Ohio farmers."
    )
    # When it is tagged
    labels = {e.text: e.label for e in tagger.annotate(_record(body)).entities}
    # Then the university is an organisation
    assert labels.get("Princeton") == "ORG"


def test_a_town_the_text_puts_things_in_stays_a_place(tagger: EntityTagger) -> None:
    # Given the same cue, but the text also puts things in the town
    body = (
        "Mara Lindqvist, a Princeton professor, has tracked the beetle for a decade. Flooding in Princeton "
        "closed the survey's office last spring, and Princeton residents helped move it."
    )
    # When it is tagged
    labels = {e.text: e.label for e in tagger.annotate(_record(body)).entities}
    # Then the town stays a place
    assert labels.get("Princeton") == "GPE"
