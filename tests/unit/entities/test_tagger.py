"""The tagger's contract: languages, model loading once, clear start-up errors, never raising from annotate."""

from __future__ import annotations

import multiprocessing

import pytest
from support.records import article_record

from schemas.article import ArticleRecord
from worker.entities import EntityModelUnavailable, EntityTagger, load_tagger
from worker.entities.language import looks_english
from worker.entities.model import load_pipeline
from worker.settings import Settings

GERMAN = (
    "Die Bundesregierung in Berlin hat am Dienstag neue Regeln beschlossen. Bundeskanzler Olaf Scholz sagte, "
    "die Maßnahmen seien notwendig, um die Wirtschaft zu stärken und die Inflation zu bekämpfen."
)
ENGLISH = (
    "The government in Berlin approved new rules on Tuesday. Chancellor Olaf Scholz said the measures were "
    "needed to strengthen the economy and to fight inflation, which has been rising for a year."
)


def _record(body: str, language: str | None, **fields: object) -> ArticleRecord:
    return article_record(body, language=language, **fields)


def test_other_languages_get_no_entities_and_a_note(tagger: EntityTagger) -> None:
    tagged = tagger.annotate(_record(GERMAN, "de", notes=["earlier note"]))
    assert tagged.entities == []
    assert tagged.notes == ["earlier note", "entities: no model for language 'de'"]


def test_english_text_declared_in_another_language_is_tagged(tagger: EntityTagger) -> None:
    english = tagger.annotate(_record(ENGLISH, "de"))  # a site's default lang="de" on an English page
    assert {e.text for e in english.entities} >= {"Berlin", "Olaf Scholz"}
    assert english.notes == []


def test_unknown_language_is_tagged_only_if_it_reads_as_english(tagger: EntityTagger) -> None:
    german = tagger.annotate(_record(GERMAN, None))
    assert german.entities == []
    assert german.notes and german.notes[0].startswith("entities: language unknown")
    english = tagger.annotate(_record(ENGLISH, None))
    assert {e.text for e in english.entities} >= {"Berlin", "Olaf Scholz"}
    assert english.notes == []


def test_looks_english() -> None:
    assert looks_english(ENGLISH)
    assert not looks_english(GERMAN)
    assert not looks_english("Le gouvernement a présenté mardi un nouveau plan pour les écoles de la ville.")
    assert not looks_english("Berlin")


def test_byline_authors_and_the_site_itself_are_not_tags(tagger: EntityTagger) -> None:
    body = ENGLISH + " Anna Smith reported from Berlin for the Daily Gazette."
    plain = {e.text for e in tagger.annotate(_record(body, "en")).entities}
    assert "Anna Smith" in plain
    tagged = tagger.annotate(
        _record(body, "en", byline=["Anna Smith"], site_name="Daily Gazette", url="https://www.dailygazette.com/x")
    )
    texts = {e.text for e in tagged.entities}
    assert "Anna Smith" not in texts
    assert not any("Gazette" in t for t in texts)
    assert "Olaf Scholz" in texts


def test_outlets_cited_as_sources_or_credited_as_origin_are_not_tags(tagger: EntityTagger) -> None:
    # Given a story that cites an outlet for a claim and credits a wire service as its origin
    body = (
        ENGLISH + " Siemens Energy will cut 4,000 jobs, Bloomberg reported on Monday. Siemens Energy declined to"
        " comment. The company's shares fell in Frankfurt, where Reuters reporters saw traders react."
    )
    # When the record names them as a citation and as its origin
    record = _record(
        body,
        "en",
        citations=[{"source": "Bloomberg", "statement": "Siemens Energy will cut 4,000 jobs, Bloomberg reported."}],
        origin={"publisher": "Reuters", "statement": "(Reuters) -"},
    )
    texts = {e.text for e in tagger.annotate(record).entities}
    # Then they are out of the entities, and the story's own names stay
    assert "Bloomberg" not in texts and "Reuters" not in texts
    assert {"Siemens Energy", "Olaf Scholz"} <= texts


def test_the_pipeline_is_loaded_once_per_process(tagger: EntityTagger) -> None:
    again = EntityTagger()
    assert again._nlp is tagger._nlp
    assert load_pipeline(tagger.model) is tagger._nlp
    assert tagger._nlp.pipe_names == ["ner"]


def _child_reuses_the_pipeline(queue: multiprocessing.Queue[tuple[bool, int]], record: ArticleRecord) -> None:
    cached = load_pipeline.cache_info().currsize
    tagger = EntityTagger()
    queue.put((bool(tagger.annotate(record).entities), cached))


