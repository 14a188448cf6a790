"""Mention merging and ranking on synthetic mentions (no spaCy): short forms, labels, counts, order."""

from __future__ import annotations

import pytest

from schemas.article import EntityLabel
from worker.entities.company_cues import corporate_names
from worker.entities.merge import Mention, MergedEntity, merge_mentions, with_company_evidence
from worker.entities.names import clean_name, name_key, titled_names
from worker.entities.rank import MIN_SALIENCE, rank

PLACES = frozenset({"manila", "philippines", "indonesia", "washington", "daejeon", "maynard"})
COUNTRIES = frozenset({"philippines", "indonesia", "washington"})


def _merge(*mentions: Mention) -> dict[str, MergedEntity]:
    return {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES)}


def _m(text: str, label: EntityLabel, offset: int | None = 0, **kwargs: object) -> Mention:
    return Mention(text, label, offset, **kwargs)  # type: ignore[arg-type]


def test_a_surname_with_its_particle_capitalised_merges_into_the_full_name_the_model_called_an_organisation() -> None:
    # "De Sousa" (a sentence's start, a headline) four times a person, "Ricardo de Sousa" once an organisation
    merged = _merge(
        _m("De Sousa", "PERSON", 0), _m("Ricardo de Sousa", "ORG", 40), _m("De Sousa", "PERSON", 90),
        _m("De Sousa", "PERSON", 130), _m("Banque de France", "ORG", 170),
    )  # fmt: skip
    assert {text: (e.label, e.count) for text, e in merged.items()} == {
        "Ricardo de Sousa": ("PERSON", 4),
        "Banque de France": ("ORG", 1),
    }


def test_surname_merges_into_the_full_name_whatever_the_model_said() -> None:
    merged = _merge(_m("Carlos Dominguez", "PERSON", 10), _m("Dominguez", "ORG", 50), _m("Dominguez", "PERSON", 90))
    assert set(merged) == {"Carlos Dominguez"}
    assert merged["Carlos Dominguez"].count == 3
    assert merged["Carlos Dominguez"].first_offset == 10
    assert merged["Carlos Dominguez"].label == "PERSON"


def test_same_surname_goes_to_the_most_mentioned_person() -> None:
    merged = _merge(
        _m("Mark Meadows", "PERSON"),
        _m("Mark Meadows", "PERSON"),
        _m("Debbie Meadows", "PERSON"),
        _m("Meadows", "PERSON"),
    )
    assert merged["Mark Meadows"].count == 3
    assert merged["Debbie Meadows"].count == 1


def test_company_suffix_merges_and_makes_an_org() -> None:
    merged = _merge(
        _m("Alibaba Group", "ORG"), *[_m("Alibaba", "GPE") for _ in range(4)], _m("Alibaba Business School", "ORG")
    )
    assert merged["Alibaba Group"].label == "ORG"
    assert merged["Alibaba Group"].count == 5
    assert merged["Alibaba Business School"].count == 1
    assert "Alibaba" not in merged


def test_acronym_merges_into_its_expansion_and_keeps_its_label() -> None:
    merged = _merge(_m("Malaysian Digital Economy Corporation", "ORG"), _m("MDEC", "ORG"))
    assert merged["Malaysian Digital Economy Corporation"].count == 2
    places = _merge(_m("British Virgin Islands", "GPE"), _m("BVI", "ORG"), _m("BVI", "GPE"))
    assert places["British Virgin Islands"].label == "GPE"


def test_a_known_place_is_not_folded_into_a_person() -> None:
    merged = _merge(_m("George Washington", "PERSON"), _m("Washington", "GPE"), _m("Washington", "GPE"))
    assert merged["Washington"].label == "GPE"
    assert merged["George Washington"].count == 1


def test_a_town_named_like_a_person_here_is_the_person() -> None:
    merged = _merge(_m("Oleanvine Maynard", "PERSON"), _m("Maynard", "GPE"))
    assert set(merged) == {"Oleanvine Maynard"}
    assert merged["Oleanvine Maynard"].count == 2


def test_page_signal_beats_the_model_and_is_not_a_surname() -> None:
    merged = _merge(_m("Michael Bloomberg", "PERSON"), _m("Bloomberg", "GPE", source="page"))
    assert merged["Bloomberg"].label == "ORG"
    assert merged["Michael Bloomberg"].count == 1


def test_outlet_list_gives_way_to_a_person_of_that_name() -> None:
    merged = _merge(_m("Mike Bloomberg", "PERSON"), _m("Bloomberg", "ORG", source="gazetteer"))
    assert set(merged) == {"Mike Bloomberg"}
    assert merged["Mike Bloomberg"].count == 2


def test_label_priors_from_places() -> None:
    merged = _merge(
        _m("Tokopedia", "GPE"), _m("Indonesia", "ORG"), _m("Daejeon", "PERSON"), _m("Showa Denko K.K.", "PERSON"),
        _m("United States Tennis Association", "GPE"),
    )  # fmt: skip
    assert {k: v.label for k, v in merged.items()} == {
        "Tokopedia": "ORG",
        "Indonesia": "GPE",
        "Daejeon": "GPE",
        "Showa Denko K.K.": "ORG",
        "United States Tennis Association": "ORG",
    }


def test_majority_vote_settles_plain_conflicts() -> None:
    merged = _merge(_m("Manila", "GPE"), _m("Manila", "GPE"), _m("Manila", "ORG"))
    assert merged["Manila"].label == "GPE"


def test_display_text_prefers_normal_case_over_shouting() -> None:
    merged = _merge(_m("KOBE", "GPE"), _m("Kobe", "GPE"), _m("kobe", "GPE"))
    assert list(merged) == ["Kobe"]


def test_clean_name_trims_to_the_name() -> None:
    assert clean_name("the Alibaba Business School") == "Alibaba Business School"
    assert clean_name("Malaysia’s") == "Malaysia"
    assert clean_name("Judge Neil Ford QC") == "Neil Ford"
    assert clean_name("Boise (BOI") == "Boise"
    assert clean_name("the last year") is None
    assert clean_name("TB") is None
    assert clean_name("US") == "US"
    assert name_key("U.S.") == name_key("US")
    assert name_key("Saint Louis Park") == name_key("St. Louis Park")
    assert clean_name("Copy &") == "Copy"
    assert clean_name("Johnson & Johnson") == "Johnson & Johnson"
    assert clean_name("Ph.D.") is None
    assert clean_name("RCS*,v") is None


def test_rank_orders_by_prominence_and_caps() -> None:
    entities = [
        MergedEntity("Late Often", "ORG", 9, 5000, False),
        MergedEntity("Headline", "PERSON", 2, 20, True),
        MergedEntity("Once", "GPE", 1, 3000, False),
        *[MergedEntity(f"Filler {i}", "GPE", 1, 3500 + i, False) for i in range(40)],
    ]
    ranked = rank(entities, body_length=6000, limit=25)
    assert len(ranked) == 25
    assert [e.text for e in ranked[:3]] == ["Headline", "Late Often", "Once"]
    assert all(0.0 <= e.salience <= 1.0 for e in ranked)


def test_an_outlet_name_inside_a_person_name_stays_a_person() -> None:
    from worker.entities.mentions import combine

    model = [((0, 20), _m("Michael R. Bloomberg", "PERSON", 0)), ((40, 49), _m("Bloomberg", "PERSON", 40))]
    outlet_hits = [
        ((11, 20), _m("Bloomberg", "ORG", 11, source="gazetteer")),
        ((40, 49), _m("Bloomberg", "ORG", 40, source="gazetteer")),
    ]
    merged = _merge(*combine(model, outlet_hits))
    assert set(merged) == {"Michael R. Bloomberg"}
    assert merged["Michael R. Bloomberg"].label == "PERSON"
    assert merged["Michael R. Bloomberg"].count == 2


def test_an_org_that_reads_as_a_person_is_a_person() -> None:
    given = frozenset({"chaim", "morgan", "stanley", "christian"})
    mentions = [
        _m("Chaim Schochet", "ORG", 10),
        _m("Schochet", "ORG", 40),
        _m("Morgan Stanley", "ORG", 80),  # both words given names: a firm as often as a person
        _m("Christian County", "ORG", 120),  # a place word
        _m("Chaim Holdings", "ORG", 160),  # a company word
    ]
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=given)}
    assert merged["Chaim Schochet"].label == "PERSON"
    assert merged["Chaim Schochet"].count == 2
    assert {merged[n].label for n in ("Morgan Stanley", "Christian County", "Chaim Holdings")} == {"ORG"}
    # without the list of given names the vote stands
    plain = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES)}
    assert plain["Chaim Schochet"].label == "ORG"


def test_a_surname_that_is_also_a_given_name_met_alone_makes_the_org_a_person() -> None:
    # "Tatum" is a given name too, so "Jayson Tatum" alone reads like "Morgan Stanley"; met alone as a
    # non-organisation, it is the surname of a person the small model called ORG
    given = frozenset({"jayson", "tatum", "eli", "lilly", "morgan", "stanley"})
    mentions = [
        _m("Jayson Tatum", "ORG", 10),
        _m("Tatum", "GPE", 60),
        _m("Eli Lilly", "ORG", 100),
        _m("Lilly", "ORG", 140),  # a company's short name: no person evidence
        _m("Morgan Stanley", "ORG", 180),
    ]
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=given)}
    assert merged["Jayson Tatum"].label == "PERSON"
    assert merged["Jayson Tatum"].count == 2
    assert "Tatum" not in merged
    assert merged["Eli Lilly"].label == "ORG"
    assert merged["Morgan Stanley"].label == "ORG"


def test_a_surname_a_personal_pronoun_follows_makes_the_org_a_person() -> None:
    # "Delaney" is a given name too and the model tagged it alone as no name at all; the text's "his" after it is
    # the evidence that "Marcus Delaney", voted ORG, is a person; "Lilly ... its" and "Knicks coach ... he" are not
    from worker.entities.cues import pronouned_words

    body = (
        "Marcus Delaney scored 38. Delaney scored 12 of his points late. Eli Lilly grew. Lilly said its drug works. "
        "The New York Knicks coach said he was proud. When Okafor left, she cried."
    )
    pronouned = pronouned_words(body)
    assert pronouned == {"delaney", "okafor"}
    given = frozenset({"marcus", "delaney", "eli", "lilly"})
    mentions = [_m("Marcus Delaney", "ORG", 0), _m("Eli Lilly", "ORG", body.index("Eli"))]
    merged = {
        e.text: e
        for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=given, pronouned=pronouned)
    }
    assert merged["Marcus Delaney"].label == "PERSON"
    assert merged["Eli Lilly"].label == "ORG"
    plain = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=given)}
    assert plain["Marcus Delaney"].label == "ORG"


def test_a_bracketed_short_name_merges_into_the_name_before_it() -> None:
    from worker.entities.aliases import bracket_aliases

    body = "Flights to London Heathrow (LHR) start soon. AUSTIN (KXAN) — LHR is busy, KXAN said."
    mentions = [
        _m("London Heathrow", "GPE", body.index("London")),
        _m("LHR", "ORG", body.index("LHR is")),
        _m("AUSTIN", "GPE", body.index("AUSTIN")),
        _m("KXAN", "ORG", body.index("KXAN said")),
    ]
    aliases = bracket_aliases(mentions, body)
    assert aliases == {"lhr": "london heathrow"}  # a dateline's source is no alias
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, aliases=aliases)}
    assert set(merged) == {"London Heathrow", "AUSTIN", "KXAN"}
    assert merged["London Heathrow"].count == 2


