"""One entity under the other names a text gives it: "Washington, D.C." and "D.C.", "Amazon.com" and "Amazon"."""

from __future__ import annotations

import pytest
from support.records import article_record

from schemas.article import ArticleRecord
from worker.entities import EntityTagger
from worker.entities.aliases import domain_aliases
from worker.entities.institutions import institution_names
from worker.entities.joins import join_district
from worker.entities.merge import Mention, merge_mentions
from worker.entities.names import split_name


def _record(body: str, headline: str = "Engineers move their team") -> ArticleRecord:
    return article_record(body, headline, language="en")


def _labels(tagger: EntityTagger, record: ArticleRecord) -> dict[str, str]:
    """The record's entities, name to label."""
    return {e.text: e.label for e in tagger.annotate(record).entities}


def test_washington_dc_is_one_name() -> None:
    text = "working out of Washington, D.C., and Rick"
    ents = [("Washington", "GPE", 15), ("D.C.", "GPE", 27), ("Rick", "PERSON", 37)]
    assert join_district(ents, text) == [("Washington, D.C.", "GPE", 15), ("Rick", "PERSON", 37)]
    assert join_district([("Washington", "GPE", 0)], "Washington state") == [("Washington", "GPE", 0)]
    assert split_name("Washington, D.C.") == ["Washington, D.C."]
    assert split_name("Otto, Imperial College London") == ["Otto", "Imperial College London"]


def test_a_possessive_inside_a_name_keeps_it_whole() -> None:
    assert split_name("Mexico's Sinaloa") == ["Mexico", "Sinaloa"]
    assert split_name("Google’s Chrome") == ["Google", "Chrome"]
    assert split_name("People's Liberation Army") == ["People's Liberation Army"]
    assert split_name("Boston Children’s Hospital") == ["Boston Children’s Hospital"]
    assert split_name("St. Mary's College") == ["St. Mary's College"]
    assert split_name("Women's March, Google's Chrome") == ["Women's March", "Google", "Chrome"]
    assert split_name("Hawke's Bay") == ["Hawke's Bay"]  # a natural place's word alone after it: the place's own
    assert split_name("Martha’s Vineyard") == ["Martha’s Vineyard"]
    assert split_name("Britain's Bay Area Council") == ["Britain", "Bay Area Council"]


def test_washington_dc_and_dc_are_one_place(tagger: EntityTagger) -> None:
    body = (
        "Marissa Halpert, an engineer working out of Washington, D.C., and Rick Terrill, who leads engineers out "
        "of Texas, rebuilt the site. Halpert said D.C. winters are mild."
    )
    places = [e for e in tagger.annotate(_record(body)).entities if e.label in ("GPE", "LOC")]
    texts = [e.text for e in places]
    assert "Washington, D.C." in texts
    assert not {"Washington", "D.C."} & set(texts)


def test_a_company_by_its_web_address_is_the_company() -> None:
    mentions = [Mention("Amazon.com", "ORG", 10), Mention("Amazon", "ORG", 40), Mention("Booking.com", "ORG", 80)]
    assert domain_aliases(mentions) == {"amazoncom": "amazon", "bookingcom": "booking"}


def test_amazon_com_folds_into_amazon(tagger: EntityTagger) -> None:
    body = (
        "A court ruled that Amazon.com must answer for a laptop battery sold by a third party. Amazon said it "
        "would appeal. Angela Bolger, who bought the battery, was burned. Amazon has lost before."
    )
    texts = [e.text for e in tagger.annotate(_record(body, "Amazon liable for products")).entities]
    assert "Amazon" in texts
    assert "Amazon.com" not in texts


def test_an_office_named_after_its_official_is_an_organisation() -> None:
    body = (
        "The Dallas County District Attorney's Office charged him. The Christian County Sheriff's Office agreed. "
        "The attorney's office said little, and Tom Smith's Office was loud."
    )
    found = [m.text for _, m in institution_names(body, frozenset({"dallas"}))]
    assert "Dallas County District Attorney's Office" in found
    assert "Christian County Sheriff's Office" in found
    assert not any("Smith's Office" in t for t in found)


def test_institutions_named_with_and_head_first_or_with_what_they_are_of() -> None:
    body = (
        "The Food and Drug Administration approved it, and the Securities and Exchange Commission did not. The "
        "Public Health Agency of Sweden agreed with the University of Aberdeen and the Kiel Institute for the World "
        "Economy. The 4th District Court of Appeal ruled. Department of Education Secretary Miguel Cardona spoke, "
        "as did Microsoft and Stanford University."
    )
    found = [m.text for _, m in institution_names(body, frozenset())]
    assert found == [
        "Public Health Agency of Sweden",
        "University of Aberdeen",
        "Kiel Institute for the World Economy",
        "4th District Court of Appeal",
        "Department of Education",  # a title ends what it is of
        "Stanford University",  # "and" joins an institution's words only after "the"
        "Food and Drug Administration",
        "Securities and Exchange Commission",
    ]


def test_institution_ends_at_a_dash_typed_as_two_hyphens() -> None:
    body = (
        "Read more from the Environmental Working Group and the American Academy of Pediatrics--and my friends "
        "agree. The Anglo-American Academy of Arts said so."
    )
    found = [m.text for _, m in institution_names(body, frozenset())]
    assert "American Academy of Pediatrics" in found
    assert "Anglo-American Academy of Arts" in found  # a hyphen inside a word still joins it
    assert not any("--" in text for text in found)


