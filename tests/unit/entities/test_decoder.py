"""The numpy decoder picks the actions of spaCy's beam decoder with a beam of one, on every document of a batch."""

from __future__ import annotations

from support.batch_texts import BATCH_TEXTS

from worker.entities import EntityTagger
from worker.entities.blas import one_blas_thread
from worker.entities.decoder import can_decode, decode

TEXTS = [
    *BATCH_TEXTS,
    "Reporting by Jane Smith in New York; editing by Tom Brown and the Associated Press",
]


def test_the_batch_gets_the_beam_decoders_entities(tagger: EntityTagger) -> None:
    # Given a batch of texts of different lengths (one empty, one a single word, one ending in a name)
    nlp = tagger._nlp
    ner = nlp.get_pipe("ner")
    beam_docs = [nlp.make_doc(text) for text in TEXTS]
    docs = [nlp.make_doc(text) for text in TEXTS]
    assert can_decode(ner, docs)
    # When the beam decoder and the numpy decoder each read the batch
    with one_blas_thread():
        ner.set_annotations(beam_docs, ner.beam_parse(beam_docs, beam_width=1))
        found = decode(ner, docs)
    # Then each document gets the same entities
    assert found == [[(e.start, e.end, e.label) for e in doc.ents] for doc in beam_docs]
    assert any(found)


def test_documents_with_preset_entities_are_left_to_the_beam_decoder(tagger: EntityTagger) -> None:
    from spacy.tokens import Span

    nlp = tagger._nlp
    doc = nlp.make_doc("Jack Ma met Rodrigo Duterte.")
    assert can_decode(nlp.get_pipe("ner"), [doc])
    doc.set_ents([Span(doc, 0, 2, label="PERSON")])
    assert not can_decode(nlp.get_pipe("ner"), [doc])
