"""Score wireroom's entities against hand labels, and time the whole ``wireroom parse`` command against trafilatura's.

Usage (from the repository root)::

    .venv/bin/python benchmarks/entities.py                # scores, then whole-command timing (3 rounds)
    .venv/bin/python benchmarks/entities.py --rounds 0 --diff   # scores only; misses and extras per development page

Labels: ``tests/data/entity_labels.json`` (corpus URL → at most the 12 most prominent people, organisations and
places, in order of prominence, each once under its fullest name; the rule is in ``docs/entities.md``). Text comes
the way the product gets it: ``worker.parse.parse_article`` on the page bytes, then ``EntityTagger.annotate``.

Pages are split by site with ``benchmarks/sitesplit.py`` into a development half (looked at page by page, ``--diff``)
and a held-out half (only ever looked at as these aggregate figures). The held-out figure is the one to quote.

Measures, per half:
- **top-12 F1**: wireroom's first 12 entities (its salience order) against the labels, label-aware (GPE and LOC
  one "place" class), micro-averaged over pages;
- **full-list recall**: the share of labelled names found anywhere in wireroom's list (label-agnostic);
- **label accuracy**: of the names both have, the share wireroom labels right.
Matching: equal names after normalisation (case-folded; leading "the", a trailing possessive and edge punctuation
stripped; periods and hyphens dropped); no partial credit. Baseline: raw spaCy (the same pipeline's ``ner``, none of
wireroom's rules), PERSON/ORG/GPE/LOC in order of first mention.

Timing: the whole command, as a user runs it, over the labelled pages' files: ``wireroom parse --jsonl FILE...``
(model loading included; ``--no-entities`` too) against ``trafilatura --input-dir DIR --output-dir OUT --json``,
alternating which goes first, median of ``--rounds``.
"""

from __future__ import annotations

import argparse
import functools
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from schemas.article import ArticleRecord  # noqa: E402
from worker.entities import EntityTagger  # noqa: E402
from worker.entities.names import clean_name, name_key  # noqa: E402
from worker.entities.tail import TAGGED_CHARS  # noqa: E402
from worker.parse import parse_article  # noqa: E402

sys.path.insert(0, str(REPO / "benchmarks"))
from sitesplit import DEVELOPMENT, HELD_OUT, part_of  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
LABELS = REPO / "tests" / "data" / "entity_labels.json"
NAMED_KINDS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
CORE_KINDS = {"PERSON", "ORG", "GPE", "LOC"}
SUBSETS = ("all", DEVELOPMENT, HELD_OUT)
TOP = 12


def subset_of(url: str) -> str:
    """The half of the site split a labelled page belongs to."""
    return part_of(url)


TARGET_F1 = 0.75
TARGET_LABEL_ACCURACY = 0.95
TARGET_SPEED_RATIO = 0.6

Named = tuple[str, str]
"""(normalised key, label class)."""


@dataclass
class Page:
    url: str
    file: Path
    data: bytes
    labels: list[Named]


def label_class(label: str) -> str:
    """GPE and LOC are one class ("place"); others are themselves."""
    return "PLACE" if label in ("GPE", "LOC") else label


def normalise(text: str) -> str:
    cleaned = clean_name(text)
    return name_key(cleaned if cleaned is not None else text)


def named(pairs: Iterable[tuple[str, str]]) -> list[Named]:
    """Normalise (text, label) pairs, keeping the first of each name."""
    seen: dict[str, str] = {}
    for text, label in pairs:
        key = normalise(text)
        if key and key not in seen:
            seen[key] = label_class(label)
    return list(seen.items())


def load_pages() -> list[Page]:
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    pages = []
    for url, ents in labels.items():
        path = CORPUS / "pages" / expected[url]["file"]
        pages.append(Page(url, path, path.read_bytes(), named((e["text"], e["label"]) for e in ents)))
    return pages


def record_of(page: Page) -> ArticleRecord:
    return parse_article(page.data, url=page.url if page.url.startswith("http") else None)


@functools.lru_cache(maxsize=1)
def raw_pipeline(model: str) -> Any:
    """The pipeline's recognizer as shipped: no component but ``ner``, none of wireroom's load-time changes
    (``worker.entities.model``: numpy products, a decoder restricted to name actions)."""
    import spacy

    return spacy.load(model, enable=["ner"])


def raw_entities(tagger: EntityTagger, record: ArticleRecord, kinds: set[str]) -> list[Named]:
    docs = list(raw_pipeline(tagger.model).pipe([record.headline, record.body]))
    return named((e.text, e.label_) for doc in docs for e in doc.ents if e.label_ in kinds)


@dataclass
class Counts:
    """Top-12 matches, full-list recall and label agreement over a set of pages."""

    tp: int = 0
    n_out: int = 0
    n_gold: int = 0
    found: int = 0
    shared: int = 0
    same_label: int = 0

    def add(self, out: list[Named], gold: list[Named]) -> None:
        top = out[:TOP]
        self.tp += len(set(top) & set(gold))
        self.n_out += len(top)
        self.n_gold += len(gold)
        out_labels = dict(out)
        gold_keys = {k for k, _ in gold}
        self.found += len(gold_keys & set(out_labels))
        both = [(k, label) for k, label in gold if k in out_labels]
        self.shared += len(both)
        self.same_label += sum(1 for k, label in both if out_labels[k] == label)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.n_out if self.n_out else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def recall_full(self) -> float:
        return self.found / self.n_gold if self.n_gold else 0.0

    def label_accuracy(self) -> float:
        return self.same_label / self.shared if self.shared else 0.0


