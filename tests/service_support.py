"""Test support for the service tests: a programmable HTTP server in a thread, worker subprocesses, stream reads."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import redis

from schemas.events import EVENT_ADAPTER, ArticleFailed, ArticleIngested
from worker.settings import Settings

REPO = Path(__file__).resolve().parents[1]
PAGES = REPO / "tests" / "fixtures" / "pages"
VENV_BIN = Path(sys.executable).parent
TEST_DB = int(os.environ.get("WIREROOM_TEST_REDIS_DB", "9"))
REDIS_URL = os.environ.get("WIREROOM_TEST_REDIS_URL", f"redis://127.0.0.1:6379/{TEST_DB}")
HTML = "text/html; charset=utf-8"

Event = ArticleIngested | ArticleFailed


FAST_RECOVERY: dict[str, Any] = {
    # Time limits under a short visibility timeout, so an abandoned message is restored within seconds
    "fetch_deadline": 4.0,
    "task_soft_time_limit": 6,
    "task_time_limit": 8,
    "visibility_timeout": 10,
    "unacked_restore_interval": 1.0,
}


def procfile_command(name: str) -> str:
    """The command of process type ``name`` in the repository's Procfile."""
    for line in (REPO / "Procfile").read_text().splitlines():
        key, sep, command = line.partition(":")
        if sep and key.strip() == name:
            return command.strip()
    raise AssertionError(f"no {name!r} process in the Procfile")


def wait_for(condition: Callable[[], Any], timeout: float = 10.0, what: str = "condition") -> Any:
    """Poll ``condition`` until it returns something truthy (returned); AssertionError after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(0.02)


# --- HTTP server -------------------------------------------------------------------------------------------------


@dataclass
class Reply:
    """One programmed response: status, headers, body; ``delay`` before the headers, ``drip`` between chunks."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": HTML})
    delay: float = 0.0
    chunks: int = 1
    drip: float = 0.0
    content_length: bool = True


@dataclass
class Route:
    """Replies served in order (the last one repeats) and the monotonic time of every hit."""

    replies: list[Reply]
    hits: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self) -> Reply:
        with self.lock:
            index = min(len(self.hits), len(self.replies) - 1)
            self.hits.append(time.monotonic())
            return self.replies[index]


def page(name: str, **kwargs: Any) -> Reply:
    """A reply serving the fixture page ``tests/fixtures/pages/<name>``."""
    return Reply(body=(PAGES / name).read_bytes(), **kwargs)


class _Handler(BaseHTTPRequestHandler):
    server: TestHTTPServer

    def do_GET(self) -> None:
        route = self.server.find(self.path.split("?", 1)[0])
        reply = route.take() if route is not None else Reply(status=404, body=b"<html><body>none</body></html>")
        if reply.delay:
            time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.content_length:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            size = max(1, -(-len(reply.body) // max(1, reply.chunks)))
            for start in range(0, len(reply.body), size):
                self.wfile.write(reply.body[start : start + size])
                self.wfile.flush()
                if reply.drip:
                    time.sleep(reply.drip)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


class TestHTTPServer(ThreadingHTTPServer):
    """A real HTTP server on 127.0.0.1:<free port>, in a thread; routes are programmed by the tests."""

    daemon_threads = True
    __test__ = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.prefixes: dict[str, Route] = {}
        self.add("/robots.txt", Reply(body=b"User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"}))
        self._thread = threading.Thread(target=self.serve_forever, name="test-http", daemon=True)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, *replies: Reply) -> Route:
        """Serve ``replies`` at exactly ``path``; returns the route (its ``hits``)."""
        route = Route(list(replies))
        self.routes[path] = route
        return route

    def add_prefix(self, prefix: str, *replies: Reply) -> Route:
        """Serve ``replies`` at every path starting with ``prefix`` (one shared route)."""
        route = Route(list(replies))
        self.prefixes[prefix] = route
        return route

    def unique(self, *replies: Reply, suffix: str = ".html") -> tuple[str, Route]:
        """A fresh path serving ``replies``: (its URL, its route)."""
        path = f"/t/{uuid.uuid4().hex}{suffix}"
        return self.url(path), self.add(path, *replies)

    def find(self, path: str) -> Route | None:
        if path in self.routes:
            return self.routes[path]
        for prefix, route in self.prefixes.items():
            if path.startswith(prefix):
                return route
        return None

    def __enter__(self) -> TestHTTPServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(5)


# --- settings, environment and Redis namespaces --------------------------------------------------------------------


def new_prefix() -> str:
    return f"wrt:{uuid.uuid4().hex[:12]}:"


def namespace_values(prefix: str, port: int | None = None) -> dict[str, Any]:
    """Settings values putting every Redis key under ``prefix`` and letting fetches reach 127.0.0.1:``port``."""
    return {
        "redis_url": REDIS_URL,
        "key_prefix": prefix,
        "queue_name": f"{prefix}queue",
        "events_stream": f"{prefix}events",
        "fetch_allow_networks": ["127.0.0.0/8", "::1/128"],
        "fetch_allowed_ports": [80, 443] + ([port] if port else []),
        "respect_robots": False,
        "host_min_delay": 0.0,
        "retry_backoff_base": 0.2,
        "max_retries": 3,
    }


