"""Score wireroom's entities against hand labels (top 12, labels, recall) on each half of the site split, and time
the whole ``wireroom parse`` command against trafilatura's.

Usage (from the repository root)::

    .venv/bin/python benchmarks/entities.py --rounds 3      # scores + whole-command timing (3 alternating rounds)
    .venv/bin/python benchmarks/entities.py --rounds 0 --diff   # scores only; gold, top 12, misses per development page
    .venv/bin/python benchmarks/entities.py --time-corpus      # timing over all corpus pages (start-up weighs less)

Labels: ``tests/data/entity_labels.json`` (corpus URL → at most the 12 most prominent people, organisations and
places, in order of prominence, each once under its fullest name; the rule is in ``docs/entities.md``). Text comes
the way the product gets it: ``worker.parse.parse_article`` on the page bytes, then ``EntityTagger.annotate``.

``--set news`` scores the English news-fixture pages of ``benchmarks/news_pages.py`` (same rule) instead.
Pages are split by site with ``benchmarks/sitesplit.py`` (``part_of``) into a development and a held-out half;
``--diff`` prints development pages only. Figures per half:

- top-12 F1: wireroom's first 12 entities against the labels, label-aware (GPE and LOC one class), micro over pages;
- full-list recall: share of labelled entities anywhere in wireroom's list with the right class;
- label accuracy: of the names wireroom shares with the labels, the share that carry the labelled class.

Matching is exact after normalisation (``names.clean_name`` then ``name_key``: case-folded, leading "the" and
titles, possessive and edge punctuation stripped, periods and hyphens dropped); no partial credit.

Timing: the whole commands, as a user runs them, over the labelled pages' files in the same run: ``wireroom parse
--jsonl`` (with entities; and ``--no-entities``) against ``trafilatura --input-dir DIR``, both with their default of
one process per CPU and in one process each (``--jobs 1``, ``--parallel 1``: the per-core figure). trafilatura is
timed twice: its default output (the text alone) and ``--json --with-metadata`` (a JSON record with title, author,
date and site: the nearest to wireroom's record, which carries those and more). Each round runs the commands in turn,
the order reversed every other round; the median time of each is reported, and each wireroom command is compared
with both trafilatura outputs run with as many processes.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import news_pages  # noqa: E402
from benchmarks.sitesplit import DEVELOPMENT, HELD_OUT, OPENED, PARTS, part_of, site_of  # noqa: E402
from schemas.article import ArticleRecord, Entity  # noqa: E402
from worker.cli.parse_jobs import cpu_count  # noqa: E402
from worker.entities import EntityTagger  # noqa: E402
from worker.entities.names import clean_name, name_key  # noqa: E402
from worker.errors import WireroomError  # noqa: E402
from worker.parse import parse_article  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
LABELS = REPO / "tests" / "data" / "entity_labels.json"
TOP = 12
"""The labels hold at most this many entities per page, the most prominent: wireroom's first ``TOP`` are scored."""
TARGET_F1 = 0.75
TARGET_LABEL_ACCURACY = 0.95
TARGET_SPEED_RATIO = 0.6

Named = tuple[str, str]
"""(normalised key, label class)."""


@dataclass
class Page:
    url: str
    data: bytes
    labels: list[Named]
    file: Path


def label_class(label: str) -> str:
    """GPE and LOC are one class ("place"); others are themselves."""
    return "PLACE" if label in ("GPE", "LOC") else label


def normalise(text: str) -> str:
    cleaned = clean_name(text)
    return name_key(cleaned if cleaned is not None else text)


def named(pairs: Iterable[tuple[str, str]]) -> list[Named]:
    """Normalise (text, label) pairs, keeping the first of each name, in order."""
    seen: dict[str, str] = {}
    for text, label in pairs:
        key = normalise(text)
        if key and key not in seen:
            seen[key] = label_class(label)
    return list(seen.items())


def load_pages(labels_path: Path) -> list[Page]:
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    labels = json.loads(labels_path.read_text(encoding="utf-8"))
    pages = []
    for url, ents in labels.items():
        file = CORPUS / "pages" / expected[url]["file"]
        pages.append(Page(url, file.read_bytes(), named((e["text"], e["label"]) for e in ents), file))
    return pages


def load_news_pages() -> list[Page]:
    """The English pages of the news-fixture set (``benchmarks/news_pages.py``) with their entity labels."""
    return [
        Page(page.url, page.data, named((e["text"], e["label"]) for e in page.label["entities"]), page.file)
        for page in news_pages.load_pages()
        if page.label["entities"] is not None
    ]


def record_of(page: Page) -> ArticleRecord:
    return parse_article(page.data, url=page.url if page.url.startswith("http") else None)


