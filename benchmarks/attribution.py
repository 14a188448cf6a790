"""Score wireroom's see-also links and origin against hand labels, on the development and held-out halves.

Usage (from the repository root)::

    .venv/bin/python benchmarks/attribution.py
    .venv/bin/python benchmarks/attribution.py --labels tests/data/attribution_labels.json --failures

Labels (``tests/data/attribution_labels.json``, written by the rule in ``docs/parser.md#labelling-see-also-and-origin``)
give each page's see-also links and its origin (``null`` or a publisher name). Each page is parsed with
``parse_article(data, url=url)`` and split by site with ``benchmarks/sitesplit.py``.

Scores, per half:

- see-also precision / recall / F1, micro-averaged over links: a returned link is a true positive when its
  normalised URL is among the page's labelled ones. Normalisation: scheme dropped (http = https), host lower-cased
  without ``www.`` and in its ASCII (IDNA) form, fragment dropped, tracking query parameters (``utm_*``, ``fbclid``,
  ``gclid``, ``ref``, ``cmpid``, ``ito``, ``mc_cid``, ``mc_eid``, ``at_*``...) dropped, the rest of the query sorted,
  the path's percent-escapes decoded (``erlk%C3%B6nig`` = ``erlkönig``), trailing slash dropped.
- clean pages: the share of pages with no labelled see-also link on which wireroom returns none.
- origin presence: the share of pages where wireroom's origin is null exactly when the label's is.
- publisher: on pages whose label has an origin, the share where wireroom's publisher equals the label's after
  case-folding and collapsing whitespace, a leading "The" ignored; two spellings the outlet list knows as one outlet
  ("PTI" and "Press Trust of India") are equal (``publisher_key``).

``--set news`` scores the news-fixture pages of ``benchmarks/news_pages.py`` (labelled by the same rule) instead.
``--failures`` lists per-page misses on the development half only (the held-out half is reported in aggregate).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import news_pages  # noqa: E402
from benchmarks.sitesplit import HELD_OUT, PARTS, part_of  # noqa: E402
from worker.errors import WireroomError  # noqa: E402
from worker.lexicon.agencies import outlet_name  # noqa: E402
from worker.parse import parse_article  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
DEFAULT_LABELS = REPO / "tests" / "data" / "attribution_labels.json"
TARGET_F1 = 0.75
TARGET_CLEAN = 0.90
TARGET_PRESENCE = 0.90
TARGET_PUBLISHER = 0.85
_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ref|ref_src|referrer|cmpid|cmp|ito|icid|ncid|ocid|"
    r"src|source|at_\w+|xtor|wt_\w+|wt\.\w+|s_cid|smid|partner|soc_src|soc_trk|ftag|guccounter|__twitter_impression)$",
    re.IGNORECASE,
)


def _ascii_host(host: str) -> str:
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def normalise_url(url: str) -> str:
    """``url`` in the comparison form described in the module docstring."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = _ascii_host((parts.hostname or "").lower().removeprefix("www."))
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    path = unquote(parts.path).rstrip("/")
    return f"{host}{port}{path}" + (f"?{urlencode(query)}" if query else "")


def _flat(text: str) -> str:
    return " ".join(text.split())


def publisher_key(name: str | None) -> str:
    """A publisher name's comparison key: the listed outlet's usual name when the outlet list knows the name as one of
    its spellings ("Press Trust of India" and "PTI", "Agence France-Presse" and "AFP" are one outlet), case-folded,
    spaces collapsed, a leading "the" dropped."""
    listed = outlet_name(name) if name else None
    key = " ".join((listed or name or "").casefold().split())
    return key.removeprefix("the ").strip()


@dataclass
class Half:
    """The counts of one half of the labelled pages."""

    pages: int = 0
    errors: int = 0
    true_links: int = 0
    returned_links: int = 0
    labelled_links: int = 0
    empty_pages: int = 0
    clean_pages: int = 0
    presence_right: int = 0
    origin_pages: int = 0
    publisher_right: int = 0
    origin_missed: int = 0
    origin_invented: int = 0
    publisher_wrong: int = 0
    titles_right: int = 0
    sites: set[str] = field(default_factory=set)

    def ratios(self) -> dict[str, float]:
        """Precision, recall, F1, clean-page share, origin presence and publisher accuracy."""
        precision = self.true_links / self.returned_links if self.returned_links else 1.0
        recall = self.true_links / self.labelled_links if self.labelled_links else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "clean": self.clean_pages / self.empty_pages if self.empty_pages else 1.0,
            "presence": self.presence_right / self.pages if self.pages else 1.0,
            "publisher": self.publisher_right / self.origin_pages if self.origin_pages else 1.0,
            "titles": self.titles_right / self.true_links if self.true_links else 1.0,
        }


