"""Mentions and entities that are no reader tags: hashtags, handles, portfolios, lone abbreviations, the site."""

from __future__ import annotations

import hashlib

import pytest
from support.records import article_record

from schemas.article import ArticleRecord
from worker.entities.credits import credit_spans, drop_credits, prompt_spans
from worker.entities.drops import drop_attributive_countries, drop_diseases, drop_model_numbers
from worker.entities.filters import reader_tags
from worker.entities.joins import join_chinese_names, join_particles, join_split_organisations
from worker.entities.kinds import division_places
from worker.entities.merge import Mention, MergedEntity
from worker.entities.names import clean_name
from worker.entities.splits import split_at_lines, split_comma_lists, split_name_runs, split_owners, split_pairings
from worker.entities.surnames import complete_surnames, given_surnames


def test_hashtags_handles_and_portfolios_are_dropped() -> None:
    body = "Transport Secretary Grant Shapps wrote on #TravelCorridor to @Travel that Poland is off the list."
    mentions = [
        Mention("Transport", "ORG", body.index("Transport")),
        Mention("Grant Shapps", "PERSON", body.index("Grant")),
        Mention("TravelCorridor", "ORG", body.index("TravelCorridor")),
        Mention("Travel", "ORG", body.index("Travel that")),
        Mention("Poland", "GPE", body.index("Poland")),
    ]
    assert [m.text for m in drop_credits(mentions, body)] == ["Grant Shapps", "Poland"]


def test_a_portfolio_after_words_that_rank_its_minister_is_dropped() -> None:
    body = "Union Home Minister Amit Shah met Shadow Home Secretary Yvette Cooper and the Bank of England's Governor."
    mentions = [
        Mention("Union Home", "ORG", body.index("Union")),
        Mention("Amit Shah", "PERSON", body.index("Amit")),
        Mention("Shadow Home", "ORG", body.index("Shadow")),
        Mention("Yvette Cooper", "PERSON", body.index("Yvette")),
        Mention("Bank of England", "ORG", body.index("Bank")),
    ]
    assert [m.text for m in drop_credits(mentions, body)] == ["Amit Shah", "Yvette Cooper", "Bank of England"]


def test_a_portfolio_word_that_is_a_persons_name_stays() -> None:
    body = "Minister Ruth said Ruth Minister of Music was wrong."
    kept = drop_credits([Mention("Ruth", "PERSON", body.index("Ruth Minister"))], body)
    assert [m.text for m in kept] == ["Ruth"]


def test_a_lone_abbreviation_is_no_name() -> None:
    assert clean_name("St.") is None
    assert clean_name("St") is None
    assert clean_name("St. Thomas") == "St. Thomas"


def test_the_sites_initials_are_the_site_itself() -> None:
    body = "Edward joined the TPG team after years at FlightGlobal."
    record = ArticleRecord(
        headline="h",
        body=body,
        site_name="The Points Guy",
        url="https://thepointsguy.com/news/x/",
        word_count=9,
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        parser_version="test",
    )
    entities = [MergedEntity("TPG", "ORG", 2, 20, False), MergedEntity("FlightGlobal", "ORG", 1, 40, False)]
    assert [e.text for e in reader_tags(entities, record, body, frozenset())] == ["FlightGlobal"]


_AP_HEADLINE = "Associated Press obtains Orlando police records"
_AP_BODY = "The Associated Press obtained the records from Orlando police, Jane Roe said."


def _ap_entities() -> list[MergedEntity]:
    return [
        MergedEntity(text, label, 1, _AP_BODY.index(text), False)
        for text, label in [("Associated Press", "ORG"), ("Orlando", "GPE"), ("Jane Roe", "PERSON")]
    ]


def test_the_listed_outlet_at_the_sites_domain_is_the_site_itself() -> None:
    # Given a story on hosted.ap.org (no site name given) whose headline names the Associated Press
    record = article_record(_AP_BODY, _AP_HEADLINE, url="http://hosted.ap.org/dynamic/stories/x")
    # Then the outlet the domain is listed for is the site itself: no tag of its own stories
    assert [e.text for e in reader_tags(_ap_entities(), record, _AP_BODY, frozenset())] == ["Orlando", "Jane Roe"]


def test_an_outlet_another_sites_headline_names_stays_a_tag() -> None:
    record = article_record(_AP_BODY, _AP_HEADLINE, url="https://www.example-news.com/2024/05/x/")
    kept = [e.text for e in reader_tags(_ap_entities(), record, _AP_BODY, frozenset())]
    assert kept == ["Associated Press", "Orlando", "Jane Roe"]


def _record(body: str, **fields: object) -> ArticleRecord:
    return article_record(body, "h", **fields)


def test_contributors_datelines_planets_and_facilities_are_no_tags() -> None:
    body = (
        "NAPA COUNTY, Calif. (KGO) -- The Earth warmed as Covid-19 spread, Jane Roe said near Whitestone Bridge in "
        "Napa County.\nAlex Isenstadt and Sam Doe contributed to this report."
    )
    entities = [
        MergedEntity(text, label, 1, body.index(text.split()[0]), False)
        for text, label in [
            ("KGO", "ORG"),
            ("Earth", "LOC"),
            ("Covid-19", "ORG"),
            ("Jane Roe", "PERSON"),
            ("Whitestone Bridge", "GPE"),
            ("Napa County", "GPE"),
            ("Alex Isenstadt", "PERSON"),
            ("Sam Doe", "PERSON"),
        ]
    ]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset({"napa county"}))]
    assert kept == ["Jane Roe", "Napa County"]


def test_common_nouns_written_as_acronyms_are_no_tags() -> None:
    body = "Zentrix spread the malware via SMS messages and a DIY kit, Jane Roe said; GDP fell as DVR sales rose."
    entities = [
        MergedEntity(text, "ORG", 1, body.index(text), False) for text in ("Zentrix", "SMS", "DIY", "GDP", "DVR")
    ]
    assert [e.text for e in reader_tags(entities, _record(body), body, frozenset())] == ["Zentrix"]


def test_names_in_a_picture_credit_line_are_dropped() -> None:
    body = "Greta Thunberg spoke.\nPhoto Source: Markus Spiske from Pexels."
    mentions = [
        Mention("Greta Thunberg", "PERSON", 0),
        Mention("Markus Spiske", "PERSON", body.index("Markus")),
        Mention("Pexels", "ORG", body.index("Pexels")),
    ]
    assert [m.text for m in drop_credits(mentions, body)] == ["Greta Thunberg"]


def test_a_bracketed_picture_credit_after_a_caption_is_dropped() -> None:
    # Given captions in the body closed by "(AFP Photo)" and "(HT Photo/Waseem Andrabi)", and "AFP Photos" named
    # outside brackets
    body = (
        "Protesters clash in Srinagar. (AFP Photo)\nSupporters march. (HT Photo/Waseem Andrabi)\n"
        "Acme hired AFP Photos for the event."
    )
    mentions = [
        Mention(text, label, body.index(text))
        for text, label in (("AFP Photo", "ORG"), ("HT", "ORG"), ("Waseem Andrabi", "PERSON"), ("Srinagar", "GPE"))
    ] + [Mention("AFP Photos", "ORG", body.index("AFP Photos for"))]
    # Then the credits go; the town and the name outside brackets stay
    assert [m.text for m in drop_credits(mentions, body)] == ["Srinagar", "AFP Photos"]


def test_generic_government_bodies_are_no_tags() -> None:
    body = "The City Council and the US Government met the Cabinet, the Scottish Government and the Senate."
    names = [("City Council", "ORG"), ("US Government", "ORG"), ("Cabinet", "ORG"), ("Scottish Government", "ORG")]
    entities = [MergedEntity(t, lab, 1, body.index(t), False) for t, lab in [*names, ("Senate", "ORG")]]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    assert kept == ["Scottish Government", "Senate"]


def test_indias_state_centre_and_union_are_no_tags() -> None:
    # Given Indian English's capitalised "the State", "the Centre", "the Union government" beside a real state
    body = "The State says the Centre owes it money. Kerala took the Union government to court; the State will win."
    entities = [MergedEntity(t, lab, 1, body.index(t), False) for t, lab in
                [("State", "ORG"), ("Centre", "GPE"), ("Union", "GPE"), ("Kerala", "GPE")]]  # fmt: skip
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset({"centre", "union", "kerala"}))]
    assert kept == ["Kerala"]


def test_a_sentences_opener_before_a_surname_is_no_given_name() -> None:
    # Given "Orb" alone and a sentence opening "Besides Orb and Departing, ..."
    body = "Orb won the Derby. Besides Orb and Departing, the field includes Oxbow."
    found = complete_surnames([Mention("Orb", "PERSON", 0)], body)
    # Then "Besides" completes no name
    assert [m.text for m in found] == ["Orb"]


def test_a_surname_is_completed_by_an_accented_given_name() -> None:
    body = "Even though Céline Dion is a star, Dion kept quiet. Her son René-Charles Dion Angélil was born in 2001."
    found = complete_surnames([Mention("Dion", "PERSON", body.index("Dion kept"))], body)
    assert [m.text for m in found] == ["Dion", "Céline Dion"]


