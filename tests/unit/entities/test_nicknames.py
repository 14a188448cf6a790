"""People named with a quoted nickname between given name and surname, then called by the nickname alone."""

from __future__ import annotations

from support.records import article_record

from worker.entities import EntityTagger


def test_a_nicknamed_player_is_one_person_under_the_full_name(tagger: EntityTagger) -> None:
    # Given a match report naming two players with their nicknames quoted, then calling them by the nicknames alone
    body = (
        "Hanwha Lions won the final in Busan on Sunday. Park “Blaze” Ji-hoon scored twice in the first half, and "
        "Yoon “Comet” Seo-jin added a third before the break.\n\n"
        "Blaze was named the player of the match. Comet said the team had trained for months. Blaze will leave "
        "for Europe next year."
    )
    record = article_record(body, headline="Blaze fires Hanwha Lions to the title")
    # When tagging
    entities = {e.text: e for e in tagger.annotate(record).entities}
    # Then each player is one person under the full name, the nickname's mentions (headline too) counted in
    assert entities["Park “Blaze” Ji-hoon"].label == "PERSON"
    assert entities["Park “Blaze” Ji-hoon"].count == 4
    assert entities["Yoon “Comet” Seo-jin"].label == "PERSON"
    assert entities["Yoon “Comet” Seo-jin"].count == 2
    assert not {"Blaze", "Comet", "Ji-hoon", "Seo-jin", "Park"} & set(entities)


def test_a_quoted_word_after_a_common_word_names_no_one(tagger: EntityTagger) -> None:
    # Given a quoted word between a capitalised common word (written in lower case elsewhere) and a capitalised word
    body = (
        "Visitors to New York still call it the big city. Big “Apple” Tours sold more tickets this year than ever, "
        "the company said in a statement on Monday."
    )
    # When tagging
    entities = {e.text for e in tagger.annotate(article_record(body, headline="Tour sales rise")).entities}
    # Then no nicknamed person is made of it
    assert not any("“" in text for text in entities)
