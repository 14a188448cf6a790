"""Score wireroom's parser against trafilatura on the development corpus: body, headline, byline, date, speed.

Usage (from the repository root)::

    .venv/bin/python benchmarks/parse_corpus.py                 # whole corpus, both extractors, 3 timing rounds
    .venv/bin/python benchmarks/parse_corpus.py --limit 50 --only wireroom --failures
    .venv/bin/python benchmarks/parse_corpus.py --json /tmp/bench.json

Figures are printed for the whole corpus and for its two parts by site (``benchmarks/sitesplit.py``): the
development part, whose pages may be looked at one by one, and the held-out part, reported only in aggregate.
``--failures`` lists per-page misses of development pages only. The targets are those of the held-out part; a part's
pages/s comes from the first round's per-page times.

Scoring follows the corpus README: body ``with``/``without`` snippets are plain substrings of the extracted body
(a page whose extraction fails counts every ``with`` as a false negative and every ``without`` as a true negative);
headline exact after collapsing whitespace; byline as a case-folded set of names split on ``;``, ``,`` and ``and``
(pages with an expected author only); date ``YYYY-MM-DD`` (pages with an expected date only).
Throughput interleaves the extractors page by page (alternating which goes first) so machine noise hits both.

trafilatura is called as ``trafilatura.bare_extraction(data, url=url, with_metadata=True)`` with otherwise default
settings; its body is ``document.text`` (comments, which it extracts separately, are not counted as body).
"""

from __future__ import annotations

import argparse
import gc
import json
import re
import statistics
import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.sitesplit import HELD_OUT, PARTS, part_of  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TARGET_F1 = 0.95
TARGET_HEADLINE = 0.82
TARGET_BYLINE = 0.72
TARGET_DATE = 0.91
TARGET_SPEED_RATIO = 1.0
_NAME_SPLIT = re.compile(r";|,|\s+and\s+", re.IGNORECASE)


@dataclass
class Extraction:
    """What one extractor returned for one page (all None when it failed)."""

    body: str | None = None
    headline: str | None = None
    byline: list[str] = field(default_factory=list)
    date: str | None = None
    error: str | None = None


@dataclass
class PageScore:
    """Per-page outcome for one extractor."""

    url: str
    file: str
    tp: int = 0
    fn: int = 0
    fp: int = 0
    tn: int = 0
    missing: list[str] = field(default_factory=list)
    leaked: list[str] = field(default_factory=list)
    headline_ok: bool | None = None
    byline_ok: bool | None = None
    date_ok: bool | None = None
    got_headline: str | None = None
    got_byline: list[str] = field(default_factory=list)
    got_date: str | None = None
    error: str | None = None
    seconds: float = 0.0


@dataclass
class Page:
    """One corpus page with its expectations."""

    url: str
    file: str
    data: bytes
    expected: dict[str, Any]


Extractor = Callable[[bytes, str], Extraction]


def _collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def _names(value: str | Iterable[str] | None) -> set[str]:
    if not value:
        return set()
    parts = [value] if isinstance(value, str) else list(value)
    names: set[str] = set()
    for part in parts:
        for name in _NAME_SPLIT.split(part or ""):
            collapsed = _collapse(name).casefold()
            if collapsed:
                names.add(collapsed)
    return names


def _iso_date(value: object) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and len(value) >= 10:
        return value[:10]
    return None


def wireroom_extractor() -> Extractor:
    """The public entry point ``worker.parse.parse_article``; wireroom errors count as a failed page."""
    from worker.errors import WireroomError
    from worker.parse import parse_article

    def run(data: bytes, url: str) -> Extraction:
        try:
            record = parse_article(data, url=url)
        except WireroomError as exc:
            return Extraction(error=f"{exc.type_name}: {exc.message}"[:200])
        return Extraction(
            body=record.body,
            headline=record.headline,
            byline=list(record.byline),
            date=_iso_date(record.published_at),
        )

    return run


def trafilatura_extractor() -> Extractor:
    """``trafilatura.bare_extraction`` with metadata and otherwise default settings."""
    import trafilatura

    def run(data: bytes, url: str) -> Extraction:
        try:
            doc = trafilatura.bare_extraction(data, url=url, with_metadata=True)
        except Exception as exc:  # a crash of the peer counts as a failed page, like None
            return Extraction(error=f"{type(exc).__name__}: {exc}"[:200])
        if doc is None or isinstance(doc, dict):
            return Extraction(error="None")
        return Extraction(
            body=doc.text or None,
            headline=doc.title,
            byline=[doc.author] if doc.author else [],
            date=_iso_date(doc.date),
        )

    return run