def test_a_word_written_after_a_given_name_is_that_persons_surname_whatever_the_model_voted() -> None:
    # Given "Harbor guard Tyrese Quillan" and "Quillan scored", the model calling Quillan a place and an organisation
    body = "Harbor guard Tyrese Quillan scored 30 points. Quillan said the team played well in Austin."
    mentions = [
        Mention("Quillan", "GPE", body.index("Quillan scored")),
        Mention("Quillan", "ORG", body.index("Quillan said")),
        Mention("Austin", "GPE", body.index("Austin")),
    ]
    # When completing surnames with the given names and the known places
    found = given_surnames(mentions, body, frozenset({"tyrese", "austin"}), frozenset({"austin"}))
    # Then one person's full name and its later surname are mentions of a person, once each; the town stays a town
    assert sorted((m.text, m.label, m.offset) for m in found) == [
        ("Austin", "GPE", body.index("Austin")),
        ("Quillan", "PERSON", body.index("Quillan said")),
        ("Tyrese Quillan", "PERSON", body.index("Tyrese")),
    ]


def test_a_known_place_or_a_name_after_a_place_named_given_name_is_no_surname() -> None:
    # Given "Austin Energy" (Austin a given name and a town) and "Jordan Lake" beside a lone "Energy" and "Paris"
    body = "Austin Energy raised prices. Energy costs rose. Kim Paris visited Paris on Monday."
    mentions = [Mention("Energy", "ORG", body.index("Energy costs")), Mention("Paris", "GPE", body.index("Paris on"))]
    found = given_surnames(mentions, body, frozenset({"austin", "kim"}), frozenset({"austin", "paris"}))
    # Then nothing changes
    assert found == mentions


def test_a_given_name_that_ends_a_known_places_name_starts_no_person() -> None:
    # Given "the San Antonio Spurs" ("Antonio" a given name, "San Antonio" a city) and "Spurs" alone, the model
    # calling it a person once and an organisation once; and "coach Tony Spurs", a person of that surname
    body = "The San Antonio Spurs won again. Spurs fans cheered. Spurs said little."
    mentions = [Mention("Spurs", "PERSON", body.index("Spurs said")), Mention("Spurs", "ORG", body.index("Spurs fans"))]
    places = frozenset({"san antonio"})
    # Then neither rule makes "Antonio Spurs" a person
    assert complete_surnames(mentions, body, places) == mentions
    assert given_surnames(mentions[1:], body, frozenset({"antonio"}), places) == mentions[1:]
    # And a given name after another capitalised word that makes no place still does
    coached = "Coach Tony Spurs won again. Spurs said little."
    found = complete_surnames([Mention("Spurs", "PERSON", coached.index("Spurs said"))], coached, places)
    assert [m.text for m in found] == ["Spurs", "Tony Spurs"]


def test_a_dutch_or_german_particle_joins_the_name() -> None:
    # Given "Erik ten Hag" and "Karl zu Lenz", cut by the model before the particle
    text = "Erik ten Hag praised his side, and Karl zu Lenz agreed."
    ents = [("Erik", "PERSON", 0), ("Karl", "PERSON", text.index("Karl"))]
    # Then each is joined through its particle to the surname
    assert join_particles(ents, text) == [("Erik ten Hag", "PERSON", 0), ("Karl zu Lenz", "PERSON", text.index("Karl"))]


def test_a_name_cut_after_a_particle_is_joined() -> None:
    text = "Recently, Ursula von der Leyen said the Green Deal would pass, Luiz da Silva said."
    ents = [
        ("Ursula von der", "PERSON", text.index("Ursula")),
        ("Leyen", "GPE", text.index("Leyen")),
        ("Green Deal", "ORG", text.index("Green")),
        ("Luiz da Silva", "PERSON", text.index("Luiz")),
    ]
    assert join_particles(ents, text) == [
        ("Ursula von der Leyen", "PERSON", text.index("Ursula")),
        ("Green Deal", "ORG", text.index("Green")),
        ("Luiz da Silva", "PERSON", text.index("Luiz")),
    ]
    # cut after the first of two particles: joined across the second
    cut = [("Ursula von", "PERSON", text.index("Ursula")), ("Leyen", "GPE", text.index("Leyen"))]
    assert join_particles(cut, text) == [("Ursula von der Leyen", "PERSON", text.index("Ursula"))]
    # a whole name spaCy ended before the particles: joined through them
    text = "COP30 President André Corrêa do Lago said Prince Abdulaziz bin Salman agreed."
    ents = [
        ("André Corrêa", "PERSON", text.index("André")),
        ("Lago", "ORG", text.index("Lago")),
        ("Prince Abdulaziz", "PERSON", text.index("Prince")),
        ("bin Salman", "PERSON", text.index("bin Salman")),
    ]
    assert join_particles(ents, text) == [
        ("André Corrêa do Lago", "PERSON", text.index("André")),
        ("Prince Abdulaziz bin Salman", "PERSON", text.index("Prince")),
    ]


def test_a_bare_compass_point_is_no_tag() -> None:
    body = "Voters in the South and the North split, as did the West; North Carolina and South Africa did not."
    entities = [
        MergedEntity(text, label, 1, body.index(text), False)
        for text, label in [
            ("South", "LOC"),
            ("North", "LOC"),
            ("West", "LOC"),
            ("North Carolina", "GPE"),
            ("South Africa", "GPE"),
        ]
    ]
    assert [e.text for e in reader_tags(entities, _record(body), body, frozenset())] == [
        "North Carolina",
        "South Africa",
    ]


def test_events_and_airports_are_no_tags() -> None:
    body = (
        "After the Beer Hall Putsch and the Winter Olympics, Ana Ruiz flew from Pearson International Airport "
        "before Hurricane Melissa, Typhoon Pepito and Storm Desmond, missing the Harbor Bowl and the Kestrel "
        "Grand Prix."
    )
    entities = [
        MergedEntity(text, label, 1, body.index(text.split()[0]), False)
        for text, label in [
            ("Beer Hall Putsch", "PERSON"),
            ("Winter Olympics", "ORG"),
            ("Hurricane Melissa", "PERSON"),  # a named storm
            ("Typhoon Pepito", "PERSON"),
            ("Storm Desmond", "PERSON"),  # a named storm in Britain
            ("Ana Ruiz", "PERSON"),
            ("Pearson International Airport", "ORG"),
            ("Harbor Bowl", "GPE"),  # a bowl game (or its stadium)
            ("Kestrel Grand Prix", "ORG"),
        ]
    ]
    assert [e.text for e in reader_tags(entities, _record(body), body, frozenset())] == ["Ana Ruiz"]


def test_races_finals_parades_and_monuments_are_no_tags_but_a_town_so_named_stays() -> None:
    body = (
        "Before the Kestrel Derby and the NBA Finals, the Harbor Day Parade passed the Halvard Monument and the "
        "Amarnath Yatra began. Fans drove in from Derby and met Kim Day."
    )
    entities = [
        MergedEntity(text, label, 1, body.index(text), False)
        for text, label in [
            ("Kestrel Derby", "ORG"),
            ("NBA Finals", "ORG"),
            ("Harbor Day Parade", "ORG"),
            ("Halvard Monument", "ORG"),
            ("Amarnath Yatra", "ORG"),  # a pilgrimage
            ("Derby", "GPE"),  # the city
            ("Kim Day", "PERSON"),
        ]
    ]
    kept = reader_tags(entities, _record(body), body, frozenset({"derby"}))
    assert [e.text for e in kept] == ["Derby", "Kim Day"]


def test_laws_and_bills_are_no_tags_but_people_and_lone_initials_stay() -> None:
    # Given laws the model calls organisations beside a person named Bill and a territory written "ACT"
    body = (
        "The Zentrix Safety Act and the Local Harbours Bill passed; the First Amendment was cited. "
        "Buffalo Bill spoke for the ACT, and the Harbour Board met."
    )
    entities = [
        MergedEntity(text, label, 1, body.index(text), False)
        for text, label in [
            ("Zentrix Safety Act", "ORG"),
            ("Local Harbours Bill", "ORG"),
            ("First Amendment", "ORG"),
            ("Buffalo Bill", "PERSON"),
            ("ACT", "GPE"),
            ("Harbour Board", "ORG"),
        ]
    ]
    # Then the laws go, and the person, the territory and the board stay
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    assert kept == ["Buffalo Bill", "ACT", "Harbour Board"]


def test_outlets_and_journals_by_name_or_by_place_are_sources_not_tags() -> None:
    body = (
        "Doctors told +972 Magazine that Gaza Health Services was short of fuel. The study, published in Current "
        "Biology, was led by the Bristol Heart Institute, Lena Park told Harbor Weekly."
    )
    entities = [
        MergedEntity(text, label, 1, body.index(text), False)
        for text, label in [
            ("+972 Magazine", "ORG"),
            ("Gaza Health Services", "ORG"),
            ("Current Biology", "ORG"),
            ("Bristol Heart Institute", "ORG"),
            ("Lena Park", "PERSON"),
            ("Harbor Weekly", "ORG"),
        ]
    ]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    assert kept == ["Gaza Health Services", "Bristol Heart Institute", "Lena Park"]
    headline = [MergedEntity("Harbor Weekly", "ORG", 1, body.index("Harbor"), True)]
    assert [e.text for e in reader_tags(headline, _record(body), body, frozenset())] == ["Harbor Weekly"]


