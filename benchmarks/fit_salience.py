"""Fit the salience weights of ``worker.entities.rank`` on the development pages' candidates (offline, numpy only).

Usage (from the repository root)::

    .venv/bin/python benchmarks/fit_salience.py            # extract features (cached), fit, compare with rank.py
    .venv/bin/python benchmarks/fit_salience.py --refresh  # re-extract after a change to the tagger

Candidates: every merged entity the tagger would rank (before the floor and the cap) on the **development** pages
of the corpus labels and of the news-fixture set, and the news set's **opened** pages; held-out pages are never
read. Each candidate gets the features below and the target "is among the page's labels" (the labels are the
page's top 12 by the labelling rule, ``docs/entities.md``). Two fits:

- a logistic regression (L2, Newton steps) on the features: pointwise ("is labelled") and pairwise (a labelled
  name above an unlabelled one of the same page), the weights scaled to sum to 1 and the floor then chosen for F1;
- a coordinate search of the same weights, the floor and the halving factor for top-12 F1 itself (micro over the
  three development sets' pages), started from rank.py's weights.

Each weight set is scored by simulating ``rank`` (score, halving, floor, order, first 12) and by leave-one-set-out
(fit on two of the three sets, score on the third). The figures printed are the development sets' only. Results
(2026-12-05) are in ``docs/entities.md`` (Measured): no fit beat the hand weights, which sit at a local optimum of
the search; a halving factor of 0.3 (instead of 0.5) gained on all three development sets and lost held-out.
"""

from __future__ import annotations

import argparse
import math
import pickle
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import entities as bench  # noqa: E402
from benchmarks.sitesplit import DEVELOPMENT, OPENED, part_of  # noqa: E402
from worker.entities import rank as rank_module  # noqa: E402
from worker.entities import tagger as tagger_module  # noqa: E402
from worker.entities.filters import lower_words  # noqa: E402
from worker.entities.merge import MergedEntity  # noqa: E402
from worker.entities.names import name_key  # noqa: E402

CACHE = REPO / ".cache" / "salience_features.pkl"
"""The extracted candidates (gitignored; ``--refresh`` rebuilds them after a change to the tagger)."""
FEATURES = (
    "headline",
    "lead",
    "log_count",
    "early",
    "spread",
    "span",
    "single",
    "person",
    "place",
    "signalled",
    "titled",
    "known_place",
    "first_para",
)


@dataclass
class Candidate:
    key: str
    cls: str
    x: dict[str, float]
    halved: bool
    gold: bool


@dataclass
class PageFeatures:
    url: str
    subset: str
    gold: list[tuple[str, str]]
    candidates: list[Candidate]


def paragraph_starts(body: str) -> list[int]:
    starts, at = [0], body.find("\n\n")
    while at >= 0:
        starts.append(at + 2)
        at = body.find("\n\n", at + 2)
    return starts


def features(
    e: MergedEntity,
    body: str,
    *,
    starts: list[int],
    max_count: int,
    places: frozenset[str],
    titled: frozenset[str],
    given: frozenset[str] = frozenset(),
    lower: frozenset[str] = frozenset(),
) -> dict[str, float]:
    import bisect

    n = max(len(body), 1)
    paras = {bisect.bisect_right(starts, o) - 1 for o in e.offsets}
    first, last = (e.offsets[0], e.offsets[-1]) if e.offsets else (None, None)
    key = name_key(e.text)
    return {
        "headline": float(e.in_headline),
        "lead": float(e.first_offset is not None and e.first_offset < rank_module.LEAD_CHARS),
        "log_count": math.log1p(e.count) / math.log1p(max(max_count, 1)),
        "early": 0.0 if e.first_offset is None else 1.0 - min(e.first_offset, n) / n,
        "spread": math.log1p(len(paras)) / math.log1p(len(starts)),
        "span": 0.0 if first is None or last is None else (last - first) / n,
        "single": float(" " not in key),
        "person": float(e.label == "PERSON"),
        "place": float(e.label in ("GPE", "LOC")),
        "signalled": float(e.signalled),
        "titled": float(key in titled),
        "known_place": float(key in places),
        "first_para": float(0 in paras),
        "given_first": float(key.split(" ")[0] in given),
        "lower_word": float(any(w in lower for w in e.text.casefold().split())),
        "lower_last": float(e.text.casefold().split()[-1] in lower),
        # raw values, for variants of the terms (not fitted directly)
        "raw_first": -1.0 if e.first_offset is None else float(e.first_offset),
        "raw_first_para": -1.0 if not paras else float(min(paras)),
        "raw_paras": float(len(starts)),
        "raw_spread": float(len(paras)),
        "raw_count": float(e.count),
        "raw_max_count": float(max_count),
        "raw_length": float(n),
    }