def test_a_forked_child_inherits_the_loaded_pipeline(tagger: EntityTagger, seed_record: ArticleRecord) -> None:
    # Given a process that loaded the pipeline (as a prefork parent would)
    assert load_pipeline.cache_info().currsize >= 1
    context = multiprocessing.get_context("fork")
    queue: multiprocessing.Queue[tuple[bool, int]] = context.Queue()
    # When a forked child builds its tagger and tags a page
    child = context.Process(target=_child_reuses_the_pipeline, args=(queue, seed_record))
    child.start()
    tagged, cached = queue.get(timeout=60)
    child.join(timeout=60)
    # Then the child found the pipeline already cached and tagged with it
    assert child.exitcode == 0
    assert cached >= 1
    assert tagged


def test_load_tagger_follows_settings(tagger: EntityTagger) -> None:
    assert load_tagger(Settings(ner_enabled=False)) is None
    loaded = load_tagger(Settings())
    assert loaded is not None and loaded._nlp is tagger._nlp


def test_a_missing_model_fails_at_start_up() -> None:
    with pytest.raises(EntityModelUnavailable, match="not installed"):
        EntityTagger("xx_no_such_pipeline_sm")
    with pytest.raises(ValueError, match="not installed"):
        Settings(ner_model="xx_no_such_pipeline_sm")


def test_a_failure_inside_spacy_becomes_a_note(seed_record: ArticleRecord) -> None:
    # Given a tagger whose pipeline breaks on use
    broken = EntityTagger()

    class Exploding:
        lang = "en"

        def __call__(self, text: str) -> object:
            raise RuntimeError("model exploded")

        def pipe(self, texts: object) -> object:
            raise RuntimeError("model exploded")

        def make_doc(self, text: str) -> object:
            raise RuntimeError("model exploded")

    broken._nlp = Exploding()
    # When it annotates, Then the record comes back without entities and with the reason
    tagged = broken.annotate(seed_record)
    assert tagged.entities == []
    assert tagged.notes == ["entities: tagging failed (RuntimeError: model exploded)"]


def test_long_bodies_are_cut_with_a_note(tagger: EntityTagger) -> None:
    body = (ENGLISH + "\n\n") * 600
    tagged = tagger.annotate(_record(body, "en"))
    assert tagged.entities
    assert any("only the first" in note for note in tagged.notes)


def test_a_batch_gets_the_same_entities_as_one_text_at_a_time(tagger: EntityTagger) -> None:
    from worker.entities.model import recognize

    # Given two texts, each tagged alone by the pipeline
    texts = ["Jack Ma met Rodrigo Duterte in Manila on Monday.", "Alibaba Group hired Carlos Dominguez."]
    alone = [[(e.text, e.label_) for e in tagger._nlp(text).ents] for text in texts]
    # When they are tagged as one batch (the beam decoder with a beam of one)
    docs = [tagger._nlp.make_doc(text) for text in texts]
    recognize(tagger._nlp, docs)
    # Then each gets the same entities
    assert [[(e.text, e.label_) for e in doc.ents] for doc in docs] == alone
    assert ("Jack Ma", "PERSON") in alone[0] and ("Alibaba Group", "ORG") in alone[1]


def test_names_in_a_follow_or_share_prompt_are_not_tags(tagger: EntityTagger) -> None:
    body = (
        "Instagram bought a bakery in Portland on Monday, its chief executive Adam Mosseri said.\n\n"
        "WANT MORE RECIPES? Subscribe to our newsletter and follow us on Facebook, Pinterest and YouTube."
    )
    names = {e.text for e in tagger.annotate(_record(body, "en")).entities}
    assert {"Instagram", "Portland", "Adam Mosseri"} <= names
    assert not names & {"Facebook", "Pinterest", "YouTube"}


def test_a_seat_of_government_is_the_government_and_a_clipped_name_is_its_full_one(tagger: EntityTagger) -> None:
    body = (
        "Sen. Chuck Schumer said on Tuesday that the Senate would vote next week, as Rep. Alexandria Ocasio-Cortez "
        "pressed the White House to drop its opposition.\n\nThe Federal Reserve, which raised rates last month, said "
        "the Fed would watch inflation closely, and the White House agreed."
    )
    entities = {e.text: e for e in tagger.annotate(_record(body, "en")).entities}
    assert entities["White House"].label == "ORG"
    assert "Fed" not in entities
    assert entities["Federal Reserve"].count == 2