def test_an_institution_head_word_makes_an_organisation_whatever_the_vote() -> None:
    # Given a company and a lab the model calls people, the company's short name in a later window too
    merged = _merge(
        _m("Masten Space Systems", "PERSON", 10),
        _m("Masten", "PERSON", 80),
        _m("Jet Propulsion Laboratory", "PERSON", 120),
        _m("Jet Propulsion Laboratory", "ORG", 200),
        _m("Jet Propulsion Laboratory", "PERSON", 260),
    )
    # Then both are organisations, and the short name merges into the company
    assert merged["Masten Space Systems"].label == "ORG"
    assert merged["Masten Space Systems"].count == 2
    assert merged["Jet Propulsion Laboratory"].label == "ORG"


def test_an_industrys_word_ending_a_name_makes_a_company_whatever_the_vote() -> None:
    # Given firms named for their trade that the model calls people: a computer maker, a cinema chain, a film studio
    merged = _merge(
        _m("Lattice Computing", "PERSON", 10),
        _m("Filmhouse Cinemas", "PERSON", 60),
        _m("Ebony Gate Pictures", "PERSON", 120),
        _m("Boulanger Auto Research", "PERSON", 180),
        _m("Brennan Heyer Architects", "PERSON", 240),
        _m("Ferris Appliance Co", "PERSON", 300),
    )
    # Then each is an organisation
    assert {e.label for e in merged.values()} == {"ORG"}


def test_a_state_of_a_large_country_is_a_place_whatever_the_vote() -> None:
    # Given the shipped place names, and states of India and Australia the model calls an organisation or a person
    from worker.entities.gazetteer import country_keys, place_keys

    mentions = [_m("Kerala", "ORG", 5), _m("Kerala", "ORG", 50), _m("Assam", "PERSON", 90), _m("Queensland", "ORG", 9)]
    merged = {e.text: e for e in merge_mentions(mentions, places=place_keys(), countries=country_keys())}
    # Then each is a place
    assert {merged[n].label for n in ("Kerala", "Assam", "Queensland")} == {"GPE"}


def test_a_state_written_without_its_accents_is_a_place_even_called_a_person() -> None:
    # Given the shipped place names (ISO 3166-2 writes "Tamil Nādu", "Karnātaka") and people named like places
    from worker.entities.gazetteer import country_keys, given_names, place_keys

    mentions = [_m("Tamil Nadu", "PERSON", 5), _m("Karnataka", "ORG", 40), _m("Sao Paulo", "PERSON", 60)]
    mentions.append(_m("Abel Figueiredo", "PERSON", 90))  # a town in Brazil, and here a man
    merged = merge_mentions(mentions, places=place_keys(), countries=country_keys(), given=given_names())
    labels = {e.text: e.label for e in merged}
    # Then the states and the city are places, and the man stays a person
    assert labels == {"Tamil Nadu": "GPE", "Karnataka": "GPE", "Sao Paulo": "GPE", "Abel Figueiredo": "PERSON"}


def test_a_place_named_like_a_person_that_the_text_puts_something_in_is_a_place() -> None:
    # Given known places whose first word is a given name, voted people, one of which the text locates things in
    from worker.entities.cues import located_names
    from worker.entities.gazetteer import country_keys, given_names, place_keys

    body = "A dry spell in Mato Grosso cut the harvest. Abel Figueiredo, a farmer, said rain was late."
    mentions = [_m("Mato Grosso", "PERSON", 15), _m("Abel Figueiredo", "PERSON", 44)]
    merged = merge_mentions(
        mentions, places=place_keys(), countries=country_keys(), given=given_names(), located=located_names(body)
    )
    # Then the one with something in it is the state; the man stays a person
    assert {e.text: e.label for e in merged} == {"Mato Grosso": "GPE", "Abel Figueiredo": "PERSON"}


def test_a_city_whose_last_word_the_model_also_tagged_alone_as_a_person_stays_a_place() -> None:
    # Given "Johor Bahru" and, from another window, its "Bahru" alone, both voted people by the model: the lone
    # word folds into the full name as a surname would
    from worker.entities.gazetteer import country_keys, given_names, place_keys

    mentions = [_m("Johor Bahru", "PERSON", 5), _m("Bahru", "PERSON", 9), _m("Abel Figueiredo", "PERSON", 90)]
    mentions.append(_m("Figueiredo", "PERSON", 120))
    merged = merge_mentions(mentions, places=place_keys(), countries=country_keys(), given=given_names())
    # Then the city, whose first word is no given name, is a place; the man named like a town stays a person
    assert {e.text: e.label for e in merged} == {"Johor Bahru": "GPE", "Abel Figueiredo": "PERSON"}


def test_a_companys_branch_named_after_a_country_is_an_organisation() -> None:
    # Given the shipped place names, and "places" ending in a country's name
    from worker.entities.gazetteer import country_keys, place_keys

    mentions = [_m("Lazada Indonesia", "GPE", 5), _m("Shopee Malaysia", "GPE", 40), _m("Northern Nigeria", "LOC", 60)]
    mentions += [_m("Papua New Guinea", "GPE", 90), _m("South Africa", "GPE", 120)]
    labels = {e.text: e.label for e in merge_mentions(mentions, places=place_keys(), countries=country_keys())}
    # Then the branches are organisations; a region of a country and countries of several words stay places
    assert labels == {
        "Lazada Indonesia": "ORG",
        "Shopee Malaysia": "ORG",
        "Northern Nigeria": "LOC",
        "Papua New Guinea": "GPE",
        "South Africa": "GPE",
    }


def test_a_one_word_organisation_met_in_passing_ranks_last() -> None:
    entities = [
        MergedEntity("Propaganda", "ORG", 1, 900, False),  # once, after the lead, model only: a capitalised noun
        MergedEntity("Zorbex", "ORG", 2, 600, False),
        MergedEntity("Acme", "ORG", 3, 900, False),  # recurs
        MergedEntity("Initech", "ORG", 1, 120, False),  # in the lead
        MergedEntity("Globex", "ORG", 1, 900, True),  # in the headline
        MergedEntity("Hooli", "ORG", 1, 900, False, signalled=True),  # the page cites it
        MergedEntity("Vandelay Industries", "ORG", 1, 950, False),  # named in full
        MergedEntity("Ostrava", "GPE", 1, 990, False),
    ]
    ranked = [e.text for e in rank(entities, body_length=10_000)]
    assert set(ranked[-2:]) == {"Propaganda", "Zorbex"}  # half their salience
    assert ranked[:2] == ["Globex", "Initech"]


def test_a_surname_goes_to_the_person_whose_last_name_it_is() -> None:
    merged = _merge(
        _m("Ana Torres", "PERSON", 10),
        _m("Luis Torres Vidal", "PERSON", 400),
        _m("Torres", "PERSON", 90),
        _m("Torres", "PERSON", 200),
    )
    assert merged["Ana Torres"].count == 3
    assert merged["Luis Torres Vidal"].count == 1


def test_a_network_party_or_court_is_an_organisation_whatever_the_vote() -> None:
    merged = _merge(
        _m("Golem Network", "PERSON", 10),
        _m("Golem Network", "PERSON", 90),
        _m("Pirate Party", "PERSON", 150),
        _m("Bristol Crown Court", "PERSON", 220),
    )
    assert {text: e.label for text, e in merged.items()} == {
        "Golem Network": "ORG",
        "Pirate Party": "ORG",
        "Bristol Crown Court": "ORG",
    }


def test_a_name_met_once_near_the_end_falls_off_the_list() -> None:
    entities = [
        MergedEntity("Jack Ma", "PERSON", 6, 10, True),
        MergedEntity("Manila", "GPE", 1, 300, False),  # once, in the lead
        MergedEntity("Lazada", "ORG", 1, 9500, False),  # once, near the end of a long body
    ]
    ranked = {e.text: e.salience for e in rank(entities, body_length=10_000)}
    assert set(ranked) == {"Jack Ma", "Manila"}
    assert min(ranked.values()) >= MIN_SALIENCE


def test_a_place_met_once_near_the_end_stays_after_the_rest() -> None:
    entities = [
        MergedEntity("Jack Ma", "PERSON", 6, 10, True),
        MergedEntity("Lazada", "ORG", 1, 9500, False),  # once, near the end of a long body
        MergedEntity("Ostrava", "GPE", 1, 9600, False),  # so too
    ]
    ranked = rank(entities, body_length=10_000)
    assert [e.text for e in ranked] == ["Jack Ma", "Ostrava"]
    assert ranked[-1].salience < MIN_SALIENCE


def test_other_names_of_one_country_merge_into_the_fullest() -> None:
    from worker.entities.aliases import country_aliases

    mentions = [
        _m("United States", "GPE", 10),
        _m("US", "GPE", 80),
        _m("America", "GPE", 120),
        _m("Britain", "GPE", 200),
        _m("UK", "GPE", 260),
        _m("America Movil", "ORG", 300),
    ]
    merged = {
        e.text: e
        for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, aliases=country_aliases(mentions))
    }
    assert {text: e.count for text, e in merged.items()} == {"United States": 3, "Britain": 2, "America Movil": 1}


def test_a_compass_word_cut_to_its_initial_merges_into_the_full_name_the_text_also_writes() -> None:
    from worker.entities.aliases import compass_aliases

    mentions = [
        _m("N. Korea", "ORG", None),
        _m("S. Korea", "ORG", None),
        _m("North Korea", "GPE", 10),
        _m("South Korea", "GPE", 80),
        _m("North Korea", "GPE", 120),
        _m("South Korea", "GPE", 160),
        _m("W. Ostrava", "GPE", 200),  # no "West Ostrava" in the text: stays as written
    ]
    merged = {
        e.text: e
        for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, aliases=compass_aliases(mentions))
    }
    assert {text: (e.label, e.count) for text, e in merged.items()} == {
        "North Korea": ("GPE", 3),
        "South Korea": ("GPE", 3),
        "W. Ostrava": ("GPE", 1),
    }


def test_a_party_nickname_and_a_body_named_either_way_round_merge_into_the_fullest_name() -> None:
    from worker.entities.aliases import organisation_aliases

    mentions = [
        _m("GOP", "ORG", 10),
        _m("Republican Party", "ORG", 80),
        _m("GOP", "ORG", 120),
        _m("Justice Department", "ORG", 200),
        _m("Department of Justice", "ORG", 260),
        _m("State Department", "ORG", 300),  # no "Department of State" in the text: stays as written
    ]
    aliases = organisation_aliases(mentions)
    merged = {e.text: e.count for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, aliases=aliases)}
    assert merged == {"Republican Party": 3, "Department of Justice": 2, "State Department": 1}