def test_institutions_whose_of_names_a_list() -> None:
    body = (
        "The Department of Housing, Local Government and Heritage said the National Union of Rail, Maritime and "
        "Transport Workers agreed. The Department of Health and Social Care paid the National Gas Company of "
        "Trinidad and Tobago. Staff from the Department of Justice, FBI and CIA met at the University of Oxford and "
        "Cambridge University."
    )
    found = [m.text for _, m in institution_names(body, frozenset())]
    assert found[:4] == [
        "Department of Housing, Local Government and Heritage",
        "National Union of Rail, Maritime and Transport Workers",
        "Department of Health and Social Care",
        "National Gas Company of Trinidad and Tobago",
    ]
    # a list of bodies is no one name: an acronym or an institution among the items
    assert "Department of Justice" in found and "University of Oxford" in found
    assert not any("FBI" in name or "Oxford and" in name for name in found)


def test_a_persons_name_before_an_institutions_of_is_not_part_of_it() -> None:
    body = (
        "The astronaut Jeremy Hansen of the Canadian Space Agency and Commissioner Jane Doe of the Federal Trade "
        "Commission met the Court of Justice of the European Union."
    )
    found = [m.text for _, m in institution_names(body, frozenset())]
    assert found == ["Canadian Space Agency", "Federal Trade Commission", "Court of Justice of the European Union"]


def test_a_titled_person_whose_given_name_no_list_knows_is_not_part_of_an_institution() -> None:
    # the match starts after a long title ("Warrant Officer"); the given name "Thabo" is on no name list
    body = (
        "The investigating officer, Warrant Officer Thabo Mokoena of the South African Police Service Anti-Gang "
        "Unit, testified. Katherine Maher, Executive Director of the Wikimedia Foundation, spoke. Riverside "
        "Campus of the Lahn University opened."
    )
    found = [m.text for _, m in institution_names(body, frozenset())]
    assert found == [
        "South African Police Service Anti-Gang Unit",
        "Wikimedia Foundation",
        "Riverside Campus of the Lahn University",
    ]


def test_an_agencys_attributive_us_is_no_part_of_its_name() -> None:
    from worker.entities.mentions import without_country_adjective

    assert without_country_adjective("U.S. Food and Drug Administration") == "Food and Drug Administration"
    assert without_country_adjective("United States Drug Enforcement Agency") == "Drug Enforcement Agency"
    assert without_country_adjective("US Bankruptcy Court") == "US Bankruptcy Court"  # a court's name keeps it
    # a national association's too
    assert without_country_adjective("United States Tennis Association") == "United States Tennis Association"
    assert without_country_adjective("US Steel") == "US Steel"  # one word after it: the company's own name
    assert without_country_adjective("U.S. Open Championship") == "U.S. Open Championship"  # no institution
    body = "Staff from the United States Drug Enforcement Agency and Sudan's Rapid Support Forces met."
    assert [m.text for _, m in institution_names(body, frozenset({"sudan"}))] == [
        "Drug Enforcement Agency",
        "Rapid Support Forces",
    ]


def test_what_follows_a_company_form_with_of_is_no_part_of_its_name() -> None:
    found = [
        m.text for _, m in institution_names("A deal with Prairie Crest Transmission Ltd of Calgary.", frozenset())
    ]
    assert found == ["Prairie Crest Transmission Ltd"]


def test_a_league_is_an_institution() -> None:
    body = "Brighton climbed into the Premier League's top four. The Anti-Defamation League said so. A league table."
    assert [m.text for _, m in institution_names(body, frozenset())] == ["Premier League", "Anti-Defamation League"]


def test_an_institution_joined_by_and_keeps_what_it_is_of() -> None:
    body = "Funding came from the Natural Sciences and Engineering Research Council of Canada and others."
    assert [m.text for _, m in institution_names(body, frozenset())] == [
        "Natural Sciences and Engineering Research Council of Canada"
    ]


def test_an_institution_for_a_cause_keeps_its_article() -> None:
    # Given a committee named for a cause with "an" ("National Committee for an Effective Congress")
    body = "Tom Bonier of the National Committee for an Effective Congress said the maps would change."
    found = [m.text for _, m in institution_names(body, frozenset())]
    # Then the whole name is one institution
    assert found == ["National Committee for an Effective Congress"]


def test_a_bank_of_somewhere_is_one_institution() -> None:
    # Given a reserve bank named for its city, a governor after the Bank of England, and the West Bank
    body = (
        "Thomas Hoenig, president of the Federal Reserve Bank of Kansas City, spoke. "
        "Bank of England Governor Andrew Bailey agreed. Israel took the West Bank in 1967."
    )
    found = [m.text for _, m in institution_names(body, frozenset())]
    # Then each bank is one name, without the governor's title; the West Bank is no bank
    assert found == ["Federal Reserve Bank of Kansas City", "Bank of England"]


def test_an_institution_opening_a_sentence_keeps_its_name_adjective() -> None:
    # Given "Federal Reserve Bank of Kansas City" opening a sentence where "federal" is also written in lower case,
    # and "Later the Democratic Party" where "later" is
    body = (
        "The federal budget grew. Federal Reserve Bank of Kansas City President Thomas Hoenig spoke. "
        "It ended later. Later the Democratic Party met."
    )
    found = [m.text for _, m in institution_names(body, frozenset())]
    # Then the bank keeps "Federal", and the party loses "Later"
    assert sorted(found) == ["Democratic Party", "Federal Reserve Bank of Kansas City"]


def test_a_role_before_an_institutions_of_is_no_part_of_its_name() -> None:
    # Given "Executive Director of the Wikimedia Foundation" and "President of the European Commission"
    body = (
        "Katherine Maher, Executive Director of the Wikimedia Foundation, said so. "
        "President of the European Commission Ursula von der Leyen agreed with the University of Aberdeen."
    )
    found = sorted(m.text for _, m in institution_names(body, frozenset()))
    # Then the institutions are named without the roles; "University of Aberdeen" keeps its "of"
    assert found == ["European Commission", "University of Aberdeen", "Wikimedia Foundation"]