def extract() -> list[PageFeatures]:
    """Run the tagger over the development and opened pages, capturing every candidate ``rank`` is given."""
    captured: dict[str, object] = {}
    original_rank = tagger_module.rank

    def capture(merged: list[MergedEntity], **kw: object) -> object:
        captured["merged"], captured["kw"] = list(merged), kw
        return original_rank(merged, **kw)  # type: ignore[arg-type]

    original_entities = tagger_module.EntityTagger._entities

    def entities(self: tagger_module.EntityTagger, record: object, body: str) -> object:
        captured["body"] = body
        return original_entities(self, record, body)  # type: ignore[arg-type]

    tagger_module.rank = capture  # type: ignore[assignment]
    tagger_module.EntityTagger._entities = entities  # type: ignore[method-assign]
    tagger = tagger_module.EntityTagger()
    out: list[PageFeatures] = []
    for subset_name, pages in (("corpus", bench.load_pages(bench.LABELS)), ("news", bench.load_news_pages())):
        for page in pages:
            part = part_of(page.url)
            if part not in (DEVELOPMENT, OPENED):
                continue  # held-out pages are never read
            captured.clear()
            tagger.annotate(bench.record_of(page))
            subset = f"{subset_name} {part}"
            if "merged" not in captured:
                out.append(PageFeatures(page.url, subset, page.labels, []))
                continue
            merged: list[MergedEntity] = captured["merged"]  # type: ignore[assignment]
            kw: dict = captured["kw"]  # type: ignore[assignment]
            body: str = captured["body"]  # type: ignore[assignment]
            given, titled = kw["given"], kw["titled"]
            organisations = frozenset(name_key(e.text) for e in merged if e.label == "ORG")
            max_count = max((e.count for e in merged), default=1)
            starts = paragraph_starts(body)
            lower = frozenset(lower_words(body))
            gold = set(page.labels)
            cands = []
            for e in merged:
                key, cls = bench.normalise(e.text), bench.label_class(e.label)
                halved = rank_module.in_passing(e) or bool(
                    given and rank_module.doubtful_person(e, given, organisations, titled)
                )
                x = features(
                    e,
                    body,
                    starts=starts,
                    max_count=max_count,
                    places=tagger._places,
                    titled=titled,
                    given=given,
                    lower=lower,
                )
                cands.append(Candidate(key, cls, x, halved, (key, cls) in gold))
            out.append(PageFeatures(page.url, subset, page.labels, cands))
    tagger_module.rank = original_rank
    tagger_module.EntityTagger._entities = original_entities  # type: ignore[method-assign]
    return out


@dataclass
class Weights:
    w: dict[str, float]
    factor: float = rank_module.PASSING_FACTOR
    floor: float = rank_module.MIN_SALIENCE
    relative: float = 0.0
    """Also drop names under this fraction of the page's top score (0: none)."""


HAND = Weights({"headline": 0.35, "lead": 0.20, "log_count": 0.30, "early": 0.15})


def page_scores(page: PageFeatures, wt: Weights) -> list[tuple[float, Candidate]]:
    scored = []
    for c in page.candidates:
        s = sum(wt.w.get(f, 0.0) * c.x[f] for f in wt.w)
        if c.halved:
            s *= wt.factor
        scored.append((round(min(max(s, 0.0), 1.0), 4), c))
    return scored


def top12(page: PageFeatures, wt: Weights) -> list[tuple[str, str]]:
    scored = page_scores(page, wt)
    top = max((s for s, _ in scored), default=0.0)
    kept = [(s, c) for s, c in scored if s >= wt.floor and s >= wt.relative * top]
    kept.sort(key=lambda p: (-p[0], 1 - p[1].x["early"], p[1].key))  # earlier first mention first on ties
    seen: dict[str, str] = {}
    for _, c in kept:
        seen.setdefault(c.key, c.cls)
    return list(seen.items())[: bench.TOP]


def f1(pages: list[PageFeatures], wt: Weights) -> float:
    hits = out = gold = 0
    for page in pages:
        top = top12(page, wt)
        hits += len(set(top) & set(page.gold))
        out += len(top)
        gold += len(page.gold)
    p, r = hits / max(out, 1), hits / max(gold, 1)
    return 2 * p * r / (p + r) if p + r else 0.0


def report(pages: list[PageFeatures], wt: Weights) -> str:
    subsets = sorted({p.subset for p in pages})
    return " | ".join(f"{s} {f1([p for p in pages if p.subset == s], wt):.3f}" for s in subsets) + (
        f" | all {f1(pages, wt):.3f}"
    )


def logistic(pages: list[PageFeatures], names: tuple[str, ...], l2: float = 1.0) -> Weights:
    """Pointwise L2 logistic regression ("is labelled") on the candidates not halved; the weights scaled to sum to
    1 over the positive ones, the floor then chosen for top-12 F1 on the same pages (``tune_floor``)."""
    rows = [(c.x, c.gold) for p in pages for c in p.candidates if not c.halved]
    x = np.array([[r[0][f] for f in names] + [1.0] for r in rows])
    y = np.array([float(r[1]) for r in rows])
    beta = np.zeros(x.shape[1])
    reg = np.eye(x.shape[1]) * l2
    reg[-1, -1] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ beta))
        grad = x.T @ (p - y) + reg @ beta
        hess = (x * (p * (1 - p))[:, None]).T @ x + reg
        beta -= np.linalg.solve(hess, grad)
    return tune_floor(pages, scaled(dict(zip(names, beta[:-1], strict=True))))