def test_a_chamber_court_or_panel_someone_told_is_no_outlet() -> None:
    # Given bodies first named after "told", as testimony is, and an outlet named so
    body = (
        "The secretary told the U.S. Senate that the plan would work. The mayor told the Harbor County Board of "
        "Supervisors the same, and the chief told Congress in May. The aide told Harbor Weekly it was false."
    )
    entities = [
        MergedEntity(text, "ORG", 1, body.index(text), False)
        for text in ["U.S. Senate", "Harbor County Board of Supervisors", "Congress", "Harbor Weekly"]
    ]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    # Then the bodies are tags and the outlet is a source
    assert kept == ["U.S. Senate", "Harbor County Board of Supervisors", "Congress"]


def test_an_outlet_the_headline_names_is_a_tag_though_its_run_of_capitals_was_read_longer() -> None:
    body = "Lena Park left Harbor Weekly in May. Harbor Weekly said so, the paper told Coast Radio."
    entities = [
        MergedEntity("Harbor Weekly", "ORG", 2, body.index("Harbor"), False),
        MergedEntity("Coast Radio", "ORG", 1, body.index("Coast"), False),
    ]
    # The title-case headline's mention was "Harbor Weekly Staff", not the outlet's name: the headline still names it
    record = article_record(body, "How Harbor Weekly Staff Lost Their Editor")
    assert [e.text for e in reader_tags(entities, record, body, frozenset())] == ["Harbor Weekly"]


def test_a_word_in_a_web_address_is_no_lower_case_use() -> None:
    body = "The new iPhone from Apple is out. Image credit: www.apple.com/in/ and the Government said; government."
    entities = [MergedEntity("Apple", "ORG", 3, body.index("Apple"), False)]
    entities.append(MergedEntity("Government", "ORG", 1, body.index("Government"), False))
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    assert kept == ["Apple"]


def test_a_countrys_initials_as_an_adjective_are_no_mention() -> None:
    body = "US officials met UK Transport Secretary Ann Lee. Sanctions imposed by the US and the UK. The U.S. market."
    mentions = [Mention(t, "GPE", i) for t, i in [("US", 0), ("UK", 17), ("US", 74), ("UK", 85), ("U.S.", 93)]]
    assert [(m.text, m.offset) for m in drop_attributive_countries(mentions, body)] == [("US", 74), ("UK", 85)]


def test_a_countrys_initials_in_the_headline_count_when_the_body_names_the_country() -> None:
    headline = Mention("US", "GPE", None, True)
    body = "The Treasury imposed sanctions on three banks. US officials said more would follow."
    assert drop_attributive_countries([headline, Mention("US", "GPE", body.index("US"))], body) == []
    for noun in ("US", "United States"):
        body = f"Sanctions imposed by the {noun} on Friday hit three banks."
        mentions = [headline, Mention(noun, "GPE", body.index(noun))]
        assert drop_attributive_countries(mentions, body) == mentions, noun


def test_names_in_a_reporting_credit_are_no_mentions() -> None:
    body = (
        "The storm reached Georgia on Tuesday, Gov. Brian Kemp said.\n\n"
        "Associated Press writer Jane Smith in Atlanta contributed to this report.\n\n"
        "(Reporting by Tom Lee in Savannah; Editing by Ann Cole)"
    )
    spans = credit_spans(body)
    inside = {name for name in ("Jane Smith", "Atlanta", "Tom Lee", "Savannah", "Ann Cole")}
    for name in inside:
        assert any(a <= body.index(name) < b for a, b in spans), name
    for name in ("Georgia", "Brian Kemp"):
        assert not any(a <= body.index(name) < b for a, b in spans), name
    assert credit_spans("Reporters contributed to a fund for Jane Smith.") == []


def test_a_writers_bio_closing_the_story_is_a_credit() -> None:
    story = "Farmers in Kansas face a drought, Tom Becker said.\n\nBecker grows wheat near Dodge City."
    bio = "Jane Smith is a staff reporter for the Wichita Eagle. She worked at the Kansas City Star."
    body = f"{story}\n\n{bio}"
    assert credit_spans(body) == [(body.index("Jane"), len(body))]
    early = f"{bio}\n\n{story}\n\nOne.\n\nTwo.\n\nThree."  # not among the last paragraphs: a story's subject
    assert credit_spans(early) == []


def test_pin_and_tag_prompts_are_reader_prompts() -> None:
    body = "Bake for an hour in Ohio.\n\nPin this recipe on Pinterest! Tag us on Instagram with #BananaBread."
    spans = prompt_spans(body)
    assert all(any(a <= body.index(n) < b for a, b in spans) for n in ("Pinterest", "Instagram"))
    assert not any(a <= body.index("Ohio") < b for a, b in spans)


def test_follow_them_let_us_know_and_channel_handles_are_reader_prompts() -> None:
    body = (
        "The team met in Austin to plan the fork.\n\nFollow them on GitHub or Twitter. Let @github know on Twitter."
        "\n\nFollow CNN Science News Facebook: CNNScience Twitter: @CNNLightYears\n\n"
        "An investigator was paid to follow him to a clinic in Surrey. I could not follow her.\n\n"
        "\u201cThey didn\u2019t let us know,\u201d said Mayor Jane Holt."
    )
    spans = prompt_spans(body)

    def prompted(name: str) -> bool:
        return any(a <= body.index(name) < b for a, b in spans)

    assert all(prompted(n) for n in ("GitHub", "Twitter", "@github", "CNNScience"))
    assert not any(prompted(n) for n in ("Austin", "Surrey", "Jane Holt"))  # "follow him to a clinic": no prompt


def test_names_with_a_model_number_are_products() -> None:
    names = ["Windows 11", "iPhone 15 Pro", "Galaxy S23 Ultra", "Boeing 737", "4th District Court of Appeal",
             "Channel 4", "Jane Doe", "G20", "Philadelphia 76ers"]  # fmt: skip
    kept = drop_model_numbers([Mention(n, "ORG", 0) for n in names])
    assert [m.text for m in kept] == [
        "4th District Court of Appeal",
        "Channel 4",
        "Jane Doe",
        "G20",
        "Philadelphia 76ers",
    ]


def test_names_the_text_uses_for_a_disease_are_no_entities() -> None:
    headline = "Kerala reports Nipah virus case"
    body = "Nipah was first found in Malaysia. Eastern Equine Encephalitis spread in Lyme, where Pfizer tested it."
    mentions = [Mention("Nipah", "ORG", None, True), Mention("Nipah", "ORG", 0)]
    mentions += [Mention(n, "ORG" if n != "Malaysia" else "GPE", body.index(n)) for n in
                 ("Malaysia", "Eastern Equine Encephalitis", "Lyme", "Pfizer")]  # fmt: skip
    assert [m.text for m in drop_diseases(mentions, headline, body)] == ["Malaysia", "Lyme", "Pfizer"]
    assert drop_diseases(mentions[3:4], "", "Lyme disease is spreading.") == []


def test_a_disease_the_model_calls_a_person_is_dropped_but_a_surname_like_flu_is_kept() -> None:
    body = "Equine Encephalitis spread; Jane Flu and Ann Lee said the Nipah virus did too."
    mentions = [Mention(n, "PERSON", body.index(n)) for n in ("Equine Encephalitis", "Jane Flu", "Ann Lee")]
    assert [m.text for m in drop_diseases(mentions, "", body)] == ["Jane Flu", "Ann Lee"]


def test_an_organisation_the_model_cut_in_two_is_joined() -> None:
    text = "Lockheed Martin and SpaceX won. Lockheed, Martin Lee said. Acme Corp Paris office."
    ents = [("Lockheed", "ORG", 0), ("Martin", "PRODUCT", 9), ("SpaceX", "ORG", 20)]
    ents += [("Lockheed", "ORG", 32), ("Martin Lee", "PERSON", 42), ("Acme Corp", "ORG", 61), ("Paris", "GPE", 71)]
    assert join_split_organisations(ents, text) == [
        ("Lockheed Martin", "ORG", 0),
        ("SpaceX", "ORG", 20),
        ("Lockheed", "ORG", 32),
        ("Martin Lee", "PERSON", 42),
        ("Acme Corp", "ORG", 61),
        ("Paris", "GPE", 71),
    ]


