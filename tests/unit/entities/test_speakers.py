"""People the story quotes (``speakers.quoted_people``) rank ahead of people met alike but only mentioned."""

from __future__ import annotations

from worker.entities.merge import MergedEntity
from worker.entities.rank import rank
from worker.entities.speakers import quoted_people

BODY = (
    "The council met on Monday. Lena Park, the council's treasurer, told reporters the budget was balanced. "
    "“We kept every library open,” said Mayor Tomas Ortega. The plan follows one drawn up by Ines Varga in 2019, "
    "and according to Ruiz the vote was close. A portrait of Dana Whitlock hangs in the hall."
)


def test_a_person_next_to_a_verb_of_saying_is_quoted() -> None:
    people = ["Lena Park", "Tomas Ortega", "Ines Varga", "Ana Ruiz", "Dana Whitlock"]
    assert quoted_people(people, BODY) == {"Lena Park", "Tomas Ortega", "Ana Ruiz"}


def test_a_quoted_person_ranks_ahead_of_one_met_alike_but_only_mentioned() -> None:
    # Given two people each met once, the one only mentioned first in the body
    entities = [
        MergedEntity("Ines Varga", "PERSON", 1, 600, False),
        MergedEntity("Lena Park", "PERSON", 1, 700, False),
    ]
    plain = [e.text for e in rank(entities, body_length=2_000)]
    quoted = [e.text for e in rank(entities, body_length=2_000, quoted=frozenset({"Lena Park"}))]
    assert plain == ["Ines Varga", "Lena Park"]
    assert quoted == ["Lena Park", "Ines Varga"]