def test_names_without_evidence_met_in_passing_rank_after_named_ones() -> None:
    entities = [
        MergedEntity("Natural Moisturizing Factor", "ORG", 1, 1500, False),  # no organisation word
        MergedEntity("Flash", "PERSON", 1, 1500, False),  # a lone word called a person
        MergedEntity("Bard College", "ORG", 1, 1600, False),
        MergedEntity("Lena Park", "PERSON", 1, 1600, False),
        MergedEntity("Flash", "PERSON", 1, 100, False),  # in the lead: kept at full salience
    ]
    ranked = [(e.text, e.first_offset) for e in rank(entities, body_length=10_000)]
    assert ranked[0] == ("Flash", 100)
    assert {text for text, _ in ranked[1:3]} == {"Bard College", "Lena Park"}
    assert {text for text, _ in ranked[3:]} <= {"Natural Moisturizing Factor", "Flash"}


def test_a_company_named_by_its_trade_is_not_met_in_passing() -> None:
    from worker.entities.rank import in_passing

    for name in ("Emaar Properties", "Fitch Ratings", "SMBC Nikko Securities", "Redseer Strategy Consultants"):
        assert not in_passing(MergedEntity(name, "ORG", 1, 1500, False))
    assert in_passing(MergedEntity("Natural Moisturizing Factor", "ORG", 1, 1500, False))


def test_a_one_word_organisation_the_text_writes_as_a_company_is_not_met_in_passing() -> None:
    from worker.entities.rank import in_passing

    zorbex = MergedEntity("Zorbex", "ORG", 2, 1500, False)  # twice, late, model only
    assert in_passing(zorbex)
    assert not in_passing(zorbex, frozenset({"zorbex"}))  # "Zorbex, which has a 40% share", "rival firm Zorbex"
    assert in_passing(MergedEntity("Java", "ORG", 1, 1500, False), frozenset({"zorbex"}))
    ranked = [e.text for e in rank([zorbex, MergedEntity("Java", "ORG", 2, 1400, False)], body_length=10_000,
                                   companies=frozenset({"zorbex"}))]  # fmt: skip
    assert ranked[0] == "Zorbex"


def test_a_person_whose_name_reads_as_none_ranks_behind_people() -> None:
    # all met first in the lead, where a lone given name ("Maria") is introduced
    given = frozenset({"walid", "maria"})
    entities = [
        MergedEntity("Golem Python API", "PERSON", 4, 300, False),  # no given name first: a product's name
        MergedEntity("Ryzen 5 3550H", "PERSON", 4, 300, False),  # a digit: a model number
        MergedEntity("Walid Abu Hatab", "PERSON", 4, 300, False),
        MergedEntity("Maria", "PERSON", 4, 300, False),
        MergedEntity("Gousto Box", "PERSON", 4, 300, False),  # starts with an organisation of the text: a product
        MergedEntity("Gousto", "ORG", 4, 300, False),
        MergedEntity("Maria Gousto", "PERSON", 4, 300, False),
    ]
    ranked = {e.text: e.salience for e in rank(entities, body_length=2000, given=given)}
    half = round(ranked["Walid Abu Hatab"] / 2, 4)
    assert ranked["Golem Python API"] == ranked["Ryzen 5 3550H"] == ranked["Gousto Box"] == half
    assert ranked["Maria Gousto"] == ranked["Walid Abu Hatab"]
    assert ranked["Walid Abu Hatab"] == ranked["Maria"]
    plain = {e.text: e.salience for e in rank(entities, body_length=2000)}  # no given names: no doubt
    assert plain["Golem Python API"] == plain["Walid Abu Hatab"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Magistrate Elmarie de Villiers refused bail.", "Elmarie de Villiers"),
        ("Advocate Riaan Botha told the court.", "Riaan Botha"),
        ("State prosecutor Nomsa Dube said so.", "Nomsa Dube"),
        ("Shri Arjun Pandian said so.", "Arjun Pandian"),
        ("Atty. Ramon Sy Tan said so.", "Ramon Sy Tan"),
        ("Alhaji Musa Bello said so.", "Musa Bello"),
        ("Councilor Ana Reyes voted no.", "Ana Reyes"),
        ("Datuk Seri Mohd Khairul Anuar Abdul Rahman said so.", "Mohd Khairul Anuar Abdul Rahman"),
        ("Haji Ahmad Zaki Arshad said so.", "Ahmad Zaki Arshad"),
        ("Opener Arnab Chakraborty made 88.", "Arnab Chakraborty"),
    ],
)
def test_court_and_council_titles_and_honorifics_of_more_countries_title_a_person(text: str, name: str) -> None:
    assert titled_names([name], text) == frozenset({name_key(name)})


def test_a_name_whose_surname_the_text_gives_an_age_is_a_person_whatever_its_given_name() -> None:
    from worker.entities.cues import aged_words
    from worker.entities.gazetteer import country_keys, given_names, place_keys

    body = (
        "Faizel Abrahams was denied bail. Abrahams, 44, faces charges. Casa Villalobos opened in May, and the "
        "couple's daughter, Marisol Villalobos, 24, will manage it."
    )
    aged = aged_words(body)
    assert aged == frozenset({"abrahams"})  # not "Villalobos", the last word of a longer name there
    mentions = [_m("Faizel Abrahams", "ORG", 0), _m("Abrahams", "ORG", 33), _m("Casa Villalobos", "ORG", 60)]
    places, countries, given = place_keys(), country_keys(), given_names()
    merged = {
        e.text: e.label for e in merge_mentions(mentions, places=places, countries=countries, given=given, aged=aged)
    }
    assert merged == {"Faizel Abrahams": "PERSON", "Casa Villalobos": "ORG"}
    plain = merge_mentions(mentions, places=places, countries=countries, given=given)
    assert {e.text: e.label for e in plain}["Faizel Abrahams"] == "ORG"  # no age: "Faizel" is on no name list


def test_a_person_the_text_gives_a_title_is_not_doubted() -> None:
    # Given a surname-first name of three words, none a listed given name, that the text calls "Health Minister"
    text = "Health Minister Ong Ye Kung urged residents to act. Golem Python API is out."
    titled = titled_names(["Ong Ye Kung", "Golem Python API"], text)
    assert titled == frozenset({"ong ye kung"})
    # a surname written first, or last, after an honorific is evidence too
    assert titled_names(["Ong Ye Kung"], "Ong Ye Kung spoke. Mr Ong said so.") == frozenset({"ong ye kung"})
    assert titled_names(["Ana Li Rivera"], "Ana Li Rivera spoke. Ms. Rivera said so.") == frozenset({"ana li rivera"})
    assert titled_names(["Ana Li Rivera"], "Ana Li Rivera spoke. Rivera said so.") == frozenset()
    entities = [
        MergedEntity("Ong Ye Kung", "PERSON", 2, 500, False),
        MergedEntity("Golem Python API", "PERSON", 2, 500, False),
    ]
    ranked = {e.text: e.salience for e in rank(entities, body_length=2000, given=frozenset({"walid"}), titled=titled)}
    # Then the titled one keeps its full salience and the product name is still doubted
    assert ranked["Golem Python API"] == round(ranked["Ong Ye Kung"] / 2, 4)


def test_institution_and_company_heads_outweigh_a_person_vote() -> None:
    mentions = [
        _m("Philippine Stock Exchange", "PERSON", 10),
        _m("Emfuleni Local Municipality", "PERSON", 50),
        _m("Compose Coffee", "PERSON", 90),
        _m("Elliott Management", "PERSON", 110),
        _m("Red Prairie Electric Cooperative", "PERSON", 115),
        _m("Owen Sound Transit", "PERSON", 120),
        _m("Saskatchewan RCMP", "PERSON", 125),  # a body's initials end no one's name
        _m("Special Investigating Unit", "PERSON", 130),
    ]
    assert {e.label for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES)} == {"ORG"}


def test_a_person_ending_in_a_roman_numeral_stays_a_person() -> None:
    merged = {
        e.text: e.label
        for e in merge_mentions([_m("Henry Ford III", "PERSON", 10)], places=PLACES, countries=COUNTRIES)
    }
    assert merged == {"Henry Ford III": "PERSON"}


def test_a_person_named_with_a_country_is_a_national_body() -> None:
    countries = COUNTRIES | {"australia"}
    given = frozenset({"maria"})
    mentions = [_m("Creative Australia", "PERSON", 10), _m("Maria Indonesia", "PERSON", 60)]
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES | countries, countries=countries, given=given)}
    assert merged["Creative Australia"].label == "ORG"
    assert merged["Maria Indonesia"].label == "PERSON"  # opens with a given name: someone's name


def test_a_name_of_a_kind_of_place_the_text_puts_things_in_is_a_place() -> None:
    mentions = [_m("Borno State", "ORG", 10), _m("Ondo State", "PERSON", 60), _m("Chris State", "ORG", 90)]
    merged = {
        e.text: e
        for e in merge_mentions(
            mentions,
            places=PLACES,
            countries=COUNTRIES,
            given=frozenset({"chris"}),
            located=frozenset({"borno state", "ondo state", "chris state"}),
        )
    }
    assert merged["Borno State"].label == merged["Ondo State"].label == "GPE"
    assert merged["Chris State"].label == "ORG"  # opens with a given name: no place by form
    # without the text putting anything in it, the vote stands
    plain = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES)}
    assert plain["Borno State"].label == "ORG"


def test_a_short_name_voted_an_organisation_folds_into_the_company_not_the_founder() -> None:
    # Given a company named after its founder, both named in full, and the short name the text uses for the company
    mentions = [
        _m("Hartwell Brands", "ORG", 10),
        _m("Dolores Hartwell", "PERSON", 60),
        _m("Hartwell", "ORG", 120),
        _m("Hartwell", "ORG", 180),
    ]
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES)}
    # Then "Hartwell" counts for the company and the founder stays a person
    assert merged["Hartwell Brands"].count == 3
    assert (merged["Dolores Hartwell"].label, merged["Dolores Hartwell"].count) == ("PERSON", 1)


def test_an_acronym_that_is_also_a_towns_name_stays_an_organisation() -> None:
    places = PLACES | {"nato", "uk"}
    countries = COUNTRIES | {"uk"}
    mentions = [_m("NATO", "ORG", 10), _m("NATO", "ORG", 50), _m("UK", "ORG", 90), _m("Manila", "ORG", 130)]
    merged = {e.text: e.label for e in merge_mentions(mentions, places=places, countries=countries)}
    assert merged == {"NATO": "ORG", "UK": "GPE", "Manila": "GPE"}  # a country's initials are its name


def test_everyday_country_names_are_known_places() -> None:
    from worker.entities.gazetteer import country_keys

    assert {"netherlands", "congo", "dr congo", "drc", "east timor", "turkiye"} <= country_keys()


def test_a_company_called_without_its_trade_word_folds_into_it() -> None:
    mentions = [
        _m("CVS Health", "ORG", 10),
        _m("CVS", "ORG", 50),
        _m("CVS", "ORG", 90),
        _m("Leeds United", "ORG", 130),
        _m("Leeds", "GPE", 170),  # the city, not the club
    ]
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES | {"leeds"}, countries=COUNTRIES)}
    assert merged["CVS Health"].count == 3 and "CVS" not in merged
    assert merged["Leeds"].label == "GPE" and merged["Leeds United"].count == 1


