"""What spaCy reads (prefix, windows around new capitalised words) and the regex count of its names elsewhere."""

from __future__ import annotations

import pytest
from support.records import article_record

from schemas.article import ArticleRecord
from worker.entities import EntityTagger
from worker.entities.merge import Mention
from worker.entities.tail import LOOKS_PER_WORD, drop_superseded, new_name_windows, prefix_end, tail_mentions

FILLER = "The committee met again on a wet afternoon and talked about the budget for a long time.\n"


def test_prefix_ends_at_a_paragraph_break_before_the_limit() -> None:
    body = "a" * 60 + "\n" + "b" * 60 + "\n" + "c" * 60
    assert prefix_end(body, 100) == 60
    assert prefix_end(body, 1000) == len(body)


def test_windows_surround_new_capitalised_words_only() -> None:
    body = "Yesterday the mayor met Olga Tokarczuk in the old town hall near the river bank.\nThe river was quiet."
    spans = new_name_windows(body, 0, known=set(), lower={"the", "river", "yesterday"}, context=4)
    assert len(spans) == 1
    window = body[slice(*spans[0])]
    # four words (the context asked for) either side of "Olga" and of "Tokarczuk", inside the line
    assert window == "Yesterday the mayor met Olga Tokarczuk in the old town"
    # a name spaCy already knows needs no window; nor a sentence-initial word also written in lower case
    assert new_name_windows(body, 0, known={"olga", "tokarczuk", "yesterday"}, lower={"the", "river"}) == []


def test_a_new_word_gets_a_limited_number_of_windows() -> None:
    body = "\n".join(f"On day {i} the Sixers lost again to a weaker team." for i in range(5))
    spans = new_name_windows(body, 0, known=set(), lower={"on"})
    assert len(spans) == LOOKS_PER_WORD


def test_tail_counts_full_names_and_surnames_outside_spacys_spans() -> None:
    body = "Jack Ma spoke. Later Ma left, and Jack Ma returned. Alibaba Group grew; Alibaba hired."
    group = body.index("Alibaba Group")
    found = [((0, 7), Mention("Jack Ma", "PERSON", 0)), ((group, group + 13), Mention("Alibaba Group", "ORG", group))]
    hits = tail_mentions(found, body, 0)
    assert [(m.text, m.label, m.offset) for _, m in hits] == [
        ("Ma", "PERSON", body.index("Ma left")),
        ("Jack Ma", "PERSON", body.index("Jack Ma returned")),
        ("Alibaba", "ORG", body.index("Alibaba hired")),
    ]


def test_a_short_form_opening_another_name_is_no_hit() -> None:
    # Given "SK Group" and "Donald Trump" found, and "SK Hynix", "Trump Tower" in the text
    body = "SK Group owns SK Hynix. Donald Trump spoke at Trump Tower; Trump left. SK said so."
    found = [((0, 8), Mention("SK Group", "ORG", 0)), ((24, 36), Mention("Donald Trump", "PERSON", 24))]
    hits = tail_mentions(found, body, 0)
    # Then "SK" and "Trump" count only where no other capitalised word follows them
    assert [(m.text, m.offset) for _, m in hits] == [("Trump", body.index("Trump left")), ("SK", body.index("SK said"))]


def _record(body: str) -> ArticleRecord:
    return article_record(body, "Council approves budget", language="en")


@pytest.mark.parametrize("tagged_chars", [0, 500])
def test_names_late_in_a_long_article_are_found_and_counted(tagger: EntityTagger, tagged_chars: int) -> None:
    # Given a long article naming a person early and often, and another person only near the end
    early = "Mayor Karen Bass said on Tuesday in Los Angeles that she was happy with the budget.\n"
    mid = "Speaking to reporters, Bass said she would not change it.\n"
    late = "Councilman Tim McOsker disagreed with the plan in a speech in Long Beach.\n"
    body = early + FILLER * 20 + mid + FILLER * 20 + mid + late
    # When it is tagged
    entities = {
        e.text: e for e in EntityTagger(tagger.model, tagged_chars=tagged_chars).annotate(_record(body)).entities
    }
    # Then the late names are there and the early name counts every mention, wherever it is
    assert {"Karen Bass", "Tim McOsker", "Los Angeles", "Long Beach"} <= set(entities)
    assert entities["Karen Bass"].count == 3
    assert entities["Tim McOsker"].first_offset == body.index("Tim McOsker")


def test_a_longer_name_met_elsewhere_replaces_spacys_part_of_it() -> None:

    body = "Customs and Border Protection (CBP) said so. Later Customs and Border Protection announced it."
    second = body.index("Customs and Border Protection announced")
    found = [
        ((0, 29), Mention("Customs and Border Protection", "ORG", 0)),
        ((second, second + 7), Mention("Customs", "ORG", second)),
    ]
    hits = tail_mentions(found, body, 0)
    assert [(m.text, m.offset) for _, m in hits] == [("Customs and Border Protection", second)]
    assert [m.text for _, m in drop_superseded(found, hits)] == ["Customs and Border Protection"]