def make_settings(prefix: str, port: int | None = None, **overrides: Any) -> Settings:
    values = namespace_values(prefix, port)
    values.update(overrides)
    return Settings(**values)


def worker_env(prefix: str, port: int | None = None, **overrides: Any) -> dict[str, str]:
    """The environment of a worker or CLI subprocess: no inherited WIREROOM_*, the test namespace, the venv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREROOM_")}
    values = namespace_values(prefix, port)
    values.update(overrides)
    for key, value in values.items():
        if isinstance(value, list):
            text = ",".join(str(v) for v in value)
        elif isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = str(value)
        env[f"WIREROOM_{key.upper()}"] = text
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PATH"] = os.pathsep.join((str(VENV_BIN), env.get("PATH", "")))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def delete_namespace(client: redis.Redis, prefix: str) -> None:
    """Delete every key whose name contains ``prefix`` (ours, kombu's bindings of our queue)."""
    keys = list(client.scan_iter(match=f"*{prefix}*", count=1000))
    if keys:
        client.delete(*keys)


def wireroom_cmd() -> list[str]:
    """How to run the ``wireroom`` CLI: the installed script, or the module when not installed."""
    script = VENV_BIN / "wireroom"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from worker.cli import main; sys.exit(main())"]


# --- events --------------------------------------------------------------------------------------------------------


def read_events(
    client: redis.Redis, stream: str, count: int, timeout: float = 30.0, start: str = "0-0"
) -> list[tuple[str, Event]]:
    """Block (XREAD) until the stream holds ``count`` entries after ``start``; returns them validated."""
    found: list[tuple[str, Event]] = []
    last = start
    deadline = time.monotonic() + timeout
    while len(found) < count:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"only {len(found)} of {count} events on {stream} after {timeout}s: {found}")
        reply = client.xread({stream: last}, count=count - len(found), block=max(1, int(min(left, 1.0) * 1000)))
        for _, entries in reply or []:
            for entry_id, fields in entries:
                last = entry_id.decode()
                found.append((last, EVENT_ADAPTER.validate_json(fields[b"event"])))
    return found


def events_for_job(client: redis.Redis, stream: str, job_id: str) -> list[Event]:
    """Every event on the stream about ``job_id`` (a full scan; test streams are small)."""
    events = [EVENT_ADAPTER.validate_json(fields[b"event"]) for _, fields in client.xrange(stream)]
    return [event for event in events if event.jobid == job_id]


def wait_event_for_job(client: redis.Redis, stream: str, job_id: str, timeout: float = 30.0) -> Event:
    """Block until an event about ``job_id`` is on the stream; returns it."""
    found: list[Event] = []
    last = "0-0"
    deadline = time.monotonic() + timeout
    while not found:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no event for job {job_id} on {stream} after {timeout}s")
        reply = client.xread({stream: last}, count=100, block=max(1, int(min(left, 1.0) * 1000)))
        for _, entries in reply or []:
            for entry_id, fields in entries:
                last = entry_id.decode()
                event = EVENT_ADAPTER.validate_json(fields[b"event"])
                if event.jobid == job_id:
                    found.append(event)
    return found[0]


# --- worker subprocesses -------------------------------------------------------------------------------------------


class WorkerProcess:
    """A real worker (or any long-running command) as a subprocess in its own session, logging to a file."""

    def __init__(self, argv: list[str], env: Mapping[str, str], log_path: Path, cwd: Path = REPO) -> None:
        self.argv = argv
        self.env = dict(env)
        self.log_path = log_path
        self.cwd = cwd
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            self.argv, env=self.env, cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Wait for Celery's ``ready.`` line (and fail early, with the log, if the process died)."""

        def ready() -> bool:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log()[-4000:]}")
            return bool(re.search(r"celery@\S+ ready\.", self.log()))

        wait_for(ready, timeout, "the worker to be ready")

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM (warm shutdown), wait up to ``timeout`` s, then SIGKILL the process group. Returns the status."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        return int(self.proc.returncode)


def celery_worker_argv(concurrency: int = 2, pool: str = "prefork") -> list[str]:
    return [
        sys.executable, "-m", "celery", "-A", "worker.main", "worker", "--loglevel=INFO",
        "--without-gossip", "--without-mingle", f"--concurrency={concurrency}", f"--pool={pool}",
    ]  # fmt: skip


__all__ = [
    "FAST_RECOVERY",
    "HTML",
    "PAGES",
    "REDIS_URL",
    "REPO",
    "Reply",
    "Route",
    "TestHTTPServer",
    "WorkerProcess",
    "celery_worker_argv",
    "delete_namespace",
    "events_for_job",
    "make_settings",
    "new_prefix",
    "page",
    "procfile_command",
    "read_events",
    "wait_event_for_job",
    "wait_for",
    "wireroom_cmd",
    "worker_env",
]