def test_a_run_of_full_names_without_separators_is_split() -> None:
    given = frozenset({"elliot", "saladin", "martin", "anne", "marie", "kelly", "mary"})
    ents = [
        ("Elliot Ackerman Saladin Ambar", "PERSON", 10),
        ("Kelly Oubre Jr", "PERSON", 60),  # three words
        ("Mary Anne Smith Jones", "PERSON", 90),  # "Anne" is a given name in a surname's place
        ("Martin Amis Anne Applebaum", "ORG", 130),
        ("Robert F. Kennedy Jr.", "PERSON", 170),  # an initial and a suffix: one man ("Kennedy" is a given name too)
    ]
    assert split_name_runs(ents, given | {"robert", "kennedy"}) == [
        ("Elliot Ackerman", "PERSON", 10),
        ("Saladin Ambar", "PERSON", 26),
        ("Kelly Oubre Jr", "PERSON", 60),
        ("Mary Anne Smith Jones", "PERSON", 90),
        ("Martin Amis Anne Applebaum", "ORG", 130),
        ("Robert F. Kennedy Jr.", "PERSON", 170),
    ]


def test_titles_of_works_are_no_tags() -> None:
    headline = "Will the Senator Write His Own ‘Night Letters’ in Jail?"
    body = (
        "Back in 2005 Dana Voss had a TV show called Grim Kitchen. Night Letters was dictated to Alan Brook. "
        "Voss told the podcast The Morning Room that Grim Kitchen changed her. Alan Brook agreed."
    )
    record = _record(body).model_copy(update={"headline": headline})
    entities = [
        MergedEntity("Night Letters", "PERSON", 2, body.index("Night"), True),
        MergedEntity("Grim Kitchen", "ORG", 2, body.index("Grim"), False),
        MergedEntity("The Morning Room", "ORG", 1, body.index("The Morning"), False),
        MergedEntity("Dana Voss", "PERSON", 2, body.index("Dana"), False),
        MergedEntity("Alan Brook", "PERSON", 2, body.index("Alan"), False),
    ]
    assert [e.text for e in reader_tags(entities, record, body, frozenset())] == ["Dana Voss", "Alan Brook"]


def test_widely_used_software_devices_and_currencies_are_products_not_tags() -> None:
    # Given products the small model calls organisations or people, beside a firm
    body = "Vandelay said its app runs on Android, answers through Siri and takes Bitcoin on the iPhone and Chromecast."
    entities = [
        MergedEntity(text, label, 1, body.index(text), False)
        for text, label in [("Vandelay", "ORG"), ("Android", "ORG"), ("Siri", "PERSON"), ("Bitcoin", "ORG"),
                            ("iPhone", "ORG"), ("Chromecast", "ORG")]
    ]  # fmt: skip
    # Then only the firm is a tag: the labelling rule leaves products out
    assert [e.text for e in reader_tags(entities, _record(body), body, frozenset())] == ["Vandelay"]


def test_believers_and_peoples_are_groups_not_names() -> None:
    # Given faiths' and peoples' words the small model calls people or organisations, beside named bodies
    body = "Sunni Muslims and Shi'ite leaders met Indigenous Peoples at the Catholic Church and the Muslim Brotherhood."
    entities = [
        MergedEntity(text, label, 1, body.index(text), False)
        for text, label in [("Sunni Muslims", "PERSON"), ("Shi'ite", "ORG"), ("Indigenous Peoples", "PERSON"),
                            ("Catholic Church", "ORG"), ("Muslim Brotherhood", "ORG")]
    ]  # fmt: skip
    # Then only the named bodies are tags
    assert [e.text for e in reader_tags(entities, _record(body), body, frozenset())] == [
        "Catholic Church",
        "Muslim Brotherhood",
    ]


def test_a_name_after_a_work_noun_used_as_a_verb_is_no_title() -> None:
    # Given "show", "film" and "book" as verbs before a name, and "plays" before a role
    body = (
        "Emails cited to show Zentrix played a role in the deal. The data shows Vandelay gained. Crews will film "
        "Acme Bay next week. Dana Voss plays Grim Kitchen, a widow."
    )
    entities = [
        MergedEntity(text, label, 1, body.index(text), False)
        for text, label in [("Zentrix", "ORG"), ("Vandelay", "ORG"), ("Acme Bay", "GPE"), ("Grim Kitchen", "PERSON")]
    ]
    # Then the names the verbs precede stay; the role is a work's, no one's name
    assert [e.text for e in reader_tags(entities, _record(body), body, frozenset())] == [
        "Zentrix",
        "Vandelay",
        "Acme Bay",
    ]


def test_a_name_an_honorific_opens_or_precedes_is_a_person() -> None:
    from worker.entities.kinds import honorific_persons

    text = "Mrs H Pyke praised Dr. Lena Ortiz and Prof Ama Boateng, who left Vandelay for Acme."
    ents = [
        ("Mrs H Pyke", "ORG", 0),
        ("Lena Ortiz", "GPE", text.index("Lena")),
        ("Ama Boateng", "ORG", text.index("Ama")),
        ("Acme", "ORG", text.index("Acme")),
    ]
    assert honorific_persons(ents, text) == [
        ("Mrs H Pyke", "PERSON", 0),
        ("Lena Ortiz", "PERSON", text.index("Lena")),
        ("Ama Boateng", "PERSON", text.index("Ama")),  # every honorific of ``names.HONORIFICS``
        ("Acme", "ORG", text.index("Acme")),
    ]


@pytest.mark.parametrize(
    ("text", "called", "people"),
    [
        # a company head's title: names right after "CEO" and "chief executive"; a company after "founder" stays
        (
            "Quorix's CEO Stefan Bauer said so; chief executive Ana Ruiz agreed; founder Harbor Labs did not.",
            {"Stefan Bauer": "PRODUCT", "Ana Ruiz": "GPE", "Harbor Labs": "ORG"},
            {"Stefan Bauer", "Ana Ruiz"},
        ),
        # an office written as a title ("Obama" is also a town); a board after a lower-case "president of the" stays
        (
            "Under President Obama, rules grew. Sen. Elena Warren objected. The president of the Harbor Board spoke.",
            {"Obama": "GPE", "Elena Warren": "ORG", "Harbor Board": "ORG"},
            {"Obama", "Elena Warren"},
        ),
        # a kinship word before one name or a list of them; a town after "sister city" (a word between) stays
        (
            "He lives with their daughters, Esmeralda and Amada. His wife Lena Holt agreed. Its sister city Lindale.",
            {"Esmeralda": "ORG", "Amada": "LOC", "Lena Holt": "GPE", "Lindale": "GPE"},
            {"Esmeralda", "Amada", "Lena Holt"},
        ),
    ],
    ids=["company-head", "office", "kinship"],
)
def test_a_name_a_title_or_kinship_word_introduces_is_a_person(
    text: str, called: dict[str, str], people: set[str]
) -> None:
    from worker.entities.kinds import honorific_persons

    # Given names the model called something else, after a head's title, an office's or a kinship word
    ents = [(name, label, text.index(name)) for name, label in called.items()]
    # Then those are people whatever the model said; the others keep their labels
    assert honorific_persons(ents, text) == [
        (name, "PERSON" if name in people else label, text.index(name)) for name, label in called.items()
    ]


def test_a_name_with_its_surname_withheld_is_a_credit_not_a_tag() -> None:
    body = "Why did the cookie go to the doctor? It felt crummy. —Joe L., age 10. George W. Bush and Malcolm X laughed."
    names = [("Joe L.", "PERSON"), ("George W. Bush", "PERSON"), ("Malcolm X", "PERSON")]
    entities = [MergedEntity(t, lab, 1, body.index(t), False) for t, lab in names]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    assert kept == ["George W. Bush", "Malcolm X"]


def test_capitalised_common_words_are_no_organisation() -> None:
    body = (
        "Ermine Icing\nThis ermine icing is lighter than a frosting made with butter. Acme Foods sells a boxed "
        "icing, and Extinction Rebellion marched. The Health Ministry spoke of a new health plan."
    )
    names = ["Ermine Icing", "Acme Foods", "Extinction Rebellion", "Health Ministry"]
    entities = [MergedEntity(t, "ORG", 1, body.index(t), False) for t in names]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    assert kept == ["Acme Foods", "Extinction Rebellion", "Health Ministry"]


def test_a_title_case_phrase_whose_head_is_a_common_noun_is_no_organisation() -> None:
    body = (
        "American Buttercream Frosting is sweeter than this frosting. Meta Programming in Emacs is the art of code "
        "writing code; programming is fun. CVS Health cut its health plans, and the Nasser Hospital for Children "
        "sent children home. Extinction Rebellion marched."
    )
    names = ["American Buttercream Frosting", "Meta Programming", "CVS Health", "Nasser Hospital for Children",
             "Extinction Rebellion"]  # fmt: skip
    entities = [MergedEntity(t, "ORG", 1, body.index(t), False) for t in names]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    # The head ("frosting", "programming") is written in lower case too: a thing, not a name. A name led by
    # initials ("CVS") or holding an organisation word ("Hospital") is one.
    assert kept == ["CVS Health", "Nasser Hospital for Children", "Extinction Rebellion"]


