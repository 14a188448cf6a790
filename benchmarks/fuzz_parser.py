"""Fuzz ``worker.parse.parse_article``: any exception that is not a ``WireroomError`` (or a hang) is a finding.

Inputs, each reproducible from its number (``--replay N``): windows of real corpus pages with byte/tag mutations,
whole mutated pages, generated hostile HTML (deep nesting, broken JSON-LD, odd meta dates, huge attributes,
conflicting charsets, unterminated script/comment/CDATA...), random bytes, and hostile shapes (one construct
repeated, up to the fetch size cap). Each input runs under a per-input time cap (SIGALRM in the worker process);
findings are written to ``--out`` with their traceback.

``--shapes`` runs every hostile shape at sizes up to the cap, each in a fresh process, and prints its outcome,
seconds and peak RSS: each must end within ``--cap`` seconds and ``--max-rss`` MB.

    .venv/bin/python benchmarks/fuzz_parser.py --count 100000 --jobs 2
    .venv/bin/python benchmarks/fuzz_parser.py --replay 4711
    .venv/bin/python benchmarks/fuzz_parser.py --shapes
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import random
import resource
import signal
import sys
import time
import traceback
from collections import Counter
from pathlib import Path
from types import FrameType

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from worker.errors import WireroomError  # noqa: E402
from worker.parse import parse_article  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "pages"
URL = "https://news.example.com/2024/05/01/story.html"

MAX_INPUT = 1_000_000
"""Generated and mutated inputs are cut to this size (whole corpus pages keep theirs)."""

_pages: list[bytes] = []


class InputTimeout(BaseException):
    """One input ran over the per-input time cap."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise InputTimeout


def load_corpus(limit: int | None = None) -> list[bytes]:
    paths = sorted(CORPUS.glob("*.html"))[:limit]
    return [p.read_bytes() for p in paths]


# --- generators ----------------------------------------------------------------------------------------------

TAGS = ["div", "p", "span", "article", "section", "main", "header", "footer", "nav", "aside", "h1", "h2", "a",
        "ul", "li", "table", "tr", "td", "figure", "figcaption", "time", "address", "b", "i", "em", "blockquote",
        "script", "style", "noscript", "template", "svg", "math", "iframe", "form", "select", "option", "br",
        "img"]  # fmt: skip
META = ["article:published_time", "article:modified_time", "og:title", "og:site_name", "og:url", "og:image",
        "author", "byline", "date", "pubdate", "description", "keywords", "news_keywords", "dc.date", "citation_date",
        "parsely-pub-date", "sailthru.date", "twitter:title", "article:author", "article:section"]  # fmt: skip
WEIRD_TEXT = ["", " ", "\x00", "\ufeff", "\u202e", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "&amp;&lt;&#0;&#x110000;&#xD800;&bogus;", "<", ">",
              "]]>", "-->", "2024-13-45T25:61:61Z", "0000-00-00", "9999-12-31T23:59:59+99:00", "yesterday",
              "1e309", "-1", "NaN", "By ", "By By By", "SEE ALSO:", "Related:", "Originally published by",
              "Reuters reported.", "http://", "javascript:alert(1)", "//example.com/x", "mailto:a@b", "\r\n" * 3,
              "x" * 5000, "é" * 300, "\udcff".encode("utf-8", "surrogatepass").decode("latin-1")]  # fmt: skip


def _text(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(WEIRD_TEXT)
    words = ["the", "council", "said", "on", "Tuesday", "Reuters", "By", "John", "Smith", "Sydney", "2024"]
    return " ".join(rng.choice(words) for _ in range(rng.randint(0, 60)))


def _json_value(rng: random.Random, depth: int = 0) -> object:
    roll = rng.random()
    if depth > 6 or roll < 0.3:
        return rng.choice([None, True, 0, -1, 1.5, 1e308, "", _text(rng), [], {}])
    if roll < 0.6:
        return [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 4))]
    keys = ["@type", "@graph", "@context", "headline", "name", "author", "datePublished", "dateModified", "url",
            "image", "publisher", "articleBody", "mainEntityOfPage", "isBasedOn", "sourceOrganization"]  # fmt: skip
    return {rng.choice(keys): _json_value(rng, depth + 1) for _ in range(rng.randint(0, 6))}