def test_a_company_called_without_its_trade_word_and_legal_form_folds_into_it() -> None:
    mentions = [
        _m("Toyota Motor Corp", "ORG", 10),
        _m("Toyota", "ORG", 50),
        _m("Toyota", "ORG", 90),
        _m("Abitibi Ridge Mining Inc", "ORG", 130),
        _m("Abitibi Ridge", "ORG", 170),
        _m("Leeds United FC", "ORG", 210),
        _m("Leeds", "GPE", 250),  # the city, not the club
    ]
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES | {"leeds"}, countries=COUNTRIES)}
    assert merged["Toyota Motor Corp"].count == 3 and "Toyota" not in merged
    assert merged["Abitibi Ridge Mining Inc"].count == 2 and "Abitibi Ridge" not in merged
    assert merged["Leeds"].label == "GPE" and merged["Leeds United FC"].count == 1


def test_a_company_does_not_fold_into_a_person_it_starts() -> None:
    given = frozenset({"jack", "carlos"})
    mentions = [
        _m("Gousto", "ORG", 10),
        _m("Gousto", "ORG", 80),
        _m("Gousto Box", "PERSON", 40),  # a product the small model called a person
        _m("Jack Ma", "PERSON", 120),
        _m("Jack", "ORG", 200),  # a given name the model called an organisation: still the person
    ]
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=given)}
    assert set(merged) == {"Gousto", "Gousto Box", "Jack Ma"}
    assert merged["Gousto"].label == "ORG"
    assert merged["Jack Ma"].count == 2


def test_a_place_named_without_its_land_form_folds_into_it() -> None:
    merged = _merge(
        _m("Gaza Strip", "GPE", 10),
        _m("Gaza", "GPE", 50),
        _m("Gaza", "GPE", 90),
        _m("Gaza City", "GPE", 130),
        _m("Canary", "GPE", 170),
    )
    assert set(merged) == {"Gaza Strip", "Gaza City", "Canary"}
    assert merged["Gaza Strip"].count == 3


GIVEN = frozenset({"michael", "jane"})


def _settled(
    *mentions: Mention, located: frozenset[str] = frozenset(), placed: frozenset[str] = frozenset()
) -> dict[str, str]:
    merged = merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=GIVEN, located=located, placed=placed)
    return {e.text: e.label for e in merged}


def test_a_natural_places_form_makes_it_a_place_whatever_the_vote() -> None:
    labels = _settled(_m("Disko Bay", "PERSON"), _m("Jakobshavn Glacier", "PERSON"), _m("Lake Kivu", "ORG"))
    assert labels == {"Disko Bay": "LOC", "Jakobshavn Glacier": "LOC", "Lake Kivu": "LOC"}
    # a guard: a given name first is a person ("Michael Bay"), and a place vote stays as it is
    guards = _settled(_m("Michael Bay", "PERSON"), _m("Hudson Bay", "GPE"))
    assert guards == {"Michael Bay": "PERSON", "Hudson Bay": "GPE"}


def test_natural_places_and_settlements_named_in_other_languages_are_places() -> None:
    names = ("Sungai Pinang", "Barangay Payatas", "Wadi Rum", "Cerro Armazones")
    labels = _settled(*(_m(name, "PERSON") for name in names))
    assert set(labels.values()) == {"LOC"}


def test_a_companys_head_word_makes_it_an_organisation() -> None:
    labels = _settled(_m("Halvorsen Maritime", "PERSON"), _m("Suryadev Textiles", "PERSON"), _m("Lumora AI", "PERSON"))
    assert set(labels.values()) == {"ORG"}


def test_a_farm_a_clinic_a_brigade_a_guild_or_a_cartel_is_an_organisation() -> None:
    names = ("Claiborne Farm", "Harlow Clinic", "Farouk Brigades", "Screenwriters Guild", "Sinaloa Cartel")
    labels = _settled(*(_m(name, "PERSON") for name in names))
    assert set(labels.values()) == {"ORG"}


def test_a_state_or_county_named_by_its_kind_is_a_place() -> None:
    places = PLACES | {"edo", "bauchi", "ohio"}
    countries = COUNTRIES | {"ohio"}
    mentions = (
        _m("Edo State", "ORG"),
        _m("Bauchi State", "ORG"),
        _m("County Durham", "PERSON"),
        _m("Ohio State", "ORG"),
    )
    merged = merge_mentions(mentions, places=places, countries=countries)
    # A known place's "State" is the state, unless the place is a US state (then it is its university)
    assert {e.text: e.label for e in merged} == {
        "Edo State": "GPE",
        "Bauchi State": "GPE",
        "County Durham": "GPE",
        "Ohio State": "ORG",
    }


def test_publishers_builders_and_raters_by_their_head_word() -> None:
    names = ("Fitzcarraldo Editions", "Seng Heng Engineering", "Fitch Ratings", "Pennine Homes", "Buncombe Schools")
    assert set(_settled(*(_m(name, "PERSON") for name in names)).values()) == {"ORG"}


def test_game_studios_and_tech_firms_by_their_head_word() -> None:
    names = ("Riot Games", "Take-Two Interactive", "Ross Intelligence", "Super Micro Computer", "Ball Aerospace")
    labels = _settled(*(_m(name, "PERSON") for name in names))
    assert set(labels.values()) == {"ORG"}


def test_a_name_the_text_puts_things_in_stays_a_place() -> None:
    # Given one-word names no gazetteer knows, voted a place or a person by the model
    mentions = (_m("Cooktown", "GPE"), _m("Cooktown", "GPE"), _m("Kaub", "PERSON"), _m("El Fasher", "ORG"),
                _m("El Fasher", "GPE"))  # fmt: skip
    # When the text says "in Cooktown", "near Kaub", "in El Fasher"
    located = frozenset({"cooktown", "kaub", "el fasher"})
    # Then they are places
    assert _settled(*mentions, located=located) == {"Cooktown": "GPE", "Kaub": "GPE", "El Fasher": "GPE"}
    # and without that evidence the old readings stand: an unknown one-word "place" is mostly a company
    assert _settled(*mentions)["Cooktown"] == "ORG"
    assert _settled(*mentions)["Kaub"] == "PERSON"


def test_located_names_read_places_not_stakes_or_possessives() -> None:
    from worker.entities.cues import located_names

    text = ("Flooding in Cooktown closed roads. Barges queued near Kaub. In London, shares rose. "
            "Fund X took a stake in Tesla. He worked in Apple's design team.")  # fmt: skip
    assert located_names(text) == frozenset({"cooktown", "kaub", "london"})


def test_a_name_a_tenure_or_a_circle_follows_is_not_located() -> None:
    from worker.entities.cues import located_names

    # Given a rule "in the Obama administration", years "in the Trump era" and a place "in the Waikato region"
    text = (
        "A rule in the Obama administration. Jobs in the Trump era. He hid in the Kennedy family. "
        "Rain in the Waikato region."
    )
    # Then only the place is a name the text puts something in
    assert located_names(text) == frozenset({"waikato"})


@pytest.mark.parametrize(
    "text",
    [
        "near Near East bases",  # a preposition as the word before another one
        "a stake in Work in Paris",  # a match ends where the next one's word before would start
        "Investmentsandmoreinvestments in Near East",  # a word before longer than the search's reach
        "it’s in Paris, don't in Rome",  # an apostrophe before the word before
        "shares in Apple's unit, interest in Across Europe",
    ],
)
def test_located_matches_are_those_of_the_whole_pattern(text: str) -> None:
    from worker.entities.cues import _LOCATED, _located_matches

    # Given a text where the word before a preposition matters, When its matches are searched from the prepositions,
    # Then they are the matches of the whole pattern, word before included
    found = [(m.span(), m.group("before"), m.group("name")) for m in _located_matches(text)]
    assert found == [(m.span(), m.group("before"), m.group("name")) for m in _LOCATED.finditer(text)]


def test_a_region_the_text_writes_with_the_is_located_too() -> None:
    from worker.entities.cues import located_names

    # "For farmers in the Waikato": a region named with "the" is a place things are in as well
    assert located_names("For farmers in the Waikato, the timing is bad. Fires burned across the Mallee.") == {
        "waikato",
        "mallee",
    }


def test_a_club_word_makes_an_organisation_and_a_country_is_never_a_person() -> None:
    places = PLACES | {"french guiana"}
    merged = merge_mentions(
        (_m("Leeds United", "PERSON"), _m("French Guiana", "PERSON")),
        places=places,
        countries=COUNTRIES | {"french guiana"},
        given=GIVEN | {"french"},
    )
    assert {e.text: e.label for e in merged} == {"Leeds United": "ORG", "French Guiana": "GPE"}


def test_a_person_the_text_writes_as_a_company_is_an_organisation() -> None:
    # Given companies the model calls people, and the text's evidence that they are companies
    body = (
        "Elon Musk, SpaceX's founder, spoke. Petrobras chief executive Magda Chambriard agreed. Statista, founded in "
        "Hamburg in 2007, was sold to private equity firm Bridgepoint. Royal Challengers Bengaluru (RCB) won. "
        "The group Jane Smith leads met Tom Lee's employees."
    )
    corporate = corporate_names(body)
    names = ["SpaceX", "Petrobras", "Statista", "Bridgepoint", "Royal Challengers Bengaluru", "Jane Smith", "Tom Lee"]
    entities = [MergedEntity(name, "PERSON", 1, body.index(name), False) for name in names]
    labels = {e.text: e.label for e in with_company_evidence(entities, corporate, frozenset({"jane", "tom"}))}
    # Then the companies are organisations; people named with a given name stay people
    assert labels == {**dict.fromkeys(names[:5], "ORG"), "Jane Smith": "PERSON", "Tom Lee": "PERSON"}
    # and the initials of a chief executive count as written in capitals
    assert "quorix" in corporate_names("Quorix's CEO Stefan Bauer said so. Lindale CFO Ana Ruiz agreed.")
    assert "lindale" in corporate_names("Quorix's CEO Stefan Bauer said so. Lindale CFO Ana Ruiz agreed.")


def test_a_company_noun_in_apposition_is_company_evidence() -> None:
    body = (
        "Breville, the Sydney-based appliance maker, said. Turso, the database startup. Hurtigruten, a Norwegian "
        "operator that runs ships. Orla Kane, the company founder, left. Ada Byrne, a bank teller, spoke."
    )
    corporate = corporate_names(body)
    assert {"breville", "turso", "hurtigruten"} <= corporate
    assert not {"orla kane", "ada byrne"} & corporate  # a company noun before another noun: a person's role


def test_a_firm_named_with_its_analyst_is_an_organisation_even_opening_with_a_given_name() -> None:
    from worker.entities.company_cues import analyst_firms

    # Given "Piper Jaffray analyst Gene Munster" ("Piper" is a given name) and "Wall Street analysts said"
    body = "Piper Jaffray analyst Gene Munster dug through suppliers. Wall Street analysts said little."
    firms = analyst_firms(body)
    assert firms == {"piper jaffray"}
    entities = [MergedEntity(name, "PERSON", 1, body.index(name), False) for name in ("Piper Jaffray", "Gene Munster")]
    labels = {e.text: e.label for e in with_company_evidence(entities, firms)}
    # Then the firm is an organisation and its analyst a person
    assert labels == {"Piper Jaffray": "ORG", "Gene Munster": "PERSON"}