def test_a_dropped_kind_with_a_natural_places_or_a_persons_form_is_kept() -> None:
    from worker.entities.kinds import kinds_by_form

    # Given facilities and works the small model tagged, some of them by their form a lake region or a person
    given = frozenset({"marta", "lincoln", "victoria"})
    ents = [
        ("the Northern Lakes", "FAC", 0),
        ("Marta Kowalczyk", "WORK_OF_ART", 30),
        ("Lincoln Center", "FAC", 60),
        ("Victoria Park", "FAC", 80),
        ("Marta Pillows", "WORK_OF_ART", 100),
        ("Riverside Arena", "FAC", 120),
        ("Marta Kowalczyk", "PERSON", 140),
    ]
    out = kinds_by_form(ents, given, {"pillows"})
    # Then the lakes are a place and the given name with a surname a person; venues and things stay as tagged
    assert [label for _, label, _ in out] == ["LOC", "PERSON", "FAC", "FAC", "WORK_OF_ART", "FAC", "PERSON"]


def test_a_known_place_a_title_case_headline_puts_something_in_is_kept() -> None:
    from worker.entities.title_case import drop_title_case_only

    # Given a Title Case headline naming a place after "In" and a capitalised word, neither met in the body
    headline = "A Night Of Jazz In Lisbon With Friends"
    body = "The band played until late, and the crowd stayed for every song."
    mentions = [Mention("Lisbon", "GPE", None, True), Mention("Jazz", "ORG", None, True)]
    kept = drop_title_case_only(mentions, headline, body, frozenset({"lisbon"}))
    # Then the place stays, the capitalised word found only in Title Case does not
    assert [m.text for m in kept] == ["Lisbon"]


def test_a_sentence_case_headlines_first_word_is_no_name_unless_the_body_names_it() -> None:
    from worker.entities.title_case import drop_title_case_only

    # Given sentence-case headlines whose first word the model tags, once a common noun, once a company the body names
    body = "Harbor Robotics said on Tuesday that its sales rose. Analysts expect more."
    tech = [Mention("Tech", "ORG", None, True), Mention("Harbor Robotics", "ORG", 0)]
    harbor = [Mention("Harbor", "ORG", None, True), Mention("Harbor", "ORG", 0)]
    # Then the common noun capitalised only as the headline's first word is dropped; the company stays
    assert [m.text for m in drop_title_case_only(tech, "Tech giants report record sales", body)] == ["Harbor Robotics"]
    assert drop_title_case_only(harbor, "Harbor reports record sales", body) == harbor


def test_one_word_of_joined_capitalised_parts_defined_by_its_capitals_is_a_name() -> None:
    from worker.entities.institutions import defined_names

    # Given a project written as one word of joined parts, with the acronym its capitals spell, and one that does not
    body = "Like many wikis, BrightTrailHub (BTH) is open. So is SunDial (SUN), they say."
    found = [(m.text, m.label) for _, m in defined_names(body, frozenset())]
    # Then the first is an organisation the text names; the other is no definition
    assert found == [("BrightTrailHub", "ORG")]


def test_a_name_defined_by_its_initials_opens_after_the_and_is_an_organisation_though_it_starts_as_a_person() -> None:
    from worker.entities.gazetteer import country_keys, given_names, place_keys
    from worker.entities.institutions import defined_names

    # Given a sentence opening "The X (X's initials)", X beginning with a given name ("Christian")
    body = "The Christian Democratic Appeal (CDA) lost seats. The British Virgin Islands (BVI) voted. The CDA said so."
    places = place_keys()
    found = [m for _, m in defined_names(body, places)]
    # Then the name is without "The"; an organisation is named so on the text's own evidence, a place stays a place
    assert [(m.text, m.label, m.source) for m in found] == [
        ("Christian Democratic Appeal", "ORG", "cue"),
        ("British Virgin Islands", "GPE", "model"),
    ]
    merged = merge_mentions(found, places=places, countries=country_keys(), given=given_names())
    assert {e.text: e.label for e in merged} == {"Christian Democratic Appeal": "ORG", "British Virgin Islands": "GPE"}


def test_a_person_with_a_word_written_as_a_brand_is_an_organisation() -> None:
    from worker.entities.kinds import kinds_by_form

    # Given "people" the small model tagged: brands with a capital inside, and people whose surname has a particle
    names = ["Orbitix", "SpaceQ", "DriveNet", "BrightLoop Labs", "Ron DeSantis", "Ryan McDonald", "LeBron James",
             "Douglas MacArthur", "Leonardo DiCaprio", "Jean-Pierre Ndiaye"]  # fmt: skip
    out = kinds_by_form([(name, "PERSON", 0) for name in names], frozenset(), set())
    # Then only the brand-written names are organisations
    assert [label for _, label, _ in out] == ["PERSON", "ORG", "ORG", "ORG", *["PERSON"] * 6]


def test_a_person_ending_in_a_companys_legal_form_is_an_organisation() -> None:
    from worker.entities.kinds import kinds_by_form

    # Given "people" the small model tagged: names ending in a legal form, and people ending in look-alike words
    names = ["Kestrel Pay BV", "Nordlys Kraft ASA", "Acme Holdings Ltd.", "Enel SpA", "Ana Sa", "Jorge Sas"]
    out = kinds_by_form([(name, "PERSON", 0) for name in names], frozenset(), set())
    # Then only the companies are organisations (legal forms are matched as companies write them)
    assert [label for _, label, _ in out] == ["ORG", "ORG", "ORG", "ORG", "PERSON", "PERSON"]


