"""Redis goes away mid-task: the outcome is not lost (the task is retried or redelivered) and not doubled."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from hostile.server import HostileServer
from support.events import events_for_job, wait_event_for_job
from support.processes import REPO
from support.settings import FAST_RECOVERY, make_settings
from support.waiting import wait_for

from worker.broker.enqueue import enqueue

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs the redis-server binary"),
]


class OwnRedis:
    """A redis-server of this test's own (deployed config, AOF) on a free port; never the shared one."""

    def __init__(self, directory: Path) -> None:
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = int(sock.getsockname()[1])
        self.directory = directory
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        argv = ["redis-server", str(REPO / "deploy/redis/redis.conf"), "--port", str(self.port),
                "--dir", str(self.directory), "--save", ""]  # fmt: skip
        self.proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        client = redis.Redis(port=self.port, socket_connect_timeout=0.5)

        def up() -> bool:
            try:
                return bool(client.ping())
            except redis.RedisError:
                return False

        wait_for(up, 15, "redis-server to start")
        client.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: AOF flushed, clean exit
            self.proc.wait(15)


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    server = OwnRedis(tmp_path)
    server.start()
    yield server
    server.stop()


def test_outcome_survives_redis_going_away_mid_task(own_redis: OwnRedis, worker_factory: Any) -> None:
    with HostileServer() as pages:
        # Given a worker on our own Redis, fetching a page that takes 3 s
        overrides = {"redis_url": own_redis.url, **FAST_RECOVERY, "retry_backoff_base": 0.5}
        prefix = "outage:"
        worker_factory(prefix, pages.port, concurrency=1, **overrides)
        settings = make_settings(prefix, pages.port, **overrides)
        job_id = enqueue(pages.url("/slow"), settings=settings)
        wait_for(lambda: "/slow" in pages.hits, 30, "the worker to start fetching")
        # When Redis goes away while the page is being fetched (so publishing the outcome fails), then returns
        own_redis.stop()
        time.sleep(4)  # the outage itself is the condition under test: it must outlast the fetch
        own_redis.start()
        # Then the job's outcome is published exactly once
        client = redis.Redis(port=own_redis.port)
        event = wait_event_for_job(client, settings.events_stream, job_id, timeout=60)
        assert event.type.endswith("ingested")
        assert pages.hits.count("/slow") >= 2  # the job ran again: it had not been acked
        assert len(events_for_job(client, settings.events_stream, job_id)) == 1
        client.close()


def test_outcome_survives_a_redis_restart_under_the_default_visibility_timeout(
    own_redis: OwnRedis, worker_factory: Any
) -> None:
    with HostileServer() as pages:
        # Given a worker with the default visibility timeout (300 s), fetching a page that takes 3 s
        overrides = {"redis_url": own_redis.url, "retry_backoff_base": 0.5, "reconcile_interval": 2.0}
        prefix = "outage-vt:"
        worker_factory(prefix, pages.port, concurrency=1, **overrides)
        settings = make_settings(prefix, pages.port, **overrides)
        assert settings.visibility_timeout == 300
        job_id = enqueue(pages.url("/slow"), settings=settings)
        wait_for(lambda: "/slow" in pages.hits, 30, "the worker to start fetching")
        # When Redis restarts while the page is being fetched (Celery cancels the late-ack task: its message stays
        # unacked in Redis, held by a live worker that no longer runs it)
        own_redis.stop()
        time.sleep(1)
        own_redis.start()
        restarted = time.monotonic()
        # Then the worker gives the message back on its own (worker.broker.orphans) well before the visibility timeout
        client = redis.Redis(port=own_redis.port)
        event = wait_event_for_job(client, settings.events_stream, job_id, timeout=60)
        assert time.monotonic() - restarted < 60
        assert event.type.endswith("ingested")
        assert len(events_for_job(client, settings.events_stream, job_id)) == 1
        client.close()
