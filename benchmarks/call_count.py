"""Count the Python function calls that parsing and tagging the corpus take: a measure of work that does not move
with the machine's speed.

On a shared machine the same command's time, CPU time included, moves by a fifth from run to run, so a change that
saves 5 % cannot be told from noise by timing alone. The number of Python function calls (``cProfile``'s count;
calls into C such as a regex search count once whatever they cost) is the same from run to run for the same code
and pages, so two revisions can be compared in two runs::

    .venv/bin/python benchmarks/call_count.py                  # the whole corpus, parse and tag
    .venv/bin/python benchmarks/call_count.py --limit 50       # the first 50 pages

It complements the timed benchmarks (``parse_corpus.py``, ``entities.py``); it is no speed figure by itself: a change
can trade many cheap calls for one costly regex. Start-up (imports, the model) is left out.
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import pstats
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from worker.entities import load_annotator  # noqa: E402
from worker.errors import WireroomError  # noqa: E402
from worker.parse.record import parse_page  # noqa: E402
from worker.settings import Settings  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "pages"


def count_calls(step: Callable[[], object]) -> int:
    """The Python function calls ``step()`` makes (its own call and the profiler's ``disable`` left out)."""
    profile = cProfile.Profile()
    profile.enable()
    step()
    profile.disable()
    return int(pstats.Stats(profile).total_calls) - 2  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of .html pages (default %(default)s)")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (0: all)")
    args = parser.parse_args(argv)
    files = sorted(args.corpus.glob("*.html"))
    files = files[: args.limit] if args.limit else files
    pages = [file.read_bytes() for file in files]
    annotate = load_annotator(Settings(ner_enabled=True))
    records = []

    def parse_all() -> None:
        for data in pages:
            with contextlib.suppress(WireroomError):  # a page without an article counts the work it took
                records.append(parse_page(data))

    def tag_all() -> None:
        for record in records:
            if annotate is not None:
                annotate(record)

    parsing = count_calls(parse_all)
    tagging = count_calls(tag_all)
    print(f"| step ({len(pages)} pages, {len(records)} records) | Python calls | per page |")
    print("|---|---|---|")
    for name, calls in (("parse", parsing), ("tag entities", tagging), ("both", parsing + tagging)):
        print(f"| {name} | {calls / 1e6:.2f} M | {calls / max(len(pages), 1):,.0f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