def test_a_body_of_elections_is_no_event() -> None:
    body = "The Commission on Elections and the Board of Elections met. The Beer Hall Putsch and Tay Bridge came up."
    names = ["Commission on Elections", "Board of Elections", "Beer Hall Putsch", "Tay Bridge"]
    entities = [MergedEntity(t, "ORG", 1, body.index(t), False) for t in names]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    assert kept == ["Commission on Elections", "Board of Elections"]


def test_a_known_place_before_common_nouns_names_its_service() -> None:
    body = (
        "Tucson Water broke ground on the plant, and the water will reach homes by May. The Saskatoon Public Library "
        "opened a branch; the library lends tools. American Buttercream Frosting is sweeter than this frosting."
    )
    names = ["Tucson Water", "Saskatoon Public Library", "American Buttercream Frosting"]
    entities = [MergedEntity(t, "ORG", 1, body.index(t), False) for t in names]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset({"tucson", "saskatoon"}))]
    # Led by a known place, a name of common nouns is the place's utility or library; led by an adjective, a thing
    assert kept == ["Tucson Water", "Saskatoon Public Library"]


def test_a_verb_opening_instructions_is_no_place_of_that_name() -> None:
    body = (
        "Heat the oven first.\n\nBake the sponge for 45 minutes. Leave it to cool.\n\nBake it a day ahead. "
        "Bake sales fund the club, and the bake sale starts at noon. Reading is fun, and we flew to Reading. "
        "Paris is lovely in spring. Nice weather helps; it was nice."
    )
    places = frozenset({"bake", "reading", "paris", "nice"})
    names = ["Bake", "Reading", "Paris", "Nice"]
    entities = [MergedEntity(t, "GPE", 2, body.index(t), False) for t in names]
    kept = [e.text for e in reader_tags(entities, _record(body), body, places)]
    # "Bake" only opens sentences, before "the" and "it" (and the body writes "bake"); "Nice" opens its sentence and
    # the body writes "nice": a common word. A place met in mid-sentence ("to Reading"), or never in lower case and
    # followed by a verb ("Paris is"), stays.
    assert kept == ["Reading", "Paris"]


def test_a_place_only_opening_sentences_before_a_verb_stays() -> None:
    body = "Paris is lovely in spring.\n\nParis has a new mayor."
    kept = reader_tags([MergedEntity("Paris", "GPE", 2, 0, False)], _record(body), body, frozenset({"paris"}))
    assert [e.text for e in kept] == ["Paris"]


def test_an_owners_possessive_is_split_from_its_units_name() -> None:
    # Given "NASA's Jet Propulsion Laboratory" and "Google's Threat Analysis Group" (Google also named alone), and
    # names whose possessive is their own
    body = (
        "NASA's Jet Propulsion Laboratory cut jobs. Google's Threat Analysis Group and Google agreed. "
        "King's College London and People's Bank of China staff, and Macy's Herald Square, said so."
    )
    names = ["NASA's Jet Propulsion Laboratory", "Google's Threat Analysis Group", "King's College London",
             "People's Bank of China", "Macy's Herald Square"]  # fmt: skip
    found = split_owners([Mention(name, "ORG", body.index(name)) for name in names], body)
    # Then the owner and the unit are two names, at their own offsets; the others stay whole
    assert [(m.text, m.offset) for m in found] == [
        ("NASA", 0),
        ("Jet Propulsion Laboratory", 7),
        ("Google", body.index("Google's")),
        ("Threat Analysis Group", body.index("Threat")),
        *((name, body.index(name)) for name in names[2:]),
    ]


def test_an_owner_of_several_words_is_split_when_the_text_names_it_alone() -> None:
    body = "The National Assembly's Finance and National Planning Committee met, and the National Assembly voted."
    name = "National Assembly's Finance and National Planning Committee"
    found = split_owners([Mention(name, "ORG", body.index(name))], body)
    assert [m.text for m in found] == ["National Assembly", "Finance and National Planning Committee"]


def test_an_owner_of_several_named_things_is_split_though_never_named_alone() -> None:
    # Given "Nasa's" (never written alone) owning two differently named things, and "Macy's" owning one
    body = "Staff at Nasa’s Jet Propulsion Laboratory said Nasa’s Spirit rover found it. Macy's Herald Square agreed."
    names = ["Nasa’s Jet Propulsion Laboratory", "Macy's Herald Square"]
    found = split_owners([Mention(name, "ORG", body.index(name)) for name in names], body)
    # Then the owner and its unit are split; one thing owned keeps its possessive
    assert [m.text for m in found] == ["Nasa", "Jet Propulsion Laboratory", "Macy's Herald Square"]


def test_an_institution_owning_a_unit_is_split_from_it_though_never_named_alone() -> None:
    body = "He works at the University of Rochester's Laboratory for Laser Energetics, and Macy's Herald Square."
    names = ["University of Rochester's Laboratory for Laser Energetics", "Macy's Herald Square"]
    found = split_owners([Mention(name, "ORG", body.index(name)) for name in names], body)
    assert [m.text for m in found] == ["University of Rochester", "Laboratory for Laser Energetics", names[1]]


def test_a_saints_possessive_of_several_words_stays_inside_the_name() -> None:
    # Given "St Mary's Hospital Trust" where the text also says "St Mary" alone
    body = "St Mary's Hospital Trust runs St Mary, the old ward."
    found = split_owners([Mention("St Mary's Hospital Trust", "ORG", 0)], body)
    assert [m.text for m in found] == ["St Mary's Hospital Trust"]


def test_spacecraft_and_a_telescope_named_for_a_person_are_no_tags() -> None:
    # Given craft the model calls places, and a telescope named for a person, beside a known place and a company
    body = (
        "The Europa Clipper spacecraft and the Perseverance rover flew. Blue Origin's New Glenn rocket waits in "
        "Florida; a SpaceX rocket too. The Nancy Grace Roman Space Telescope is next."
    )
    names = [("Europa Clipper", "LOC"), ("Perseverance", "GPE"), ("New Glenn", "GPE"), ("Florida", "GPE"),
             ("SpaceX", "ORG"), ("Grace Roman", "PERSON")]  # fmt: skip
    entities = [MergedEntity(t, lab, 1, body.index(t), False) for t, lab in names]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset({"florida"}))]
    # Then only the place and the company are tags
    assert kept == ["Florida", "SpaceX"]


def test_a_craft_the_model_calls_a_person_is_no_tag() -> None:
    # Given craft the model calls people, beside people whose names come before a mission or a flight
    body = (
        "The Cassini-Huygens spacecraft reached Saturn. Rosetta is an aluminium box; the Rosetta spacecraft dives "
        "today. Obama mission planners met Armstrong, whose Armstrong flight logs survive. Curiosity rover rolls on. "
        "The Philae lander bounced; Philae woke. NASA said a NASA spacecraft would follow, NASA added."
    )
    names = [("Cassini", "PERSON"), ("Rosetta", "PERSON"), ("Curiosity", "PERSON"), ("Obama", "PERSON"),
             ("Armstrong", "PERSON"), ("Philae", "ORG"), ("NASA", "ORG")]  # fmt: skip
    entities = [MergedEntity(t, lab, 1, body.index(t), False) for t, lab in names]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    # Then only the people and the agency, named bare more often than before a craft's noun, are tags
    assert kept == ["Obama", "Armstrong", "NASA"]


def test_a_journal_the_model_calls_a_place_is_a_cited_source() -> None:
    body = "The study, published in Nature, followed patients in Denmark."
    entities = [MergedEntity(t, "GPE", 1, body.index(t), False) for t in ("Nature", "Denmark")]
    assert [e.text for e in reader_tags(entities, _record(body), body, frozenset({"denmark"}))] == ["Denmark"]


def test_an_institution_called_by_its_head_word_alone() -> None:
    from worker.entities.aliases import head_aliases

    mentions = [Mention("Bank of England", "ORG"), Mention("Bank", "GPE"), Mention("Monetary Policy Committee", "ORG"),
                Mention("Committee", "ORG"), Mention("Supreme Court", "ORG"), Mention("Crown Court", "ORG"),
                Mention("Court", "ORG"), Mention("London", "GPE")]  # fmt: skip
    # Then "Bank" and "Committee" stand for the one institution so headed; "Court" (two courts) for none
    assert head_aliases(mentions) == {"bank": "bank of england", "committee": "monetary policy committee"}


def test_a_person_whose_first_word_is_a_common_word_is_no_person() -> None:
    from worker.entities.filters import common_word_people, lower_words

    body = (
        "We decided to bring our dog home. Bring Pepper to the park, said Anna Kovacs. The forum has one volunteer, "
        "and Forum Volunteer posts the rules. Dr. Long Nguyen and Will Parker agreed with Rosa van der Berg."
    )
    people = [
        MergedEntity("Bring Pepper", "PERSON", 1, body.index("Bring Pepper"), False),
        MergedEntity("Forum Volunteer", "PERSON", 1, body.index("Forum Volunteer"), False),
        MergedEntity("Anna Kovacs", "PERSON", 1, body.index("Anna"), False),
        MergedEntity("Long Nguyen", "PERSON", 1, body.index("Long"), False),  # a title: a person whatever the words
        MergedEntity("Will Parker", "PERSON", 1, body.index("Will"), False),  # "will" is a given name too
        MergedEntity("Rosa van der Berg", "PERSON", 1, body.index("Rosa"), False),
        MergedEntity("Forum", "ORG", 1, body.index("Forum"), False),  # not a person: other rules judge it
    ]
    given = frozenset({"anna", "will", "rosa"})
    kept = common_word_people(people, lower_words(body), given, titled=frozenset({"long nguyen"}))
    assert [e.text for e in kept] == ["Anna Kovacs", "Long Nguyen", "Will Parker", "Rosa van der Berg", "Forum"]


