"""Decode spaCy's entity recognizer over a batch of documents in numpy: the actions its beam decoder picks with a
beam of one, found for all documents at once at each step instead of state by state in Cython."""

from __future__ import annotations

import functools
from typing import Any, Final

import numpy as np
import numpy.typing as npt

from worker.entities import network

_BEGIN, _IN, _LAST, _UNIT, _OUT = 1, 2, 3, 4, 5
"""spaCy's move numbers for the BILUO entity transitions (``ner.pyx``)."""

_FEATURES: Final[int] = 3
"""The recognizer's state features: the next word, the first word of an open entity, the word before the next."""

Found = list[list[tuple[int, int, int]]]
"""Per document, its entities as (start token, end token, label hash), in order."""


def can_decode(ner: Any, docs: list[Any]) -> bool:
    """Whether ``decode`` reproduces ``ner.beam_parse(docs, beam_width=1)``: a BILUO recognizer of three state
    features with an output layer and no unseen classes, over documents without preset entities."""
    model = ner.model
    moves = getattr(ner, "moves", None)
    if moves is None or type(moves).__name__ != "BiluoPushDown" or not model.attrs.get("has_upper"):
        return False
    if getattr(ner, "postprocesses", None):
        return False
    lower = model.get_ref("lower")
    if model.attrs.get("unseen_classes") or lower.get_dim("nF") != _FEATURES:
        return False
    if model.get_ref("upper").name != "linear":
        return False
    return not any(len(doc) and doc.has_annotation("ENT_IOB") for doc in docs)  # (an empty one "has" all)


def decode(ner: Any, docs: list[Any]) -> Found:
    """The entities ``ner.beam_parse(docs, beam_width=1)`` finds in ``docs`` (check ``can_decode`` first).

    Every action reads one word, so at step ``t`` the unfinished documents are those longer than ``t``, in batch
    order: the same rows, in the same order, as spaCy's decoder scores at that step, with spaCy's own output layers on
    the word vectors its network gives (``network.state_vectors``), so the scores are the same to the bit. As its
    beam does, each document keeps the running sum of its chosen actions'
    scores and takes the valid action with the highest sum (on a tie, the later action).
    """
    table = _moves_of(ner)
    upper = ner.model.get_ref("upper")
    weights, bias = upper.get_param("W"), upper.get_param("b")
    state_vectors = network.state_vectors(ner.model, docs)
    lengths = np.array([len(doc) for doc in docs], dtype=np.int64)
    can_continue, closed_row = _word_conditions(docs, lengths)
    found: Found = [[] for _ in docs]
    # One row per unfinished document, in batch order: its first word, open entity (start word, label) and score.
    rows = np.flatnonzero(lengths)
    base = (np.cumsum(lengths) - lengths)[rows].astype(np.int32)
    is_open = np.zeros(len(rows), dtype=bool)
    start = np.zeros(len(rows), dtype=np.int32)
    label = np.zeros(len(rows), dtype=np.int64)
    total = np.zeros(len(rows), dtype=np.float32)
    ends = set(lengths.tolist())
    for t in range(int(lengths.max(initial=0))):
        if t in ends:  # some documents are read: drop their rows
            keep = lengths[rows] > t
            rows, base, start, label = rows[keep], base[keep], start[keep], label[keep]
            is_open, total = is_open[keep], total[keep]
        word = base + t
        ids = np.stack((word, np.where(is_open, base + start, -1), np.where(is_open, word - 1, -1)), axis=1)
        hidden = state_vectors.predict(ids.astype(np.int32))
        scores = upper.ops.gemm(hidden, weights, trans2=True)  # as the output layer (a thinc Linear) computes it
        scores += bias
        kind = np.where(is_open, table.open_row[label] + can_continue[word], closed_row[word])
        sums = np.where(table.valid[kind], total[:, None] + scores, np.float32(-np.inf))
        choice = sums.shape[1] - 1 - np.argmax(sums[:, ::-1], axis=1)
        total = sums[np.arange(len(rows)), choice]
        moves = table.move[choice]
        for i in np.flatnonzero(moves != _OUT):
            move = moves[i]
            if move == _BEGIN:
                is_open[i], start[i], label[i] = True, t, table.label_index[choice[i]]
            elif move == _LAST:
                is_open[i] = False
                found[rows[i]].append((int(start[i]), t + 1, table.labels[label[i]]))
            elif move == _UNIT:
                found[rows[i]].append((t, t + 1, table.labels[table.label_index[choice[i]]]))
    return found


class _Moves:
    """The recognizer's actions as arrays, and which are valid in each kind of state (``ner.pyx``'s ``is_valid``
    for documents without preset entities).

    Rows of ``valid``: 0-3 a state with no open entity, by whether the next word may begin an entity (2) and may be
    one (1); from 4, a state with an open entity of label ``i`` at ``open_row[i]``, plus 1 if the entity may go on
    past the next word.
    """

    def __init__(self, moves: Any, strings: Any) -> None:
        names = [moves.get_class_name(i) for i in range(moves.n_moves)]
        kinds = {"B": _BEGIN, "I": _IN, "L": _LAST, "U": _UNIT, "O": _OUT}
        self.move = np.array([kinds.get(name[0], 0) for name in names], dtype=np.int64)
        label_names = [name[2:] if name[1:2] == "-" else "" for name in names]
        self.labels: list[int] = sorted({strings.as_int(n) for n in label_names if n})
        index = {name: self.labels.index(strings.as_int(name)) for name in label_names if name}
        self.label_index = np.array([index.get(name, -1) for name in label_names], dtype=np.int64)
        has_label = self.label_index >= 0
        begin, unit = (self.move == _BEGIN) & has_label, (self.move == _UNIT) & has_label
        closed = [self.move == _OUT, (self.move == _OUT) | unit, (self.move == _OUT) | begin]
        closed.append(closed[1] | begin)
        opened = []
        for i in range(len(self.labels)):
            last = (self.move == _LAST) & (self.label_index == i)
            opened += [last, last | ((self.move == _IN) & (self.label_index == i))]
        self.valid = np.array(closed + opened, dtype=bool)
        self.open_row = 4 + 2 * np.arange(len(self.labels), dtype=np.int64)


@functools.lru_cache(maxsize=4)
def _moves_of(ner: Any) -> _Moves:
    """``ner``'s actions as arrays (built once per recognizer)."""
    return _Moves(ner.moves, ner.vocab.strings)


def _word_conditions(
    docs: list[Any], lengths: npt.NDArray[np.int64]
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """Per word of the batch: 1 if an open entity may go on past it (a next word in the document that starts no
    sentence), else 0; and the row of ``_Moves.valid`` for a state with no open entity there (2 if an entity may
    begin there: it may go on and the word is no whitespace; plus 1 if it may be a one-word entity: no whitespace).
    """
    from spacy.attrs import IS_SPACE, SENT_START  # noqa: PLC0415 (deferred: only taggers import spaCy)

    words = np.concatenate([np.zeros((0, 2), dtype=np.uint64)] + [doc.to_array([IS_SPACE, SENT_START]) for doc in docs])
    is_space = words[:, 0] == 1
    may_go_on = np.zeros(len(words), dtype=bool)
    may_go_on[:-1] = words[1:, 1] != 1
    may_go_on[(np.cumsum(lengths) - 1)[lengths > 0]] = False  # a document's last word
    closed_row = 2 * (may_go_on & ~is_space).astype(np.int64) + (~is_space).astype(np.int64)
    return may_go_on.astype(np.int64), closed_row


__all__ = ["Found", "can_decode", "decode"]
