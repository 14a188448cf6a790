"""Worker death: a job that kills its worker ends as PoisonJob; a SIGKILLed worker's job runs again within 15 s
(with a short visibility timeout, and with the default one thanks to ``worker.broker.orphans``)."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from hostile.server import HostileServer, child_pids
from support.events import events_for_job, wait_event_for_job
from support.settings import FAST_RECOVERY, make_settings
from support.waiting import wait_for

from worker.broker.enqueue import enqueue

pytestmark = pytest.mark.integration


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


def test_job_that_kills_its_worker_ends_as_poison(
    server: HostileServer, prefix: str, redis_client: redis.Redis, worker_factory: Any
) -> None:
    # Given a worker (one pool process) and a page whose fetch SIGKILLs that pool process every time
    # (each killed delivery leaves its per-host politeness lease until it expires, so the host's concurrency cap
    # is set above max_deliveries: this test is about poison detection, not politeness)
    limits = {"max_deliveries": 3, "host_max_concurrency": 4, **FAST_RECOVERY}
    worker = worker_factory(prefix, server.port, concurrency=1, **limits)
    server.kill_parent = worker.pid
    settings = make_settings(prefix, server.port, **limits)
    # When the job is queued
    job_id = enqueue(server.url("/kill-children"), settings=settings)
    # Then after max_deliveries crashes it ends in exactly one failed event, PoisonJob, and the worker lives on
    event = wait_event_for_job(redis_client, settings.events_stream, job_id, timeout=90)
    assert event.type == "wireroom.article.failed"
    assert event.data.error.type == "PoisonJob"
    assert server.kills == 3
    assert len(events_for_job(redis_client, settings.events_stream, job_id)) == 1
    # And the worker still serves other jobs
    ok_id = enqueue(server.url("/ok"), settings=settings)
    assert wait_event_for_job(redis_client, settings.events_stream, ok_id, timeout=60).type.endswith("ingested")


@pytest.mark.parametrize(
    "limits",
    [
        pytest.param(FAST_RECOVERY, id="visibility-10s"),
        # the default visibility timeout (300 s): kombu alone would wait that long; worker.broker.orphans gives the dead
        # worker's message back as soon as the new worker starts
        pytest.param({}, id="visibility-default"),
    ],
)
def test_sigkilled_worker_job_runs_again_within_15s(
    limits: dict[str, Any], server: HostileServer, prefix: str, redis_client: redis.Redis, worker_factory: Any
) -> None:
    # Given a worker fetching a page whose first request stalls
    first = worker_factory(prefix, server.port, concurrency=1, **limits)
    settings = make_settings(prefix, server.port, **limits)
    path = f"/stall-first?job={prefix.strip(':').replace(':', '-')}"
    job_id = enqueue(server.url(path), settings=settings)
    wait_for(lambda: path in server.hits, 30, "the worker to fetch the page")
    # When the whole worker (main process and pool) is SIGKILLed mid-task and a new worker starts
    kill_whole_worker(first)
    worker_factory(prefix, server.port, concurrency=1, **limits)
    restarted = time.monotonic()
    # Then the job runs again and its one event appears within 15 s of the new worker being ready
    event = wait_event_for_job(redis_client, settings.events_stream, job_id, timeout=30)
    assert time.monotonic() - restarted <= 15.0
    assert event.type.endswith("ingested")
    assert server.hits.count(path) == 2
    assert len(events_for_job(redis_client, settings.events_stream, job_id)) == 1


def kill_whole_worker(worker: Any) -> None:
    """SIGKILL a worker's process group (main process and pool) and wait until every process of it is gone."""
    children = child_pids(worker.pid)
    os.killpg(worker.pid, signal.SIGKILL)
    worker.proc.wait(10)
    wait_for(lambda: all(_gone(pid) for pid in children), 10, "the pool processes to die")


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] == "Z"
    except OSError:
        return True