def test_a_legal_form_outvotes_the_models_person_label_across_mentions(tagger: EntityTagger) -> None:
    # Given a firm the headline names without its legal form (the model's PERSON) and the body with it
    record = _record(
        "The European Commission on Tuesday fined Kestrel Pay BV €380 million for abusing its dominant position in "
        "online payments. Kestrel Pay said it would appeal.",
        headline="Brussels fines Kestrel Pay for squeezing rival wallets",
    )
    labels = _labels(tagger, record)
    # Then the firm is one organisation
    assert labels.get("Kestrel Pay BV") == "ORG"


def test_a_place_of_a_persons_form_that_no_gazetteer_knows_is_a_person() -> None:
    from worker.entities.kinds import kinds_by_form

    # Given "places" the small model tagged: two people named like towns, a region, a ridge and a known town
    names = ["Sal Restrepo", "Jordan Weeks", "the Ashanti Region", "Bay Ridge", "Monte Albán", "Jordan Springs"]
    given = frozenset({"sal", "jordan", "ashanti", "bay", "monte"})
    places = frozenset({"restrepo", "jordan springs"})
    out = kinds_by_form([(name, "GPE", 0) for name in names], given, set(), places)
    # Then only the people are persons
    assert [label for _, label, _ in out] == ["PERSON", "PERSON", "GPE", "GPE", "GPE", "GPE"]


def test_a_person_the_text_writes_with_which_or_a_role_at_it_is_a_firm(tagger: EntityTagger) -> None:
    # Given firms named like people, the model's PERSON: one with a relative "which", one a partner works "at"
    novo = _record(
        "The pill competes with Novo Nordisk's Wegovy. Novo Nordisk, which won approval for a pill last month, cut "
        "prices. Analysts expect a price war.",
        headline="FDA approves pill",
    )
    fund = _record(
        "The round was led by Andreessen Horowitz. Jules Ferrand, a partner at Andreessen Horowitz, said the "
        "software was promising. Jane Smith said it was a good deal.",
        headline="Start-up raises funds",
    )
    labels = {e.text: e.label for record in (novo, fund) for e in tagger.annotate(record).entities}
    # Then both are organisations; the people stay people ("said it was" is no evidence)
    assert labels == {
        "Novo Nordisk": "ORG",
        "Andreessen Horowitz": "ORG",
        "Jules Ferrand": "PERSON",
        "Jane Smith": "PERSON",
    }


def test_impersonal_names() -> None:
    from worker.entities.company_cues import impersonal_names

    body = (
        "Halvorsen, which is based in Minneapolis, said so. An analyst at Peel Hunt agreed. He thanked Jane Doe, which "
        "he said mattered. Mary Poe said it was fine."
    )
    assert impersonal_names(body) == frozenset({"halvorsen", "peel hunt"})


def test_a_person_named_with_an_administrative_kind_that_the_text_puts_things_in_is_a_place(
    tagger: EntityTagger,
) -> None:
    # Given a township the model calls a person, with homes "in" it
    record = _record(
        "The board voted 8-3 to extend water lines to about 600 homes in Cooper Township whose private wells are "
        "contaminated. Residents of Cooper Township welcomed it.",
        headline="Board votes on water",
    )
    labels = _labels(tagger, record)
    # Then it is a place
    assert labels == {"Cooper Township": "GPE"}


def test_a_person_whose_surname_is_a_town_is_a_person_when_the_text_writes_it_alone_with_who(
    tagger: EntityTagger,
) -> None:
    # Given a footballer the model calls an organisation, whose surname is also a town's name ("Young", NSW)
    record = _record(
        "Callum Young headed an 88th-minute winner as Leeds United came from behind to beat Brighton on Saturday.\n"
        "Young, a 22-year-old academy graduate who grew up in Wakefield, then rose highest to meet a corner.",
        headline="Leeds beat Brighton 2-1",
    )
    labels = _labels(tagger, record)
    # Then he is a person
    assert labels["Callum Young"] == "PERSON"


def test_pronouned_words_take_who_too() -> None:
    from worker.entities.cues import pronouned_words

    body = "Young, a 22-year-old graduate who grew up nearby, scored. Ortega said he was pleased. Apple rose."
    assert pronouned_words(body) == frozenset({"young", "ortega"})


def test_the_surname_of_a_full_name_that_who_follows_is_a_surname() -> None:
    from worker.entities.cues import pronouned_words

    # Given full names followed by ", who" (MacLeod is also a place's name), and a firm followed by ", which"
    body = (
        "Calum MacLeod, who runs a bed and breakfast, said so. Jim O'Brien, who left, agreed. "
        "Morgan Stanley, which sold its stake, declined."
    )
    # Then their surnames are surname evidence; the firm's last word is not
    assert pronouned_words(body) == frozenset({"macleod", "o'brien"})


def test_placed_names_by_a_natural_place_noun_or_a_side() -> None:
    from worker.entities.cues import placed_names

    text = (
        "Fires burned across the Amazon basin and in the western Sahel. A tributary of the Mekong ran dry. The "
        "northern Alliance of Sahel States met. Google Maps changed."
    )
    assert placed_names(text) == frozenset({"amazon", "sahel", "mekong"})


