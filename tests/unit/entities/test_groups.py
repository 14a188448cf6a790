"""Teams named by a plural (``groups.group_plurals``, ``groups.group_names``)."""

from __future__ import annotations

import re

from worker.entities.groups import coached_places, group_names, group_plurals, team_places
from worker.entities.merge import Mention

PLACES = frozenset({"denver", "ohio"})
BODY = (
    "The Ravens beat the Denver Wolverines 99-90. The Ravens led early, and the Wolverines never caught up. "
    "Ravens fans cheered; Wolverines coach Ann Lee was calm. The Ravens play the Wolverines again on Friday.\n"
    "The Democrats and the Democrats' allies praised the Ravens, as Democrats do. The Ohioans agreed, as the "
    "Ohioans, Ohioans and Ohioans do. The Rules of the game: the Rules, Rules, Rules, and a rule."
)
NORP = [("Democrats", "NORP", BODY.index("Democrats"))]


def _texts(text: str, *, in_headline: bool = False) -> list[tuple[str, int | None]]:
    return [
        (m.text, m.offset)
        for _, m in group_names(text, group_plurals(BODY, NORP, PLACES), PLACES, in_headline=in_headline)
    ]


def test_a_plural_written_often_after_the_is_an_organisation() -> None:
    found = _texts(BODY)
    assert ("Ravens", BODY.index("Ravens")) in found
    assert ("Denver Wolverines", BODY.index("Denver Wolverines")) in found  # a place before it is its home
    assert {text for text, _ in found} == {"Ravens", "Denver Wolverines", "Wolverines"}
    assert len([t for t, _ in found if t == "Ravens"]) == 5


def test_nationalities_places_words_in_lower_case_and_rare_plurals_are_no_teams() -> None:
    found = {text for text, _ in _texts(BODY)}
    assert "Democrats" not in found  # spaCy calls it a group (NORP)
    assert "Ohioans" not in found  # the people of a known place
    assert "Rules" not in found  # the body writes "rule"
    assert not _texts("The Hawks won.", in_headline=True)  # the body never writes it


def test_headline_mentions_have_no_offset() -> None:
    assert _texts("Ravens edge Wolverines", in_headline=True) == [("Ravens", None), ("Wolverines", None)]


def test_a_city_stands_for_its_team_where_teams_are_named_by_city_and_plural() -> None:
    places = frozenset({"boston", "new york", "miami", "texas"})
    body = "The Boston Celtics beat the New York Knicks. Brown added 22 for Boston; New York lost. Miami is next."
    mentions = [
        Mention("Boston Celtics", "ORG", body.index("Boston Celtics")),
        Mention("New York Knicks", "ORG", body.index("New York Knicks")),
        Mention("Boston", "GPE", body.index("Boston;")),
        Mention("New York", "GPE", body.index("New York lost")),
        Mention("Miami", "GPE", body.index("Miami")),
    ]
    out = [(m.text, m.label) for m in team_places(mentions, places)]
    assert out == [
        ("Boston Celtics", "ORG"),
        ("New York Knicks", "ORG"),
        ("Boston Celtics", "ORG"),
        ("New York Knicks", "ORG"),
        ("Miami", "GPE"),
    ]


def test_one_company_named_by_its_state_leaves_the_state_a_place() -> None:
    places = frozenset({"texas", "dallas"})
    body = "Texas Instruments opened a plant in Texas. American Airlines flies from Dallas. Texas gains jobs."
    mentions = [
        Mention("Texas Instruments", "ORG", 0),
        Mention("Texas", "GPE", body.index("Texas.")),
        Mention("Dallas Airlines", "ORG", 50),
        Mention("Dallas", "GPE", body.index("Dallas")),
    ]
    assert [(m.text, m.label) for m in team_places(mentions, places)] == [(m.text, m.label) for m in mentions]


def test_football_clubs_named_by_their_place_and_a_clubs_word() -> None:
    # Given two clubs named by a place and a club's word, one voted a person by the model, and a bare place
    places = frozenset({"nottingham", "leicester"})
    body = "Nottingham Forest beat Leicester City. Leicester had hoped for more."
    mentions = [
        Mention("Nottingham Forest", "PERSON", 0),
        Mention("Leicester City", "ORG", body.index("Leicester City")),
        Mention("Leicester", "GPE", body.index("Leicester had")),
    ]
    out = [(m.text, m.label) for m in team_places(mentions, places)]
    # Then both clubs are organisations and the bare place stands for its club
    assert out == [("Nottingham Forest", "ORG"), ("Leicester City", "ORG"), ("Leicester City", "ORG")]


def test_a_place_written_before_coach_is_its_team() -> None:
    from worker.entities.merge import merge_mentions

    # Given a sports story naming two college teams by their states, and a state it only puts things in
    body = "Ohio coach Ann Lee met Texas's head coach. Lee said Ohio would win in Denver; Texas lost in Denver too."
    mentions = [
        Mention("Ohio", "GPE", body.index("Ohio")),
        Mention("Texas", "GPE", body.index("Texas")),
        Mention("Ohio", "GPE", body.index("Ohio would")),
        Mention("Texas", "GPE", body.index("Texas lost")),
        Mention("Denver", "GPE", body.index("Denver")),
        Mention("Denver", "GPE", body.index("Denver too")),
    ]
    places = frozenset({"ohio", "texas", "denver"})
    # When the coached places are found and the mentions merged with them
    teams = coached_places(mentions, body)
    labels = {e.text: e.label for e in merge_mentions(mentions, places=places, countries=places, teams=teams)}
    # Then the two teams are organisations and the city stays a place
    assert teams == {"ohio", "texas"}
    assert labels == {"Ohio": "ORG", "Texas": "ORG", "Denver": "GPE"}


