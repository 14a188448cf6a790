"""Run the entity recognizer's token-vector network forward only: spaCy's own layers, read once, without backprop.

``ner.model.predict`` runs the network through thinc: ~60 nested layers, each call building the closure its backprop
would need (``Maxout`` also the argmax of every unit), and the documents split into a list and joined again between
layers. ``tok2vec_of`` reads the weights of the English small pipeline's layer stack (``MultiHashEmbed`` then
``MaxoutWindowEncoder``, then the parser model's ``list2array >> Linear``) and ``Tok2Vec`` runs the same numpy
operations on them in the same order, on arrays of the same shapes, so its output is the same to the bit. A model of
any other structure gets ``None``, and its recognizer runs through spaCy.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float32]
Ints = npt.NDArray[np.intp]


@dataclass(frozen=True)
class _Maxout:
    """thinc's ``Maxout`` (``layers/maxout.py``): the product, the bias, then the greatest of each unit's pieces."""

    ops: Any
    weights: Floats
    """``W`` as thinc reshapes it, (units × pieces, inputs)."""
    bias: Floats
    """``b`` as thinc reshapes it, (units × pieces,)."""
    pieces: int

    def __call__(self, inputs: Floats) -> Floats:
        products: Floats = self.ops.gemm(inputs, self.weights, trans2=True)
        products += self.bias
        return _greatest_piece(products.reshape((len(products), -1, self.pieces)))


def _greatest_piece(pieces: Floats) -> Floats:
    """Each unit's greatest piece, as thinc's ``cpu_maxout`` picks it but without the argmax only backprop needs.

    ``cpu_maxout`` folds from the last piece: a piece replaces the best of those after it only where it is not
    greater, so of equal pieces the first wins. ``np.maximum(a, b)`` is ``a if a > b else b`` (the SIMD max: ``b`` on
    a tie, which tells +0 from -0), so folding with the earlier piece second keeps the same bits.
    """
    best: Floats = pieces[:, :, -1]
    for piece in range(pieces.shape[2] - 2, -1, -1):
        best = np.maximum(best, pieces[:, :, piece])
    return best


@dataclass(frozen=True)
class _LayerNorm:
    """thinc's ``LayerNorm`` (``layers/layernorm.py``): each row less its mean, over its deviation, scaled, shifted."""

    gain: Floats
    bias: Floats

    def __call__(self, rows: Floats) -> Floats:
        mean = rows.mean(axis=1, keepdims=True)
        centred: Floats = rows - mean  # thinc takes it twice, once inside ``rows.var``: the same bits
        variance = np.square(centred).mean(axis=1, keepdims=True)  # ``rows.var``'s own sum of squares over its count
        variance += 1e-08
        centred *= variance ** (-1.0 / 2.0)
        centred *= self.gain
        centred += self.bias
        return centred


@dataclass(frozen=True)
class _Block:
    """One ``MaxoutWindowEncoder`` layer: ``residual(expand_window >> Maxout >> LayerNorm >> Dropout)``."""

    ops: Any
    window: int
    maxout: _Maxout
    norm: _LayerNorm | None

    def __call__(self, rows: Floats) -> Floats:
        out = self.maxout(self.ops.seq2col(rows, self.window))
        if self.norm is not None:
            out = self.norm(out)
        out += rows  # ``residual``'s ``X + Y``
        return out


@dataclass(frozen=True)
class _Embeddings:
    """``MultiHashEmbed``'s ``concatenate`` of ``ints_getitem >> HashEmbed`` layers, one per feature column.

    thinc's ``gather_add`` sums each word's four hashed rows into zeros, row by row; ``table`` holds every table's
    rows plus zero (so a -0 is a +0, as it is once added to zeros), stacked, and the sums run in the same order.
    """

    ops: Any
    columns: tuple[int, ...]
    seeds: tuple[int, ...]
    sizes: tuple[int, ...]
    offsets: tuple[int, ...]
    table: Floats

    def __call__(self, features: npt.NDArray[np.uint64]) -> Floats:
        keys = np.empty((4, len(features), len(self.columns)), dtype=np.intp)  # hash, word, table
        for i, (column, seed, size, offset) in enumerate(
            zip(self.columns, self.seeds, self.sizes, self.offsets, strict=True)
        ):
            ids = np.ascontiguousarray(features[:, column])
            keys[:, :, i] = (self.ops.hash(ids, seed) % size + offset).T
        summed: Floats = np.take(self.table, keys[0], axis=0)
        for k in range(1, len(keys)):
            summed += np.take(self.table, keys[k], axis=0)
        return summed.reshape((len(features), -1))  # the ``hstack`` of the tables' outputs