def test_countries_spacy_missed_are_places_and_a_dateline_is_no_mention() -> None:
    from worker.entities.credits import dateline_span
    from worker.entities.gazetteer import country_pattern
    from worker.entities.mentions import country_hits

    body = "AUSTIN (KXAN) — Even as Barbados grows, Michael Jordan met France Télévisions and Jordan in Texas."
    texas = body.index("Texas")
    found = [
        ((body.index("Michael"), body.index(" met")), Mention("Michael Jordan", "PERSON", body.index("Michael"))),
        ((texas, texas + 5), Mention("Texas", "GPE", texas)),
    ]
    hits = country_hits(country_pattern(), body, found)
    assert [(m.text, m.label, m.offset) for _, m in hits] == [("Barbados", "GPE", body.index("Barbados"))]
    assert dateline_span(body) == (0, body.index("Even"))
    assert dateline_span("WEST PALM BEACH — The family of a player") == (0, len("WEST PALM BEACH — "))
    assert dateline_span("LAHORE: The Lahore High Court on Friday") == (0, len("LAHORE: "))  # a colon's dateline
    assert dateline_span("Texas grows. AUSTIN (KXAN) — Even as") == (0, 0)
    standfirst = "Doctors in Gaza struggle to care for babies.\n\n"
    after = standfirst + "KHAN YOUNIS, GAZA — The assault on the Gaza Strip"
    assert dateline_span(after) == (len(standfirst), after.index("The assault"))
    assert dateline_span("x" * 700 + "\n\nKOBE – The port") == (0, 0)


def test_a_country_holding_the_models_pieces_of_it_replaces_them() -> None:
    from worker.entities.gazetteer import country_pattern
    from worker.entities.mentions import country_hits

    body = "A licence would allow Trinidad and Tobago to develop gas fields."
    t, tob = body.index("Trinidad"), body.index("Tobago")
    found = [((t, t + 8), Mention("Trinidad", "GPE", t)), ((tob, tob + 6), Mention("Tobago", "ORG", tob))]
    hits = country_hits(country_pattern(), body, found)
    assert [m.text for _, m in hits] == ["Trinidad and Tobago"]
    assert [m.text for _, m in drop_superseded(found, hits) + hits] == ["Trinidad and Tobago"]
    # a model span reaching beyond the country keeps it out ("Chad Smith" is a person)
    body = "Chad Smith sang."
    assert country_hits(country_pattern(), body, [((0, 10), Mention("Chad Smith", "PERSON", 0))]) == []


def test_a_dateline_place_is_not_tagged_unless_the_story_names_it(tagger: EntityTagger) -> None:
    body = "WEST PALM BEACH — The family of Mekhi Gbedey, a tennis player, asked Miami doctors for help. Gbedey is 14."
    record = _record(body)
    texts = {e.text for e in tagger.annotate(record).entities}
    assert "Mekhi Gbedey" in texts
    assert not texts & {"WEST PALM BEACH", "West Palm Beach"}


@pytest.mark.parametrize("dateline", ["LONDON, May 3 (Reuters) -", "LONDON, Jan. 5, 2021 (AP) —"])
def test_a_dateline_with_its_day_is_no_mention(dateline: str) -> None:
    from worker.entities.credits import dateline_span

    # Given a wire dateline giving the day between the place and the agency
    body = f"{dateline} Britain's economy grew faster than expected, the Office for National Statistics said."
    # Then the whole of it, up to the dash, is the dateline
    assert body[slice(*dateline_span(body))].strip() == dateline


def test_a_dateline_after_a_standfirst_is_no_mention(tagger: EntityTagger) -> None:
    body = (
        "Doctors struggle to keep patients alive without power.\n\n"
        "KHAN YOUNIS, GAZA — The family of Mekhi Gbedey asked Cairo doctors for help. Gbedey is 14."
    )
    texts = {e.text.casefold() for e in tagger.annotate(_record(body)).entities}
    assert "mekhi gbedey" in texts
    assert "khan younis" not in texts


def test_names_with_an_institution_head_are_found_without_the_model() -> None:
    from worker.entities.institutions import institution_names

    body = (
        "But the Democratic Party held. Sweden's Public Health Agency said so.\n"
        "Ann went to New York University and St. Mary's Hospital; the party met at High noon."
    )
    places = frozenset({"sweden", "new york"})
    found = [(m.text, m.label, m.offset) for _, m in institution_names(body, places)]
    assert found == [
        ("Democratic Party", "ORG", body.index("Democratic")),
        ("Public Health Agency", "ORG", body.index("Public")),
        ("New York University", "ORG", body.index("New York")),
        ("St. Mary's Hospital", "ORG", body.index("St.")),
    ]