def test_a_two_word_person_ending_in_a_common_word_is_no_person() -> None:
    from worker.entities.filters import common_word_people, lower_words

    # Given two-word "people" ending in a word the body also writes in lower case, and real people
    body = (
        "The Zollywood actress posted a photo. Every actress there agreed. Mapster improvements came out, and more "
        "improvements follow. Vance Wall said the wall was old. Tamsin Reed, the reed cutter, spoke. Okonjo Black "
        "spoke next; the black car was his. Black said he would stay."
    )
    people = [
        MergedEntity("Zollywood actress", "PERSON", 1, body.index("Zollywood"), False),
        MergedEntity("Mapster Improvements", "PERSON", 1, body.index("Mapster"), False),
        MergedEntity("Vance Wall", "PERSON", 1, body.index("Vance"), False),  # "Vance" a given name
        MergedEntity("Tamsin Reed", "PERSON", 1, body.index("Tamsin"), False),  # "Tamsin": a given name
        MergedEntity("Okonjo Black", "PERSON", 1, body.index("Okonjo"), False),  # "Black said he": a surname
    ]
    given = frozenset({"vance", "tamsin"})
    # When the common-word people are left out
    kept = common_word_people(people, lower_words(body), given, titled=frozenset(), pronouned=frozenset({"black"}))
    # Then the noun phrases go, the people stay
    assert [e.text for e in kept] == ["Vance Wall", "Tamsin Reed", "Okonjo Black"]


def test_a_person_written_only_after_a_determiner_or_inside_a_hyphenated_word_is_a_thing() -> None:
    from worker.entities.filters import thing_people

    body = (
        "I tested the Sage Bambino Plus for a week. The TP-Link Deco XE75 pack costs more. Anna Kovacs liked the Sage "
        "Bambino Plus too, she said on the Dan Wootton Interview, and Dan Wootton agreed. We know that Mitt Romney "
        "ran. The Rev Ada Byrne spoke."
    )
    names = ["Sage Bambino Plus", "Link Deco", "Anna Kovacs", "Dan Wootton", "Mitt Romney", "Ada Byrne"]
    people = [MergedEntity(name, "PERSON", 1, body.index(name), False) for name in names]
    kept = thing_people(people, body, titled=frozenset({"ada byrne"}))
    assert [e.text for e in kept] == ["Anna Kovacs", "Dan Wootton", "Mitt Romney", "Ada Byrne"]


def test_a_photographers_credit_with_an_agency_after_a_slash_is_no_tag() -> None:
    # Given a caption glued to the next paragraph ("Stephen Chernin/Getty ImagesShouldn't ...") and a credit
    # "Jane Roe / AFP", beside a person the story is about
    body = "Stephen Chernin/Getty ImagesShouldn't the money go back? Photo by Jane Roe / AFP. Reggie Bush won."
    mentions = [
        Mention("Stephen Chernin/Getty", "PERSON", body.index("Stephen")),
        Mention("Jane Roe", "PERSON", body.index("Jane")),
        Mention("Reggie Bush", "PERSON", body.index("Reggie")),
    ]
    # Then only the story's person is kept
    assert [m.text for m in drop_credits(mentions, body)] == ["Reggie Bush"]


def test_a_question_opening_word_before_a_name_is_dropped() -> None:
    # Given the model's "Are Urban Meyer" from "Are Urban Meyer and Nick Saban really closing practices?"
    assert clean_name("Are Urban Meyer") == "Urban Meyer"
    assert clean_name("Why Goldman Sachs") == "Goldman Sachs"


def test_an_organisation_named_with_a_titles_word_keeps_it() -> None:
    # Given the model's organisations "General Motors" and "General Assembly", and a person's title before a name
    assert clean_name("General Motors", organisation=True) == "General Motors"
    assert clean_name("General Assembly", organisation=True) == "General Assembly"
    assert clean_name("General Motors") == "Motors"  # read as a title before a name when not an organisation
    assert clean_name("Judge Ann Lee", organisation=True) == "Ann Lee"


def test_a_score_after_a_team_is_cut_and_a_teams_number_kept() -> None:
    # Given the model's "Alderton 2-1" from "beat Alderton 2-1", and a team named with a number
    assert clean_name("Alderton 2-1") == "Alderton"
    assert clean_name("Philadelphia 76ers") == "Philadelphia 76ers"
    # While a given name that is also a verb stays
    assert clean_name("Will Smith") == "Will Smith"


def test_an_epidemics_name_is_no_entity_but_a_place_before_death_is() -> None:
    # Given the Black Death and an epidemic named after a virus, beside a place written before "death toll"
    body = "Doctors compared it to the Black Death. The Ebola epidemic spread. The Gaza death toll rose, Gaza said."
    mentions = [Mention(t, "ORG" if t != "Gaza" else "GPE", body.index(t)) for t in ("Black Death", "Ebola", "Gaza")]
    # When dropping diseases
    kept = [m.text for m in drop_diseases(mentions, "", body)]
    # Then only the place is kept
    assert kept == ["Gaza"]


def test_a_lone_word_called_a_person_before_virus_is_a_disease_unless_a_given_name() -> None:
    # Given "the Nipah virus" tagged a person, and a doctor whose surname is a disease word
    body = "The Nipah virus spread. Dr Jane Flu said the Marburg virus is rarer; Jane was sure of it."
    mentions = [Mention("Nipah", "PERSON", 4), Mention("Jane Flu", "PERSON", 27), Mention("Jane", "PERSON", 65)]
    # When dropping diseases, "Jane" a given name
    kept = [m.text for m in drop_diseases(mentions, "", body, frozenset({"jane"}))]
    # Then the disease is dropped and the people kept
    assert kept == ["Jane Flu", "Jane"]


def test_an_organisation_written_only_after_a_possessive_is_a_thing() -> None:
    from worker.entities.filters import thing_people

    # Given a feature the model called an organisation, written after "its", and a firm written bare
    body = "The carmaker updated its Drivepilot system. Quorix said Quorix would help, and their Quorix unit agreed."
    entities = [
        MergedEntity("Drivepilot", "ORG", 1, body.index("Drivepilot"), False),
        MergedEntity("Quorix", "ORG", 3, body.index("Quorix"), False),
    ]
    # When dropping things
    kept = [e.text for e in thing_people(entities, body, frozenset())]
    # Then the feature goes and the firm stays
    assert kept == ["Quorix"]


def test_a_public_body_opening_with_a_titles_word_keeps_it() -> None:
    from worker.entities.institutions import institution_names

    # Given a customs office whose name opens with "General", and a general named before a person
    body = "Imports rose, the General Administration of Customs said. General Mark Milley agreed."
    # When cleaning the names and finding institutions
    assert clean_name("the General Administration of Customs", organisation=True) == "General Administration of Customs"
    assert clean_name("General Mark Milley") == "Mark Milley"
    # Then the rule-found institution keeps its whole name
    assert [m.text for _, m in institution_names(body, frozenset())] == ["General Administration of Customs"]


def test_what_a_firm_makes_named_after_its_maker_is_a_thing() -> None:
    from worker.entities.filters import thing_people

    # Given a game named after its maker, and the maker itself
    body = "Quorix, the maker of Star Drift, cut jobs. Quorix said Star Drift sold well. Brightwell Games agreed."
    entities = [
        MergedEntity("Quorix", "ORG", 2, 0, False),
        MergedEntity("Star Drift", "ORG", 2, body.index("Star Drift"), False),
        MergedEntity("Brightwell Games", "ORG", 1, body.index("Brightwell"), False),
    ]
    # When dropping things
    kept = [e.text for e in thing_people(entities, body, frozenset())]
    # Then the game goes and the firms stay
    assert kept == ["Quorix", "Brightwell Games"]


def test_a_name_after_a_plural_work_noun_and_a_comma_is_no_title() -> None:
    # Given a firm named after "mobile games," (a clause's end) and a show named after "the sitcom"
    body = (
        "Quorix tightened its grip on mobile games, Brightfield Data figures show. She starred in the sitcom Halvard."
    )
    entities = [
        MergedEntity("Brightfield Data", "ORG", 1, body.index("Brightfield"), False),
        MergedEntity("Halvard", "ORG", 1, body.index("Halvard"), False),
    ]
    # When keeping the entities worth tagging
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    # Then the firm is kept and the show's title is not
    assert kept == ["Brightfield Data"]