def test_the_pipeline_keeps_its_stored_tokenizer(tagger: EntityTagger) -> None:
    # Given the pipeline as spaCy loads it with the default tokenizer built first (only the recognizer kept)
    import spacy

    reference = spacy.load(
        tagger.model, exclude=["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]
    )
    # Then ours was loaded without building the default tokenizer first, and it tokenizes exactly as that one does
    assert tagger._nlp.config["nlp"]["tokenizer"] == {"@tokenizers": "wireroom.stored_tokenizer.v1"}
    ours = tagger._nlp.tokenizer
    assert ours.to_bytes(exclude=["vocab"]) == reference.tokenizer.to_bytes(exclude=["vocab"])
    for matcher in ("url_match", "token_match"):  # compare the patterns: two compilations are two objects
        assert _pattern_of(getattr(ours, matcher)) == _pattern_of(getattr(reference.tokenizer, matcher))
    text = "Dr. O'Neill's U.S.-based start-up (see https://example.com/a?b=1) raised $5m -- don't panic!"
    assert [t.text for t in ours(text)] == [t.text for t in reference.tokenizer(text)]


def _pattern_of(matcher: object) -> tuple[str, int] | None:
    pattern = getattr(matcher, "__self__", None)
    return (pattern.pattern, pattern.flags) if pattern is not None else None


def test_a_name_with_a_typographic_apostrophe_is_read_whole(tagger: EntityTagger) -> None:
    body = (
        "Library users protested on Tuesday. Margaret O’Dowd, who chairs the Friends of the Library, said the group "
        "would appeal. O’Dowd said the council had not listened."
    )
    record = tagger.annotate(article_record(body, "Libraries to close", language="en"))
    assert ("Margaret O’Dowd", "PERSON") in [(e.text, e.label) for e in record.entities]  # as written in the text


@pytest.mark.parametrize(
    ("body", "kept", "dropped"),
    [
        (  # a place named for two others, joined by an en dash: the model reads a hyphen there, not a cut
            "Lunar scientists at NASA mapped the South Pole–Aitken basin, the largest crater on the Moon. "
            "The South Pole–Aitken basin is ancient, said Maria Lopez of the University of Arizona.",
            "South Pole–Aitken",
            "South Pole",
        ),
        (  # a role opening the sentence as a title would
            "A fire destroyed two homes in Dartmouth on Monday, the Halifax fire service said. Crews fought the blaze "
            "for hours and nobody was hurt.\n\nNeighbour Abdi Warsame said he had started an online fundraiser.",
            "Abdi Warsame",
            "Neighbour Abdi Warsame",
        ),
    ],
)
def test_a_name_is_read_whole_and_without_a_role_before_it(
    tagger: EntityTagger, body: str, kept: str, dropped: str
) -> None:
    names = [e.text for e in tagger.annotate(_record(body, "en")).entities]
    assert kept in names
    assert dropped not in names


def test_an_exchange_or_a_utility_by_its_company_noun_is_an_organisation(tagger: EntityTagger) -> None:
    # Given "the cryptocurrency exchange Binance" and "Eskom, the state power utility": firms the model calls people
    body = (
        "Police detained two executives of the cryptocurrency exchange Binance in Abuja. Binance has denied "
        "wrongdoing.\n\nThe minister oversees Eskom, the state power utility whose debt has grown. Eskom has imposed "
        "blackouts, and Eskom wants a bailout."
    )
    labels = {e.text: e.label for e in tagger.annotate(_record(body, "en")).entities}
    assert labels["Binance"] == "ORG" and labels["Eskom"] == "ORG"


def test_a_company_met_late_but_written_as_one_stays_on_the_list(tagger: EntityTagger) -> None:
    # Given a one-word organisation met twice after the lead: a passing name, unless the text writes it as a company
    lead = (
        "Apple's iPhone sales in India fell sharply in the second quarter, according to figures from the research "
        "firm IDC. The company cut prices and offered discounts in April, but demand faded after the campaign ended. "
    )
    filler = (
        "Analysts said the market for expensive phones remained small, and buyers waited for new models before the "
        "festive season. "
    ) * 6
    body = (
        f"{lead}\n\n{filler}\n\nIn India, Apple faces competition from South Korean rival Korvath as well as local "
        "brands.\n\nKorvath, which has a 40% share of the smartphone market in India, responded with cheaper models."
    )
    record = _record(body, "en", headline="Apple iPhone sales see sharp fall in India")
    assert "Korvath" in [e.text for e in tagger.annotate(record).entities]


def test_a_leaders_name_that_is_also_a_town_stays_a_person(tagger: EntityTagger) -> None:
    body = (
        "A federal appeals court has dealt the Obama administration another blow in its quest to keep age limits on "
        "the pills. The ruling came on Wednesday, and lawyers for the plaintiffs welcomed it."
    )
    labels = {e.text: e.label for e in tagger.annotate(_record(body, "en")).entities}
    assert labels.get("Obama") == "PERSON"


def test_a_known_place_the_headline_names_is_counted_in_the_body(tagger: EntityTagger) -> None:
    # Given a known state the model finds in the headline but not in the body's list or as an attribute
    record = article_record(
        "Heavy rain lashed Kerala, Assam and Punjab on Monday, officials said.\n\n"
        "In Kerala, 20 people died.\n\nAssam chief minister Himanta Biswa Sarma visited relief camps.",
        "Monsoon floods hit Kerala and Assam",
        language="en",
    )
    # When the record is tagged
    entities = {e.text: (e.label, e.count) for e in tagger.annotate(record).entities}
    # Then the state is a place with its body mentions counted, as the model's body finds are
    assert entities["Assam"] == ("GPE", 3)
