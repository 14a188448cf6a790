"""Score the parser and the tagger on the hand-written probe pages under ``tests/data/probes/``.

Each probe set is a folder of small pages that helpers wrote from the labelling rules in ``docs/parser.md`` and
``docs/entities.md`` without seeing wireroom's output, with the expected answers in ``expected.json``: an origin
``publisher`` (or null), a ``see_also`` list, ``entities``, or the body's ``first``, ``last``, ``inside`` and
``outside`` sentences. They were blind when first run; the rules written since
from their misses make them development data now, kept so that a change that breaks a form shows here.

Usage (from the repository root)::

    .venv/bin/python benchmarks/probes.py            # one line per set
    .venv/bin/python benchmarks/probes.py --misses   # and each page that is not right
    .venv/bin/python benchmarks/probes.py --misses --set origin12   # one set
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks.attribution import normalise_url, publisher_key  # noqa: E402
from benchmarks.entities import TOP, named  # noqa: E402
from worker.entities import EntityTagger  # noqa: E402
from worker.errors import WireroomError  # noqa: E402
from worker.parse import parse_article  # noqa: E402

PROBES = REPO / "tests" / "data" / "probes"


def origin_set(folder: Path, expected: dict[str, Any], misses: bool) -> str:
    right = 0
    for name, want in sorted(expected.items()):
        try:
            record = parse_article((folder / name).read_bytes(), url=want["url"])
            got = record.origin.publisher if record.origin else None
        except WireroomError as exc:
            got = f"{type(exc).__name__}"
        ok = publisher_key(got) == publisher_key(want["publisher"]) if got or want["publisher"] else True
        right += ok
        if misses and not ok:
            print(f"  {folder.name}/{name}: want {want['publisher']!r}, got {got!r} [{want.get('form', '')}]")
    return f"origin publisher right {right}/{len(expected)} = {right / len(expected):.2f}"


def see_also_set(folder: Path, expected: dict[str, Any], misses: bool) -> str:
    true = returned = labelled = clean = empty = titles = 0
    for name, want in sorted(expected.items()):
        wanted = {normalise_url(link["url"]): link["title"] for link in want["see_also"]}
        try:
            record = parse_article((folder / name).read_bytes(), url=want["url"])
            got = {normalise_url(link.url): link.title for link in record.see_also}
        except WireroomError:
            got = {}
        true += len(got.keys() & wanted.keys())
        returned += len(got)
        labelled += len(wanted)
        titles += sum(got[url] == wanted[url] for url in got.keys() & wanted.keys())
        if not wanted:
            empty += 1
            clean += not got
        if misses and (got.keys() != wanted.keys()):
            print(f"  {folder.name}/{name}: missed {sorted(wanted.keys() - got.keys())}, "
                  f"extra {sorted(got.keys() - wanted.keys())} [{want.get('form', '')}]")  # fmt: skip
    p = true / returned if returned else 0.0
    r = true / labelled if labelled else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return (f"see-also P/R/F1 {p:.2f}/{r:.2f}/{f1:.2f}, titles right {titles}/{true}, "
            f"no invented links {clean}/{empty}")  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def body_set(folder: Path, expected: dict[str, Any], misses: bool) -> str:
    """Pages whose body holds the story's first, last and some middle sentences, and none of the page's other
    text listed as ``outside`` (prompts, captions, embeds, comments, footers)."""
    whole = ends = leaks = 0
    for name, want in sorted(expected.items()):
        try:
            record = parse_article((folder / name).read_bytes(), url=want["url"])
            body = _flat(record.body)
        except WireroomError:
            body = ""
        missing = [t for t in (want["first"], want["last"], *want.get("inside", [])) if _flat(t) not in body]
        leaked = [t for t in want.get("outside", []) if _flat(t) in body]
        ends += _flat(want["first"]) in body and _flat(want["last"]) in body
        leaks += bool(leaked)
        whole += not missing and not leaked
        if misses and (missing or leaked):
            print(f"  {folder.name}/{name}: missing {missing}, leaked {leaked} [{want.get('form', '')}]")
    total = len(expected)
    return (f"body right {whole}/{total}, first and last sentence {ends}/{total}, pages leaking other text "
            f"{leaks}/{total}")  # fmt: skip


def entity_set(folder: Path, expected: dict[str, Any], misses: bool, tagger: EntityTagger) -> str:
    hits = out = gold = 0
    for name, want in sorted(expected.items()):
        record = tagger.annotate(parse_article((folder / name).read_bytes(), url=want["url"]))
        top = named((e.text, e.label) for e in record.entities)[:TOP]
        labels = named((e["text"], e["label"]) for e in want["entities"])
        hits += len(set(top) & set(labels))
        out += len(top)
        gold += len(labels)
        if misses and set(top) != set(labels):
            print(f"  {folder.name}/{name}: extra {sorted(set(top) - set(labels))}, "
                  f"missed {sorted(set(labels) - set(top))}")  # fmt: skip
    p = hits / out if out else 0.0
    r = hits / gold if gold else 0.0
    return f"entities top-12 P/R/F1 {p:.3f}/{r:.3f}/{2 * p * r / (p + r) if p + r else 0.0:.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print each page that is not right")
    parser.add_argument("--set", action="append", dest="sets", metavar="NAME", help="only this set (repeatable)")
    args = parser.parse_args(argv)
    tagger: EntityTagger | None = None
    for folder in sorted(path for path in PROBES.iterdir() if path.is_dir()):
        if args.sets and folder.name not in args.sets:
            continue
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        first = next(iter(expected.values()))
        if "first" in first and "last" in first:
            line = body_set(folder, expected, args.misses)
        elif "publisher" in first:
            line = origin_set(folder, expected, args.misses)
        elif "see_also" in first:
            line = see_also_set(folder, expected, args.misses)
        else:
            tagger = tagger or EntityTagger()
            line = entity_set(folder, expected, args.misses, tagger)
        print(f"{folder.name:<10} {len(expected):>3} pages  {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