def test_a_place_before_a_score_is_its_team() -> None:
    # Given a match report naming a club by its town, with the score after it, the model voting it an organisation
    body = "Harbor United beat Alderton 2-1 on Saturday. Fans in Kestrel cheered."
    mentions = [
        Mention("Alderton", "ORG", body.index("Alderton")),
        Mention("Kestrel", "GPE", body.index("Kestrel")),
    ]
    # When the coached places are found
    # Then the town before the score stands for its team; the town things happen in does not
    assert coached_places(mentions, body) == {"alderton"}


def test_a_place_before_a_season_record_or_a_coordinator_is_its_team() -> None:
    # Given a college story naming teams by their states, with a season's record or a coordinator after them
    body = (
        "Ohio (9-3) plays Kansas. Texas offensive coordinator Ann Lee watched from Denver (pop. 700,000). "
        "Inter Harbor beat Orlando City 3-1 in Tampa."
    )
    names = ("Ohio", "Kansas", "Texas", "Denver", "Inter Harbor", "Tampa")
    mentions = [Mention(name, "GPE", body.index(name)) for name in names]
    # When the coached places are found
    # Then the record, the coordinator and a result with its score make teams; a place with other words in
    # brackets, or where the match was, stays a place
    assert coached_places(mentions, body) == {"ohio", "texas", "inter harbor"}


def test_a_country_or_a_town_whose_team_is_named_in_full_stays_a_place() -> None:
    # Given a national coach watching a match, and a town's coach whose team the text names in full
    body = "Spain coach Luis Mora watched. Alder Creek coach Pat Renner said the Alder Creek Huskies won."
    mentions = [
        Mention("Spain", "GPE", body.index("Spain")),
        Mention("Alder Creek", "GPE", body.index("Alder Creek")),
        Mention("Alder Creek Huskies", "ORG", body.index("Alder Creek Huskies")),
    ]
    # When the coached places are found, knowing which places are countries
    teams = coached_places(mentions, body, frozenset({"spain"}))
    # Then neither stands for a team
    assert teams == frozenset()


def test_a_teams_place_the_text_puts_something_in_stays_a_place() -> None:
    # Given a page naming two teams by place and plural, and their cities also as the places things happen in
    places = frozenset({"boston", "new york"})
    body = "The Boston Celtics beat the New York Knicks. Fans gathered in Boston; New York lost near Boston again."
    mentions = [
        Mention("Boston Celtics", "ORG", body.index("Boston Celtics")),
        Mention("New York Knicks", "ORG", body.index("New York Knicks")),
        Mention("Boston", "GPE", body.index("Boston;")),
        Mention("New York", "GPE", body.index("New York lost")),
        Mention("Boston", "GPE", body.index("Boston again")),
    ]
    out = [(m.text, m.label) for m in team_places(mentions, places, body)]
    # Then the bare team's place stands for the team, but "in Boston" and "near Boston" are the city
    assert out == [
        ("Boston Celtics", "ORG"),
        ("New York Knicks", "ORG"),
        ("Boston", "GPE"),
        ("New York Knicks", "ORG"),
        ("Boston", "GPE"),
    ]


def test_a_club_voted_a_city_is_a_club_in_a_football_story_only() -> None:
    # Given "Halford City" voted a place in a match report, and the same form in a flood report
    places = frozenset({"halford", "mexico city", "mexico"})
    match = "Halford City play Brookvale on Sunday after their striker scored twice. Mexico City hosted the draw."
    flood = "Heavy rain flooded Halford City on Monday, officials in Mexico City said."
    for body in (match, flood):
        mentions = [Mention("Halford City", "GPE", body.index("Halford")), Mention("Mexico City", "GPE", 50)]
        labels = [m.label for m in team_places(mentions, places, body)]
        # Then the club is an organisation in the match report only; a city of that form stays a place
        assert labels == (["ORG", "GPE"] if body is match else ["GPE", "GPE"])


def test_a_place_tagged_before_a_plural_ending_the_name_is_a_team() -> None:
    from worker.entities.joins import join_team_names

    # Given places the model tagged alone before a team's plural, an event's and places' plurals
    text = "the Halford Eagles 31-24. The Brookvale Olympics. Brookvale Heights fell. Halford Springs. Halford Eagles'"
    ents = [(m.group(), "GPE", m.start()) for m in re.finditer(r"Halford|Brookvale", text)]
    # When joining teams
    out = join_team_names(ents, text)
    # Then only the team's plurals make teams
    assert [(name, label) for name, label, _ in out] == [
        ("Halford Eagles", "ORG"), ("Brookvale", "GPE"), ("Brookvale", "GPE"), ("Halford", "GPE"),
        ("Halford Eagles", "ORG"),
    ]  # fmt: skip


def test_a_whole_team_name_the_model_tagged_a_place_is_a_team() -> None:
    from worker.entities.joins import join_team_names

    # Given whole names the model tagged places: a team, a region of a state, a country's people
    text = "the Halford Dolphins released him. West Texas. South Africans voted."
    ents = [(name, "GPE", text.index(name)) for name in ("Halford Dolphins", "West Texas", "South Africans")]
    # When joining teams, with the towns, regions and countries known
    out = join_team_names(ents, text, frozenset({"halford", "west", "texas", "south", "south africa"}))
    # Then only the known place and a plural that is neither a place nor its people make a team
    assert [label for _, label, _ in out] == ["ORG", "GPE", "GPE"]