def test_a_name_the_text_calls_a_place_by_a_place_noun_is_a_place_whatever_the_vote() -> None:
    from worker.entities.cues import placed_names

    # Given "Darfur region", "the Brahmaputra river", "the capital of North Darfur", "a Supreme Court district"
    text = (
        "Cholera spread in Sudan's Darfur region and along the Brahmaputra river. El Fasher is the capital of North "
        "Darfur. The Supreme Court district ruled. A Biden town hall met in the city of Chandwad."
    )
    placed = placed_names(text)
    assert {"darfur", "brahmaputra", "north darfur", "chandwad"} <= placed and "biden" not in placed
    mentions = (_m("Darfur", "ORG"), _m("Brahmaputra", "PERSON"), _m("Supreme Court", "ORG"), _m("Chandwad", "ORG"))
    # Then the names are places, but a name whose form is an organisation's stays one
    assert _settled(*mentions, placed=placed) == {
        "Darfur": "GPE", "Brahmaputra": "GPE", "Supreme Court": "ORG", "Chandwad": "GPE"
    }  # fmt: skip


def test_a_rugby_club_a_labour_party_and_a_villa_by_their_head_word() -> None:
    labels = _settled(_m("Bath Rugby", "PERSON"), _m("Scottish Labour", "PERSON"), _m("Aston Villa", "PERSON"))
    assert set(labels.values()) == {"ORG"}


def test_a_health_system_and_a_hardware_store_are_organisations_whatever_the_vote() -> None:
    mentions = [_m("Freeman Health System", "PERSON", 0), _m("Abernathy Hardware", "PERSON", 40)]
    merged = {e.text: e.label for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES)}
    assert merged == {"Freeman Health System": "ORG", "Abernathy Hardware": "ORG"}


def test_a_titled_surname_that_is_also_a_town_is_a_person() -> None:
    # Given "President Obama" (Obama is a town in Japan) and a lone "Daejeon", both voted people by the model
    text = "President Obama met the mayor of Daejeon. Obama said Daejeon would host the talks."
    mentions = [_m("Obama", "PERSON", 10), _m("Obama", "PERSON", 43), _m("Daejeon", "PERSON", 32)]
    titled = titled_names(["Obama", "Daejeon"], text)
    merged = merge_mentions(mentions, places=PLACES | {"obama"}, countries=COUNTRIES, titled=titled)
    # Then the titled one is a person, the other a place
    assert {e.text: e.label for e in merged} == {"Obama": "PERSON", "Daejeon": "GPE"}


def test_a_titled_name_outvoted_as_an_organisation_is_a_person() -> None:
    # Given "President Kestner" once (a person's vote) and three attributive uses the model called an organisation
    text = "President Kestner's allies spoke. The Kestner years, any Kestner responsibility and the Kestner rally."
    mentions = [_m("Kestner", "PERSON", 10), *(_m("Kestner", "ORG", at) for at in (41, 62, 90))]
    titled = titled_names(["Kestner"], text)
    merged = merge_mentions(mentions, places=PLACES, countries=COUNTRIES, titled=titled)
    # Then the title outweighs the votes; without the title the majority stands
    assert {e.text: e.label for e in merged} == {"Kestner": "PERSON"}
    untitled = merge_mentions(mentions, places=PLACES, countries=COUNTRIES)
    assert {e.text: e.label for e in untitled} == {"Kestner": "ORG"}


def test_a_full_name_written_right_after_a_title_is_a_person_however_voted() -> None:
    from worker.entities.names import title_runs, whole_titled_names

    # Given full names the model voted organisations once each: one right after a title, one after an honorific
    # by its surname only, one whose "title" is a word of the name, one holding a company word
    text = "Analyst Derek Maynard said so. Mr Beal spoke of the Beal Prize Fund. Dr Congo and Supervisor Ana Holdings."
    names = ["Derek Maynard", "Beal Prize Fund", "Ana Holdings"]
    mentions = [_m(name, "ORG", text.index(name)) for name in [*names, "Dr Congo"]]
    titled = whole_titled_names([*names, "Dr Congo"], title_runs(text))
    given = frozenset({"derek", "ana"})
    merged = merge_mentions(mentions, places=PLACES, countries=COUNTRIES, titled=titled, given=given)
    # Then only the name written whole after the title, a given name first and no company word, is a person
    labels = {e.text: e.label for e in merged}
    assert labels["Derek Maynard"] == "PERSON"
    assert labels["Beal Prize Fund"] == "ORG" and labels["Ana Holdings"] == "ORG" and labels["Dr Congo"] == "ORG"


def test_a_listed_platform_named_with_its_legal_form_keeps_the_fuller_name() -> None:
    from worker.entities.mentions import combine

    # Given a text naming a listed platform once with its legal form and later bare, and an agency with other words
    # "Microsoft Corp said ... Microsoft plans ... Reuters News Agency reported"
    model = [((0, 14), _m("Microsoft Corp", "ORG", 0)), ((60, 79), _m("Reuters News Agency", "ORG", 60))]
    outlet_hits = [
        ((0, 9), _m("Microsoft", "ORG", 0, source="gazetteer")),
        ((30, 39), _m("Microsoft", "ORG", 30, source="gazetteer")),
        ((60, 67), _m("Reuters", "ORG", 60, source="gazetteer")),
    ]
    # When the mentions are combined and merged
    merged = _merge(*combine(model, outlet_hits))
    # Then the company goes under its fullest form, both mentions counted, while the agency keeps its short name
    assert set(merged) == {"Microsoft Corp", "Reuters"}
    assert merged["Microsoft Corp"].count == 2
    assert merged["Microsoft Corp"].label == "ORG"


def test_a_name_opening_with_a_company_met_alone_does_not_read_as_a_person() -> None:
    # Given a carmaker whose name is also a given name, met alone and as the first word of its product's name
    # "Norvik unveiled the sedan. ... as well as Norvik Connect. Norvik said ..."
    given = frozenset({"norvik"})
    mentions = [
        _m("Norvik", "ORG", None, in_headline=True),
        _m("Norvik", "ORG", 10),
        _m("Norvik Connect", "ORG", 60),
        _m("Norvik", "ORG", 90),
    ]
    # When merged
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=given)}
    # Then the company stays itself, not folded into a "person" named after its product
    assert merged["Norvik"].count == 3
    assert merged["Norvik"].label == "ORG"
    assert merged["Norvik Connect"].label == "ORG"


def test_a_known_place_the_model_always_calls_a_place_keeps_its_label_despite_an_organisation_word() -> None:
    # Given a known place named with an organisation's head word ("Tarrow Bank"), always voted a place,
    # and a name of the same shape no gazetteer knows ("Kelby Bank"), also voted a place
    places = PLACES | {"tarrow bank"}
    mentions = [_m("Tarrow Bank", "GPE", 10), _m("Tarrow Bank", "GPE", 90), _m("Kelby Bank", "GPE", 50)]
    # When merged
    labels = {e.text: e.label for e in merge_mentions(mentions, places=places, countries=COUNTRIES)}
    # Then the known place stays a place and the other is an organisation
    assert labels == {"Tarrow Bank": "GPE", "Kelby Bank": "ORG"}
    # and one vote for an organisation is enough to keep the organisation's word deciding
    mixed = [*mentions, _m("Tarrow Bank", "ORG", 120)]
    assert {e.text: e.label for e in merge_mentions(mixed, places=places, countries=COUNTRIES)}["Tarrow Bank"] == "ORG"


def test_a_lone_given_name_a_pronoun_follows_is_a_person_though_a_town_has_that_name() -> None:
    from worker.entities.cues import pronouned_words

    # Given a friend and her husband named once each by a given name in apposition, a pronoun after each, both
    # names also towns' names, and a third town-named word the model voted a person with no pronoun after it
    body = "My friend, Sharon, asked me to bake for her husband, Ariel, for his birthday. Reading was rainy."
    pronouned = pronouned_words(body)
    given = frozenset({"sharon", "ariel"})
    places = PLACES | {"sharon", "ariel", "reading"}
    mentions = [
        _m("Sharon", "PERSON", body.index("Sharon")),
        _m("Ariel", "PERSON", body.index("Ariel")),
        _m("Reading", "PERSON", body.index("Reading")),
    ]
    # When merging with the pronoun evidence
    merged = merge_mentions(mentions, places=places, countries=COUNTRIES, given=given, pronouned=pronouned)
    # Then the two given names are people, and the word with no pronoun after it stays a place
    assert pronouned == {"sharon", "ariel"}
    assert {e.text: e.label for e in merged} == {"Sharon": "PERSON", "Ariel": "PERSON", "Reading": "GPE"}


def test_a_lone_given_name_the_text_does_not_write_as_a_place_stays_a_person_though_a_town_has_that_name() -> None:
    # Given two lone given names the model voted people, both also towns' names, no pronoun after either:
    # "Taylor" the text puts nothing in, "Marion" it locates a plant in ("a plant in Marion")
    given = frozenset({"taylor", "marion"})
    places = PLACES | {"taylor", "marion"}
    mentions = [_m("Taylor", "PERSON", 0), _m("Marion", "PERSON", 60)]
    # When merged with what the text locates
    merged = merge_mentions(mentions, places=places, countries=COUNTRIES, given=given, located=frozenset({"marion"}))
    # Then the unlocated one stays a person and the located one is the town
    assert {e.text: e.label for e in merged} == {"Taylor": "PERSON", "Marion": "GPE"}


def test_towns_by_given_names_reads_a_state_after_a_comma_and_a_list_beside_a_place() -> None:
    from worker.entities.merge import towns_by_given_names

    # Given lone given names that are towns: one before ", Texas", one listed beside Toronto, one before ", Wash.",
    # and one only said to speak
    body = "A plant in Taylor, Texas opened. Toronto, Hamilton and Ottawa have clinics. Kent, Wash. is dry. Ray said."
    names = ("Taylor", "Texas", "Toronto", "Hamilton", "Ottawa", "Kent", "Ray")
    mentions = [
        _m(name, "GPE" if name in ("Texas", "Toronto", "Ottawa") else "PERSON", body.index(name)) for name in names
    ]
    given = frozenset({"taylor", "hamilton", "kent", "ray"})
    places = PLACES | {"taylor", "texas", "toronto", "hamilton", "ottawa", "kent", "ray"}
    # When the text's evidence is read
    towns = towns_by_given_names(mentions, body, places, given, COUNTRIES | {"texas"})
    # Then the three written as places are towns, the speaker is not
    assert towns == {"taylor", "hamilton", "kent"}


def test_a_country_a_pronoun_follows_stays_a_place() -> None:
    # Given a country that is also a given name, written alone before "her" ("Jordan" ... "her borders")
    body = "Jordan closed her borders on Monday."
    given = frozenset({"jordan"})
    mentions = [_m("Jordan", "PERSON", 0)]
    # When merging with the pronoun evidence
    from worker.entities.cues import pronouned_words

    merged = merge_mentions(
        mentions,
        places=PLACES | {"jordan"},
        countries=COUNTRIES | {"jordan"},
        given=given,
        pronouned=pronouned_words(body),
    )
    # Then the country is still a place
    assert [(e.text, e.label) for e in merged] == [("Jordan", "GPE")]