@dataclass(frozen=True)
class Tok2Vec:
    """The parser model's ``tok2vec`` over a batch of documents: their words' vectors, stacked."""

    columns: Sequence[Any]
    embeddings: _Embeddings
    mix: _Maxout
    mix_norm: _LayerNorm | None
    pad: int
    blocks: tuple[_Block, ...]
    ops: Any
    weights: Floats
    bias: Floats

    def __call__(self, docs: Sequence[Any]) -> Floats:
        lengths = np.array([len(doc) for doc in docs], dtype=np.intp)
        features = np.concatenate([doc.to_array(self.columns) for doc in docs])  # ``extract_features``
        vectors = self.mix(self.embeddings(features))
        if self.mix_norm is not None:
            vectors = self.mix_norm(vectors)
        padded, rows = _padded(vectors, lengths, self.pad)
        for block in self.blocks:
            padded = block(padded)
        out: Floats = self.ops.gemm(padded[rows], self.weights, trans2=True)  # ``list2array >> Linear``
        out += self.bias
        return out


def _padded(vectors: Floats, lengths: Ints, pad: int) -> tuple[Floats, Ints]:
    """``vectors``' rows laid out as ``with_array(..., pad=pad)`` flattens the documents' arrays (``pad`` zero rows
    before each non-empty document and after the last), and the rows where the words went."""
    nonempty = lengths[lengths > 0]
    rows = np.arange(len(vectors)) + np.repeat(pad * np.arange(1, len(nonempty) + 1), nonempty)
    padded = np.zeros((len(vectors) + pad * (len(nonempty) + 1), vectors.shape[1]), dtype=vectors.dtype)
    padded[rows] = vectors
    return padded, rows


def state_vectors(model: Any, docs: Sequence[Any]) -> Any:
    """What ``model.predict(docs).state2vec`` is for the recognizer's ``model`` (spaCy's ``precompute_hiddens``):
    the lower layer's products for every word, from ``Tok2Vec`` when ``tok2vec_of`` reads the model."""
    tok2vec = tok2vec_of(model)
    if tok2vec is None or not any(len(doc) for doc in docs):
        return model.predict(docs).state2vec
    from spacy.ml.parser_model import precompute_hiddens  # noqa: PLC0415 (deferred with spaCy)

    lower = model.get_ref("lower")
    activation = _activation(lower.get_dim("nP"), has_upper=model.attrs["has_upper"])
    return precompute_hiddens(len(docs), tok2vec(docs), lower, activation=activation, train=False)


def _activation(pieces: int, *, has_upper: bool) -> str | None:
    """The lower layer's activation, as ``ParserStepModel`` picks it."""
    if pieces >= 2:
        return "maxout"
    return None if has_upper else "relu"


@functools.lru_cache(maxsize=4)
def tok2vec_of(model: Any) -> Tok2Vec | None:
    """``model``'s ``tok2vec`` layer stack read for ``Tok2Vec``, or ``None`` where its layers are not those of a
    ``MultiHashEmbed >> MaxoutWindowEncoder >> list2array >> Linear`` on numpy (read once: the weights are fixed)."""
    from thinc.api import NumpyOps  # noqa: PLC0415 (deferred with spaCy)

    try:
        tok2vec = model.get_ref("tok2vec")
    except (KeyError, ValueError):
        return None
    if not all(isinstance(node.ops, NumpyOps) for node in tok2vec.walk()):
        return None
    steps = _chained(tok2vec)
    names = [step.name for step in steps]
    if names[:2] != ["extract_features", "list2ragged"] or names[4:5] != ["ragged2list"]:
        return None
    return _read(steps) if names[6:] == ["list2array", "linear"] else None


