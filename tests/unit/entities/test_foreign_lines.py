"""Lines in another language inside an English text: the recognizer does not read them, and their names go."""

from __future__ import annotations

import hashlib

from support.records import article_record

from schemas.article import ArticleRecord
from worker.entities import EntityTagger
from worker.entities.language import reads_foreign
from worker.entities.tail import new_name_windows


def test_a_line_reads_foreign_by_its_function_words() -> None:
    assert reads_foreign("Der Vorgang, der in der Vergangenheit stattfand:")
    assert reads_foreign("Nach dem Drink verlor ich das Bewusstsein auf einem Parkplatz.")
    assert reads_foreign("Le ministre dit que la réforme est pour les jeunes.")
    assert not reads_foreign("Ich wurde ausgeraubt.")  # too short to tell
    assert not reads_foreign("How does one know when to use wurde or war in German?")
    assert not reads_foreign("Sixers beat Celtics in overtime thriller")  # headline English, no function words
    assert not reads_foreign("Elliot Ackerman Saladin Ambar Martin Amis")


def test_no_window_opens_in_a_foreign_line() -> None:
    body = "Der Zustand danach ist für die Polizei klar.\nMaria Ortega told the court she was robbed."
    spans = new_name_windows(body, 0, set(), set())
    assert spans and all(start >= body.index("Maria") for start, _ in spans)


def test_names_only_in_a_foreign_passage_are_dropped(tagger: EntityTagger) -> None:
    body = (
        "Maria Ortega, a teacher in Denver, asked why German says wurde here.\n\n"
        "Nach dem Drink verlor ich das Bewusstsein. Auf einem Parkplatz kam ich zu mir, und die Geldbörse fehlte.\n\n"
        "Ortega said the example came from her textbook."
    )
    record = ArticleRecord(
        headline="When to use wurde",
        body=body,
        language="en",
        word_count=len(body.split()),
        content_hash=hashlib.sha256(body.encode()).hexdigest(),
        parser_version="test",
    )
    texts = {e.text for e in tagger.annotate(record).entities}
    assert "Maria Ortega" in texts
    assert not texts & {"Drink", "Bewusstsein", "Parkplatz", "Geldbörse", "Auf"}


def test_a_list_of_names_one_per_line_is_read_not_skipped_as_headings(tagger: EntityTagger) -> None:
    # Given an open letter whose signatories stand one per <br> line of a paragraph (each line alone a short
    # Title Case line, as headings are)
    body = (
        "We, the undersigned, ask the university to restore open debate on campus and to protect dissent.\n\n"
        "Elliot Ackerman\nSaladin Ambar, Rutgers University\nMartin Amis\nMargaret Atwood\nJohn Banville\n"
        "Mia Bay, historian"
    )
    # When the record is tagged
    record = article_record(body, headline="A letter on open debate")
    people = {e.text for e in tagger.annotate(record).entities if e.label == "PERSON"}
    # Then the paragraph is judged whole, not line by line, and every line's name is its own person
    assert {"Elliot Ackerman", "Saladin Ambar", "Margaret Atwood", "John Banville"} <= people
    assert not any("\n" in name or "Ackerman Saladin" in name for name in people)