def test_a_telecom_firm_folds_into_its_communications_name() -> None:
    # Given a carrier named once by its full name (voted a person) and then bare, as an organisation
    merged = _merge(
        _m("Norvale Communications", "PERSON", 10),
        _m("Norvale", "ORG", 50),
        _m("Norvale", "ORG", 90),
    )
    # When merging
    # Then the bare name is a short form of the full one, an organisation
    assert set(merged) == {"Norvale Communications"}
    assert merged["Norvale Communications"].count == 3
    assert merged["Norvale Communications"].label == "ORG"


def test_a_gaming_or_esports_team_is_an_organisation_whatever_the_vote() -> None:
    # Given "Harbor Gaming beat Lantern Esports 3-1", both teams voted people by the model
    # When merging
    # Then each is an organisation by its head word
    mentions = [_m("Harbor Gaming", "PERSON", 0), _m("Lantern Esports", "PERSON", 20)]
    merged = {e.text: e.label for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES)}
    assert merged == {"Harbor Gaming": "ORG", "Lantern Esports": "ORG"}


def test_a_clipped_name_is_not_taken_for_a_longer_name_the_text_calls_by_its_initials() -> None:
    from worker.entities.aliases import clipped_aliases

    # Given a "Fed" beside a committee whose name starts with "Federal" and which the text calls by its initials
    committee = [
        Mention("Federal Open Market Committee", "ORG", 0),
        Mention("FOMC", "ORG", 40),
        Mention("Fed", "ORG", 80),
    ]
    # Then the clip is not the committee's name; beside the bank's own name (no initials used) it is
    assert clipped_aliases(committee) == {}
    assert clipped_aliases([Mention("Federal Reserve", "ORG", 0), Mention("Fed", "ORG", 40)]) == {
        "fed": "federal reserve"
    }


def test_a_one_word_person_listed_with_an_organisation_is_an_organisation() -> None:
    from worker.entities.merge import MergedEntity, with_listed_organisations

    # Given "Quorix and Blue Harbor won contracts" and "Snap, Zelto and Dropbin", the one-word firms voted people
    body = "Quorix and Blue Harbor won contracts. Snap, Zelto and Dropbin cut jobs. Maria and Harbor Bank agreed."
    entities = [
        MergedEntity("Quorix", "PERSON", 1, 0, False),
        MergedEntity("Blue Harbor", "ORG", 1, body.index("Blue"), False),
        MergedEntity("Zelto", "PERSON", 1, body.index("Zelto"), False),
        MergedEntity("Dropbin", "ORG", 1, body.index("Dropbin"), False),
        MergedEntity("Maria", "PERSON", 1, body.index("Maria"), False),
        MergedEntity("Harbor Bank", "ORG", 1, body.index("Harbor Bank"), False),
    ]
    # When relabelling by the lists, knowing the given names
    labels = {e.text: e.label for e in with_listed_organisations(entities, body, frozenset({"maria"}))}
    # Then the firms are organisations; a given name stays a person
    assert labels == {
        "Quorix": "ORG", "Blue Harbor": "ORG", "Zelto": "ORG", "Dropbin": "ORG", "Maria": "PERSON", "Harbor Bank": "ORG"
    }  # fmt: skip


def test_an_apposition_or_a_word_of_a_longer_name_makes_no_list() -> None:
    from worker.entities.merge import MergedEntity, with_listed_organisations

    # Given a person in apposition after an agency, and a person beside a word of an organisation's longer name
    body = "The head of the Capital Authority, Hartanto, said so. Okafor and Harbor signed for Harbor United."
    entities = [
        MergedEntity("Capital Authority", "ORG", 1, body.index("Capital"), False),
        MergedEntity("Hartanto", "PERSON", 1, body.index("Hartanto"), False),
        MergedEntity("Okafor", "PERSON", 1, body.index("Okafor"), False),
        MergedEntity("Harbor United", "ORG", 1, body.index("Harbor United"), False),
    ]
    # Then both stay people
    assert with_listed_organisations(entities, body, frozenset()) == entities


def test_a_place_written_with_a_companys_chief_executive_is_the_company() -> None:
    from worker.entities.company_cues import executive_names
    from worker.entities.merge import MergedEntity, with_headed_companies

    # Given a carmaker named like its home town, a phone maker with its CEO, and a state with a party chairman
    body = (
        "Kestrel's chief executive Ana Ruiz said the recall would cost billions. Lindale CEO Omar Vik cut jobs. "
        "Texas Chairman Abe Ford spoke in Austin."
    )
    entities = [
        MergedEntity("Kestrel", "GPE", 1, 0, False),
        MergedEntity("Lindale", "GPE", 1, body.index("Lindale"), False),
        MergedEntity("Texas", "GPE", 1, body.index("Texas"), False),
        MergedEntity("Austin", "GPE", 1, body.index("Austin"), False),
    ]
    # When relabelling by the executives the text writes after a name, knowing the countries and US states
    labels = {e.text: e.label for e in with_headed_companies(entities, executive_names(body), frozenset({"texas"}))}
    # Then the two companies are organisations; the state and the town stay places
    assert labels == {"Kestrel": "ORG", "Lindale": "ORG", "Texas": "GPE", "Austin": "GPE"}


def test_a_person_of_two_words_listed_with_an_organisation_is_one_unless_it_opens_with_a_given_name() -> None:
    from worker.entities.merge import MergedEntity, with_listed_organisations

    # Given a contractor of two words voted a person beside an organisation, and a person opening with a given name
    body = "Quorix and Brandell Martin won contracts. Ursula Kowalski and Harbor Bank agreed."
    entities = [
        MergedEntity("Quorix", "ORG", 1, 0, False),
        MergedEntity("Brandell Martin", "PERSON", 1, body.index("Brandell"), False),
        MergedEntity("Ursula Kowalski", "PERSON", 1, body.index("Ursula"), False),
        MergedEntity("Harbor Bank", "ORG", 1, body.index("Harbor Bank"), False),
    ]
    # When relabelling by the lists, "Ursula" and "Martin" being given names
    labels = {e.text: e.label for e in with_listed_organisations(entities, body, frozenset({"ursula", "martin"}))}
    # Then the contractor is an organisation and the person stays a person
    assert labels["Brandell Martin"] == "ORG"
    assert labels["Ursula Kowalski"] == "PERSON"


def test_people_and_places_in_a_series_of_organisations_are_organisations() -> None:
    from worker.entities.merge import MergedEntity, with_company_series

    # Given a series of contractors, two of them voted a place and a person, and a series of towns under warning
    body = (
        "The winners include Quorix Technology, Brandell, Halvern Aerospace, Corvane Express and Orbit Nine. "
        "Warnings remain for Tallow Creek, Wiseleigh and Sarnfield. Siemens, Bosch, Maria Lopez and Germany signed."
    )
    texts = {"Quorix Technology": "ORG", "Brandell": "GPE", "Halvern Aerospace": "ORG", "Corvane Express": "PERSON",
             "Orbit Nine": "ORG", "Tallow Creek": "GPE", "Wiseleigh": "ORG", "Sarnfield": "ORG", "Siemens": "ORG",
             "Bosch": "ORG", "Maria Lopez": "PERSON", "Germany": "GPE"}  # fmt: skip
    entities = [MergedEntity(t, label, 1, body.index(t), False) for t, label in texts.items()]  # type: ignore[arg-type]
    # When relabelling by series, "Maria" a given name, Germany a country, and the towns written after "for"
    out = with_company_series(
        entities, body, frozenset({"maria"}), countries=frozenset({"germany"}), located=frozenset({"tallow creek"})
    )
    labels = {e.text: e.label for e in out}
    # Then the contractors are organisations; the town, the person and the country keep their labels
    assert (labels["Brandell"], labels["Corvane Express"]) == ("ORG", "ORG")
    assert (labels["Tallow Creek"], labels["Maria Lopez"], labels["Germany"]) == ("GPE", "PERSON", "GPE")


def test_a_company_noun_in_apposition_names_a_company_not_a_person() -> None:
    from worker.entities.company_cues import corporate_names

    # Given a publisher and a broadcaster in apposition, and a person who is a newspaper's publisher
    body = (
        "Quorisoft, the French publisher of role-playing games, cut jobs. Nordvik, the Norwegian broadcaster, "
        "agreed. Fred Ryan, the publisher of the newspaper, said so."
    )
    # When reading company evidence
    found = corporate_names(body)
    # Then both companies are found (the person is spared later by his given name)
    assert {"quorisoft", "nordvik"} <= found


def test_a_place_listed_with_a_university_is_a_university_unless_located_or_a_country() -> None:
    from worker.entities.merge import MergedEntity, with_listed_organisations

    # Given a school voted a place beside a university, a town beside a town named like a college, and a country
    body = (
        "Scientists at Halvard and Dunmore University disagreed. Fans came from State College and Harrisburg. "
        "Grants from Norway and Dunmore University helped."
    )
    texts = {"Halvard": "GPE", "Dunmore University": "ORG", "State College": "ORG", "Harrisburg": "GPE",
             "Norway": "GPE"}  # fmt: skip
    entities = [MergedEntity(t, label, 1, body.index(t), False) for t, label in texts.items()]  # type: ignore[arg-type]
    # When relabelling by lists, knowing the countries and the known places
    out = with_listed_organisations(
        entities, body, frozenset(), countries=frozenset({"norway"}), places=frozenset({"state college", "harrisburg"})
    )
    labels = {e.text: e.label for e in out}
    # Then only the school is an organisation
    assert (labels["Halvard"], labels["Harrisburg"], labels["Norway"]) == ("ORG", "GPE", "GPE")


def test_two_names_before_a_plural_place_noun_are_places() -> None:
    from worker.entities.cues import placed_names

    # Given two counties named before "counties", and a name before "states" in another sentence
    text = "Cases were confirmed in Kalamazoo and Cass counties. Ohio and West Virginia states said so."
    # When reading names written as places
    found = placed_names(text)
    # Then each of the pairs is a place
    assert {"kalamazoo", "cass", "ohio", "west virginia"} <= found


def test_a_name_after_suburb_of_or_state_of_is_a_place() -> None:
    from worker.entities.cues import placed_names

    # Given a suburb, a state and an island written as such, and a company "of" nothing placed
    text = (
        "Police met him in the Milan suburb of Sesto San Giovanni. The state of Lower Saxony owns a stake. "
        "Boats reached the island of Lampedusa. The founder of Harbor Labs spoke."
    )
    found = placed_names(text)
    # Then the three are places, the company is not
    assert {"sesto san giovanni", "lower saxony", "lampedusa"} <= found
    assert "harbor labs" not in found


