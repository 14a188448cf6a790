"""``names.whole_names_pattern``: the one builder of the outlet, country and page-name regexes; and
``names.whole_name_spans``, its search without a compiled pattern."""

from __future__ import annotations

import random
import re

import pytest

from worker.entities.names import clean_name, whole_name_spans, whole_names_pattern


def test_whole_words_only_longest_first_including_names_not_starting_with_a_letter() -> None:
    pattern = whole_names_pattern({"Reuters", "Tech Wire", "Tech Wire Asia", "+972 Magazine", "9News"})
    text = "Reuters, Reutersville, Tech Wire Asia, +972 Magazine and 9News; pre-Reuters."
    assert [m.group() for m in pattern.finditer(text)] == ["Reuters", "Tech Wire Asia", "+972 Magazine", "9News"]


def test_words_apart_by_any_whitespace_only_when_asked() -> None:
    text = "as Tech  Wire\nAsia reported"
    assert whole_names_pattern({"Tech Wire Asia"}).search(text) is None
    found = whole_names_pattern({"Tech Wire Asia"}, any_space=True).search(text)
    assert found is not None and found.group() == "Tech  Wire\nAsia"


def _longest_first(names: set[str], any_space: bool) -> re.Pattern[str]:
    """The plain form the trie must match as: an alternation of the names, longest first."""
    space = r"\s+" if any_space else " "
    ordered = sorted(names, key=len, reverse=True)
    alternatives = "|".join(space.join(re.escape(word) for word in name.split(" ")) for name in ordered)
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


@pytest.mark.parametrize("any_space", [False, True])
def test_the_trie_finds_what_an_alternation_longest_first_finds(any_space: bool) -> None:
    # Given names sharing beginnings at letter and word level, and texts mixing them with near misses
    words = [
        "Tech",
        "Wire",
        "Asia",
        "Fox",
        "Foxconn",
        "New",
        "York",
        "Times",
        "A",
        "AB",
        "Über",
        "O'Neil",
        "C++",
        "X.Y",
    ]
    fillers = ["and", "-", ",", "\n", "  ", "the", "Foxes", "ABC", "Tech-Wire"]
    rng = random.Random(7)
    for _ in range(400):
        names = {" ".join(rng.choice(words) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 6))}
        text = " ".join(rng.choice(words + fillers) for _ in range(40))
        # Then the trie's matches are the alternation's, span for span
        expected = [(m.span(), m.group()) for m in _longest_first(names, any_space).finditer(text)]
        found = [(m.span(), m.group()) for m in whole_names_pattern(names, any_space=any_space).finditer(text)]
        assert found == expected, (names, text)


def test_the_search_without_a_pattern_finds_what_the_pattern_finds() -> None:
    # Given names sharing beginnings, and texts mixing their parts with any whitespace and word characters beside
    parts = ["A", "AB", "Ab", "b", "-", "'", "’", "_", ".", "1", "é", "Tech", "Wire"]
    gaps = [" ", "  ", "\n", "\t", "\xa0", "", "(", "-", "_", ",", "'s "]
    rng = random.Random(11)
    for _ in range(3000):
        names = {" ".join(rng.choice(parts) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 5))}
        text = "".join(rng.choice(parts) + rng.choice(gaps) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, 3)
        # Then the spans are the pattern's (words apart by any whitespace), from the same start
        expected = [m.span() for m in whole_names_pattern(names, any_space=True).finditer(text, start)]
        assert whole_name_spans(names, text, start) == expected, (names, text, start)


def test_local_government_police_and_envoy_titles_are_dropped_from_a_name() -> None:
    for titled in ("Councillor Priya Mistry", "Cllr Priya Mistry", "Superintendent Priya Mistry",
                   "Deputy Commissioner Priya Mistry", "Ambassador Priya Mistry", "Lt. Priya Mistry"):  # fmt: skip
        assert clean_name(titled) == "Priya Mistry", titled
    assert clean_name("Deputy") == "Deputy"  # a title alone stays what it is (the filters judge it)


def test_irish_police_ranks_are_dropped_from_a_persons_name_not_from_the_forces_units() -> None:
    assert clean_name("Det Garda Ciara Walsh") == "Ciara Walsh"
    assert clean_name("Det Sgt Jo Hall") == "Jo Hall"
    unit = "Garda National Drugs and Organised Crime Bureau"
    assert clean_name(unit, organisation=True) == unit


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Against Leinster", "Leinster"),  # a sentence's opening preposition
        ("Besides Orb", "Orb"),  # and another one
        ("steelmaker Thyssenkrupp", "Thyssenkrupp"),  # a lower-case descriptor the model took in
        ("Striker Iván Castaño", "Iván Castaño"),  # a player's position as a title
        ("de Groot", "de Groot"),  # a particle opens a surname
        ("4th District Court of Appeal", "4th District Court of Appeal"),  # an ordinal is part of the name
        ("Under Armour", "Under Armour"),  # a company whose name opens with a preposition
    ],
)
def test_words_before_a_name_that_are_no_part_of_it(text: str, name: str) -> None:
    assert clean_name(text) == name


