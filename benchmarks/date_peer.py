"""Compare wireroom's publication dates with htmldate's, alone and combined, per part of the corpus (aggregates only).

Usage (from the repository root)::

    .venv/bin/python benchmarks/date_peer.py

htmldate is trafilatura's date library (installed with trafilatura); it is called as
``htmldate.find_date(html, url=url, original_date=True)`` with and without ``extensive_search``. A combination
that falls back on htmldate uses it only where wireroom finds no date or only guesses one (the first date in the text).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.sitesplit import PARTS, part_of  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
Row = tuple[str, str, str | None, bool, str | None, str | None]  # part, expected, wireroom, guessed, htmldate x2


def _rows() -> tuple[list[Row], float]:
    from htmldate import find_date

    from worker.errors import WireroomError
    from worker.parse import parse_article
    from worker.parse.dates import extract_dates
    from worker.parse.document import load_document

    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    rows: list[Row] = []
    spent = 0.0
    for url, exp in expected.items():
        if not exp.get("date"):
            continue
        data = (CORPUS / "pages" / exp["file"]).read_bytes()
        try:
            published = parse_article(data, url=url).published_at
            ours = published.isoformat()[:10] if published else None
        except WireroomError:
            ours = None
        guessed = extract_dates(load_document(data, url)).guessed
        text = data.decode("utf-8", "replace")
        start = time.perf_counter()
        full = find_date(text, url=url, original_date=True)
        spent += time.perf_counter() - start
        quick = find_date(text, url=url, original_date=True, extensive_search=False)
        rows.append((part_of(url), exp["date"], ours, guessed, full, quick))
    return rows, spent


def main() -> int:
    """Print one line per combination: the share of right dates in each part and overall."""
    rows, spent = _rows()
    combos: dict[str, Callable[[Row], str | None]] = {
        "wireroom": lambda r: r[2],
        "htmldate": lambda r: r[4],
        "htmldate, no extensive search": lambda r: r[5],
        "wireroom, else htmldate (none or guessed)": lambda r: r[4] if (r[2] is None or r[3]) and r[4] else r[2],
        "wireroom, else htmldate quick (none or guessed)": lambda r: r[5] if (r[2] is None or r[3]) and r[5] else r[2],
        "htmldate, else wireroom": lambda r: r[4] or r[2],
    }
    for name, pick in combos.items():
        cells = []
        for part in (*PARTS, "all"):
            chosen = [r for r in rows if part in ("all", r[0])]
            if not chosen:
                continue
            cells.append(f"{part} {sum(pick(r) == r[1] for r in chosen) / len(chosen):.3f} (n={len(chosen)})")
        print(f"{name:50}" + "  ".join(cells))
    print(f"htmldate time: {spent / len(rows) * 1000:.1f} ms per page")
    return 0


if __name__ == "__main__":
    sys.exit(main())