def test_a_name_publishing_data_is_company_evidence() -> None:
    from worker.entities.company_cues import corporate_names

    # Given figures credited to two data firms, and a researcher's own data
    body = "Spending rose, data from Quantora show. Sensorik data show growth. Jane Roe's data suggest otherwise."
    # When reading company evidence
    found = corporate_names(body)
    # Then the firms are found and the researcher is not
    assert {"quantora", "sensorik"} <= found
    assert "jane roe" not in found


def test_names_written_as_a_companys_are_organisations_where_the_model_tagged_nothing() -> None:
    from worker.entities.company_cues import company_cue_hits

    # Given firms named only by their cues, and cue words after a common word, a place and a nationality
    body = (
        "Spending rose, figures from Quantora show. Brightwell Interactive chief executive Ana Lobo agreed, "
        "and Brightwell Interactive shares rose. Industry data show growth. Texas employees were told. "
        "The Swedish firm, said data from Swedish registries, agreed."
    )
    found = [((body.index("Ana Lobo"), body.index("Ana Lobo") + 8), Mention("Ana Lobo", "PERSON", 0))]
    # When finding the names written as companies, Texas a known place and "Swedish" a group the model tagged
    hits = company_cue_hits(body, found, frozenset({"texas"}), {"swedish"}, {"industry"})
    # Then each mention of the two firms is an organisation, and nothing else is
    assert [(m.text, m.label) for _, m in hits] == [
        ("Quantora", "ORG"), ("Brightwell Interactive", "ORG"), ("Brightwell Interactive", "ORG")
    ]  # fmt: skip


def test_one_word_opening_a_sentence_is_a_company_when_a_heads_title_follows_it() -> None:
    from worker.entities.company_cues import company_cue_hits

    # Given a firm named only at a sentence's start, before its chief executive, and a common word before data
    body = "Prices rose. Zentravo chief executive Amin Nasser said so. Industry data show it."
    found = [((body.index("Amin"), body.index("Amin") + 11), Mention("Amin Nasser", "PERSON", 0))]
    # When finding the names written as companies / Then the firm is one, the common word is not
    hits = company_cue_hits(body, found, frozenset(), set(), set())
    assert [(m.text, m.label) for _, m in hits] == [("Zentravo", "ORG")]


def test_a_name_is_a_place_by_its_list_only_beside_mostly_known_places() -> None:
    from worker.entities.cues import listed_places

    # Given a list of three firms, one named like a region, and a list of three territories, two of them known
    body = "Demand from Microsoft, Meta and Alphabet rose. Ships from Turkey, Poland and Bonaire came."
    names = ["Microsoft", "Meta", "Alphabet", "Turkey", "Poland", "Bonaire"]
    mentions = [Mention(n, "ORG" if n == "Microsoft" else "GPE", body.index(n)) for n in names]
    # When reading the names listed beside known places
    found = listed_places(mentions, body, frozenset({"meta", "turkey", "poland"}))
    # Then the territory is one, and the firm beside one known place is not
    assert found == {"bonaire"}


def test_analysts_at_a_name_and_a_place_in_a_series_of_firms_make_firms() -> None:
    from worker.entities.company_cues import corporate_names
    from worker.entities.merge import MergedEntity, with_company_series

    # Given analysts at a firm, and a firm named like a region (and a given name) in a series of firms
    body = "Analysts at Quorand said so. Demand from Microsoft, Meta and Alphabet rose."
    entities = [
        MergedEntity("Microsoft", "ORG", 1, body.index("Microsoft"), False),
        MergedEntity("Meta", "GPE", 1, body.index("Meta"), False),
        MergedEntity("Alphabet", "ORG", 1, body.index("Alphabet"), False),
    ]
    # Then the analysts' firm is company evidence, and the region's namesake is a firm
    assert "quorand" in corporate_names(body)
    labels = {e.text: e.label for e in with_company_series(entities, body, frozenset({"meta"}))}
    assert labels["Meta"] == "ORG"


def test_a_series_before_a_plural_place_noun_are_places_but_not_an_adjective_before_of() -> None:
    from worker.entities.cues import placed_names

    # Given three states before "states", a nationality before "city of", and a period's town house
    text = "Floods hit Lagos, Ogun and Oyo states. The Swiss city of Geneva agreed. The Victorian town house burned."
    # When reading names written as places
    found = placed_names(text)
    # Then the states and the city after "of" are places, and the adjectives are not
    assert {"lagos", "ogun", "oyo", "geneva"} <= found
    assert not {"swiss", "victorian"} & found


def test_a_place_found_without_its_capitalised_kind_gets_its_whole_name() -> None:
    from worker.entities.joins import with_place_kind

    # Given places found before "State" and "Province", and a US state before "State" (a university's name)
    text = "Ondo State is worst hit. Edo State followed. Western Province too. Ohio State won."
    found = [((text.index(n), text.index(n) + len(n)), Mention(n, "GPE", text.index(n))) for n in
             ("Ondo", "Edo", "Western", "Ohio")]  # fmt: skip
    # When giving places their kind
    out = [m.text for _, m in with_place_kind(found, text, frozenset({"ohio"}))]
    # Then the states and the province have their whole names, and Ohio stays as found
    assert out == ["Ondo State", "Edo State", "Western Province", "Ohio"]


def test_a_legal_form_abroad_outvotes_person_votes() -> None:
    # Given a firm the model called a person in the headline and in a short form, and once an ORG with its legal form
    merged = _merge(
        _m("Kestrel Pay", "PERSON", None, in_headline=True),
        _m("Kestrel Pay BV", "ORG", 10),
        _m("Kestrel Pay", "PERSON", 90),
        _m("Kestrel", "PERSON", 140),
    )
    # Then its fullest name is an organisation, as "Equinor ASA" is; a legal-form word alone is no evidence
    assert merged["Kestrel Pay BV"].label == "ORG"
    assert _merge(_m("Equinor ASA", "PERSON", 0), _m("Equinor", "PERSON", 50))["Equinor ASA"].label == "ORG"
    assert _merge(_m("Asa", "PERSON", 0), _m("Asa", "PERSON", 40))["Asa"].label == "PERSON"


def test_a_short_name_ending_organisations_of_two_places_is_its_own() -> None:
    places = frozenset({"dallas", "minneapolis", "boston"})

    def merge(*mentions: Mention) -> dict[str, MergedEntity]:
        return {e.text: e for e in merge_mentions(list(mentions), places=places, countries=COUNTRIES)}

    # Given "the Fed" beside two regional banks named by their cities, and "Celtics" beside one team
    feds = merge(
        _m("Fed", "ORG", 10), _m("Fed", "ORG", 50), _m("Dallas Fed", "ORG", 90), _m("Minneapolis Fed", "ORG", 130)
    )
    celtics = merge(_m("Boston Celtics", "ORG", 10), _m("Celtics", "ORG", 50), _m("Celtics", "ORG", 90))
    # Then "Fed" stays an organisation of its own, and "Celtics" is the team
    assert (feds["Fed"].count, feds["Dallas Fed"].count, feds["Minneapolis Fed"].count) == (2, 1, 1)
    assert list(celtics) == ["Boston Celtics"] and celtics["Boston Celtics"].count == 3


def test_an_institution_word_before_of_and_a_services_ending_make_an_organisation() -> None:
    # Given names the model calls a place or a person, of institutions named "<head> of ..." or "... Services"
    merged = _merge(
        _m("Ministry of Economy, Trade and Industry", "GPE", 0),
        _m("Bank of England", "PERSON", 60),
        _m("Galesburg Rail Services", "PERSON", 90),
        _m("Gulf of Mexico", "LOC", 130),
    )
    # Then the institutions are organisations, and a gulf stays a place
    assert {text: e.label for text, e in merged.items()} == {
        "Ministry of Economy, Trade and Industry": "ORG",
        "Bank of England": "ORG",
        "Galesburg Rail Services": "ORG",
        "Gulf of Mexico": "LOC",
    }


def test_an_acronym_written_with_an_ampersand_is_its_companys() -> None:
    # Given "Marks & Spencer" and "M&S", "Johnson & Johnson" and "J&J"
    merged = _merge(
        _m("Marks & Spencer", "ORG", 0),
        _m("M&S", "ORG", 40),
        _m("M&S", "ORG", 80),
        _m("Johnson & Johnson", "ORG", 120),
        _m("J&J", "ORG", 160),
    )
    # Then each acronym folds into its company
    assert {text: e.count for text, e in merged.items()} == {"Marks & Spencer": 3, "Johnson & Johnson": 2}


def test_an_acronym_leaving_out_the_names_last_word_is_its_bodys() -> None:
    # Given a body whose acronym leaves out its last word, and one whose last word is a company's legal suffix
    merged = _merge(
        _m("Centers for Disease Control and Prevention", "ORG", 0),
        _m("CDC", "ORG", 80),
        _m("CDC", "ORG", 160),
        _m("Cable News Network Inc", "ORG", 240),
        _m("CNN", "ORG", 320),
        _m("UN", "ORG", 400),
        _m("United Nations Organisation", "ORG", 480),
    )
    counts = {text: e.count for text, e in merged.items()}
    # Then "CDC" folds into its name, but "CNN" (the suffix left out) and a two-letter acronym stay apart
    assert counts["Centers for Disease Control and Prevention"] == 3
    assert counts["CNN"] == 1 and counts["Cable News Network Inc"] == 1
    assert counts["UN"] == 1


def test_sons_ends_a_companys_name() -> None:
    merged = _merge(_m("Tata Sons", "PERSON", 0), _m("Tata Sons", "PERSON", 60))
    assert merged["Tata Sons"].label == "ORG"


def test_an_unknown_two_word_place_whose_last_word_takes_a_pronoun_is_a_person() -> None:
    from worker.entities.cues import pronouned_words

    # Given a person the model calls a place, whose given name is a Finnish town's and on no name list, met later
    # by surname with "she"; and an unknown two-word place whose last word no pronoun follows
    body = "Kemi Adeyemi, who leads the team, spoke in Port Harlan. Adeyemi added that she was pleased."
    mentions = [_m("Kemi Adeyemi", "GPE", 0), _m("Port Harlan", "GPE", body.index("Port"))]
    places = PLACES | {"kemi"}
    merged = {
        e.text: e for e in merge_mentions(mentions, places=places, countries=COUNTRIES, pronouned=pronouned_words(body))
    }
    # Then the person is a person and the place stays a place
    assert merged["Kemi Adeyemi"].label == "PERSON"
    assert merged["Port Harlan"].label == "GPE"


def test_a_river_the_model_calls_an_organisation_is_a_place_and_an_actor_named_river_a_person() -> None:
    # Given "the River Exe" voted an organisation, and an actor whose given name is River voted a person
    mentions = [_m("River Exe", "ORG", 10), _m("River Exe", "ORG", 90), _m("River Phoenix", "PERSON", 150)]
    given = frozenset({"river", "phoenix"})
    merged = {e.text: e for e in merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=given)}
    # Then the river is a natural place and the actor a person
    assert merged["River Exe"].label == "LOC"
    assert merged["River Phoenix"].label == "PERSON"