def entities_of(page: Page, tagger: EntityTagger) -> list[Entity]:
    """The page's entities as the product gives them; none for a page with no article text (drawn by script)."""
    try:
        return tagger.annotate(record_of(page)).entities
    except WireroomError:
        return []


@dataclass
class Counts:
    """Micro counts of one page set: top-12 hits (label-aware), full-list hits, shared names and right labels."""

    top_hits: int = 0
    top_out: int = 0
    gold: int = 0
    full_hits: int = 0
    shared: int = 0
    right_label: int = 0

    def add(self, out: list[Named], gold: list[Named]) -> None:
        gold_set, gold_labels = set(gold), dict(gold)
        top = out[:TOP]
        self.top_hits += len(set(top) & gold_set)
        self.top_out += len(top)
        self.gold += len(gold)
        self.full_hits += len(set(out) & gold_set)
        shared = [(k, lab) for k, lab in out if k in gold_labels]
        self.shared += len(shared)
        self.right_label += sum(gold_labels[k] == lab for k, lab in shared)

    def figures(self) -> dict[str, float]:
        p = self.top_hits / self.top_out if self.top_out else 0.0
        r = self.top_hits / self.gold if self.gold else 0.0
        return {
            "P@12": p,
            "R@12": r,
            "F1@12": 2 * p * r / (p + r) if p + r else 0.0,
            "full-list recall": self.full_hits / self.gold if self.gold else 0.0,
            "label accuracy": self.right_label / self.shared if self.shared else 0.0,
        }


def score(pages: list[Page], tagger: EntityTagger, diff: str) -> dict[str, Counts]:
    """Counts per half (``sitesplit.PARTS``) and over all pages."""
    table = {part: Counts() for part in (*PARTS, "all")}
    for page in pages:
        part = part_of(page.url)
        out = named((e.text, e.label) for e in entities_of(page, tagger))
        table[part].add(out, page.labels)
        table["all"].add(out, page.labels)
        if diff == "all" or (diff == DEVELOPMENT and part in (DEVELOPMENT, OPENED)):
            print_diff(page, out)
    return table


def print_diff(page: Page, out: list[Named]) -> None:
    gold, top = page.labels, out[:TOP]
    gold_keys, top_keys, all_keys = {k for k, _ in gold}, {k for k, _ in top}, dict(out)
    print(f"\n{page.url}")
    print("  gold:     ", [f"{k} {lab}" for k, lab in gold])
    print("  top 12:   ", [f"{k} {lab}" for k, lab in top])
    print(
        "  missed:   ",
        [f"{k} (#{list(all_keys).index(k) + 1 if k in all_keys else '-'})" for k in gold_keys - top_keys],
    )
    print("  mislabel: ", sorted(f"{k} {all_keys[k]}≠{lab}" for k, lab in gold if k in all_keys and all_keys[k] != lab))