def test_holidays_are_no_tags() -> None:
    body = "Shoppers spent more before Christmas and at Diwali, Jane Roe said, and Black Friday sales rose in Leeds."
    tagged = [("Christmas", "ORG"), ("Diwali", "GPE"), ("Jane Roe", "PERSON"), ("Black Friday", "ORG")]
    tagged.append(("Leeds", "GPE"))
    entities = [MergedEntity(text, label, 1, body.index(text), False) for text, label in tagged]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset({"leeds"}))]
    assert kept == ["Jane Roe", "Leeds"]


def test_a_storms_name_alone_is_the_storm() -> None:
    body = "Cyclone Alfred will cross the coast on Friday. Alfred has slowed, Jane Roe said in Brisbane."
    tagged = [("Alfred", "PERSON"), ("Jane Roe", "PERSON"), ("Brisbane", "GPE")]
    entities = [MergedEntity(text, label, 1, body.index(text, 10), False) for text, label in tagged]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset({"brisbane"}))]
    assert kept == ["Jane Roe", "Brisbane"]


def test_a_hyphenated_pair_of_two_peoples_surnames_is_both_of_them() -> None:
    # Given "Samuel Alito" and "Elizabeth Prelogar", then "the Alito-Prelogar exchanges", and a double-barrelled name
    body = "Samuel Alito met Elizabeth Prelogar. The Alito-Prelogar exchanges went on. Helena Bonham-Carter laughed."
    mentions = [
        Mention(name, "PERSON", body.index(name))
        for name in ("Samuel Alito", "Elizabeth Prelogar", "Alito-Prelogar", "Helena Bonham-Carter")
    ]
    # When splitting pairings
    found = split_pairings(mentions)
    # Then the pairing is a mention of each surname at its own offset; the double-barrelled name stays whole
    assert [(m.text, m.offset) for m in found] == [
        ("Samuel Alito", 0),
        ("Elizabeth Prelogar", body.index("Elizabeth")),
        ("Alito", body.index("Alito-")),
        ("Prelogar", body.index("Prelogar exchanges")),
        ("Helena Bonham-Carter", body.index("Helena")),
    ]


def test_a_span_the_model_runs_across_a_line_break_is_cut_at_it() -> None:
    # Given spans the model ran over the <br> breaks of a list of names ("Elliot Ackerman\nSaladin")
    ents = [("Elliot Ackerman\nSaladin", "PERSON", 10), ("Martin Amis\n", "PERSON", 40), ("Rutgers", "ORG", 60)]
    # When they are cut at lines
    # Then each line's part is a span of its own at its own offset; a trailing break is dropped
    assert split_at_lines(ents) == [
        ("Elliot Ackerman", "PERSON", 10),
        ("Saladin", "PERSON", 26),
        ("Martin Amis", "PERSON", 40),
        ("Rutgers", "ORG", 60),
    ]


def test_a_list_of_brands_the_model_ran_into_one_span_is_cut_into_its_items() -> None:
    # Given "works with Nest, Philips and SmartThings": the model's one span "Nest, Philips", and a three-item one
    text = "It works with Nest, Philips and SmartThings, and with Belkin, Wink, Insteon too."
    ents = [("Nest, Philips", "ORG", text.index("Nest")), ("Belkin, Wink, Insteon", "ORG", text.index("Belkin"))]
    # Then each brand is a span of its own, at its own offset
    assert split_comma_lists(ents) == [
        ("Nest", "ORG", text.index("Nest")),
        ("Philips", "ORG", text.index("Philips")),
        ("Belkin", "ORG", text.index("Belkin")),
        ("Wink", "ORG", text.index("Wink")),
        ("Insteon", "ORG", text.index("Insteon")),
    ]


@pytest.mark.parametrize(
    "span",
    [
        ("Paul, Weiss, Rifkind, Wharton & Garrison", "ORG", 0),  # a law firm's one name, joined by "&"
        ("Skadden, Arps, Slate, Meagher and Flom", "ORG", 0),
        ("Apple, Inc.", "ORG", 0),  # a legal form after the comma
        ("Martin Luther King, Jr.", "PERSON", 0),  # a name's suffix
        ("Paris, Texas", "GPE", 0),  # a place and its state
        ("Nest, the thermostat maker", "ORG", 0),  # a lower-case apposition
    ],
)
def test_a_name_with_a_comma_of_its_own_stays_whole(span: tuple[str, str, int]) -> None:
    assert split_comma_lists([span]) == [span]


def test_a_name_and_the_chinese_name_after_it_are_one_person() -> None:
    # Given Hong Kong's full form of a name, tagged as two people, and two people merely listed side by side
    text = "Chief Executive Carrie Lam Cheng Yuet-ngor met Tsai Ing-wen and Joshua Wong, Agnes Chow Ting on Monday."
    ents = [
        ("Carrie Lam", "PERSON", text.index("Carrie")),
        ("Cheng Yuet-ngor", "PERSON", text.index("Cheng")),
        ("Tsai Ing-wen", "PERSON", text.index("Tsai")),
        ("Joshua Wong", "PERSON", text.index("Joshua")),
        ("Agnes Chow Ting", "PERSON", text.index("Agnes")),
    ]
    # When joining Chinese names
    # Then the name and the Chinese name right after it are one; a comma or an "and" keeps people apart
    assert [name for name, _, _ in join_chinese_names(ents, text)] == [
        "Carrie Lam Cheng Yuet-ngor",
        "Tsai Ing-wen",
        "Joshua Wong",
        "Agnes Chow Ting",
    ]


def test_a_hyphenated_surname_ending_in_a_facility_word_is_a_person() -> None:
    # Given a person whose double-barrelled surname ends in a facility's word, beside a real bridge
    body = "Creator Phoebe Waller-Bridge accepted the award. Traffic on the Tower Bridge was slow."
    entities = [
        MergedEntity("Phoebe Waller-Bridge", "PERSON", 2, body.index("Phoebe"), False),
        MergedEntity("Tower Bridge", "ORG", 1, body.index("Tower"), False),
    ]
    # Then the person stays and the bridge goes
    assert [e.text for e in reader_tags(entities, _record(body), body, frozenset())] == ["Phoebe Waller-Bridge"]


def test_a_leader_named_before_an_administration_is_a_person() -> None:
    from worker.entities.filters import thing_people

    # Given a president met only as "the <name> administration" and a gadget met only after "the"
    body = "They served in the George W. Bush administration. I tested the Sage Bambino Plus for a week."
    people = [
        MergedEntity(name, "PERSON", 1, body.index(name), False) for name in ("George W. Bush", "Sage Bambino Plus")
    ]
    # Then the president stays a person and the gadget goes
    assert [e.text for e in thing_people(people, body, titled=frozenset())] == ["George W. Bush"]


def test_a_place_and_a_teams_plural_called_a_facility_is_a_team() -> None:
    from worker.entities.kinds import kinds_by_form

    # Given the model's facilities "the Miami Dolphins" (a team) and "the Uyuni Salt Flats" (written "salt flats"
    # in lower case elsewhere), and a facility with no place in it
    places = frozenset({"miami", "uyuni salt"})
    ents = [("the Miami Dolphins", "FAC", 0), ("the Uyuni Salt Flats", "FAC", 30), ("the Grand Towers", "FAC", 60)]
    kinds = kinds_by_form(ents, frozenset(), {"salt", "flats"}, places)
    # Then only the team is an organisation
    assert [label for _, label, _ in kinds] == ["ORG", "FAC", "FAC"]


def test_a_head_noun_standing_alone_is_no_tag() -> None:
    # Given a story that names bodies in full, then by their head noun alone, and one institution alone
    body = (
        "The Wessex University team worked with the Board of Health. The University said the Board would meet, "
        "the Coast would be closed and the Senate would vote."
    )
    names = [("Wessex University", "ORG"), ("Board of Health", "ORG"), ("University", "GPE"), ("Board", "ORG")]
    entities = [
        MergedEntity(t, lab, 1, body.index(t), False) for t, lab in [*names, ("Coast", "GPE"), ("Senate", "ORG")]
    ]
    kept = [e.text for e in reader_tags(entities, _record(body), body, frozenset())]
    assert kept == ["Wessex University", "Board of Health", "Senate"]


def test_a_schools_x_state_is_an_organisation_unless_x_is_a_known_place() -> None:
    from worker.entities.kinds import kinds_by_form

    places = frozenset({"boise", "kogi"})
    ents = [("Ferris State", "PERSON", 0), ("Grand Valley State", "GPE", 40), ("Boise State", "GPE", 80)]
    ents.append(("Kogi State", "GPE", 120))
    kinds = {name: label for name, label, _ in kinds_by_form(ents, frozenset(), set(), places)}
    assert kinds == {"Ferris State": "ORG", "Grand Valley State": "ORG", "Boise State": "GPE", "Kogi State": "GPE"}