def test_a_name_spelled_out_in_full_stays_last_under_the_floor() -> None:
    entities = [
        MergedEntity("Jack Ma", "PERSON", 6, 10, True),
        MergedEntity("Lazada", "ORG", 1, 9500, False),  # a lone word: falls off
        MergedEntity("Forrester Research", "ORG", 1, 9400, False),  # an organisation word
        MergedEntity("Jim Dunham", "PERSON", 1, 9600, False),  # a given name and a surname
        MergedEntity("Quick Graph", "PERSON", 1, 9300, False),  # no given name: falls off
    ]
    ranked = [e.text for e in rank(entities, body_length=10_000, given=frozenset({"jack", "jim"}))]
    assert ranked == ["Jack Ma", "Forrester Research", "Jim Dunham"]


def test_a_home_town_after_an_age_is_a_place_whatever_the_vote() -> None:
    from worker.entities.cues import placed_names

    # Given "Gerald Tindell, 67, of Albert Lea": a given name opens the town's name, and the model votes a person
    text = "Killed were Brianna Lohse, 19, of Faribault, and Gerald Tindell, 67, of Albert Lea. Tindell, 67, died."
    placed = placed_names(text)
    assert {"faribault", "albert lea"} <= placed and "tindell" not in placed
    assert _settled(_m("Albert Lea", "PERSON"), _m("Gerald Tindell", "PERSON"), placed=placed) == {
        "Albert Lea": "GPE", "Gerald Tindell": "PERSON"
    }  # fmt: skip


def test_a_protected_area_and_a_lake_are_places_and_the_area_short_named_merges_into_it() -> None:
    from worker.entities.aliases import park_aliases
    from worker.entities.gazetteer import given_names

    # Given "Kuno National Park" (Kuno is also a given name) written later as "Kuno", and "the Great Salt Lake"
    mentions = [
        _m("Kuno National Park", "ORG", 0), _m("Kuno", "GPE", 80), _m("Kuno", "GPE", 160),
        _m("Great Salt Lake", "PERSON", 240), _m("Kuno Weber", "PERSON", 300),
    ]  # fmt: skip
    assert "kuno" in given_names()
    aliases = park_aliases(mentions, PLACES)
    assert aliases == {"kuno": "kuno national park"}
    merged = merge_mentions(mentions, places=PLACES, countries=COUNTRIES, given=given_names(), aliases=aliases)
    assert {e.text: (e.label, e.count) for e in merged} == {
        "Kuno National Park": ("GPE", 3), "Great Salt Lake": ("LOC", 1), "Kuno Weber": ("PERSON", 1)
    }  # fmt: skip


def test_a_services_district_is_an_organisation_whatever_the_vote() -> None:
    mentions = [_m("Southern Nevada Health District", "GPE", 0), _m("Kanawha County School District", "GPE", 60)]
    mentions.append(_m("Gaines Hill District", "GPE", 120))  # a place's district
    assert _settled(*mentions) == {
        "Southern Nevada Health District": "ORG", "Kanawha County School District": "ORG", "Gaines Hill District": "GPE"
    }  # fmt: skip


def test_a_lone_word_person_never_introduced_ranks_behind_named_people_however_often_met() -> None:
    entities = [
        MergedEntity("Zigbee", "PERSON", 5, 900, False),  # recurs, but after the lead: a protocol called a person
        MergedEntity("Lena Park", "PERSON", 1, 1600, False),
        MergedEntity("Ortega", "PERSON", 5, 100, False),  # in the lead: introduced
        MergedEntity("Kai", "PERSON", 5, 900, False, signalled=True),  # other evidence
        MergedEntity("Mira", "PERSON", 2, 900, True),  # in the headline
    ]
    ranked = [e.text for e in rank(entities, body_length=10_000)]
    assert "Zigbee" not in ranked[: ranked.index("Lena Park")]  # after the named person, or under the floor
    assert set(ranked[:3]) == {"Ortega", "Kai", "Mira"}


def test_a_listed_company_that_is_a_towns_name_too_stays_the_organisation_the_model_read() -> None:
    # Given "Nokia" (a listed company and a Finnish town) and "Maynard" (a town only), each read as an organisation
    places = PLACES | {"nokia"}
    mentions = [_m("Nokia", "ORG", 0), _m("Nokia", "ORG", 80), _m("Maynard", "ORG", 200), _m("Maynard", "ORG", 300)]
    merged = {e.text: e.label for e in merge_mentions(mentions, places=places, countries=COUNTRIES)}
    # Then the company stays an organisation and the town is a place
    assert merged == {"Nokia": "ORG", "Maynard": "GPE"}
    # And the company's name as the story's dateline place ("NOKIA —") is that place
    located = frozenset({"nokia"})
    merged = {e.text: e.label for e in merge_mentions(mentions, places=places, countries=COUNTRIES, located=located)}
    assert merged["Nokia"] == "GPE"


def test_a_name_ending_in_a_manufacturers_abbreviation_is_no_persons() -> None:
    # Given "Diamond Electric Mfg" and "Diamond Electric Manufacturing", read as organisations, "Diamond" being a given
    # name (so that "<Given> <Word> <Word>" could read as a person's name)
    given = frozenset({"diamond"})
    for name in ("Diamond Electric Mfg", "Diamond Electric Manufacturing"):
        merged = merge_mentions([_m(name, "ORG", 0)], places=PLACES, countries=COUNTRIES, given=given)
        # Then it stays an organisation
        assert [(e.text, e.label) for e in merged] == [(name, "ORG")]
    # And a name of that shape without the word is a person
    merged = merge_mentions([_m("Diamond Electric Jones", "ORG", 0)], places=PLACES, countries=COUNTRIES, given=given)
    assert [e.label for e in merged] == ["PERSON"]


def test_a_lone_surname_the_text_gives_a_title_is_an_introduced_person() -> None:
    from worker.entities.rank import unintroduced_person

    obama = MergedEntity("Obama", "PERSON", 2, 900, False)  # "President Obama", late, never named in full
    siri = MergedEntity("Siri", "PERSON", 2, 900, False)
    assert unintroduced_person(obama) and unintroduced_person(siri)
    assert not unintroduced_person(obama, frozenset({"obama"}))
    ranked = [e.text for e in rank([siri, obama], body_length=10_000, titled=frozenset({"obama"}))]
    assert ranked[0] == "Obama"


def test_a_title_still_to_be_taken_and_a_second_title_close_behind_both_introduce_people() -> None:
    text = (
        '"I am proud to serve President-elect Trump as an adviser," Icahn said. "Under President Obama, owners '
        'suffered." Governor-elect Jane Roe agreed; the electorate Smith did not.'
    )
    assert titled_names(["Trump", "Obama", "Jane Roe", "Smith"], text) == frozenset({"trump", "obama", "jane roe"})


def test_a_name_before_administration_is_a_leaders_and_introduces_a_person() -> None:
    text = (
        "A court dealt the Obama administration a blow. The Trump Administration agreed, and so did the George W. "
        "Bush administration. The Small Business Administration said nothing to Jane Doe."
    )
    names = ["Obama", "Trump", "George W. Bush", "Jane Doe"]
    assert titled_names(names, text) == frozenset({"obama", "trump", "george w bush"})


_CUES_AFTER_AS_WRITTEN = {  # the company cue patterns as they opened before, with a look-behind or a look-ahead
    "_COMPANY_AFTER": r"(?=[cCfhsew])(?<=[\w&'’-] )(?:co-?founder|founder|chief executive|[Cc][Ee][Oo]|[Cc][Ff][Oo]|"
    r"chairman|chairwoman|headquarters|subsidiar(?:y|ies)|employees|workforce)\b",
    "_ANALYST_AFTER": r"(?<=[\w&-] )(?:analyst|economist|strategist)s? (?=[A-Z][a-z])",
    "_EXECUTIVES_AFTER": r"(?=[CFcf])(?:(?<=['’]s )|(?<=[\w&-] ))(?i:co-?founder|founder|chief executive|ceo|cfo|"
    r"chairman|chairwoman)\b(?! officer of)",
    "_SHARES_MOVED": r"(?=[sS])(?<=[\w&-] )(?:shares|stock)(?: price)? (?:rose|fell|jumped|climbed|dropped|slid|"
    r"slipped|gained|tumbled|surged|plunged|sank|soared|rallied|dipped|declined|closed|ended|traded|have (?:risen|"
    r"fallen|lost))\b",
}


@pytest.mark.parametrize(
    "text",
    [
        "Toyota's chief executive Koji Sato, Nokia CEO Pekka and Acme Ceo, co-founder and SpaceX's founder",
        "Acme-CFO, Acme Cfo officer of, Acme CEO officer of the board, A cofounder, Xchairman, Acme chairwoman",
        "Acme headquarters, Acme subsidiaries, Acme subsidiary's employees, its workforce, employeesX, A Shares rose",
        "SK Hynix shares rose, Zalvina stock fell, Acme stock price have fallen, Acme's shares rose, Acme Stock fell",
        "Acme analyst Jane, Acme economists Bob, Acme strategist BOB, Peel & analyst Ann, -analyst Ann, analyst Ann",
        "chief executive at the start, CEO at the start, shares rose at the start",
    ],
)
def test_company_cues_after_a_name_match_as_they_were_written(text: str) -> None:
    import re

    from worker.entities import company_cues

    # Given the cue patterns after a name, opening with their words' first letters, When they search a text,
    # Then they find the matches of the patterns as written before, opening with a look-behind or a look-ahead
    patterns = {
        "_COMPANY_AFTER": company_cues._COMPANY_AFTER[0],
        "_ANALYST_AFTER": company_cues._ANALYST_AFTER,
        "_EXECUTIVES_AFTER": company_cues._EXECUTIVES_AFTER,
        "_SHARES_MOVED": company_cues._COMPANY_AFTER[-1],
    }
    for name, written in _CUES_AFTER_AS_WRITTEN.items():
        spans = [m.span() for m in re.finditer(written, text)]
        assert [m.span() for m in patterns[name].finditer(text)] == spans, name


def test_a_full_name_without_its_middle_initial_is_the_same_person() -> None:
    # "Donald J. Trump" at first mention and in most later ones, "Donald Trump" once in a quote
    merged = _merge(
        _m("Donald J. Trump", "PERSON", 0), _m("Donald Trump", "PERSON", 60), _m("Donald J. Trump", "PERSON", 120),
        _m("Trump", "PERSON", 180),
    )  # fmt: skip
    assert {text: e.count for text, e in merged.items()} == {"Donald J. Trump": 4}


def test_a_name_mostly_written_without_its_middle_initial_is_shown_so() -> None:
    # "Donald J. Trump" once, "Donald Trump" three times: one person, named as the story mostly names him
    merged = _merge(
        _m("Donald J. Trump", "PERSON", 0), _m("Donald Trump", "PERSON", 60), _m("Donald Trump", "PERSON", 120),
        _m("Donald Trump", "PERSON", 180),
    )  # fmt: skip
    assert {text: e.count for text, e in merged.items()} == {"Donald Trump": 4}


def test_two_people_sharing_given_name_and_surname_apart_from_a_middle_name_stay_apart() -> None:
    # a middle name, not an initial: "John Quincy Adams" is not "John Adams"
    merged = _merge(_m("John Quincy Adams", "PERSON", 0), _m("John Adams", "PERSON", 60))
    assert set(merged) == {"John Quincy Adams", "John Adams"}