def test_an_institution_the_model_missed_is_counted(tagger: EntityTagger) -> None:
    body = (
        "Senators met on Tuesday. Democratic leaders said the Democratic Party would vote no, and the Democratic "
        "Party whip agreed. Later the Democratic Party office closed."
    )
    counts = {e.text: e.count for e in tagger.annotate(_record(body)).entities}
    assert counts.get("Democratic Party") == 3


def test_a_dateline_spends_none_of_a_words_looks() -> None:
    from worker.entities.filters import lower_words

    # Given a dateline naming a place that the story then names inside a court's name and later alone
    body = (
        "LAHORE: The Lahore High Court ruled on Friday that all schools must close.\n\nSmog rose across the "
        "province this week.\n\nParts of Lahore were shut on Monday."
    )
    dateline = (0, len("LAHORE: "))
    lower = lower_words(body) | {"parts"}
    # Then "Lahore" alone later still gets one of its looks
    windows = new_name_windows(body, 0, set(), lower, skip=dateline)
    assert any("of Lahore were" in body[a:b] for a, b in windows)
    # while without the skip, the dateline spends one of its LOOKS_PER_WORD (two)
    plain = new_name_windows(body, 0, set(), lower)
    assert LOOKS_PER_WORD == 2
    assert not any("of Lahore were" in body[a:b] for a, b in plain)


def test_a_dateline_run_into_the_first_word_by_a_long_dash_is_no_mention() -> None:
    from worker.entities.credits import dateline_span

    # Given a dateline whose dash touches the story's first word, as some wires write it
    body = "NEW YORK--Brightwell Foods is preparing a new app for its customers."
    # Then the place and the dash are the dateline, and the story starts at its first word
    assert dateline_span(body) == (0, body.index("Brightwell"))
    assert dateline_span("OSLO—Norvik Air cut fares.") == (0, len("OSLO—"))
    # but a hyphenated word in capitals opening a line is no dateline
    assert dateline_span("COVID-Related closures hit NORVIK shops.") == (0, 0)


def test_a_name_the_model_read_whole_across_and_keeps_its_first_words() -> None:
    from worker.entities.institutions import drop_leading_words, institution_names

    # Given a regulator named without "the" before it, which the pattern finds only from its last "and"
    body = "The firm faces a Trade and Markets Commission inquiry into its accounts. Later the Harbour Council met."
    places: frozenset[str] = frozenset()
    names = institution_names(body, places)
    whole = body.index("Trade")
    later = body.index("Later")
    model = [
        ((whole, whole + len("Trade and Markets Commission")), Mention("Trade and Markets Commission", "ORG", whole)),
        ((later, later + len("Later the Harbour Council")), Mention("Later the Harbour Council", "ORG", later)),
    ]
    kept = [m.text for _, m in drop_leading_words(model, names)]
    # Then the model's whole name stays; a clause's opening words before an institution do not
    assert kept == ["Trade and Markets Commission"]


def test_a_firm_met_first_inside_its_products_name_is_found_alone(tagger: EntityTagger) -> None:
    # Given a story whose first two "Apple"s open "Apple TV", the only ones the model reads, then "Apple" alone
    body = (
        "A new Apple TV set would replace cable boxes, analysts say.\n"
        "I mean the box now called Apple TV that plugs into your set.\n"
        "The company designed it as only Apple can do it. Analysts expect that Apple is gearing up to produce a "
        "television.\nSteve Jobs hinted last year that Apple might build one. As Apple crests in phones, Apple "
        "faces plenty of hurdles."
    )
    entities = tagger.annotate(_record(body)).entities
    # Then the firm is an organisation, named most
    assert (entities[0].text, entities[0].label) == ("Apple", "ORG")


def test_a_party_adjective_is_no_firm(tagger: EntityTagger) -> None:
    # Given "Republican" first inside "Republican National Committee", then alone before nouns three times
    body = (
        "The Republican National Committee met on Friday in a hotel near the river.\n"
        "Chairman Mike Reese said Republican voters were angry, that Republican lawmakers had to listen, and that "
        "Republican donors would wait."
    )
    texts = [e.text for e in tagger.annotate(_record(body)).entities]
    assert "Republican" not in texts


def test_a_datelines_place_is_evidence_that_its_name_is_a_place() -> None:
    from worker.entities.credits import dateline_place

    assert dateline_place("PHOENIX — The Phoenix City Council voted") == {"phoenix"}
    assert dateline_place("LONDON, May 3 (Reuters) - Shares rose") == {"london"}
    assert dateline_place("A standfirst.\n\nKHAN YOUNIS, GAZA — The assault") == {"khan younis"}
    assert dateline_place("Phoenix draws 40% of its water from the river.") == frozenset()