def _element(rng: random.Random, depth: int) -> str:
    roll = rng.random()
    if depth > 12 or roll < 0.25:
        return _text(rng)
    if roll < 0.32:
        blob = json.dumps(_json_value(rng)) if rng.random() < 0.8 else "{" + _text(rng)
        return f'<script type="application/ld+json">{blob}</script>'
    if roll < 0.4:
        return f'<meta property="{rng.choice(META)}" name="{rng.choice(META)}" content="{_text(rng)}">'
    if roll < 0.43:
        return rng.choice(["<!--", "<![CDATA[", "<script>", "<style>", "<textarea>", "<title>", "</", "<!doctype"])
    tag = rng.choice(TAGS)
    attrs = ""
    for _ in range(rng.randint(0, 3)):
        name = rng.choice(["class", "id", "href", "src", "datetime", "itemprop", "rel", "content", "lang", "dir"])
        value = _text(rng) if rng.random() < 0.9 else "v" * rng.randint(10_000, 200_000)
        attrs += f' {name}="{value}"'
    inner = "".join(_element(rng, depth + 1) for _ in range(rng.randint(0, 4)))
    close = f"</{tag}>" if rng.random() < 0.85 else ""
    return f"<{tag}{attrs}>{inner}{close}"


def generated(rng: random.Random) -> bytes:
    charset = rng.choice(["utf-8", "iso-8859-1", "shift_jis", "utf-16", "x-bogus", "", "windows-1252"])
    head = f"<head><meta charset='{charset}'><title>{_text(rng)}</title>"
    head += "".join(_element(rng, 10) for _ in range(rng.randint(0, 5))) + "</head>"
    body = "".join(_element(rng, 0) for _ in range(rng.randint(1, 8)))
    if rng.random() < 0.05:
        depth = rng.randint(1000, 20000)
        body = "<div>" * depth + body + "</div>" * rng.randint(0, depth)
    doc = f"<!doctype html><html>{head}<body>{body}</body></html>"
    encoding = rng.choice(["utf-8", "utf-8", "latin-1", "utf-16", "cp1252"])
    return doc.encode(encoding, "replace")


FETCH_CAP = 10_000_000
"""The default fetch size cap (``Settings.fetch_max_bytes``): hostile shapes go up to it."""
SHAPES: dict[str, tuple[bytes, bytes]] = {
    # name: (prefix, unit repeated up to the size); each once took quadratic time or superlinear memory
    "unclosed-meta": (b"<html><body>", b"<meta "),
    "unclosed-script": (b"<html><body>", b"<script>"),
    "unclosed-style": (b"<html><body>", b"<style>"),
    "unclosed-comment": (b"<html><body>", b"<!--"),
    "unclosed-nav": (b"<html><body>", b"<nav><nav>"),
    "unclosed-span-tag": (b"<html><body>", b"<span "),
    "unclosed-title": (b"<html><head>", b"<title>"),
    "closer-first-script": (b"<html><body></script>", b"<script x=1>"),
    "empty-span-pairs": (b"<html><body>", b"<span> </span>"),
    "charset-punycode": (b"<html><head><meta charset=punycode></head><body>-", b"a"),
    "charset-utf7": (b"<html><head><meta charset=utf-7></head><body>", b"+AGEAYgBj-"),
    "nested-span": (b"<html><body>", b"<span>"),
    "nested-div": (b"<html><body>", b"<div>"),
    "br-flood": (b"<html><body><p>", b"<br>"),
    "paragraphs": (b"<html><head><title>T</title></head><body><h1>Headline</h1>", b"<p>Words of text.</p>"),
    "entities": (b"<html><body><p>", b"&amp;&#x110000;&bogus;"),
    "attributes": (b"<html><body><p ", b"a=b "),
    "long-link-address": (b"<html><head><title>T</title></head><body><h1>T</h1><p>Words.</p><p><a href='/", b"a"),
    "capital-run-line": (
        b"<html><head><title>T</title></head><body><h1>T</h1><p>Words.</p><p><a href='/2024/05/a-b-c/'>A B C D</a> ",
        b"A",
    ),
}
SHAPE_SIZES = (100_000, 1_000_000, FETCH_CAP)