def test_a_listed_platforms_name_written_as_a_region_is_a_place(tagger: EntityTagger) -> None:
    # Given "the Amazon" (also a company the outlet list knows) written as a region by its side and its river
    record = _record(
        "Deforestation in the Brazilian Amazon fell 11 per cent in the 12 months to July. Satellites detected "
        "clearing across the Amazon. Fires burned in the western Amazon, and a tributary of the Amazon ran dry.",
        headline="Deforestation falls",
    )
    labels = _labels(tagger, record)
    # Then it is a place
    assert labels == {"Amazon": "GPE"}


def test_a_state_of_the_past_is_a_known_place(tagger: EntityTagger) -> None:
    # Given Persia, which the model calls an organisation, beside countries of today
    record = _record("The game spread from Persia to India and later reached England.", headline="Polo history")
    labels = _labels(tagger, record)
    # Then it is a place like them
    assert labels == {"Persia": "GPE", "India": "GPE", "England": "GPE"}


def test_a_long_name_the_model_cut_in_two_is_one_name() -> None:
    from worker.entities.joins import join_adjacent_people

    text = "said Mohd Faizal Abdul Rahman, 46. Menteri Besar Datuk Osman Sapian spoke, and Ana Lopez, Tom Reed came."
    ents = [
        ("Mohd Faizal", "PERSON", 5),
        ("Abdul Rahman", "PERSON", 17),
        ("Menteri Besar Datuk", "PERSON", 35),
        ("Osman Sapian", "PERSON", 55),
        ("Ana Lopez", "PERSON", text.index("Ana")),
        ("Tom Reed", "PERSON", text.index("Tom")),
    ]
    # Two spans one space apart are one name; a title ending the first is no part of a name, a comma parts people
    assert [name for name, _, _ in join_adjacent_people(ents, text)] == [
        "Mohd Faizal Abdul Rahman",
        "Menteri Besar Datuk",
        "Osman Sapian",
        "Ana Lopez",
        "Tom Reed",
    ]


def test_a_given_name_the_model_left_before_a_name_joins_it() -> None:
    from worker.entities.gazetteer import given_names
    from worker.entities.surnames import with_given_name_before

    given = given_names()
    text = "Among them was Dr Siti Aminah Yusof, 31. Maria Lopez spoke. Sales rose. Grace Lee agreed."
    ents = [
        ("Aminah Yusof", "PERSON", text.index("Aminah")),
        ("Lopez", "PERSON", text.index("Lopez")),
        ("Lee", "PERSON", text.index("Lee")),
    ]
    # "Siti" is a given name after a title; "Maria" and "Grace" open their sentences: they are left as they are
    assert [name for name, _, _ in with_given_name_before(ents, text, given)] == ["Siti Aminah Yusof", "Lopez", "Lee"]
    assert {"mohd", "md", "siti"} <= given


def test_an_organisations_syllable_acronym_in_brackets_is_its_other_name(tagger: EntityTagger) -> None:
    from worker.entities.aliases import bracket_aliases

    body = "The Commission on Elections (Comelec) filed a case. Jane Doe (Labor) spoke, and Comelec ruled."
    mentions = [Mention("Commission on Elections", "ORG", 4), Mention("Jane Doe", "PERSON", body.index("Jane"))]
    # "Comelec" runs through "Commission on Elections"; a party after a person is no other name of hers
    assert bracket_aliases(mentions, body) == {"comelec": "commission on elections"}
    labels = _labels(tagger, _record(body, headline="Comelec files a vote-buying case"))
    assert labels.get("Commission on Elections") == "ORG"
    assert "Comelec" not in labels


def test_a_surname_the_model_left_after_a_name_joins_it() -> None:
    from worker.entities.surnames import with_surname_after

    text = (
        "Lady Justice Harriet Nalubega Mugenyi said so. Judge Ana Lopez Madrid ruled. Nixon’s Memoirs sold. "
        "Tom Reed Is Back."
    )
    ents = [
        ("Harriet Nalubega", "PERSON", text.index("Harriet")),
        ("Mugenyi", "GPE", text.index("Mugenyi")),
        ("Ana Lopez", "PERSON", text.index("Ana")),
        ("Boycott Nixon’s", "PERSON", text.index("Nixon") - 8),
        ("Tom Reed", "PERSON", text.index("Tom")),
    ]
    # A surname no gazetteer knows joins; a known place, a word the text writes in lower case or after a possessive
    # does not
    assert [name for name, _, _ in with_surname_after(ents, text, frozenset({"madrid"}), {"is"})] == [
        "Harriet Nalubega Mugenyi",
        "Ana Lopez",
        "Boycott Nixon’s",
        "Tom Reed",
    ]


def test_a_surname_with_an_apostrophe_inside_joins_a_one_word_name() -> None:
    from worker.entities.surnames import with_surname_after

    text = "Secretary Njuguna Ndung'u said so; Wanjiru Kang’ethe agreed. Otieno Ruto's plan and Achieng Mbeki won."
    ents = [(name, "PERSON", text.index(name)) for name in ("Njuguna", "Wanjiru", "Otieno", "Achieng")]
    # Then a surname the tokenizer keeps whole with its apostrophe joins; a possessive or a plain word does not
    assert [name for name, _, _ in with_surname_after(ents, text, frozenset(), set())] == [
        "Njuguna Ndung'u",
        "Wanjiru Kang’ethe",
        "Otieno",
        "Achieng",
    ]


def test_a_surname_joins_a_hyphenated_double_given_name() -> None:
    from worker.entities.surnames import with_surname_after

    text = "Janowicz upset Jo-Wilfried Tsonga, and Jean-Pierre said the Smith-Jones family agreed."
    ents = [(name, "PERSON", text.index(name)) for name in ("Jo-Wilfried", "Jean-Pierre", "Smith-Jones")]
    assert [name for name, _, _ in with_surname_after(ents, text, frozenset(), set())] == [
        "Jo-Wilfried Tsonga",
        "Jean-Pierre",  # a lower-case word after it: no surname
        "Smith-Jones",
    ]


