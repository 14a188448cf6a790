"""Chaos run: SIGKILL workers and restart Redis while 1,000 URLs are ingested; count lost and duplicate outcomes.

Starts its own Redis (``deploy/redis/redis.conf``, AOF, on a free port, in a temporary directory), a local HTTP
server with distinct article pages (some slow, some 404, some 503 for good), and worker processes started with
the Procfile's ``worker`` command. It enqueues the URLs, kills a worker (its whole process group, SIGKILL)
``--kills`` times, restarting it at once, restarts Redis once (SIGTERM, then start on the same AOF), and waits
until every job has an outcome event. Prints: enqueued, outcomes, lost, duplicate event ids, recovery per kill.

    .venv/bin/python benchmarks/chaos.py                     # 1,000 URLs, 3 kills, 1 Redis restart
    .venv/bin/python benchmarks/chaos.py --urls 100 --kills 1 --json
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import redis

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from worker.broker.enqueue import enqueue_many  # noqa: E402
from worker.settings import Settings  # noqa: E402

PREFIX = "chaos:"
SLOW_SECONDS = 1.5


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def page_kind(index: int) -> str:
    """What page ``index`` does: mostly articles, every tenth slow, a few 404 and 503 forever."""
    if index % 50 == 7:
        return "404"
    if index % 50 == 13:
        return "503"
    if index % 10 == 3:
        return "slow"
    return "ok"


def article(index: int) -> bytes:
    words = ["harbour", "council", "budget", "rail", "school", "river", "market", "hospital", "bridge", "festival"]
    topic = words[index % len(words)]
    paragraphs = "".join(
        f"<p>Story {index}, paragraph {n}: the {topic} plan discussed by the city council on Tuesday drew comment "
        f"from residents, officials and local businesses, who questioned its cost, timing and long-term effects "
        f"on the {words[(index + n) % len(words)]} district.</p>"
        for n in range(8)
    )
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>City approves {topic} plan number "
        f"{index}</title></head><body><article><h1>City approves {topic} plan number {index}</h1>{paragraphs}"
        f"</article></body></html>"
    ).encode()


class _Pages(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        name = self.path.rsplit("/", 1)[-1]
        if not name.startswith("a") or not name.endswith(".html"):
            return self._send(404, b"no")
        index = int(name[1:-5])
        kind = page_kind(index)
        if kind == "404":
            return self._send(404, b"<html><body>gone</body></html>")
        if kind == "503":
            return self._send(503, b"<html><body>down</body></html>")
        if kind == "slow":
            time.sleep(SLOW_SECONDS)
        return self._send(200, article(index))

    def _send(self, status: int, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):  # the worker was killed mid-request
            self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


class RedisProcess:
    """A redis-server of our own, with the deployed config, on ``port`` and data in ``directory``."""

    def __init__(self, port: int, directory: Path) -> None:
        self.port = port
        self.directory = directory
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        argv = [
            "redis-server", str(REPO / "deploy/redis/redis.conf"), "--port", str(self.port),
            "--dir", str(self.directory), "--logfile", str(self.directory / "redis.log"), "--save", "",
        ]  # fmt: skip
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=1)
        deadline = time.monotonic() + 20
        while True:
            try:
                if client.ping():
                    break
            except redis.RedisError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)
        client.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: Redis flushes the AOF and exits
            self.proc.wait(20)


def procfile_worker_argv() -> list[str]:
    """The deployed worker command, from the Procfile (``exec`` dropped)."""
    for line in (REPO / "Procfile").read_text().splitlines():
        if line.startswith("worker:"):
            argv = shlex.split(line.partition(":")[2])
            return argv[1:] if argv and argv[0] == "exec" else argv
    raise SystemExit("Procfile has no worker line")


def worker_env(redis_port: int, http_port: int, concurrency: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREROOM_")}
    values = {
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "KEY_PREFIX": PREFIX,
        "QUEUE_NAME": f"{PREFIX}queue",
        "EVENTS_STREAM": f"{PREFIX}events",
        "FETCH_ALLOW_NETWORKS": "127.0.0.0/8",
        "FETCH_ALLOWED_PORTS": f"80,443,{http_port}",
        "FETCH_CONNECT_TIMEOUT": "2",
        "FETCH_READ_TIMEOUT": "3",
        "FETCH_DEADLINE": "4",
        "TASK_SOFT_TIME_LIMIT": "6",
        "TASK_TIME_LIMIT": "8",
        "RECONCILE_INTERVAL": "2",
        "RECONCILE_GRACE": "5",
        "MAX_RETRIES": "2",
        "RETRY_BACKOFF_BASE": "0.5",
        "HOST_MIN_DELAY": "0",
        "HOST_MAX_CONCURRENCY": "64",
        "RESPECT_ROBOTS": "true",
        "NER_ENABLED": "false",
        "WORKER_CONCURRENCY": str(concurrency),
    }
    env.update({f"WIREROOM_{k}": v for k, v in values.items()})
    env["PATH"] = os.pathsep.join((str(Path(sys.executable).parent), env.get("PATH", "")))
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PYTHONUNBUFFERED"] = "1"
    return env


class Worker:
    """One deployed worker process (own process group, so a kill takes its pool children too)."""

    def __init__(self, name: str, env: dict[str, str], log_dir: Path) -> None:
        self.name = name
        self.env = env
        self.log_dir = log_dir
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self) -> None:
        self.starts += 1
        log = (self.log_dir / f"{self.name}-{self.starts}.log").open("wb")
        self.proc = subprocess.Popen(
            procfile_worker_argv(), env=self.env, cwd=REPO, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.kill()


@dataclass
class Kill:
    worker: str
    at: float
    in_flight: list[str]
    recovered_after: float | None = None


@dataclass
class Report:
    urls_enqueued: int = 0
    outcome_events: int = 0
    stream_entries: int = 0
    lost: int = 0
    duplicate_event_ids: int = 0
    jobs_with_two_outcomes: int = 0
    ingested: int = 0
    failed: int = 0
    failed_by_type: dict[str, int] = field(default_factory=dict)
    kills: list[dict[str, Any]] = field(default_factory=list)
    max_recovery_s: float | None = None
    redis_restarts: int = 0
    wall_s: float = 0.0
    lost_jobs: dict[str, dict[str, str]] = field(default_factory=dict)
    requeued: dict[str, int] = field(default_factory=dict)


class EventTracker:
    """Reads the events stream incrementally: first outcome time per job, and every event id seen."""

    def __init__(self, port: int, stream: str) -> None:
        self.client = redis.Redis(port=port, socket_timeout=5, socket_connect_timeout=2)
        self.stream = stream
        self.last = "0-0"
        self.first_seen: dict[str, float] = {}

    def poll(self) -> None:
        try:
            reply: Any = self.client.xread({self.stream: self.last}, count=1000, block=200)
        except redis.RedisError:
            time.sleep(0.2)  # Redis is restarting
            return
        for _, entries in reply or []:
            for entry_id, fields in entries:
                self.last = entry_id.decode()
                event = json.loads(fields[b"event"])
                self.first_seen.setdefault(event["jobid"], time.monotonic())


def in_flight(client: redis.Redis) -> list[str]:
    """Job ids a worker holds unacked right now (kombu's unacked hash under our prefix)."""
    try:
        values: Any = client.hvals(f"{PREFIX}unacked")
    except redis.RedisError:
        return []
    ids = []
    for raw in values:
        message = json.loads(raw)[0]
        ids.append(message.get("headers", {}).get("id") or message.get("properties", {}).get("correlation_id"))
    return [i for i in ids if i]


def _keys_holding(client: redis.Redis, job_id: str) -> list[str]:
    """The queue lists and kombu hashes whose messages mention ``job_id`` (a lost job's last whereabouts)."""
    found = []
    for key in client.scan_iter(count=1000):
        kind = client.type(key)
        if kind == b"list":
            values: Any = client.lrange(key, 0, -1)
        elif kind == b"hash":
            values = client.hvals(key)
        else:
            continue
        if any(job_id.encode() in v for v in values):
            found.append(key.decode(errors="replace"))
    return found


def final_report(port: int, stream: str, job_ids: list[str], kills: list[Kill], started: float) -> Report:
    client = redis.Redis(port=port)
    entries: Any = client.xrange(stream)
    events = [json.loads(fields[b"event"]) for _, fields in entries]
    ids = Counter(event["id"] for event in events)
    per_job: dict[str, set[str]] = {}
    for event in events:
        per_job.setdefault(event["jobid"], set()).add(event["id"])
    wanted = set(job_ids)
    report = Report(
        urls_enqueued=len(job_ids),
        outcome_events=len([j for j in per_job if j in wanted]),
        stream_entries=len(entries),
        lost=len(wanted - set(per_job)),
        duplicate_event_ids=sum(n - 1 for n in ids.values() if n > 1),
        jobs_with_two_outcomes=sum(1 for j, s in per_job.items() if len(s) > 1),
        ingested=sum(1 for e in events if e["type"].endswith("ingested")),
        failed=sum(1 for e in events if e["type"].endswith("failed")),
        failed_by_type=dict(Counter(e["data"]["error"]["type"] for e in events if e["type"].endswith("failed"))),
        kills=[asdict(k) | {"in_flight": len(k.in_flight)} for k in kills],
        wall_s=round(time.monotonic() - started, 1),
    )
    pipe = client.pipeline(transaction=False)
    for job_id in job_ids:
        pipe.hget(f"{PREFIX}job:{job_id}", "requeued")
    report.requeued = {j: int(n) for j, n in zip(job_ids, pipe.execute(), strict=True) if n}
    recoveries = [k.recovered_after for k in kills if k.recovered_after is not None]
    report.max_recovery_s = max(recoveries) if recoveries else None
    for job_id in sorted(wanted - set(per_job))[:10]:  # where a lost job was last seen, for diagnosis
        status: Any = client.hgetall(f"{PREFIX}job:{job_id}")
        report.lost_jobs[job_id] = {k.decode(): v.decode() for k, v in status.items()}
        report.lost_jobs[job_id]["held_in"] = ",".join(_keys_holding(client, job_id)) or "nowhere"
    client.close()
    return report


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # workers killed mid-request leave broken pipes behind: expected here


@contextlib.contextmanager
def http_pages() -> Iterator[ThreadingHTTPServer]:
    server = _QuietServer(("127.0.0.1", 0), _Pages)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def run(
    *, urls: int, kills: int, redis_restarts: int = 1, workers: int = 2, concurrency: int = 2, timeout: float
) -> Report:
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="wireroom-chaos-") as tmp, http_pages() as pages:
        tmpdir = Path(tmp)
        redis_port = free_port()
        server = RedisProcess(redis_port, tmpdir)
        server.start()
        http_port = int(pages.server_address[1])
        env = worker_env(redis_port, http_port, concurrency)
        pool = [Worker(f"worker{i}", env, tmpdir) for i in range(workers)]
        for w in pool:
            w.start()
        settings = Settings(
            redis_url=f"redis://127.0.0.1:{redis_port}/0",
            key_prefix=PREFIX,
            queue_name=f"{PREFIX}queue",
            events_stream=f"{PREFIX}events",
        )
        job_ids = enqueue_many([f"http://127.0.0.1:{http_port}/news/a{i}.html" for i in range(urls)], settings=settings)
        tracker = EventTracker(redis_port, settings.events_stream)
        control = redis.Redis(port=redis_port, socket_timeout=5)
        # chaos at evenly spaced points of progress: kills, with the Redis restart in between
        events_plan: list[tuple[float, str]] = [((i + 1) / (kills + redis_restarts + 1), "kill") for i in range(kills)]
        for r in range(redis_restarts):
            at = (2 * r + 1.5) / (2 * (kills + redis_restarts + 1))
            events_plan.append((at, "redis"))
        events_plan.sort()
        done: list[Kill] = []
        restarts = 0
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            tracker.poll()
            progress = len(set(job_ids) & tracker.first_seen.keys()) / max(1, len(job_ids))
            if events_plan and progress >= events_plan[0][0]:
                _, what = events_plan.pop(0)
                if what == "kill":
                    victim = pool[len(done) % len(pool)]
                    flying = in_flight(control)
                    victim.kill()
                    done.append(Kill(victim.name, time.monotonic(), flying))
                    victim.start()
                else:
                    server.stop()
                    server.start()
                    restarts += 1
            now = time.monotonic()
            for kill in done:
                if kill.recovered_after is None and all(j in tracker.first_seen for j in kill.in_flight):
                    last = max((tracker.first_seen[j] for j in kill.in_flight), default=kill.at)
                    kill.recovered_after = round(max(0.0, last - kill.at), 2)
            if progress >= 1.0 and not events_plan and all(k.recovered_after is not None for k in done):
                break
            if now > deadline:
                break
        report = final_report(redis_port, settings.events_stream, job_ids, done, started)
        report.redis_restarts = restarts
        for w in pool:
            w.stop()
        server.stop()
        return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--kills", type=int, default=3)
    parser.add_argument("--redis-restarts", type=int, default=1)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=2, help="pool processes per worker")
    parser.add_argument("--timeout", type=float, default=900.0)
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    report = run(
        urls=args.urls,
        kills=args.kills,
        redis_restarts=args.redis_restarts,
        workers=args.workers,
        concurrency=args.concurrency,
        timeout=args.timeout,
    )
    if args.json:
        print(json.dumps(asdict(report), indent=2))
    else:
        print(f"URLs enqueued:          {report.urls_enqueued}")
        print(f"outcome events:         {report.outcome_events}  (ingested {report.ingested}, failed {report.failed})")
        print(f"lost (no outcome):      {report.lost}")
        print(f"duplicate event ids:    {report.duplicate_event_ids}")
        print(f"jobs with two outcomes: {report.jobs_with_two_outcomes}")
        print(f"failed by type:         {report.failed_by_type}")
        print(f"redis restarts:         {report.redis_restarts}")
        print(f"re-queued (lost msgs):  {len(report.requeued)}  {sorted(report.requeued)}")
        for kill in report.kills:
            print(
                f"kill of {kill['worker']}: {kill['in_flight']} in flight, recovered after {kill['recovered_after']} s"
            )
        print(f"max recovery:           {report.max_recovery_s} s   wall: {report.wall_s} s")
    ok = report.lost == 0 and report.duplicate_event_ids == 0 and report.jobs_with_two_outcomes == 0
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