def score_page(page: Page, got: Extraction) -> PageScore:
    """Score one extraction against the page's expectations."""
    exp = page.expected
    score = PageScore(url=page.url, file=page.file, error=got.error)
    body = got.body
    for snippet in exp.get("with") or []:
        if body is not None and snippet in body:
            score.tp += 1
        else:
            score.fn += 1
            score.missing.append(snippet)
    for snippet in exp.get("without") or []:
        if body is not None and snippet in body:
            score.fp += 1
            score.leaked.append(snippet)
        else:
            score.tn += 1
    score.got_headline, score.got_byline, score.got_date = got.headline, got.byline, got.date
    if exp.get("title"):
        score.headline_ok = _collapse(got.headline) == _collapse(exp["title"])
    if _names(exp.get("author")):
        score.byline_ok = _names(got.byline) == _names(exp["author"])
    if exp.get("date"):
        score.date_ok = got.date == exp["date"]
    return score


def load_pages(corpus: Path, limit: int | None, match: str | None) -> list[Page]:
    """Read the corpus expectations and page bytes into memory (outside any timing)."""
    expected: dict[str, dict[str, Any]] = json.loads((corpus / "expected.json").read_text(encoding="utf-8"))
    pages = []
    for url, exp in expected.items():
        if match and match not in url and match not in exp["file"]:
            continue
        pages.append(Page(url=url, file=exp["file"], data=(corpus / "pages" / exp["file"]).read_bytes(), expected=exp))
    return pages[:limit] if limit else pages


def run_rounds(
    pages: list[Page], extractors: dict[str, Extractor], rounds: int
) -> tuple[dict[str, list[PageScore]], dict[str, list[float]]]:
    """Run every extractor on every page ``rounds`` times, interleaved; score the first round, time them all."""
    names = list(extractors)
    scores: dict[str, list[PageScore]] = {name: [] for name in names}
    totals: dict[str, list[float]] = {name: [] for name in names}
    for rnd in range(rounds):
        spent = dict.fromkeys(names, 0.0)
        gc.collect()
        for index, page in enumerate(pages):
            shift = (index + rnd) % len(names)
            for name in names[shift:] + names[:shift]:
                start = time.perf_counter()
                got = extractors[name](page.data, page.url)
                elapsed = time.perf_counter() - start
                spent[name] += elapsed
                if rnd == 0:
                    score = score_page(page, got)
                    score.seconds = elapsed
                    scores[name].append(score)
        for name in names:
            totals[name].append(spent[name])
        print(
            f"round {rnd + 1}/{rounds}: " + ", ".join(f"{n} {len(pages) / spent[n]:.1f} pages/s" for n in names),
            file=sys.stderr,
        )
    return scores, totals


def summarize(page_scores: list[PageScore], seconds: list[float], n_pages: int) -> dict[str, float | int]:
    """Aggregate per-page scores and round timings into the table's figures."""
    tp = sum(s.tp for s in page_scores)
    fn = sum(s.fn for s in page_scores)
    fp = sum(s.fp for s in page_scores)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def rate(values: list[bool | None]) -> float:
        judged = [v for v in values if v is not None]
        return sum(judged) / len(judged) if judged else float("nan")

    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "headline": rate([s.headline_ok for s in page_scores]),
        "byline": rate([s.byline_ok for s in page_scores]),
        "date": rate([s.date_ok for s in page_scores]),
        "pages_per_s": n_pages / statistics.median(seconds),
        "errors": sum(1 for s in page_scores if s.error),
    }


def _summarize_part(page_scores: list[PageScore], parts: list[str], part: str) -> dict[str, float | int]:
    """The figures of the pages of one part; speed from the first round's per-page times."""
    chosen = [s for s, p in zip(page_scores, parts, strict=True) if p == part]
    return summarize(chosen, [sum(s.seconds for s in chosen) or 1e-9], len(chosen))


def print_no_record(scores: dict[str, list[PageScore]], parts: list[str]) -> None:
    """Count the pages where wireroom gave no record but trafilatura did, per part."""
    if "wireroom" not in scores or "trafilatura" not in scores:
        return
    pairs = zip(scores["wireroom"], scores["trafilatura"], parts, strict=True)
    lost = [p for ours, peer, p in pairs if ours.error and not peer.error]
    counts = ", ".join(f"{part} {lost.count(part)}" for part in PARTS)
    print(f"pages with no wireroom record where trafilatura gives one: {len(lost)} ({counts})")


