"""Check what a parser or tagger change moves: dump every labelled page's output, then diff two dumps by part.

    .venv/bin/python benchmarks/change_check.py dump BEFORE.jsonl            # parser records (no entities)
    .venv/bin/python benchmarks/change_check.py dump BEFORE.jsonl --entities # top-12 entity lists instead
    ... change the code ...
    .venv/bin/python benchmarks/change_check.py dump AFTER.jsonl [--entities]
    .venv/bin/python benchmarks/change_check.py diff BEFORE.jsonl AFTER.jsonl [--fields]

Records cover the shared corpus's pages, the news-fixture set (``news_pages.py fetch`` first) and the hand-written
probe pages (``tests/data/probes/``); entity lists cover the pages with entity labels and the entity probe sets.
``diff`` names each changed development-side or probe page (with ``--fields``, the changed fields before and after)
and only counts the held-out ones: a held-out page is not to be looked at one by one (``sitesplit``). With
``--all`` the entity dump also holds the held-out pages' full lists (counts and salience), for a change that must
leave every output as it was.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from benchmarks import entities, news_pages  # noqa: E402
from benchmarks.sitesplit import HELD_OUT, part_of  # noqa: E402
from worker.entities.tagger import EntityTagger  # noqa: E402
from worker.errors import WireroomError  # noqa: E402
from worker.parse import parse_article  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus"
PROBES = REPO / "tests" / "data" / "probes"


def _probe_pages(prefix: str = "") -> Iterator[tuple[str, bytes, str | None]]:
    for folder in sorted(path for path in PROBES.iterdir() if path.is_dir() and path.name.startswith(prefix)):
        expected = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
        for name, want in sorted(expected.items()):
            if isinstance(want, dict) and (folder / name).is_file():
                yield f"probe:{folder.name}/{name}", (folder / name).read_bytes(), want.get("url")


def _record_pages() -> Iterator[tuple[str, bytes, str | None]]:
    expected = json.loads((CORPUS / "expected.json").read_text(encoding="utf-8"))
    for url, value in sorted(expected.items()):
        yield f"corpus:{url}", (CORPUS / "pages" / value["file"]).read_bytes(), url if url.startswith("http") else None
    for page in news_pages.load_pages():
        yield f"news:{page.url}", page.data, page.url
    yield from _probe_pages()


def _record(data: bytes, url: str | None) -> dict[str, Any]:
    try:
        record: dict[str, Any] = parse_article(data, url=url).model_dump(mode="json", exclude={"entities"})
    except WireroomError as exc:
        return {"error": type(exc).__name__}
    return record


def dump_records(out: Path) -> int:
    """Write each page's parser record (no entities) as a JSON line keyed by page; the number written."""
    lines = [json.dumps({"key": key, **_record(data, url)}, sort_keys=True, ensure_ascii=False)
             for key, data, url in _record_pages()]  # fmt: skip
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def dump_entities(out: Path, *, held_out: bool = False) -> int:
    """Write each entity-labelled page's entity list (top 12; with ``held_out``, every page's whole list with counts
    and salience) as a JSON line keyed by page; the number written."""
    tagger = EntityTagger()
    lines = []
    for page in entities.load_pages(entities.LABELS) + entities.load_news_pages():
        if part_of(page.url) == HELD_OUT and not held_out:
            continue
        found = entities.entities_of(page, tagger)
        shown = [f"{e.text}|{e.label}|{e.count}|{e.salience}" for e in found] if held_out else [
            f"{e.text}|{e.label}" for e in found[: entities.TOP]
        ]  # fmt: skip
        lines.append(json.dumps({"key": f"labelled:{page.url}", "entities": shown}, ensure_ascii=False))
    for key, data, url in _probe_pages("entities"):
        try:
            record = parse_article(data, url=url)
        except WireroomError:
            continue
        found = tagger.annotate(record).entities
        lines.append(json.dumps({"key": key, "entities": [f"{e.text}|{e.label}" for e in found[: entities.TOP]]}))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def _load(path: Path) -> dict[str, dict[str, Any]]:
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    return {row["key"]: row for row in rows}


def part_of_key(key: str) -> str:
    """The part of a dumped page: its site's for a corpus, news or labelled page, "probe" for a probe page."""
    kind, _, rest = key.partition(":")
    return "probe" if kind == "probe" else part_of(rest)


def diff(before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]]) -> tuple[list[str], int]:
    """The changed pages outside the held-out part, as lines (the page, then the changed fields), and the number of
    changed held-out pages; a page in one dump only counts as changed."""
    lines: list[str] = []
    held = 0
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key, {}), after.get(key, {})
        if old == new:
            continue
        if part_of_key(key) == HELD_OUT:
            held += 1
            continue
        fields = sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))
        lines.append(f"{key} {fields}")
        for name in (field for field in fields if field != "body"):
            lines.append(f"   - {json.dumps(old.get(name), ensure_ascii=False)[:600]}")
            lines.append(f"   + {json.dumps(new.get(name), ensure_ascii=False)[:600]}")
    return lines, held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    commands = parser.add_subparsers(dest="command", required=True)
    dump = commands.add_parser("dump", help="write every page's output as JSON lines")
    dump.add_argument("out", type=Path)
    dump.add_argument("--entities", action="store_true", help="entity lists instead of parser records")
    dump.add_argument("--all", action="store_true", help="with --entities: held-out pages' whole lists too")
    compare = commands.add_parser("diff", help="the pages whose output differs between two dumps")
    compare.add_argument("before", type=Path)
    compare.add_argument("after", type=Path)
    compare.add_argument("--fields", action="store_true", help="print the changed fields before and after")
    args = parser.parse_args(argv)
    if args.command == "dump":
        written = dump_entities(args.out, held_out=args.all) if args.entities else dump_records(args.out)
        print(f"{written} pages written to {args.out}")
        return 0
    before, after = _load(args.before), _load(args.after)
    lines, held = diff(before, after)
    for line in lines if args.fields else (line for line in lines if not line.startswith("   ")):
        print(line)
    changed = sum(1 for line in lines if not line.startswith("   ")) + held
    print(f"{len(before)} pages, {changed} changed, of which held-out {held} (not shown)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