def test_two_acronyms_joined_by_a_hyphen_are_an_organisation() -> None:
    from worker.entities.kinds import kinds_by_form

    ents = [("SAG-AFTRA", "PERSON", 0), ("AFL-CIO", "PERSON", 20), ("Jean-Luc", "PERSON", 40)]
    kinds = {name: label for name, label, _ in kinds_by_form(ents, frozenset(), set(), frozenset({"paris"}))}
    assert kinds == {"SAG-AFTRA": "ORG", "AFL-CIO": "ORG", "Jean-Luc": "PERSON"}


def test_a_state_or_province_abbreviation_after_a_town_qualifies_the_town() -> None:
    from worker.entities.kinds import stated_places

    # Given the agencies' "Town, Prov." style, with the model calling the abbreviations and a town anything
    text = "Crews in Red Deer, Alta., and Kingston, Ont., helped; Halifax, N.S., and Jo Reyes of Ont Labs did not."
    called = {"Red Deer": "PERSON", "Alta": "PERSON", "Kingston": "GPE", "Ont": "PERSON", "N.S.": "GPE"}
    ents = [(name, label, text.index(name)) for name, label in called.items()]
    ents.append(("Ont Labs", "ORG", text.index("Ont Labs")))
    # Then the town before an abbreviation is a place, the abbreviation no name of its own unless the model called
    # it a place, and a name merely starting with such letters elsewhere is left alone
    assert stated_places(ents, text) == [
        ("Red Deer", "GPE", text.index("Red Deer")),
        ("Kingston", "GPE", text.index("Kingston")),
        ("N.S.", "GPE", text.index("N.S.")),
        ("Ont Labs", "ORG", text.index("Ont Labs")),
    ]


def test_a_known_place_the_model_calls_a_group_is_a_place_where_the_text_locates_something_in_it() -> None:
    from worker.entities.kinds import kinds_by_form

    # Given Indian states the small model reads as groups, one of them with something put in it
    ents = [("Punjab", "NORP", 3), ("Kerala", "NORP", 40), ("Sikhs", "NORP", 60)]
    places = frozenset({"punjab", "kerala"})
    kinds = kinds_by_form(ents, frozenset(), set(), places, located=frozenset({"punjab"}))
    # Then the located one is a place; a place the text locates nothing in, and a people, stay groups
    assert kinds == [("Punjab", "GPE", 3), ("Kerala", "NORP", 40), ("Sikhs", "NORP", 60)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Bush", "the George W. Bush administration, the Bush-era, the Bushes era, a Bush years ago"),
        ("A B A", "A B A B A administration; A B A era"),
        (
            "Duty",
            "the maker of Call of Duty and the makers of the Duty's, developers of the Duty-free, creator of Duty",
        ),
        ("the Duty", "the developer of the Duty."),
        ("Obama", "xObama era, -Obama era, _Obama years, ’Obama era, Obama eras and Obama\nera"),
    ],
)
def test_the_per_name_searches_of_thing_people_are_the_patterns_they_replace(name: str, text: str) -> None:
    import re

    from worker.entities.filters import _LEADER_NOUNS, _MADE, _before_leader_noun, _made_by_firm
    from worker.entities.names import NO_WORD_AFTER

    # Given names written before leader nouns, after a maker, overlapping themselves, beside word characters
    leader = re.compile(rf"(?<![\w-]){re.escape(name)} (?:{_LEADER_NOUNS})\b")
    made = re.compile(rf"{_MADE.regex.pattern}{re.escape(name)}{NO_WORD_AFTER}")
    # Then the searches without a pattern per name find what the per-name patterns find, on every tail of the text
    for start in range(len(text)):
        assert _before_leader_noun(name, text[start:]) == (leader.search(text[start:]) is not None)
        assert _made_by_firm(name, text[start:]) == (made.search(text[start:]) is not None)


def test_a_named_division_is_a_place_under_its_whole_name() -> None:
    text = "In Lafayette Parish and St. Landry Parish, officials met. Jefferson County Sheriff's Office said so."
    model = [("Parish", "NORP", text.index("Parish")), ("Landry Parish", "PERSON", text.index("Landry"))]
    assert division_places(model, text, text) == [
        ("Lafayette Parish", "GPE", text.index("Lafayette")),
        ("St. Landry Parish", "GPE", text.index("St.")),
    ]


def test_a_parish_in_a_story_about_a_church_is_no_division() -> None:
    text = "Holy Family Parish and Nazareth Parish will merge, the Diocese of Buffalo said. Erie County agreed."
    assert division_places([], text, text) == [("Erie County", "GPE", text.index("Erie"))]


def test_a_plural_owners_possessive_is_split_when_the_text_names_the_owner_alone() -> None:
    # Given "the Canucks' American Hockey League affiliate" (the Canucks named alone too), and a union whose
    # possessive is its own
    body = "The Canucks fired him. The Canucks’ American Hockey League affiliate waits. Transport Workers' Union spoke."
    names = ["Canucks’ American Hockey League", "Transport Workers' Union"]
    found = split_owners([Mention(name, "ORG", body.index(name)) for name in names], body)
    # Then the owner and its league are two names; the union keeps its possessive
    assert [(m.text, m.label) for m in found] == [
        ("Canucks", "ORG"),
        ("American Hockey League", "ORG"),
        ("Transport Workers' Union", "ORG"),
    ]


def test_a_titled_persons_possessive_is_split_and_the_owner_is_a_person() -> None:
    # Given "Prime Minister Abiy Ahmed’s Prosperity Party", the only mention of him
    body = "Analysts said the move strengthened Prime Minister Abiy Ahmed’s Prosperity Party ahead of the vote."
    name = "Abiy Ahmed’s Prosperity Party"
    found = split_owners([Mention(name, "ORG", body.index(name))], body)
    assert [(m.text, m.label) for m in found] == [("Abiy Ahmed", "PERSON"), ("Prosperity Party", "ORG")]


def test_a_person_named_for_a_known_place_and_written_after_the_is_a_team() -> None:
    from worker.entities.filters import thing_people

    # Given "the Miami Heat" the model called a person, a film "the Long Tide" (Long a place too, and a common word)
    # and a stand "the Harvey Whittlesey" (Harvey a place too, and a given name)
    body = (
        "They beat the Miami Heat. It was a long night; the Long Tide won a prize. Fans in the Harvey Whittlesey sang."
    )
    names = ["Miami Heat", "Long Tide", "Harvey Whittlesey"]
    people = [MergedEntity(name, "PERSON", 1, body.index(name), False) for name in names]
    homes = (frozenset({"miami", "long", "harvey"}), frozenset({"long", "night"}), frozenset({"harvey"}))
    kept = thing_people(people, body, frozenset(), homes)
    # Then the team is an organisation; the film and the stand are things
    assert [(e.text, e.label) for e in kept] == [("Miami Heat", "ORG")]


def test_a_known_place_and_a_teams_plural_found_apart_are_one_team() -> None:
    from worker.entities.joins import join_found_teams

    # Given "San Antonio" (a place) and "Spurs" (a name found elsewhere) one space apart, and "South Africa" and
    # "Wales" found apart ("Wales" a place), and a place before a plural of its people
    body = "The San Antonio Spurs won. The Spurs were lucky. South Africa Wales tour. Ohio Ohioans voted."
    mentions = [
        Mention("San Antonio", "GPE", body.index("San")),
        Mention("Spurs", "ORG", body.index("Spurs")),
        Mention("Spurs", "ORG", body.index("Spurs were")),
        Mention("South Africa", "GPE", body.index("South")),
        Mention("Wales", "PERSON", body.index("Wales")),
        Mention("Ohio", "GPE", body.index("Ohio")),
        Mention("Ohioans", "PERSON", body.index("Ohioans")),
    ]
    places = frozenset({"san antonio", "south africa", "wales", "ohio"})
    joined = join_found_teams(mentions, body, places)
    # Then the team is one organisation at the place's offset; the other names stay as they were
    assert [(m.text, m.label, m.offset) for m in joined] == [
        ("San Antonio Spurs", "ORG", body.index("San")),
        ("Spurs", "ORG", body.index("Spurs were")),
        *((m.text, m.label, m.offset) for m in mentions[3:]),
    ]


def test_a_ships_name_is_no_entity() -> None:
    from worker.entities.drops import drop_vessels

    # Given ships the model tagged ("USS Higgins", "HMAS Choules" at a paragraph's start, "Sycamore" read without
    # its prefix), an island of a ship's name written alone, and a person sharing a ship's name
    body = (
        "The destroyer USS Higgins sailed on.\n\nHMAS Choules, a landing ship, and the MV Sycamore left. The days of "
        "storming Iwo Jima are gone; the USS Iwo Jima docked. Admiral Jane Higgins spoke."
    )
    names = [("USS Higgins", "PERSON"), ("HMAS Choules", "ORG"), ("Sycamore", "PERSON"), ("Iwo Jima", "GPE")]
    mentions = [Mention(text, label, body.index(text)) for text, label in names]  # type: ignore[arg-type]
    mentions.append(Mention("Jane Higgins", "PERSON", body.index("Jane Higgins")))
    # Then the ships go; the island (also written alone) and the person stay
    assert [m.text for m in drop_vessels(mentions, body)] == ["Iwo Jima", "Jane Higgins"]
