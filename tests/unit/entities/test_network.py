"""The forward-only network gives the word vectors of spaCy's own recognizer network, to the bit."""

from __future__ import annotations

import numpy as np
from support.batch_texts import BATCH_TEXTS
from thinc.api import Linear, Model, NumpyOps, Relu, chain

from worker.entities import EntityTagger
from worker.entities.blas import one_blas_thread
from worker.entities.network import _greatest_piece, state_vectors, tok2vec_of

TEXTS = [
    *BATCH_TEXTS,
    "O'Dowd–Smith, 1,250 km north-east of São Paulo: “¿Qué?” #tags @handles http://example.com/a?b=c 😀",
]


def test_the_word_vectors_are_spacys_to_the_bit(tagger: EntityTagger) -> None:
    # Given a batch of texts of different lengths (one empty, one a single word, odd characters)
    nlp = tagger._nlp
    model = nlp.get_pipe("ner").model
    docs = [nlp.make_doc(text) for text in TEXTS]
    tok2vec = tok2vec_of(model)
    assert tok2vec is not None
    # When spaCy's network and the forward-only one each read it
    with one_blas_thread():
        step_model = model.predict(docs)
        vectors = tok2vec(docs)
        ours = state_vectors(model, docs)
    # Then the word vectors are the same bits, and so is every state vector made from them
    assert vectors.dtype == step_model.tokvecs.dtype
    assert np.array_equal(vectors.view(np.uint32), step_model.tokvecs.view(np.uint32))
    words = np.arange(len(vectors), dtype=np.int32)
    ids = np.stack((words, np.where(words % 3 == 0, -1, words[::-1]), np.where(words % 2 == 0, -1, words)), axis=1)
    theirs = step_model.state2vec.predict(ids)
    assert np.array_equal(ours.predict(ids).view(np.uint32), theirs.view(np.uint32))


def test_the_greatest_piece_is_the_one_thincs_maxout_picks() -> None:
    # Given units whose pieces tie, +0 against -0, in every order, among other values
    rng = np.random.default_rng(0)
    pieces = rng.standard_normal((64, 96, 3)).astype(np.float32)
    ties = np.array([[0.0, -0.0, -0.0], [-0.0, 0.0, -0.0], [-0.0, -0.0, 0.0], [0.0, -0.0, 0.0], [-0.0, 0.0, 0.0]])
    pieces[:, : len(ties)] = ties.astype(np.float32)
    pieces[::2, 10] = -1.0
    # When the greatest piece of each is taken
    best = _greatest_piece(pieces)
    # Then it is thinc's maxout's, to the sign of a zero
    assert np.array_equal(best.view(np.uint32), NumpyOps().maxout(pieces)[0].view(np.uint32))


def test_a_network_of_other_layers_is_left_to_spacy() -> None:
    # Given a recognizer model whose tok2vec is some other stack of layers
    other = chain(Linear(4, 4), Relu(4, 4))
    model: Model = Model("parser_model", _unused_forward, layers=[other], refs={"tok2vec": other})
    # Then it is not read for the forward-only network
    assert tok2vec_of(model) is None


def _unused_forward(model: Model, inputs: object, is_train: bool) -> tuple[object, None]:
    return inputs, None
