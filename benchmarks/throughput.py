"""End-to-end throughput of the deployed service vs. the parser alone, and bulk-enqueue speed, in one run.

Serves N distinct saved pages from ``../shared/corpus/pages`` on 127.0.0.1, enqueues them all with
``enqueue_many``, runs the worker exactly as deployed (the Procfile's command, ``--concurrency`` = cores, pool
from ``WIREROOM_WORKER_POOL``) and waits for one event per page on the stream. In the same run it parses the same
pages in this process without any queue (``parse`` + ``enrich`` as the worker's resources do them) and times
``enqueue_many`` on a scratch queue. Prints a table with ratio = end-to-end / (worker processes x single-process),
and end-to-end / the same parsing spread over as many plain processes (what the cores give under shared load).

Usage (from the repository root; needs the Redis at 127.0.0.1:6379)::

    .venv/bin/python benchmarks/throughput.py                          # prefork and threads, every page once
    .venv/bin/python benchmarks/throughput.py --pools prefork --pages 200 --rounds 1

The code must not change during a run (the workers import it when they start): on a shared checkout, run it from
a snapshot, e.g. ``git archive HEAD | tar -x -C /tmp/snap`` and ``.venv/bin/python /tmp/snap/benchmarks/...
--corpus ../shared/corpus/pages``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

import redis  # noqa: E402

from worker.broker.enqueue import enqueue_many  # noqa: E402
from worker.errors import WireroomError  # noqa: E402
from worker.pipeline import Resources  # noqa: E402
from worker.settings import Settings  # noqa: E402
from worker.tasks import default_resources  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "pages"
TARGET_RATIO = 0.8
TARGET_ENQUEUE = 5000.0


class _Pages(BaseHTTPRequestHandler):
    pages: ClassVar[dict[str, bytes]] = {}

    def do_GET(self) -> None:
        name = self.path.split("?", 1)[0].rsplit("/", 1)[-1]
        body = self.pages.get(name)
        if body is None:
            self.send_error(404)
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Run:
    pool: str
    workers: int
    jobs: int
    seconds: float
    ingested: int
    single: float = 0.0
    parallel: float = 0.0

    @property
    def rate(self) -> float:
        return self.jobs / self.seconds


def procfile_worker() -> str:
    for line in (REPO / "Procfile").read_text().splitlines():
        if line.startswith("worker:"):
            return line.split(":", 1)[1].strip()
    raise SystemExit("no worker line in the Procfile")


def _parse_all(resources: Resources, items: list[tuple[str, bytes]]) -> int:
    headers = {"Content-Type": "text/html"}
    for name, data in items:
        try:
            record = resources.parse(data, url=f"http://127.0.0.1/p/{name}", headers=headers)
            if resources.enrich is not None:
                resources.enrich(record)
        except WireroomError:
            pass
    return len(items)


def single_process_rate(pages: dict[str, bytes], resources: Resources) -> float:
    """Pages per second of the worker's CPU work (parse, then enrich if configured) in this one process."""
    started = time.perf_counter()
    done = _parse_all(resources, list(pages.items()))
    return done / (time.perf_counter() - started)


_INHERITED: list[Resources] = []


def _parse_share(items: list[tuple[str, bytes]]) -> int:
    return _parse_all(_INHERITED[0], items)


def parallel_rate(pages: dict[str, bytes], resources: Resources, workers: int) -> float:
    """Pages per second of the same work split over ``workers`` forked processes, no queue: what the cores give.
    The children inherit the loaded parser and tagger, as prefork workers do."""
    _INHERITED[:] = [resources]
    items = list(pages.items())
    shares = [items[i::workers] for i in range(workers)]
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        started = time.perf_counter()
        done = sum(pool.map(_parse_share, shares, chunksize=1))
        return done / (time.perf_counter() - started)


