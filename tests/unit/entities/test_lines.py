"""A paragraph's ``<br>`` lines: a list keeps its breaks, prose hard-wrapped by ``<br>`` is read as one line."""

from __future__ import annotations

from support.records import article_record

from worker.entities import EntityTagger
from worker.entities.lines import unwrapped

WRAPPED = (
    "Advice dates back to the 80's and enables similar functionality; it was the inspiration behind Aspect\n"
    "Oriented Programming in Java, which Gregor Kiczales developed at Xerox PARC in Palo Alto during the\n"
    "nineties, long before most of the languages in use today."
)
LIST = "Elliot Ackerman\nSaladin Ambar, Rutgers University\nMartin Amis\nAnne Applebaum"


def test_hard_wrapped_prose_is_unwrapped_and_a_list_is_not() -> None:
    body = f"An opening paragraph.\n\n{WRAPPED}\n\n{LIST}"
    # When the body is unwrapped
    result = unwrapped(body)
    # Then the wrapped paragraph's breaks are spaces, the list's and the paragraphs' breaks stay, offsets hold
    assert len(result) == len(body)
    assert "Aspect Oriented Programming" in result and "Gregor Kiczales developed" in result
    assert result.endswith(LIST) and result.count("\n\n") == 2


def test_a_name_wrapped_over_two_lines_is_one_name(tagger: EntityTagger) -> None:
    # Given prose hard-wrapped by <br> at a fixed width, the break falling inside "Palo Alto"
    body = (
        "Gregor Kiczales spoke on Tuesday about the history of the language and of its ideas.\n\n"
        "Aspect Oriented Programming in Java was developed by Gregor Kiczales at Xerox PARC in Palo\n"
        "Alto during the nineties, long before most of the languages that are in use today."
    )
    # When the record is tagged
    names = {e.text for e in tagger.annotate(article_record(body)).entities}
    # Then the wrapped name is one place, and no name holds a line break
    assert "Palo Alto" in names
    assert not any("\n" in name for name in names)