def print_table(summary: dict[str, dict[str, float | int]], n_pages: int, rounds: int, title: str = "") -> None:
    """Print one result table: rows are measures, columns trafilatura, wireroom and the target."""
    columns = [name for name in ("trafilatura", "wireroom") if name in summary]
    traf_speed = summary.get("trafilatura", {}).get("pages_per_s")
    targets = {
        "f1": f"≥ {TARGET_F1:.3f}",
        "headline": f"≥ {TARGET_HEADLINE:.3f}",
        "byline": f"≥ {TARGET_BYLINE:.3f}",
        "date": f"≥ {TARGET_DATE:.3f}",
        "pages_per_s": f"≥ {TARGET_SPEED_RATIO * traf_speed:.1f}" if traf_speed else "",
    }
    rows = [
        ("body precision", "precision"),
        ("body recall", "recall"),
        ("body F1", "f1"),
        ("headline", "headline"),
        ("byline", "byline"),
        ("date", "date"),
        ("pages/s", "pages_per_s"),
        ("failed pages", "errors"),
    ]
    header = f"{'':16}" + "".join(f"{c:>14}" for c in columns) + f"{'target':>14}"
    print(f"{title}{n_pages} pages, timing = median of {rounds} interleaved round(s)")
    print(header)
    print("-" * len(header))
    for label, key in rows:
        cells = []
        for column in columns:
            value = summary[column][key]
            cells.append(f"{value:>14d}" if isinstance(value, int) else f"{value:>14.3f}")
        print(f"{label:16}" + "".join(cells) + f"{targets.get(key, ''):>14}")
    if traf_speed and "wireroom" in summary:
        print(f"speed ratio wireroom/trafilatura: {summary['wireroom']['pages_per_s'] / traf_speed:.2f}×")


def print_failures(name: str, page_scores: list[PageScore]) -> None:
    """List the pages where an extractor missed something, for debugging."""
    for s in page_scores:
        lines = []
        if s.error:
            lines.append(f"  error: {s.error}")
        lines += [f"  missing: {snippet!r}" for snippet in s.missing]
        lines += [f"  leaked:  {snippet!r}" for snippet in s.leaked]
        if s.headline_ok is False:
            lines.append(f"  headline: got {s.got_headline!r}")
        if s.byline_ok is False:
            lines.append(f"  byline: got {s.got_byline!r}")
        if s.date_ok is False:
            lines.append(f"  date: got {s.got_date!r}")
        if lines:
            print(f"[{name}] {s.file}  {s.url}  ({s.seconds * 1000:.0f} ms)")
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    """Parse options, run the benchmark, print the table; returns the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory (expected.json, pages/)")
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--match", default=None, help="only pages whose URL or file name contains this")
    parser.add_argument("--only", choices=("wireroom", "trafilatura"), default=None, help="run one extractor only")
    parser.add_argument("--rounds", type=int, default=3, help="timing rounds (median reported)")
    parser.add_argument("--failures", action="store_true", help="list per-page misses")
    parser.add_argument("--json", type=Path, default=None, help="write per-page results of this run here")
    args = parser.parse_args(argv)

    pages = load_pages(args.corpus, args.limit, args.match)
    if not pages:
        print("no pages selected", file=sys.stderr)
        return 2
    extractors: dict[str, Extractor] = {}
    if args.only in (None, "trafilatura"):
        extractors["trafilatura"] = trafilatura_extractor()
    if args.only in (None, "wireroom"):
        extractors["wireroom"] = wireroom_extractor()
    scores, totals = run_rounds(pages, extractors, max(1, args.rounds))
    summary = {name: summarize(scores[name], totals[name], len(pages)) for name in extractors}
    parts = [part_of(page.url) for page in pages]
    by_part = {part: {name: _summarize_part(scores[name], parts, part) for name in extractors} for part in PARTS}
    if args.failures:
        for name in extractors:
            if name in ("wireroom", args.only):
                print_failures(name, [s for s, p in zip(scores[name], parts, strict=True) if p != HELD_OUT])
    print_table(summary, len(pages), max(1, args.rounds), "whole corpus: ")
    for part in PARTS:
        count = parts.count(part)
        if count:
            print()
            print_table(by_part[part], count, max(1, args.rounds), f"{part} part: ")
    print()
    print_no_record(scores, parts)
    if args.json:
        payload = {
            "pages": len(pages),
            "rounds": args.rounds,
            "summary": summary,
            "summary_by_part": by_part,
            "round_seconds": totals,
            "per_page": {name: [asdict(s) for s in scores[name]] for name in extractors},
        }
        args.json.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