def pairwise(pages: list[PageFeatures], names: tuple[str, ...], l2: float = 1.0) -> Weights:
    """Pairwise L2 logistic regression within each page (a labelled candidate above an unlabelled one; each page's
    pairs weighted 1/sqrt(pairs)): what ordering a page's names needs, whatever the page's level. Scaled and floored
    as ``logistic``."""
    diffs, weights = [], []
    for page in pages:
        pos = [c for c in page.candidates if c.gold and not c.halved]
        neg = [c for c in page.candidates if not c.gold and not c.halved]
        for a in pos:
            for b in neg:
                diffs.append([a.x[f] - b.x[f] for f in names])
                weights.append(1 / math.sqrt(len(pos) * len(neg)))
    x, sw = np.array(diffs), np.array(weights)
    beta = np.zeros(len(names))
    for _ in range(30):
        p = 1 / (1 + np.exp(-x @ beta))
        grad = -(x * (sw * (1 - p))[:, None]).sum(0) + l2 * beta
        hess = (x * (sw * p * (1 - p))[:, None]).T @ x + l2 * np.eye(len(names))
        beta -= np.linalg.solve(hess, grad)
    return tune_floor(pages, scaled(dict(zip(names, beta, strict=True))))


def scaled(w: dict[str, float]) -> Weights:
    total = sum(max(v, 0.0) for v in w.values()) or 1.0
    return Weights({f: round(float(v / total), 3) for f, v in w.items()})


def tune_floor(pages: list[PageFeatures], wt: Weights) -> Weights:
    best = max(
        (Weights(wt.w, wt.factor, floor / 200) for floor in range(80)),
        key=lambda trial: f1(pages, trial) - trial.floor * 1e-6,
    )
    return best


def search(pages: list[PageFeatures], start: Weights, names: tuple[str, ...], rounds: int = 3) -> Weights:
    """Coordinate search of the weights (steps of 0.05, 0.02, 0.01), the floor and the halving factor for micro
    top-12 F1."""
    best = Weights({f: start.w.get(f, 0.0) for f in names}, start.factor, start.floor, start.relative)
    best_f1 = f1(pages, best)
    for step in (0.05, 0.02, 0.01) * rounds:
        for f in (*names, "floor", "factor"):
            for delta in (-step, step):
                trial = Weights(dict(best.w), best.factor, best.floor, best.relative)
                if f == "floor":
                    trial.floor = round(trial.floor + delta, 3)
                elif f == "factor":
                    trial.factor = round(min(1.0, max(0.0, trial.factor + delta)), 3)
                else:
                    trial.w[f] = round(trial.w[f] + delta, 3)
                value = f1(pages, trial)
                if value > best_f1 + 1e-9:
                    best, best_f1 = trial, value
    return best


def shown(wt: Weights) -> str:
    return f"{ {k: round(v, 3) for k, v in wt.w.items()} } floor {wt.floor} factor {wt.factor}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--refresh", action="store_true", help="re-extract the features")
    args = parser.parse_args(argv)
    if args.refresh or not CACHE.exists():
        pages = extract()
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        CACHE.write_bytes(pickle.dumps(pages))
    else:
        pages = pickle.loads(CACHE.read_bytes())
    subsets = sorted({p.subset for p in pages})
    print(f"{len(pages)} pages, {sum(len(p.candidates) for p in pages)} candidates; top-12 F1 per set: "
          f"{', '.join(subsets)}, all")  # fmt: skip
    hand = Weights(dict(HAND.w), rank_module.PASSING_FACTOR, rank_module.MIN_SALIENCE)
    print(f"rank.py       {report(pages, hand)}   {shown(hand)}")
    for factor in (0.0, 0.2, 0.3, 0.4, 0.45, 0.5, 0.6):
        print(f"  factor {factor:<4}  {report(pages, Weights(hand.w, factor, hand.floor))}")
    basic = ("headline", "lead", "log_count", "early")
    for names in (basic, (*basic, "spread"), (*basic, "span"), (*basic, "spread", "single", "person", "place",
                                                                   "titled", "known_place", "first_para")):  # fmt: skip
        fits = {
            "logistic": lambda ps, names=names: logistic(ps, names),
            "pairwise": lambda ps, names=names: pairwise(ps, names),
            "search": lambda ps, names=names: search(ps, hand, names),
        }
        for name, fit in fits.items():
            wt = fit(pages)
            print(f"{name:13} {report(pages, wt)}   {shown(wt)}")
            left_out = []
            for held in subsets:  # fit on two sets, score the third
                wt = fit([p for p in pages if p.subset != held])
                left_out.append(f"{f1([p for p in pages if p.subset == held], wt):.3f}")
            print(f"  left out    {' | '.join(left_out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