def score_page(
    label: dict[str, Any],
    got_links: list[str],
    got_publisher: str | None,
    half: Half,
    got_titles: dict[str, str] | None = None,
) -> list[str]:
    """Add one page's outcome to ``half``; return its misses as text lines. ``got_titles`` (link URL → title) scores
    the titles of the right links: equal to the label's, whitespace collapsed."""
    misses: list[str] = []
    titles = {normalise_url(link["url"]): _flat(link.get("title") or "") for link in label.get("see_also") or []}
    wanted = set(titles)
    got = list(dict.fromkeys(normalise_url(url) for url in got_links))
    half.labelled_links += len(wanted)
    half.returned_links += len(got)
    half.true_links += sum(1 for url in got if url in wanted)
    shown = {normalise_url(url): _flat(title) for url, title in (got_titles or {}).items()}
    half.titles_right += sum(1 for url in got if url in wanted and shown.get(url) == titles[url])
    misses += [f"  see-also extra:  {url}" for url in got if url not in wanted]
    misses += [f"  see-also missed: {url}" for url in sorted(wanted - set(got))]
    if not wanted:
        half.empty_pages += 1
        half.clean_pages += not got
    origin = label.get("origin")
    if (origin is None) == (got_publisher is None):
        half.presence_right += 1
    else:
        misses.append(f"  origin: labelled {origin and origin.get('publisher')!r}, got {got_publisher!r}")
        half.origin_missed += origin is not None
        half.origin_invented += origin is None
    if origin is not None:
        half.origin_pages += 1
        if publisher_key(origin.get("publisher")) == publisher_key(got_publisher):
            half.publisher_right += 1
        elif got_publisher is not None:
            half.publisher_wrong += 1
            misses.append(f"  publisher: labelled {origin.get('publisher')!r}, got {got_publisher!r}")
    return misses


def corpus_pages(labels_path: Path, corpus: Path) -> Iterator[tuple[str, bytes, dict[str, Any]]]:
    """The labelled corpus pages: URL, bytes, label."""
    labels = json.loads(labels_path.read_text(encoding="utf-8"))["pages"]
    for url, label in labels.items():
        yield url, (corpus / "pages" / label["file"]).read_bytes(), label


def run(pages: Iterable[tuple[str, bytes, dict[str, Any]]], failures: bool) -> dict[str, Half]:
    """Parse every labelled page and score it into its half; print development misses when ``failures``."""
    halves = {part: Half() for part in PARTS}
    for url, data, label in pages:
        part = part_of(url)
        half = halves[part]
        half.pages += 1
        half.sites.add(urlsplit(url).hostname or url)
        try:
            record = parse_article(data, url=url)
            links = [link.url for link in record.see_also]
            titles = {link.url: link.title for link in record.see_also}
            publisher = record.origin.publisher if record.origin else None
        except WireroomError as exc:
            half.errors += 1
            links, titles, publisher = [], {}, None
            if failures and part != HELD_OUT:
                print(f"{url}: {type(exc).__name__}")
        misses = score_page(label, links, publisher, half, titles)
        if failures and part != HELD_OUT and misses:
            print(url, *misses, sep="\n")
    return halves


def _table(halves: dict[str, Half]) -> str:
    header = f"{'half':<12}{'pages':>6}{'sites':>6}{'links':>6}{'P':>7}{'R':>7}{'F1':>7}{'clean':>12}"
    header += f"{'presence':>10}{'publisher':>14}{'titles':>17}"
    rows = [header]
    for part, half in halves.items():
        if not half.pages:
            continue
        r = half.ratios()
        rows.append(
            f"{part:<12}{half.pages:>6}{len(half.sites):>6}{half.labelled_links:>6}{r['precision']:>7.2f}"
            f"{r['recall']:>7.2f}{r['f1']:>7.2f}{r['clean']:>6.2f} ({half.clean_pages}/{half.empty_pages})"
            f"{r['presence']:>10.2f}{r['publisher']:>7.2f} ({half.publisher_right}/{half.origin_pages})"
            f"{r['titles']:>7.2f} ({half.titles_right}/{half.true_links})"
        )
    rows.append(
        "origin errors: "
        + "; ".join(
            f"{part} {h.origin_missed} missed, {h.origin_invented} invented, {h.publisher_wrong} wrong name"
            for part, h in halves.items()
        )
    )
    rows.append(
        f"targets (held-out): F1 >= {TARGET_F1}, clean >= {TARGET_CLEAN}, presence >= {TARGET_PRESENCE}, "
        f"publisher >= {TARGET_PUBLISHER}"
    )
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    news_pages.add_set_option(parser)
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="the corpus's hand labels (JSON)")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="corpus directory (pages/)")
    parser.add_argument("--failures", action="store_true", help="list per-page misses (development half only)")
    args = parser.parse_args(argv)
    if args.set == "news":
        pages = ((page.url, page.data, page.label) for page in news_pages.load_pages())
    else:
        pages = corpus_pages(args.labels, args.corpus)
    halves = run(pages, args.failures)
    print(_table(halves))
    errors = sum(half.errors for half in halves.values())
    if errors:
        print(f"{errors} page(s) failed to parse (counted as no see-also and no origin)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