def test_a_given_name_after_a_title_abbreviation_or_with_accents_joins_the_name() -> None:
    from worker.entities.gazetteer import given_names
    from worker.entities.surnames import with_given_name_before

    text = "Karabulut’s lawyer, Av. Mehmet Can Yıldırım, said so. Labour Minister Héctor Daniel Sosa agreed."
    ents = [("Can Yıldırım", "PERSON", text.index("Can")), ("Daniel Sosa", "PERSON", text.index("Daniel"))]
    found = [name for name, _, _ in with_given_name_before(ents, text, given_names())]
    assert found == ["Mehmet Can Yıldırım", "Héctor Daniel Sosa"]


def test_a_surname_the_model_read_as_an_organisation_after_a_given_name() -> None:
    from worker.entities.gazetteer import given_names, place_keys
    from worker.entities.surnames import with_given_name_before

    given, places = given_names(), place_keys()
    text = (
        "An inquest into Eloise Parry’s death opened. Critics of Jordan Group spoke, and so did fans of Paris Texas "
        "and customers of Austin Energy, who pay more for energy."
    )
    ents = [(word, "ORG", text.index(word)) for word in ("Parry", "Group", "Texas", "Energy")]
    # "Parry" after the given name "Eloise" is her surname; "Group" heads organisations, "Texas" is a place and
    # "energy" a word the text writes in lower case
    assert with_given_name_before(ents, text, given, places, {"energy", "pay", "more"}) == [
        ("Eloise Parry", "PERSON", text.index("Eloise")),
        ("Group", "ORG", text.index("Group")),
        ("Texas", "ORG", text.index("Texas")),
        ("Energy", "ORG", text.index("Energy")),
    ]


def test_a_warden_is_a_title(tagger: EntityTagger) -> None:
    body = (
        "The rodeo was started by inmates in 1965. Warden Burl Cain, 72, has run the prison since 1995, and he says "
        "the rodeo pays for its chapels."
    )
    labels = _labels(tagger, _record(body, headline="Inside the prison rodeo"))
    # The title goes: the name is "Burl Cain", as "Sheriff" or "Chaplain" would go
    assert "Burl Cain" in labels
    assert "Warden Burl Cain" not in labels


def test_an_arabic_article_is_no_given_name() -> None:
    from worker.entities.gazetteer import country_keys, given_names, place_keys

    def label(text: str) -> str:
        merged = merge_mentions(
            [Mention(text, "ORG", 100), Mention(text, "ORG", 900)],
            places=place_keys(),
            countries=country_keys(),
            given=given_names(),
        )
        return merged[0].label

    # "al-Qaeda" and "Al-Shabaab" open with the article "al", not the given name "Al": the model's ORG stands
    assert label("al-Qaeda") == "ORG"
    assert label("Al-Shabaab") == "ORG"
    # a given name and a surname the model called an organisation still read as a person
    assert label("Alan Sharpe") == "PERSON"


def test_a_which_about_the_whole_clause_is_no_evidence_of_a_firm() -> None:
    from worker.entities.company_cues import impersonal_names

    body = (
        "The team is being reshaped by Dave Dombrowski, which is what fans expected. It runs on Korvex, which means "
        "fewer platforms. Halvorsen, which is based in Oslo, agreed."
    )
    assert impersonal_names(body) == frozenset({"halvorsen"})


def test_the_headlines_first_word_is_cut_from_a_name_the_body_never_writes_with_it() -> None:
    from worker.entities.title_case import headline_openers

    body = "The Giants lost again. Will Smith, the actor, watched; Smith said the Giants would recover."
    found = [
        Mention("Can Giants", "ORG", None, True, "model"),
        Mention("Giants", "ORG", 4, False, "model"),
    ]
    assert [m.text for m in headline_openers(found, "Can Giants recover in 2nd half?", body)] == ["Giants", "Giants"]
    smith = [Mention("Will Smith", "PERSON", None, True, "model")]
    assert [m.text for m in headline_openers(smith, "Will Smith sings again", body)] == ["Will Smith"]
    assert headline_openers(found[1:], "Can Giants recover?", body) == found[1:]  # only headline mentions


def test_a_lone_country_the_model_calls_a_person_is_the_country() -> None:
    from worker.entities.kinds import kinds_by_form

    ents = [("Mali", "PERSON", 0), ("Jordan", "PERSON", 10), ("Kenya", "PERSON", 20), ("Paul Jordan", "PERSON", 30)]
    given = frozenset({"jordan", "kenya", "paul"})
    nations = frozenset({"mali", "jordan", "kenya"})
    out = {
        name: label
        for name, label, _ in kinds_by_form(ents, given, set(), nations=nations, located=frozenset({"kenya"}))
    }
    assert out["Mali"] == "GPE"  # no one is called Mali
    assert out["Kenya"] == "GPE"  # a given name too, but the text puts something in it ("troops in Kenya")
    assert out["Jordan"] == "PERSON"  # "Jordan" alone may be Paul Jordan
    assert out["Paul Jordan"] == "PERSON"


