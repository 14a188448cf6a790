"""People the recognizer leaves untagged whom the text introduces with a title (``titled.titled_people``)."""

from __future__ import annotations

import pytest
from support.records import article_record

from worker.entities import EntityTagger
from worker.entities.names import title_runs
from worker.entities.titled import titled_people


def test_a_name_after_an_honorific_the_model_leaves_untagged_is_a_person(tagger: EntityTagger) -> None:
    # Given a name the small model tags nowhere, introduced by an honorific
    body = (
        "The council chairman, Hon. Tajudeen Ogunbiyi, who was also at the parade, said the council would install "
        "solar street lights."
    )
    record = tagger.annotate(article_record(body, "Officials respond", language="en"))
    # Then it is a person
    assert ("Tajudeen Ogunbiyi", "PERSON") in [(e.text, e.label) for e in record.entities]


def _titled(body: str) -> list[str]:
    return [mention.text for _, mention in titled_people(body, title_runs(body), [], frozenset(), set())]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            "Home Minister Sushilkumar Shinde has ordered an inquiry. Sushilkumar Shinde said so.",
            ["Sushilkumar Shinde"] * 2,
        ),
        ("Speaker Moses Wetang'ula adjourned the sitting.", ["Moses Wetang'ula"]),
        ("Senator Conan O'Brien and coach Rolando McClain.", ["Conan O'Brien", "Rolando McClain"]),
        ("Director General Ngozi Okonjo-Iweala spoke.", ["Ngozi Okonjo-Iweala"]),  # titles in a row
        ("Dr RJ Scaringe told staff.", ["RJ Scaringe"]),
    ],
)
def test_names_a_title_introduces(body: str, names: list[str]) -> None:
    assert _titled(body) == names


@pytest.mark.parametrize(
    "body",
    [
        "President Joe Biden's plan was announced.",  # an owner: the recognizer reads it in context
        "Chief Executive Joost van Dijk said.",  # the name goes on past its capitals
        "Minister Tech Corp said.",  # an organisation's suffix
        "Chief Executive Officer Jane said.",  # a title word inside the run
        "Representative Concentration Pathway’ scenarios.",  # a quote closing the run
        "Minister New Road Plans were shown. The new plans were approved.",  # a word the text writes in lower case
    ],
)
def test_runs_after_titles_that_are_no_new_names(body: str) -> None:
    assert _titled(body) == []