def _read(steps: list[Any]) -> Tok2Vec | None:
    """``Tok2Vec`` from the eight steps of a recognised stack, or ``None`` if a step is not the expected layer."""
    features, _, embed, mix, _, encode, _, linear = steps
    embeddings = _embeddings(embed)
    mixing = _maxout_norm(_inner(mix, pad=None))
    encoder = _blocks(encode)
    output = _affine(linear)
    if embeddings is None or mixing is None or encoder is None or output is None:
        return None
    mix_maxout, mix_norm = mixing
    pad, blocks = encoder
    width = embeddings.table.shape[1] * len(embeddings.columns)
    widths = [block.maxout.weights.shape[1] // (2 * block.window + 1) for block in blocks]
    units = mix_maxout.weights.shape[0] // mix_maxout.pieces
    if mix_maxout.weights.shape[1] != width or any(w != units for w in widths) or output[1].shape[1] != units:
        return None
    columns = features.attrs.get("columns")
    if not isinstance(columns, list) or len(columns) <= max(embeddings.columns):
        return None
    return Tok2Vec(list(columns), embeddings, mix_maxout, mix_norm, pad, blocks, *output)


def _chained(node: Any) -> list[Any]:
    """``node``'s layers in order, nested ``chain`` layers (named ``a>>b``) opened."""
    layers = node.layers
    if layers and node.name == ">>".join(layer.name for layer in layers):
        return [step for layer in layers for step in _chained(layer)]
    return [node]


def _inner(node: Any, *, pad: int | None) -> list[Any]:
    """The chained layers inside a ``with_array`` node (with ``pad``, if given: it pads only a list), else ``[]``."""
    if node.name != f"with_array({node.layers[0].name if node.layers else ''})" or len(node.layers) != 1:
        return []
    if pad is not None and node.attrs.get("pad") != pad:
        return []
    return _chained(node.layers[0])


def _embeddings(node: Any) -> _Embeddings | None:
    """``with_array(concatenate(ints_getitem >> HashEmbed, ...))``, read, or ``None``."""
    inner = _inner(node, pad=None)
    if len(inner) != 1 or inner[0].name != "|".join(layer.name for layer in inner[0].layers):
        return None
    columns, seeds, tables = [], [], []
    for layer in inner[0].layers:
        steps = _chained(layer)
        if [step.name for step in steps] != ["ints-getitem", "hashembed"]:
            return None
        getitem, embed = steps
        index, seed, table = getitem.attrs.get("index"), embed.attrs.get("seed"), _param(embed, "E", 2)
        if not (isinstance(index, tuple) and len(index) == 2 and index[0] == slice(0, None)):
            return None
        if not isinstance(index[1], int) or not isinstance(seed, int) or table is None:
            return None
        columns.append(index[1])
        seeds.append(seed)
        tables.append(table)
    if not tables or len({table.shape[1] for table in tables}) != 1:
        return None
    sizes = [len(table) for table in tables]
    offsets = np.cumsum([0, *sizes[:-1]]).tolist()
    stacked = np.concatenate(tables) + np.float32(0)
    return _Embeddings(inner[0].ops, tuple(columns), tuple(seeds), tuple(sizes), tuple(offsets), stacked)


def _maxout_norm(steps: list[Any]) -> tuple[_Maxout, _LayerNorm | None] | None:
    """``Maxout`` with, optionally, ``LayerNorm`` and a ``Dropout`` after it, read, or ``None``."""
    names = [step.name for step in steps]
    if names and names[-1] == "dropout":
        steps, names = steps[:-1], names[:-1]
    if names not in (["maxout"], ["maxout", "layernorm"]):
        return None
    maxout = _maxout(steps[0])
    norm = _layer_norm(steps[1]) if len(steps) == 2 else None
    if maxout is None or (len(steps) == 2 and norm is None):
        return None
    return maxout, norm


def _maxout(node: Any) -> _Maxout | None:
    weights, bias = _param(node, "W", 3), _param(node, "b", 2)
    if weights is None or bias is None or bias.shape != weights.shape[:2]:
        return None
    units, pieces, inputs = weights.shape
    return _Maxout(node.ops, weights.reshape((units * pieces, inputs)), bias.reshape((units * pieces,)), pieces)


def _layer_norm(node: Any) -> _LayerNorm | None:
    gain, bias = _param(node, "G", 1), _param(node, "b", 1)
    return None if gain is None or bias is None or gain.shape != bias.shape else _LayerNorm(gain, bias)


def _blocks(node: Any) -> tuple[int, tuple[_Block, ...]] | None:
    """``with_array(residual(expand_window >> Maxout >> ...) >> ...)``'s padding and blocks, or ``None``."""
    pad = node.attrs.get("pad")
    inner = _inner(node, pad=pad) if isinstance(pad, int) else []
    blocks = []
    for layer in inner:
        if len(layer.layers) != 1 or layer.name != f"residual({layer.layers[0].name})":
            return None
        steps = _chained(layer.layers[0])
        window = steps[0].attrs.get("window_size") if steps[0].name == "expand_window" else None
        read = _maxout_norm(steps[1:])
        if not isinstance(window, int) or read is None:
            return None
        blocks.append(_Block(steps[0].ops, window, *read))
    if not blocks or not isinstance(pad, int) or pad < 0:
        return None
    return pad, tuple(blocks)


def _affine(node: Any) -> tuple[Any, Floats, Floats] | None:
    weights, bias = _param(node, "W", 2), _param(node, "b", 1)
    if node.name != "linear" or weights is None or bias is None or bias.shape != weights.shape[:1]:
        return None
    return node.ops, weights, bias


def _param(node: Any, name: str, ndim: int) -> Floats | None:
    """``node``'s parameter ``name`` if it is a float32 numpy array of ``ndim`` dimensions."""
    if not node.has_param(name):
        return None
    value = node.get_param(name)
    ok = isinstance(value, np.ndarray) and value.dtype == np.float32 and value.ndim == ndim
    return value if ok else None


__all__ = ["Tok2Vec", "state_vectors", "tok2vec_of"]