def test_a_long_name_counts_its_capitalised_words_only() -> None:
    # Given a court's full name of nine words, three of them joining words, and a run of nine capitalised words
    assert clean_name("US District Court for the Eastern District of Missouri") == (
        "US District Court for the Eastern District of Missouri"
    )
    assert clean_name("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota") is None


def test_a_monarchs_possessive_stays_inside_the_name() -> None:
    from worker.entities.names import split_name

    assert split_name("King's College London") == ["King's College London"]
    assert split_name("Mexico's Sinaloa") == ["Mexico", "Sinaloa"]


def test_a_university_systems_campus_after_a_comma_stays_one_name() -> None:
    from worker.entities.names import split_name

    # Given a system and its campus, a state university and its campus, and a person beside a university
    assert split_name("the University of California, Berkeley") == ["the University of California, Berkeley"]
    assert split_name("California State University, Sacramento") == ["California State University, Sacramento"]
    # Then those stay whole; a list of a university and a person does not
    assert split_name("Harvard University, Jane Doe") == ["Harvard University", "Jane Doe"]


def test_a_legal_form_after_a_comma_stays_with_its_company() -> None:
    from worker.entities.names import split_name

    assert split_name("Kanemura Holdings Co., Ltd.") == ["Kanemura Holdings Co., Ltd."]
    assert split_name("Acme, Inc.") == ["Acme, Inc."]
    assert split_name("Otto, Imperial College London") == ["Otto", "Imperial College London"]


def test_a_title_word_that_is_part_of_the_name_stays() -> None:
    assert clean_name("Premier League") == "Premier League"
    assert clean_name("Premier Li Qiang") == "Li Qiang"


@pytest.mark.parametrize(
    ("text", "name"),
    [("Treasurer Daniel Mookhey", "Daniel Mookhey"), ("Sheriff Tyree Jones", "Tyree Jones"),
     ("Speaker Mike Johnson", "Mike Johnson"), ("Attorney General Pam Bondi", "Pam Bondi"),
     ("Cr Jane Dunne", "Jane Dunne"), ("Coun. Jane Doe", "Jane Doe"), ("MPP Ravi Kaur", "Ravi Kaur"),
     # a title after its place or office
     ("Hadapsar MLA Prakash Deshmane", "Prakash Deshmane"), ("Health Minister Ong Ye Kung", "Ong Ye Kung"),
     ("Mary Queen of Scots", "Mary Queen of Scots"),  # not before a capitalised name: no title of a name
     # an institution named after a titled person keeps the title
     ("Queen Mary University of London", "Queen Mary University of London"),
     ("King Fahd Hospital", "King Fahd Hospital")],
)  # fmt: skip
def test_more_office_titles_are_dropped(text: str, name: str) -> None:
    assert clean_name(text) == name


def test_an_executives_office_after_the_firm_is_no_part_of_its_name() -> None:
    # Given the model's span "Brightwell CIO" of "Brightwell CIO Ann Lee", and an office named alone
    # Then the firm's name is what is left, and the office alone is no name
    assert clean_name("Brightwell CIO") == "Brightwell"
    assert clean_name("Norvik Foods CEO") == "Norvik Foods"
    assert clean_name("CFO") is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Liverpool 2-1", "Liverpool"),
        ("Brighton & Hove Albion 2-1 at Elland Road", "Brighton & Hove Albion"),
        ("Philadelphia 76ers", "Philadelphia 76ers"),
    ],
)
def test_a_score_and_what_follows_it_are_no_part_of_a_team(text: str, name: str) -> None:
    assert clean_name(text) == name


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ex-Springfield Township", "Springfield Township"),  # "Ex-Springfield Township fiscal officer"
        ("Paris-based Nacre Interactive", "Nacre Interactive"),  # where the firm is based is no part of its name
        ("New York-based Acme Corp", "Acme Corp"),
        ("London-listed Glencore", "Glencore"),
        ("ex-Marina Orient Bank", "Marina Orient Bank"),
        ("Shares of Lagoon Trust", "Lagoon Trust"),  # "Shares of Lagoon Trust rose 4%"
        ("N500bn", None),  # a sum of money
        ("R2m", None),
        ("G20", "G20"),
        ("A380", "A380"),
        ("Coun.", None),  # a title standing alone ("Coun. Harjit Sandhu" cut by the model)
        ("Magistrate", None),
        ("Judge", "Judge"),  # also a surname
    ],
)
def test_a_former_a_share_price_a_sum_of_money_and_a_lone_title_are_no_name(text: str, name: str | None) -> None:
    assert clean_name(text) == name


