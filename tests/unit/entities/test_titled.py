"""People the recognizer leaves untagged whom the text introduces with a title (``titled.titled_people``)."""

from __future__ import annotations

import pytest
from support.records import article_record

from worker.entities import EntityTagger
from worker.entities.gazetteer import given_names
from worker.entities.merge import Mention
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


GIVEN = given_names()


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


def test_a_given_name_tagged_alone_gives_way_to_the_titled_full_name() -> None:
    # Given "Barack" tagged alone by the model inside "President Barack Obama"
    body = "Remarks of President Barack Obama and First Lady Michelle Obama as Delivered"
    at = body.index("Barack")
    found = [((at, at + 6), Mention("Barack", "PERSON", at, False, "model"))]
    names = [m.text for _, m in titled_people(body, title_runs(body), found, frozenset(), set(), given=GIVEN)]
    # Then the title's whole name is found there all the same (the tagger drops the given name it supersedes)
    assert names == ["Barack Obama", "Michelle Obama"]


def test_a_one_word_name_that_is_no_given_name_still_stands_in_the_way() -> None:
    body = "Remarks of President Barack Obama"
    at = body.index("Barack")
    found = [((at, at + 6), Mention("Barack", "PERSON", at, False, "model"))]
    assert titled_people(body, title_runs(body), found, frozenset(), set()) == []


def test_a_titled_full_name_in_a_title_case_line_is_kept(tagger: EntityTagger) -> None:
    # Given a Title Case line naming the speakers with their titles, and the story naming them by given name only
    body = (
        "Remarks of President Barack Obama and First Lady Michelle Obama as Delivered\n\n"
        "THE PRESIDENT: Merry Christmas, everybody. Michelle and I wish you the happiest of holidays.\n\n"
        "THE FIRST LADY: Barack needed all the help he could get this year, and the children helped."
    )
    record = tagger.annotate(article_record(body, "Weekly address: Merry Christmas", language="en"))
    names = [(e.text, e.label) for e in record.entities]
    # Then the full names are the people, not their given names alone
    assert ("Barack Obama", "PERSON") in names
    assert ("Michelle Obama", "PERSON") in names
    assert ("Barack", "PERSON") not in names


def test_a_royal_title_before_a_thing_in_a_title_case_line_stays_dropped(tagger: EntityTagger) -> None:
    # Given a site's name in Title Case ("The Queen City Register") on a line of its own
    body = "The Queen City Register\n\nThe council voted on Tuesday to repair the bridge, the mayor said."
    record = tagger.annotate(article_record(body, "Council votes on bridge", language="en"))
    # Then "Queen" is no title of a person there
    assert "City Register" not in [e.text for e in record.entities]
