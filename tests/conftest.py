"""Shared fixtures: the test Redis (db 9, per-test key prefixes), a real HTTP server, worker subprocess factories."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import redis
from support.http import TestHTTPServer
from support.processes import WorkerProcess, celery_worker_argv, worker_env
from support.redisdb import REDIS_URL, delete_namespace, new_prefix
from support.scripts import load_benchmark


@pytest.fixture(scope="session")
def redis_url() -> str:
    """The test Redis database (``WIREROOM_TEST_REDIS_URL``, default 127.0.0.1:6379/9). Fails loudly if down."""
    client = redis.Redis.from_url(REDIS_URL, socket_timeout=5, socket_connect_timeout=2)
    try:
        client.ping()
    except redis.exceptions.RedisError as exc:
        pytest.fail(f"the service tests need Redis at {REDIS_URL} (run scripts/ensure-redis.sh): {exc}")
    finally:
        client.close()
    return REDIS_URL


@pytest.fixture(scope="session")
def redis_client(redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(redis_url, socket_timeout=30)
    yield client
    client.close()


@pytest.fixture
def prefix(redis_client: redis.Redis) -> Iterator[str]:
    """A key prefix unique to this test; every key containing it is deleted afterwards (and only those)."""
    value = new_prefix()
    yield value
    delete_namespace(redis_client, value)


@pytest.fixture(scope="module")
def module_prefix(redis_client: redis.Redis) -> Iterator[str]:
    """Like ``prefix``, shared by the tests of one module (for a module-wide worker)."""
    value = new_prefix()
    yield value
    delete_namespace(redis_client, value)


@pytest.fixture(scope="session")
def http_server() -> Iterator[TestHTTPServer]:
    """A real ThreadingHTTPServer on 127.0.0.1 serving programmed routes and fixture pages."""
    with TestHTTPServer() as server:
        yield server


WorkerFactory = Callable[..., WorkerProcess]


def _worker_factory(tmp_dir: Path) -> tuple[WorkerFactory, list[WorkerProcess]]:
    started: list[WorkerProcess] = []

    def start(
        prefix: str,
        port: int | None = None,
        *,
        concurrency: int = 2,
        pool: str = "prefork",
        argv: list[str] | None = None,
        ready: bool = True,
        **settings: Any,
    ) -> WorkerProcess:
        env = worker_env(prefix, port, **settings)
        log = tmp_dir / f"worker-{len(started)}.log"
        proc = WorkerProcess(argv or celery_worker_argv(concurrency, pool), env, log).start()
        started.append(proc)
        if ready:
            proc.wait_ready()
        return proc

    return start, started


@pytest.fixture(scope="module")
def module_worker_factory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WorkerFactory]:
    """Start real worker subprocesses (``factory(prefix, port, **settings)``); all get SIGTERM at module end."""
    start, started = _worker_factory(tmp_path_factory.mktemp("workers"))
    yield start
    for proc in started:
        proc.stop()


@pytest.fixture
def worker_factory(tmp_path: Path) -> Iterator[WorkerFactory]:
    """Like ``module_worker_factory``, stopped at the end of the test."""
    start, started = _worker_factory(tmp_path)
    yield start
    for proc in started:
        proc.stop()


@pytest.fixture(scope="session")
def sitesplit() -> ModuleType:
    """``benchmarks/sitesplit.py``: the fixed development / held-out split of labelled pages by site (the
    benchmarks are scripts, not a package, so the module is loaded from its file)."""
    return load_benchmark("sitesplit")