def test_a_given_name_written_with_accents_the_list_leaves_out_is_a_given_name() -> None:
    from worker.entities.gazetteer import given_names

    given = given_names()
    assert "livia" in given and "lívia" in given and "lucía" in given  # the list writes "livia", "lucia"
    assert "prado" not in given and "prádo" not in given


@pytest.mark.parametrize(
    ("word", "text"),
    [
        ("Ma", "Jack Ma met Ma's staff; Mark, Ma-Lin and Ma. Then ’Ma and Ma’s, Ma_x, ÉMa, Ma1 and Ma"),
        ("New York", "New York, New Yorkers and New York-based firms in New York"),
        ("aa", "aaaa aa aa-aa aa"),
        ("O'Brien", "O'Brien's and O'Brien"),
    ],
)
def test_whole_word_spans_are_the_word_boundary_regexs_matches(word: str, text: str) -> None:
    from worker.entities.names import NO_WORD_AFTER, NO_WORD_BEFORE, literal_ends, whole_word_spans

    # Given a name and a text writing it whole, inside longer words, beside apostrophes, hyphens and underscores
    pattern = re.compile(rf"{NO_WORD_BEFORE}{re.escape(word)}{NO_WORD_AFTER}")
    # Then the spans are those the per-name pattern finds, and the literal ends those of re.finditer
    assert list(whole_word_spans(word, text)) == [m.span() for m in pattern.finditer(text)]
    assert literal_ends(word, text) == [m.end() for m in re.finditer(re.escape(word), text)]


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Ma", "Jack Ma met Ma's staff; Mark, Ma-Lin and Ma. Then ’Ma and Ma’s, Ma_x, ÉMa, Ma1, -Ma and Ma"),
        ("A B A", "A B A B A, A B A-B and A B A"),
        ("aa", "aaaa aa aa-aa aa"),
        ("", "a -b c"),
    ],
)
def test_name_spans_are_the_hyphen_boundary_regexs_matches(name: str, text: str) -> None:
    from worker.entities.names import name_spans

    # Given a name written whole, overlapping itself, inside longer words, beside apostrophes and hyphens
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    # Then the spans are those the per-name pattern finds
    assert list(name_spans(name, text)) == [m.span() for m in pattern.finditer(text)]


def test_an_occupation_opening_a_sentence_is_dropped_from_a_persons_name_not_from_an_organisations() -> None:
    # Given occupations the model takes into a name where a sentence opens with one
    assert clean_name("Meteorologist Ngoc-Anh Tran") == "Ngoc-Anh Tran"
    assert clean_name("Farmer Chad Smith") == "Chad Smith"
    # and a player's role or year on a team ("Rookie Arthur Brown will start", "Goaltender Felix Brückner saved")
    assert clean_name("Rookie Arthur Brown") == "Arthur Brown"
    assert clean_name("Goaltender Felix Brückner") == "Felix Brückner"
    # Then a lone surname after one keeps it (no name would be left but a word), and organisations keep theirs
    assert clean_name("Farmer Smith") == "Farmer Smith"
    assert clean_name("Nurse Practitioners Association", organisation=True) == "Nurse Practitioners Association"


def test_after_title_matches_as_written_with_ignore_case_titles() -> None:
    from worker.entities import names

    # Given the title pattern, a branch per form of a title's first letter, When it searches texts,
    # Then it finds the matches (and groups) of the pattern as written before, ignore-case titles
    written = re.compile(
        rf"(?<![\w-])(?i:((?:{names._TITLE_WORDS})(?:\.? +(?:{names._TITLE_WORDS}))*(?:-elect)?))\.? +"
        r"(?=([A-Z][^\n]{0,80}))"
    )
    for text in [
        "Minister Ong Ye Kung urged, Datuk Seri Anwar Ibrahim said, President-elect Trump under President Obama",
        "PRESIDENT Biden, mr. Smith, Mrs.  Jones, DR. No, Sen. Warren, sen Warren, Senate Ruling, Xmr Smith, -Dr Who",
        "İmam Ali, ımam Ali, ſir John, ſheriff Bob, Vice President Harris, vice  president Harris, Co-founder Ann",
        "Rev. Dr. King, Prof Dr Mr Ms Lee, Chief Executive Officer Tim, chief\nJohn, Fly-half Dan, Scrum-half Ed",
    ]:
        found = [(m.span(), m.groups()) for m in names._AFTER_TITLE.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in written.finditer(text)], text