def test_a_firm_whose_shares_move_or_that_a_company_noun_closes_as_speaker_is_an_organisation(
    tagger: EntityTagger,
) -> None:
    # Given firms the model calls people or leaves untagged: shares that rise, a company noun in apposition, and
    # "..., the retailer said" closing a sentence the firm opens
    record = _record(
        "SK Hynix shares rose 3 percent after the chipmaker reported record profit. Fonterra, the dairy cooperative, "
        "cut its forecast. Best Buy will close 15 stores, the retailer said on Tuesday.\n\n"
        "Elon Musk will step down as chief executive, the company said. Priya Raman shares her recipe in a new book.",
        headline="Markets wrap",
    )
    labels = _labels(tagger, record)
    # Then all three are organisations; people opening such sentences, or sharing a recipe, stay people
    assert {name: labels.get(name) for name in ("SK Hynix", "Fonterra", "Best Buy")} == dict.fromkeys(
        ("SK Hynix", "Fonterra", "Best Buy"), "ORG"
    )
    assert labels["Elon Musk"] == "PERSON" and labels["Priya Raman"] == "PERSON"


def test_said_companies() -> None:
    from worker.entities.company_cues import said_companies

    body = (
        "Marlow Keane will cut 200 jobs, the company said in a statement. In March, sales fell, the firm said.\n"
        "Altavia will lead the deal, the bank added. The plan was approved by regulators, a spokesman said."
    )
    assert said_companies(body) == {"marlow keane", "altavia"}


def test_two_countries_joined_by_a_dash_are_two_places(tagger: EntityTagger) -> None:
    # Given country pairs the model reads as one name ("U.S.-China") or whose second half it drops ("-Pakistan")
    record = _record(
        "Negotiators met in Geneva on Monday as U.S.-China trade tensions deepened. Officials said the India-Pakistan "
        "border dispute and Russia-Ukraine peace talks were also discussed. Guinea-Bissau sent an envoy.",
        headline="Talks stall",
    )
    labels = _labels(tagger, record)
    # Then each country is its own place; a country whose own name holds a dash stays whole
    assert {name: labels.get(name) for name in ("U.S.", "China", "India", "Pakistan")} == dict.fromkeys(
        ("U.S.", "China", "India", "Pakistan"), "GPE"
    )
    assert "U.S.-China" not in labels and "Bissau" not in labels


def test_a_racing_team_is_an_organisation_and_a_drive_is_no_tag(tagger: EntityTagger) -> None:
    # Given a team named "... Racing" and a street named "... Drive", both voted people by the model
    record = _record(
        "Crowds returned to Bourbon Street on Saturday. Police closed Churchill Drive after a crash. Climbers were "
        "rescued on Sunday.\n\nThe Chennai Super Kings beat the Rajasthan Royals by six wickets. Chip Ganassi Racing "
        "and Arrow McLaren topped the practice times.",
        headline="Crowds return to New Orleans",
    )
    labels = _labels(tagger, record)
    # Then the team is an organisation and the street is no person (a facility, which the labelling rule leaves out)
    assert labels.get("Chip Ganassi Racing") == "ORG"
    assert "Churchill Drive" not in labels and labels.get("Chennai Super Kings") == "ORG"


def test_a_name_opening_with_a_sports_clubs_word_is_an_organisation(tagger: EntityTagger) -> None:
    # Given a club named "Dinamo ...", which the model calls a person
    record = _record(
        "Dinamo Sassari beat Olimpia Milano 88-80 on Sunday night, and the home crowd stayed on its feet for the "
        "whole of the last quarter. Sporting Lisbon and Borussia Dortmund drew 1-1 in the other game of the evening, "
        "while Real Madrid beat Inter Milan.\n\nCoach Piero Bucchi praised his players after the game. Sassari have "
        "won four in a row and are now second in the table.",
        headline="Sassari stun Milan in the league",
    )
    labels = _labels(tagger, record)
    # Then it is an organisation, like the other clubs; the coach stays a person
    assert labels["Dinamo Sassari"] == "ORG" and labels["Sporting Lisbon"] == "ORG"
    assert labels["Piero Bucchi"] == "PERSON"


def test_a_researcher_and_the_institution_they_are_of_are_two_names(tagger: EntityTagger) -> None:
    # Given people with a hyphenated given name or a particle before their surname, "of" an institution that follows
    # its country's possessive (the institution rule used to read each whole run as one organisation)
    record = _record(
        '"This is a big step," said Hans-Thomas Janka of Germany\'s Max Planck Institute for Astrophysics, who was not '
        "involved in the work. The study was led by Joost van Hoof of the Netherlands' Fontys University of Applied "
        "Sciences.\n\nJanka said more simulations were needed. The Bank of America and the University of Oslo "
        "funded the project, and the Texas Medical Board of Examiners approved it.",
        headline="Supernova models get a boost",
    )
    labels = _labels(tagger, record)
    # Then each person, country and institution is its own name; institutions named with "of" stay whole
    assert {n: labels.get(n) for n in ("Hans-Thomas Janka", "Joost van Hoof", "Germany", "Netherlands")} == {
        "Hans-Thomas Janka": "PERSON",
        "Joost van Hoof": "PERSON",
        "Germany": "GPE",
        "Netherlands": "GPE",
    }
    assert labels["Max Planck Institute for Astrophysics"] == "ORG"
    assert labels["Fontys University of Applied Sciences"] == "ORG"
    assert labels["Bank of America"] == "ORG" and labels["Texas Medical Board of Examiners"] == "ORG"