def bulk_enqueue_rate(base: Settings, client: redis.Redis, n: int) -> tuple[float, float]:
    """URLs per second of ``enqueue_many`` (validation + messages + one pipeline) into a scratch queue: per
    wall-clock second and per CPU-second of this process (the latter does not depend on the machine's load)."""
    # A namespace of its own: the jobs are never run, and no worker's reconciler may see them as lost
    prefix = f"{base.key_prefix}scratch-{uuid.uuid4().hex[:8]}:"
    scratch = Settings(**(base.model_dump() | {"key_prefix": prefix, "queue_name": f"{prefix}queue"}))
    urls = [f"https://news.example/{i}/story-{uuid.uuid4().hex[:8]}.html" for i in range(n)]
    started, cpu = time.perf_counter(), time.process_time()
    ids = enqueue_many(urls, settings=scratch, client=client)
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    assert len(ids) == n and client.llen(scratch.queue_name) == n
    keys = list(client.scan_iter(match=f"{prefix}*", count=5000))
    for start in range(0, len(keys), 5000):
        client.delete(*keys[start : start + 5000])
    return n / elapsed, n / cpu


def worker_env(settings: Settings, port: int, pool: str, concurrency: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREROOM_")}
    env.update(
        WIREROOM_REDIS_URL=settings.redis_url,
        WIREROOM_KEY_PREFIX=settings.key_prefix,
        WIREROOM_QUEUE_NAME=settings.queue_name,
        WIREROOM_EVENTS_STREAM=settings.events_stream,
        WIREROOM_FETCH_ALLOW_NETWORKS="127.0.0.0/8,::1/128",
        WIREROOM_FETCH_ALLOWED_PORTS=f"80,443,{port}",
        WIREROOM_RESPECT_ROBOTS="false",
        WIREROOM_HOST_MIN_DELAY="0",
        WIREROOM_HOST_MAX_CONCURRENCY="64",
        WIREROOM_MAX_RETRIES="0",
        WIREROOM_WORKER_POOL=pool,
        WIREROOM_WORKER_CONCURRENCY=str(concurrency),
        PYTHONPATH=str(REPO),
        PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    )
    return env


@dataclass
class Setup:
    settings: Settings
    client: redis.Redis
    names: list[str]
    port: int
    rounds: int


def _wait_events(client: redis.Redis, stream: str, last: Any, count: int, log_path: Path) -> int:
    """Block until ``count`` entries follow ``last`` on the stream; returns how many are ingested events."""
    seen = ingested = 0
    stalled_since = time.monotonic()
    while seen < count:
        reply = client.xread({stream: last}, count=1000, block=2000)
        if not reply:
            if time.monotonic() - stalled_since > 120:
                raise SystemExit(f"stalled at {seen}/{count} events:\n{log_path.read_text()[-3000:]}")
            continue
        stalled_since = time.monotonic()
        for entry_id, fields in reply[0][1]:
            last = entry_id
            seen += 1
            ingested += fields[b"type"] == b"wireroom.article.ingested"
    return ingested


def end_to_end(setup: Setup, pool: str, workers: int) -> Run:
    """Start the Procfile worker, enqueue every page ``rounds`` times, time until every event is on the stream."""
    settings, client, port = setup.settings, setup.client, setup.port
    log_path = Path(f"/tmp/wireroom-bench-{pool}-{os.getpid()}.log")
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            ["/bin/sh", "-c", procfile_worker()], env=worker_env(settings, port, pool, workers), cwd=REPO,
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
    try:
        deadline = time.monotonic() + 120
        while not re.search(r"celery@\S+ ready\.", log_path.read_text(errors="replace")):
            if proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"worker did not start:\n{log_path.read_text()[-3000:]}")
            time.sleep(0.1)
        # warm-up: one job per worker process (first-call costs stay out of the timing)
        tag = uuid.uuid4().hex[:6]
        warm = [f"http://127.0.0.1:{port}/p/{name}?warm={i}&b={tag}" for i, name in enumerate(setup.names[:workers])]
        enqueue_many(warm, settings=settings, client=client)
        _wait_events(client, settings.events_stream, "0-0", len(warm), log_path)
        last = client.xinfo_stream(settings.events_stream)["last-generated-id"]
        urls = [f"http://127.0.0.1:{port}/p/{name}?r={r}&b={tag}" for r in range(setup.rounds) for name in setup.names]
        started = time.perf_counter()
        enqueue_many(urls, settings=settings, client=client)
        ingested = _wait_events(client, settings.events_stream, last, len(urls), log_path)
        elapsed = time.perf_counter() - started
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(60)
    return Run(pool, workers, len(urls), elapsed, ingested)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=0, help="distinct pages (default: the whole corpus)")
    parser.add_argument("--rounds", type=int, default=1, help="times each page is enqueued (distinct URLs)")
    parser.add_argument("--pools", default="prefork,threads", help="comma-separated pools to measure")
    parser.add_argument("--concurrency", type=int, default=os.cpu_count() or 1, help="worker processes/threads")
    parser.add_argument("--enqueue", type=int, default=20_000, help="URLs for the bulk-enqueue measurement")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/10")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="directory of saved pages")
    args = parser.parse_args()

    corpus: Path = args.corpus
    names = sorted(p.name for p in corpus.glob("*.html"))
    names = names[: args.pages] if args.pages else names
    _Pages.pages = {f"{i}.html": (corpus / name).read_bytes() for i, name in enumerate(names)}
    names = list(_Pages.pages)  # served as /p/<index>.html: no file name needs URL-encoding
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = int(server.server_address[1])

    prefix = f"wrbench:{uuid.uuid4().hex[:8]}:"
    settings = Settings(
        redis_url=args.redis_url, key_prefix=prefix, queue_name=f"{prefix}queue", events_stream=f"{prefix}events"
    )
    client = redis.Redis.from_url(args.redis_url, socket_timeout=60)
    setup = Setup(settings, client, names, port, args.rounds)
    load = os.getloadavg()[0]
    try:
        enqueue_rate, enqueue_cpu_rate = bulk_enqueue_rate(settings, client, args.enqueue)
        resources = default_resources(settings)  # parser + tagger loaded once, outside every timing
        single_process_rate(dict(list(_Pages.pages.items())[: args.concurrency]), resources)  # warm-up
        runs = []
        for pool in [p.strip() for p in args.pools.split(",") if p.strip()]:
            # the parser alone is timed right before and right after each end-to-end run (the machine is shared)
            before = single_process_rate(_Pages.pages, resources)
            parallel_before = parallel_rate(_Pages.pages, resources, args.concurrency)
            run = end_to_end(setup, pool, args.concurrency)
            run.parallel = (parallel_before + parallel_rate(_Pages.pages, resources, args.concurrency)) / 2
            run.single = (before + single_process_rate(_Pages.pages, resources)) / 2
            runs.append(run)
            client.delete(settings.events_stream)
    finally:
        for key in client.scan_iter(match=f"*{prefix}*", count=1000):
            client.delete(key)
        server.shutdown()
    print(f"pages: {len(names)} distinct x {args.rounds} rounds; cores: {os.cpu_count()}; load average {load:.1f}")
    print(f"{'pool':<8} {'workers':>7} {'jobs':>5} {'ingested':>8} {'seconds':>7} {'e2e art/s':>9} "
          f"{'single p/s':>10} {'ratio':>5} {'parallel p/s':>12} {'e2e/par':>7}")  # fmt: skip
    for run in runs:
        ratio = run.rate / (run.workers * run.single)
        print(f"{run.pool:<8} {run.workers:>7} {run.jobs:>5} {run.ingested:>8} {run.seconds:>7.2f} {run.rate:>9.1f} "
              f"{run.single:>10.1f} {ratio:>5.2f} {run.parallel:>12.1f} {run.rate / run.parallel:>7.2f}")  # fmt: skip
    print(
        f"ratio = e2e / (workers x single), target >= {TARGET_RATIO}; e2e/par = e2e / the same parsing in "
        f"{args.concurrency} plain processes (no queue, no fetch): the service's own overhead on this machine"
    )
    print(f"bulk enqueue: {args.enqueue} URLs at {enqueue_rate:,.0f} URLs/s wall, {enqueue_cpu_rate:,.0f} URLs per "
          f"CPU-second (target >= {TARGET_ENQUEUE:,.0f} URLs/s)")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