def shaped(name: str, size: int) -> bytes:
    """Hostile shape ``name``: its prefix, then its unit repeated to at most ``size`` bytes in all."""
    prefix, unit = SHAPES[name]
    return prefix + unit * max(0, (size - len(prefix)) // len(unit))


def mutate(data: bytes, rng: random.Random, rounds: int) -> bytes:
    buf = bytearray(data)
    for _ in range(rounds):
        op = rng.randrange(8)
        pos = rng.randrange(len(buf) + 1)
        if op == 0 and buf:  # flip bytes
            for _ in range(rng.randint(1, 8)):
                buf[rng.randrange(len(buf))] = rng.randrange(256)
        elif op == 1:  # insert hostile fragment
            buf[pos:pos] = _element(rng, 8).encode("utf-8", "replace")
        elif op == 2 and buf:  # delete a span
            del buf[pos : pos + rng.randint(1, 2000)]
        elif op == 3 and buf:  # duplicate a span
            start = rng.randrange(len(buf))
            buf[pos:pos] = buf[start : start + rng.randint(1, 4000)]
        elif op == 4:  # splice a piece of another page
            other = rng.choice(_pages) if _pages else b""
            start = rng.randrange(len(other) + 1)
            buf[pos:pos] = other[start : start + rng.randint(1, 3000)]
        elif op == 5:  # break a tag
            buf[pos:pos] = rng.choice([b"<", b">", b"</", b"<!--", b"&", b"\x00", b"\xff\xfe", b"\xef\xbb\xbf"])
        elif op == 6:  # change the declared charset
            buf[pos:pos] = f"<meta charset='{rng.choice(['utf-16', 'shift_jis', 'koi8-r', 'nope'])}'>".encode()
        else:  # truncate
            del buf[pos:]
    return bytes(buf)


def make_input(index: int, seed: int) -> tuple[str, bytes, dict[str, str] | None]:
    """Input ``index`` (deterministic for a seed): its kind, bytes and optional response headers."""
    rng = random.Random(seed * 1_000_003 + index)
    roll = rng.random()
    headers = None
    if rng.random() < 0.2:
        headers = {"Content-Type": f"text/html; charset={rng.choice(['utf-8', 'latin-1', 'utf-16', 'bogus', ''])}"}
    if roll < 0.55 and _pages:
        page = rng.choice(_pages)
        start = rng.randrange(len(page))
        window = page[start : start + rng.randint(256, 16_384)]
        return "window", mutate(window, rng, rng.randint(0, 6))[:MAX_INPUT], headers
    if roll < 0.80:
        return "generated", mutate(generated(rng)[:MAX_INPUT], rng, rng.randint(0, 2))[:MAX_INPUT], headers
    if roll < 0.97:
        size = rng.choice([0, 1, 2, 16, 256, 2048])
        prefix = rng.choice([b"", b"<", b"<html>", b"\xef\xbb\xbf<", b"\xff\xfe<\x00"])
        return "bytes", prefix + rng.randbytes(rng.randint(0, size)), headers
    if roll < 0.99:
        name = rng.choice(sorted(SHAPES))
        return "shape", mutate(shaped(name, rng.randint(1000, FETCH_CAP)), rng, rng.randint(0, 3)), headers
    page = rng.choice(_pages) if _pages else generated(rng)
    return "page", mutate(page, rng, rng.randint(1, 10)), headers


# --- running -------------------------------------------------------------------------------------------------


def run_one(index: int, seed: int, cap: float) -> tuple[str, str, str | None]:
    """Parse input ``index``; returns (kind, outcome, traceback of a finding or None)."""
    kind, data, headers = make_input(index, seed)
    signal.setitimer(signal.ITIMER_REAL, cap)
    try:
        parse_article(data, URL, headers)
        outcome, finding = "ok", None
    except WireroomError as exc:
        outcome, finding = exc.type_name, None
    except InputTimeout:
        outcome, finding = "TIMEOUT", f"input {index} ran over {cap}s ({len(data)} bytes)"
    except Exception as exc:
        outcome, finding = f"UNTYPED:{type(exc).__name__}", traceback.format_exc()
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return kind, outcome, finding


def _init(limit: int | None) -> None:
    _pages[:] = load_corpus(limit)
    signal.signal(signal.SIGALRM, _alarm)


def _chunk(args: tuple[int, int, int, float]) -> list[tuple[int, str, str, str | None]]:
    start, stop, seed, cap = args
    return [(i, *run_one(i, seed, cap)) for i in range(start, stop)]


def fuzz(count: int, seed: int, *, jobs: int, cap: float, out: Path, corpus_limit: int | None) -> dict[str, object]:
    started = time.monotonic()
    chunks = [(s, min(s + 500, count), seed, cap) for s in range(0, count, 500)]
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    findings: list[tuple[int, str, str]] = []
    out.mkdir(parents=True, exist_ok=True)
    with multiprocessing.get_context("fork").Pool(jobs, initializer=_init, initargs=(corpus_limit,)) as pool:
        for done, results in enumerate(pool.imap_unordered(_chunk, chunks), 1):
            for index, kind, outcome, finding in results:
                kinds[kind] += 1
                outcomes[outcome] += 1
                if finding is not None:
                    findings.append((index, outcome, finding))
                    (out / f"finding-{seed}-{index}.txt").write_text(f"{outcome}\n{finding}")
            if done % 20 == 0:
                print(f"  {done * 500} inputs, {len(findings)} findings, {time.monotonic() - started:.0f}s", flush=True)
    untyped = [f for f in findings if f[1].startswith("UNTYPED")]
    timeouts = [f for f in findings if f[1] == "TIMEOUT"]
    return {
        "inputs": sum(kinds.values()),
        "seed": seed,
        "kinds": dict(kinds),
        "outcomes": dict(outcomes.most_common()),
        "untyped_exceptions": len(untyped),
        "timeouts": len(timeouts),
        "first_findings": [f"input {i}: {o}" for i, o, _ in findings[:10]],
        "seconds": round(time.monotonic() - started, 1),
        "findings_dir": str(out),
    }


def _run_shape(args: tuple[str, int]) -> dict[str, object]:
    name, size = args
    data = shaped(name, size)
    started = time.monotonic()
    try:
        parse_article(data, URL)
        outcome = "ok"
    except WireroomError as exc:
        outcome = exc.type_name
    except Exception as exc:
        outcome = f"UNTYPED:{type(exc).__name__}"
    seconds = time.monotonic() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    return {"shape": name, "bytes": len(data), "outcome": outcome, "seconds": round(seconds, 2), "rss_mb": rss}


def run_shapes(cap: float, max_rss: int, sizes: tuple[int, ...] = SHAPE_SIZES) -> int:
    """Every hostile shape at every size, each in a fresh process (RSS is its own); 1 if any is over a bound."""
    over = 0
    context = multiprocessing.get_context("spawn")
    for name in sorted(SHAPES):
        for size in sizes:
            with context.Pool(1, maxtasksperchild=1) as pool:
                pending = pool.apply_async(_run_shape, ((name, size),))
                try:
                    row = pending.get(timeout=max(cap * 6, 60))
                except multiprocessing.TimeoutError:
                    row = {"shape": name, "bytes": size, "outcome": "TIMEOUT", "seconds": None, "rss_mb": None}
            bad = row["outcome"] == "TIMEOUT" or str(row["outcome"]).startswith("UNTYPED")
            bad = bad or float(str(row["seconds"])) > cap or int(str(row["rss_mb"])) > max_rss
            over += bad
            print(json.dumps({**row, "over_bound": bad}), flush=True)
    return 1 if over else 0


def replay(index: int, seed: int, cap: float, save: Path | None) -> int:
    _init(None)
    kind, data, headers = make_input(index, seed)
    if save is not None:
        save.write_bytes(data)
    print(f"input {index} ({kind}, {len(data)} bytes, headers={headers})")
    _, outcome, finding = run_one(index, seed, cap)
    print(outcome)
    if finding:
        print(finding)
    return 1 if finding else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20240501)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--cap", type=float, default=5.0, help="per-input time cap, seconds")
    parser.add_argument("--out", type=Path, default=Path("/tmp/wireroom-fuzz"))
    parser.add_argument("--corpus-limit", type=int, default=None)
    parser.add_argument("--replay", type=int, default=None, help="run one input by number, print the outcome")
    parser.add_argument("--save", type=Path, default=None, help="with --replay: write the input bytes here")
    parser.add_argument("--shapes", action="store_true", help="time each hostile shape at sizes up to the cap")
    parser.add_argument("--max-rss", type=int, default=500, help="with --shapes: RSS bound per input, MB")
    args = parser.parse_args(argv)
    if args.shapes:
        return run_shapes(args.cap, args.max_rss)
    if args.replay is not None:
        return replay(args.replay, args.seed, args.cap, args.save)
    report = fuzz(args.count, args.seed, jobs=args.jobs, cap=args.cap, out=args.out, corpus_limit=args.corpus_limit)
    print(json.dumps(report, indent=2))
    return 1 if report["untyped_exceptions"] else 0


if __name__ == "__main__":
    sys.exit(main())