def _run(command: list[str], env: dict[str, str]) -> float:
    """Wall time of ``command``. Exit status 1 is a batch with a file that failed (``wireroom parse`` goes on and
    reports it: a page drawn by script has no article text), a finished run; any other status is an error."""
    start = time.perf_counter()
    done = subprocess.run(command, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    if done.returncode not in (0, 1):
        raise subprocess.CalledProcessError(done.returncode, command[:2])
    return time.perf_counter() - start


@dataclass(frozen=True)
class Command:
    """One timed command: its row name, its arguments after the program, and how many processes it runs."""

    name: str
    args: tuple[str, ...]
    processes: str  # "default" (one per CPU) or "one"


WIREROOM_COMMANDS = (
    Command("wireroom parse --jsonl (entities)", (), "default"),
    Command("wireroom parse --jsonl --no-entities", ("--no-entities",), "default"),
    Command("wireroom parse --jsonl --jobs 1 (entities)", ("--jobs", "1"), "one"),
    Command("wireroom parse --jsonl --jobs 1 --no-entities", ("--jobs", "1", "--no-entities"), "one"),
)
TRAFILATURA_COMMANDS = (
    Command("trafilatura --input-dir (text)", (), "default"),
    Command("trafilatura --input-dir --json --with-metadata", ("--json", "--with-metadata"), "default"),
    Command("trafilatura --input-dir --parallel 1 (text)", ("--parallel", "1"), "one"),
    Command(
        "trafilatura --input-dir --parallel 1 --json --with-metadata",
        ("--parallel", "1", "--json", "--with-metadata"),
        "one",
    ),
)
"""The peers: trafilatura's default output (the text alone) and the record closest to wireroom's (JSON with the
title, author, date and site metadata), each with its default of one process per CPU and in one process."""


def time_commands(files: list[Path], rounds: int) -> dict[str, float]:
    """Whole-command wall time (median of ``rounds``, the commands alternating in order each round) of each
    ``WIREROOM_COMMANDS`` and ``TRAFILATURA_COMMANDS`` entry over the same files. Start-up and model loading are
    included."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "WIREROOM_NER_ENABLED": "true"}
    with tempfile.TemporaryDirectory() as tmp:
        for i, file in enumerate(files):
            (Path(tmp) / f"{i:04d}.html").symlink_to(file)
        names = [str(file) for file in files]
        commands = {c.name: [str(bin_dir / "wireroom"), "parse", "--jsonl", *c.args, *names] for c in WIREROOM_COMMANDS}
        commands |= {c.name: [str(bin_dir / "trafilatura"), "--input-dir", tmp, *c.args] for c in TRAFILATURA_COMMANDS}
        spent: dict[str, list[float]] = {name: [] for name in commands}
        for round_no in range(rounds):
            order = list(commands.items())
            if round_no % 2:
                order.reverse()
            for name, command in order:
                spent[name].append(_run(command, env))
    return {name: statistics.median(times) for name, times in spent.items()}


def print_timing(times: dict[str, float], n_files: int, rounds: int) -> None:
    """The timing table: each wireroom command against both trafilatura outputs with as many processes."""
    peers = {p: [t for t in TRAFILATURA_COMMANDS if t.processes == p] for p in ("default", "one")}
    print(f"\n| command ({n_files} files, {cpu_count()} CPUs) | s (median) | × trafilatura text "
          "| × trafilatura JSON with metadata |\n|---|---|---|---|")  # fmt: skip
    for command in (*WIREROOM_COMMANDS, *TRAFILATURA_COMMANDS):
        seconds = times[command.name]
        peer_times = [] if command in TRAFILATURA_COMMANDS else [times[peer.name] for peer in peers[command.processes]]
        ratios = [f"{peer / seconds:.2f}" for peer in peer_times] or ["", ""]
        print(f"| {command.name} | {seconds:.2f} | {' | '.join(ratios)} |")
    for processes, label in (("default", "both at their default of one process per CPU"), ("one", "one process each")):
        ours = next(c for c in WIREROOM_COMMANDS if c.processes == processes and "--no-entities" not in c.args)
        text, record = (times[p.name] / times[ours.name] for p in peers[processes])
        print(f"whole-command speed with entities, {label}: {text:.2f}× trafilatura's text, {record:.2f}× its JSON "
              f"record with metadata (target >= {TARGET_SPEED_RATIO})")  # fmt: skip
    print(f"median of {rounds} alternating round(s)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (0: no timing)")
    parser.add_argument(
        "--time-corpus", action="store_true", help="time over every corpus page, not only the labelled ones"
    )
    news_pages.add_set_option(parser)
    parser.add_argument("--labels", type=Path, default=LABELS, help="the corpus's hand labels (default %(default)s)")
    parser.add_argument(
        "--diff",
        action="store_const",
        const=DEVELOPMENT,
        default="",
        help="gold, top 12 and misses per development page",
    )
    parser.add_argument("--diff-all", dest="diff", action="store_const", const="all", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    pages = load_news_pages() if args.set == "news" else load_pages(args.labels)
    start = time.perf_counter()
    tagger = EntityTagger()
    n_sites = {part: len({site_of(p.url) for p in pages if part_of(p.url) == part}) for part in PARTS}
    n_sites = {part: n for part, n in n_sites.items() if n}
    print(f"model {tagger.model} loaded in {time.perf_counter() - start:.2f} s; {len(pages)} pages "
          f"({', '.join(f'{part}: {n} sites' for part, n in n_sites.items())}), "
          f"{sum(len(p.labels) for p in pages)} labelled entities")  # fmt: skip
    table = score(pages, tagger, args.diff)

    columns = ("P@12", "R@12", "F1@12", "full-list recall", "label accuracy")
    print(f"\n| half | pages | {' | '.join(columns)} |\n|{'---|' * (len(columns) + 2)}")
    for part, counts in table.items():
        n_pages = sum(1 for p in pages if part in ("all", part_of(p.url)))
        if not n_pages:
            continue
        print(f"| {part} | {n_pages} | " + " | ".join(f"{counts.figures()[c]:.3f}" for c in columns) + " |")
    held = table[HELD_OUT].figures()
    print(f"\nheld-out: top-12 F1 {held['F1@12']:.3f} (target >= {TARGET_F1}), label accuracy "
          f"{held['label accuracy']:.3f} (target >= {TARGET_LABEL_ACCURACY})")  # fmt: skip

    if args.rounds > 0:
        files = sorted((CORPUS / "pages").iterdir()) if args.time_corpus else [p.file for p in pages]
        print_timing(time_commands(files, args.rounds), len(files), args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
