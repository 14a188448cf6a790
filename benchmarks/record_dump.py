"""Dump every corpus page's record (parser, then entity tagger) as sorted-keys JSON lines, and time both stages.

    .venv/bin/python benchmarks/record_dump.py OUT.jsonl [--rounds 3] [--no-entities]

Two dumps of the same corpus compare with ``cmp``: a speed change must leave every record as it was. The CPU times
(``time.process_time``, median of the rounds) of the parser alone and the tagger alone are printed to stderr.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from schemas.article import ArticleRecord
from worker.entities.tagger import EntityTagger
from worker.errors import WireroomError
from worker.parse import parse_page

PAGES = Path(__file__).resolve().parent.parent / ".." / "shared" / "corpus" / "pages"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--no-entities", action="store_true")
    args = parser.parse_args(argv)
    files = sorted(PAGES.glob("*.html"))
    data = [(f.name, f.read_bytes()) for f in files]
    tagger = None if args.no_entities else EntityTagger()
    parse_times: list[float] = []
    tag_times: list[float] = []
    lines: list[str] = []
    for _ in range(args.rounds):
        records: list[tuple[str, ArticleRecord | str]] = []
        start = time.process_time()
        for name, raw in data:
            try:
                records.append((name, parse_page(raw, None, None)))
            except WireroomError as error:
                records.append((name, f"{error.type_name}: {error.message}"))
        parse_times.append(time.process_time() - start)
        start = time.process_time()
        tagged = [
            (name, tagger.annotate(rec) if tagger and isinstance(rec, ArticleRecord) else rec) for name, rec in records
        ]
        tag_times.append(time.process_time() - start)
        lines = [
            json.dumps(
                {"file": name, "record": rec.model_dump(mode="json") if isinstance(rec, ArticleRecord) else rec},
                sort_keys=True,
                ensure_ascii=False,
            )
            for name, rec in tagged
        ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(
        f"{len(files)} pages; CPU s (median of {args.rounds}): parser {statistics.median(parse_times):.2f}"
        f" {[round(t, 2) for t in parse_times]}, tagger {statistics.median(tag_times):.2f}"
        f" {[round(t, 2) for t in tag_times]}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