def score(pages: list[Page], tagger: EntityTagger, diff: str) -> dict[str, Counts]:
    """Counts per system and half (``SUBSETS``)."""
    systems: dict[str, Callable[[ArticleRecord], list[Named]]] = {
        "raw spaCy (P/O/G/L)": lambda r: raw_entities(tagger, r, CORE_KINDS),
        "wireroom": lambda r: named((e.text, e.label) for e in tagger.annotate(r).entities),
    }
    table = {f"{name}|{subset}": Counts() for name in systems for subset in SUBSETS}
    for page in pages:
        record = record_of(page)
        subset = subset_of(page.url)
        for name, system in systems.items():
            out = system(record)
            for key in (f"{name}|all", f"{name}|{subset}"):
                table[key].add(out, page.labels)
            if name == "wireroom" and (diff == "all" or (diff == "development" and subset == DEVELOPMENT)):
                print_diff(page, out)
    return table


def print_diff(page: Page, out: list[Named]) -> None:
    gold, got = set(page.labels), set(out)
    gold_keys, got_keys = {k for k, _ in gold}, {k for k, _ in got}
    print(f"\n{page.url}")
    print("  missed:   ", sorted(k for k, _ in gold if k not in got_keys))
    print("  extra:    ", sorted(k for k, _ in got if k not in gold_keys))
    print("  mislabel: ", sorted(f"{k} {lab}" for k, lab in got - gold if k in gold_keys))


def time_commands(pages: list[Page], rounds: int) -> dict[str, float]:
    """Median pages per second of each whole command over the pages' files, the commands alternating."""
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as tmp:
        inputs, out = Path(tmp) / "in", Path(tmp) / "out"
        inputs.mkdir()
        for page in pages:
            (inputs / page.file.name).symlink_to(page.file)
        files = [str(page.file) for page in pages]
        commands = {
            "wireroom parse --jsonl (entities)": [str(bin_dir / "wireroom"), "parse", "--jsonl", *files],
            "wireroom parse --jsonl --no-entities": [
                str(bin_dir / "wireroom"), "parse", "--jsonl", "--no-entities", *files
            ],
            "trafilatura --input-dir --json": [
                str(bin_dir / "trafilatura"), "--input-dir", str(inputs), "--output-dir", str(out), "--json"
            ],
        }  # fmt: skip
        rates: dict[str, list[float]] = {name: [] for name in commands}
        for round_no in range(rounds):
            order = list(commands.items())
            if round_no % 2:
                order.reverse()
            for name, argv in order:
                shutil.rmtree(out, ignore_errors=True)
                start = time.perf_counter()
                subprocess.run(argv, capture_output=True, check=False, timeout=900)
                rates[name].append(len(pages) / (time.perf_counter() - start))
    return {name: statistics.median(values) for name, values in rates.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="whole-command timing rounds (0: no timing)")
    parser.add_argument(
        "--diff",
        action="store_const",
        const="development",
        default="",
        help="print wireroom's misses and extras on each development page",
    )
    parser.add_argument(
        "--tagged-chars", type=int, default=TAGGED_CHARS, help="body characters spaCy reads (default %(default)s)"
    )
    args = parser.parse_args(argv)

    pages = load_pages()
    start = time.perf_counter()
    tagger = EntityTagger(tagged_chars=args.tagged_chars)
    labelled = sum(len(p.labels) for p in pages)
    print(f"model {tagger.model} loaded in {time.perf_counter() - start:.2f} s; {len(pages)} pages, "
          f"{labelled} labelled entities; spaCy reads {args.tagged_chars} body chars")  # fmt: skip
    table = score(pages, tagger, args.diff)

    print(f"\n| system | pages | top-{TOP} P | R | **F1** | full-list recall | label accuracy |\n|{'---|' * 7}")
    for key, counts in table.items():
        name, subset = key.split("|")
        n_pages = sum(1 for p in pages if subset in ("all", subset_of(p.url)))
        p, r, f1 = counts.prf()
        print(f"| {name} | {subset} ({n_pages}) | {p:.3f} | {r:.3f} | **{f1:.3f}** | "
              f"{counts.recall_full():.3f} | {counts.label_accuracy():.3f} |")  # fmt: skip
    held, dev = table[f"wireroom|{HELD_OUT}"], table[f"wireroom|{DEVELOPMENT}"]
    print(f"\nheld-out: top-{TOP} F1 {held.prf()[2]:.3f} (target >= {TARGET_F1}), label accuracy "
          f"{held.label_accuracy():.3f} (target >= {TARGET_LABEL_ACCURACY}); development: F1 {dev.prf()[2]:.3f}, "
          f"label accuracy {dev.label_accuracy():.3f}")  # fmt: skip

    if args.rounds > 0:
        rates = time_commands(pages, args.rounds)
        base = rates["trafilatura --input-dir --json"]
        print(f"\n| whole command | pages/s | × trafilatura |\n|{'---|' * 3}")
        for name, rate in rates.items():
            print(f"| {name} | {rate:.2f} | {rate / base:.2f} |")
        ratio = rates["wireroom parse --jsonl (entities)"] / base
        print(f"\nwireroom parse with entities at {ratio:.2f}× trafilatura's whole command (target >= "
              f"{TARGET_SPEED_RATIO}); median of {args.rounds} alternating round(s), {len(pages)} pages")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