def test_institution_pattern_matches_as_written_with_a_look_ahead_first() -> None:
    import re

    from worker.entities import institutions as inst

    # Given the institution pattern, opening with its first character and reading the rest of the name after it,
    # When it searches texts, Then it finds the matches of the pattern as written before (a look-ahead first)
    written = re.compile(
        rf"{inst._CAPITAL_OR_DIGIT}(?<![\w'’.-])"
        rf"(?:(?:{inst._CAPITALISED_WORD}|\d{{1,2}}(?:st|nd|rd|th)) (?:(?:of|for|de) (?:the )?)?){{0,7}}"
        rf"{inst._HEADS}{inst._TAIL}{inst._NAME_END}"
    )
    for text in [
        "the Public Health Agency of Sweden and Kiel Institute for the World Economy, University of Aberdeen.",
        "Court of Justice of the European Union; 4th District Court of Appeal; 21st Century Fox Agency's staff",
        "U.S. Agency for International Development, Dr. Foo Institute, St. John Academy--and A. B. C. D. E. F. G. H. "
        "I. Court",
        "Party Party Party, xParty, -Agency, 'League, .Court, Premier League's top four, the Department of Education "
        "Secretary Miguel Cardona",
        "123rd Street Labs, 1st Labs, Aa Ab Ac Ad Ae Af Ag Ah University, One Two Three Four Five Six Seven Eight "
        "Nine Court",
    ]:
        found = [(m.span(), m.group("tail")) for m in inst._INSTITUTION.finditer(text)]
        assert found == [(m.span(), m.group("tail")) for m in written.finditer(text)], text


def test_a_national_body_named_with_its_country_stays_an_organisation_beside_the_countrys_own_mentions(
    tagger: EntityTagger,
) -> None:
    # Given "Creative Scotland" beside other Scottish bodies, whose lone "Scotland" folds into it like a surname
    record = _record(
        "Shelter Cymru said the cuts would leave more families without a home this winter, and Smart Wales warned "
        "that energy advice services would close. Police Scotland said it had not been consulted about the plans."
        "\n\nHistoric England and Natural England will also lose staff, while Creative Scotland said its grants would "
        "be cut by a fifth. Transport Scotland declined to comment on the figures.",
        headline="Funding cuts hit charities across the UK",
    )
    labels = _labels(tagger, record)
    # Then it is an organisation, as the country's other bodies are
    assert labels["Creative Scotland"] == "ORG" and labels["Historic England"] == "ORG"


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Apple", "Apple TV. Apple said Apple's Apple’s Apple-ish xApple Apple\nApple Inc and apple. Apple"),
        ("Aramco", "Aramco chief, Aramco. Then Aramco Aramco 'Aramco' ’Aramco and Aramco_x Aramco’x"),
        ("ABA", "ABABA ABA ABA"),
    ],
)
def test_a_word_inside_sentences_is_where_the_per_word_pattern_finds_it(word: str, text: str) -> None:
    import re

    from worker.entities.company_cues import STARTS_SENTENCE, _inside_sentences
    from worker.entities.names import NO_WORD_AFTER, NO_WORD_BEFORE

    # Given a word written alone, before capitalised words and possessives, at sentence starts, inside longer words
    for alone, after in ((False, NO_WORD_AFTER), (True, r"(?!'?[\w-]|’[\w-]| [A-Z])")):
        pattern = re.compile(rf"{NO_WORD_BEFORE}{re.escape(word)}{after}")
        expected = [
            m.start()
            for m in pattern.finditer(text)
            if not STARTS_SENTENCE.search(text, max(m.start() - 4, 0), m.start())
        ]
        # Then the word's places are those the per-word pattern finds
        assert list(_inside_sentences(word, text, alone=alone)) == expected


def test_a_legislators_party_and_state_tag_names_no_place(tagger: EntityTagger) -> None:
    # Given AP-style tags of party and state after legislators' names, and a place the story itself names
    body = (
        "Sen. Elizabeth Warren, D-Mass., said on Tuesday that the bill would fail. Rep. Alexandria Ocasio-Cortez "
        "(D-N.Y.) agreed, and Sen. Mitch McConnell, R-Ky., said Republicans would block it. The vote is set for "
        "Friday in Washington, and Warren will travel to Ohio on Monday."
    )
    names = {e.text: e.label for e in tagger.annotate(_record(body)).entities}
    # Then the people and the place are tagged, and no tag's state is read as a place
    assert {"Elizabeth Warren", "Mitch McConnell", "Alexandria Ocasio-Cortez", "Ohio"} <= set(names)
    assert not {"D-Mass.", "Kentucky", "Ky.", "Massachusetts", "New York", "N.Y."} & set(names)


def test_a_titled_name_with_a_regnal_number_is_a_person(tagger: EntityTagger) -> None:
    # Given a monarch the model tags nowhere, named by title, name and regnal number
    body = (
        "Antony Blinken flew to Amman on Monday to meet Jordan's King Abdullah II. Abdullah II urged a ceasefire "
        "in Gaza, the royal court said."
    )
    names = {e.text: e.label for e in tagger.annotate(_record(body)).entities}
    # Then the monarch is a person, under the name and number the text gives him
    assert names.get("Abdullah II") == "PERSON"
    assert "Jordan" in names


def test_a_place_named_like_the_first_word_of_a_listed_company_is_the_company_where_voted_one(
    tagger: EntityTagger,
) -> None:
    # Given a firm known by the first word of its listed name ("Meta Platforms"), also a Colombian province's name,
    # which the model calls an organisation and the text never puts anything in
    body = (
        "OpenAI chief executive Sam Altman said on Thursday the company would release a new model next month. "
        "Google is working on a rival system, and Meta said its own model would be free. Meta has spent billions."
    )
    names = {e.text: e.label for e in tagger.annotate(_record(body)).entities}
    # Then it is the company
    assert names.get("Meta") == "ORG"
    # And a text that puts things in the province keeps the place
    located = "Farmers in Meta grow rice and palm oil, and floods hit Meta in May, officials in Villavicencio said."
    assert {e.text: e.label for e in tagger.annotate(_record(located)).entities}.get("Meta") == "GPE"
