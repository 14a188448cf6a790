"""Queue entries no worker can run (raw pushes by foreign producers) go to the dead-letter list; the worker goes on.

Each bad entry is pushed with a plain ``LPUSH`` onto the queue a real worker process consumes; a good job is
enqueued after it. The good job must be ingested by the same worker process (not killed, not stalled), the bad
entry must be kept in the dead-letter list with its reason, and a job that can be named gets one failed event.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import redis
from support.events import wait_event_for_job
from support.http import TestHTTPServer, page
from support.processes import WorkerProcess
from support.settings import make_settings
from support.waiting import wait_for

from schemas.events import ArticleFailed, ArticleIngested
from worker.app import create_app
from worker.broker.deadletter import inspect_message
from worker.broker.enqueue import build_message, enqueue, make_job
from worker.cli.status import render_table
from worker.ops.snapshot import take_snapshot
from worker.settings import Settings
from worker.store import keys

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def settings(module_prefix: str, http_server: TestHTTPServer) -> Settings:
    return make_settings(module_prefix, http_server.port)


@pytest.fixture(scope="module")
def worker(module_worker_factory: Any, module_prefix: str, http_server: TestHTTPServer) -> WorkerProcess:
    proc: WorkerProcess = module_worker_factory(module_prefix, http_server.port)
    return proc


def _message(url: str, queue: str, job_id: str) -> dict[str, Any]:
    job = make_job(url).model_copy(update={"job_id": job_id})
    message: dict[str, Any] = json.loads(build_message(job, queue))
    return message


def _without_id(url: str, queue: str, job_id: str) -> str:
    message = _message(url, queue, job_id)
    del message["headers"]["id"]
    return json.dumps(message)


def _without_properties(url: str, queue: str, job_id: str) -> str:
    message = _message(url, queue, job_id)
    del message["properties"]
    return json.dumps(message)


def _text_plain(url: str, queue: str, job_id: str) -> str:
    message = _message(url, queue, job_id)
    message["content-type"] = "text/plain"
    return json.dumps(message)


def _expired(url: str, queue: str, job_id: str) -> str:
    message = _message(url, queue, job_id)
    message["headers"]["expires"] = (datetime.now(UTC) - timedelta(minutes=5)).isoformat()
    return json.dumps(message)


def _object_body(url: str, queue: str, job_id: str) -> str:
    message = _message(url, queue, job_id)
    message["body"] = base64.b64encode(json.dumps({"url": url, "job_id": job_id}).encode()).decode()
    return json.dumps(message)


def _not_base64(url: str, queue: str, job_id: str) -> str:
    message = _message(url, queue, job_id)
    message["body"] = "%%% not base64 %%%"
    return json.dumps(message)


NAMED = {
    "no id header": _without_id,
    "no properties": _without_properties,
    "text/plain": _text_plain,
    "expired": _expired,
}
"""Bad entries that still name their job: each must end in one failed event."""

UNNAMED: dict[str, Any] = {
    "not json": lambda *_: "not json",
    "a list": lambda *_: "[]",
    "a string": lambda *_: '"hello"',
    "null": lambda *_: "null",
    "an object": lambda *_: '{"a": 1}',
    "body not base64": _not_base64,
    "body an object": _object_body,
}
"""Bad entries whose job cannot be told from them (or whose body is unreadable): kept, counted, no event."""


@pytest.mark.parametrize("name", sorted(NAMED))
def test_a_bad_message_naming_its_job_fails_that_job_once(
    name: str,
    worker: WorkerProcess,
    settings: Settings,
    http_server: TestHTTPServer,
    redis_client: redis.Redis,
) -> None:
    # Given a worker process, and a raw entry of this kind pushed by a foreign producer
    pid = worker.pid
    url, route = http_server.unique(page("service-article.html"))
    job_id = f"bad-{name.replace(' ', '-').replace('/', '-')}-{pid}"
    redis_client.lpush(settings.queue_name, NAMED[name](url, settings.queue_name, job_id))
    # When a good job is enqueued after it
    good_url, _ = http_server.unique(page("service-article.html"))
    good = enqueue(good_url, settings=settings)
    # Then the bad entry's job ends in one failed event, without a fetch
    event = wait_event_for_job(redis_client, settings.events_stream, job_id)
    assert isinstance(event, ArticleFailed)
    assert event.data.error.type == ("JobExpired" if name == "expired" else "InvalidJob")
    assert event.data.url == url and not route.hits
    # And the good job is ingested by the same, still running, worker process
    assert isinstance(wait_event_for_job(redis_client, settings.events_stream, good), ArticleIngested)
    assert worker.pid == pid and worker.proc.poll() is None
    # And the entry is kept in the dead-letter list with its reason
    dead = keys.dead_letters(settings.key_prefix, settings.dead_letter_list)
    kept = [json.loads(e) for e in redis_client.lrange(dead, 0, -1)]
    assert any(e["job_id"] == job_id for e in kept)


def test_unreadable_messages_are_kept_and_the_worker_goes_on(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a worker process, and one raw entry of every unreadable kind pushed onto its queue
    pid = worker.pid
    key = keys.dead_letters(settings.key_prefix, settings.dead_letter_list)
    before = redis_client.llen(key)
    url, _ = http_server.unique(page("service-article.html"))
    for name in sorted(UNNAMED):
        redis_client.lpush(settings.queue_name, UNNAMED[name](url, settings.queue_name, f"x-{name}"))
    # When a good job is enqueued behind them
    good_url, _ = http_server.unique(page("service-article.html"))
    good = enqueue(good_url, settings=settings)
    # Then it is ingested by the same worker process
    assert isinstance(wait_event_for_job(redis_client, settings.events_stream, good), ArticleIngested)
    assert worker.pid == pid and worker.proc.poll() is None
    # And every bad entry is in the dead-letter list, with a reason, and counted
    wait_for(lambda: redis_client.llen(key) >= before + len(UNNAMED), what="dead letters kept")
    kept = [json.loads(e) for e in redis_client.lrange(key, 0, len(UNNAMED) - 1)]
    assert all(e["reason"] and e["queue"] == settings.queue_name for e in kept)
    assert int(redis_client.get(key + ":count") or 0) >= len(UNNAMED)
    # And `wireroom status` shows them
    snap = take_snapshot(redis_client, settings, with_workers=False)
    assert snap.dead_letters >= before + len(UNNAMED) and snap.dead_letters_total >= len(UNNAMED)
    assert f"{snap.dead_letters} kept" in render_table(snap)


@pytest.mark.parametrize("build", [*NAMED.values(), *UNNAMED.values()])
def test_every_bad_shape_is_refused_by_the_gate(build: Any) -> None:
    # Given a bad entry, When the gate inspects it, Then it is refused with a reason
    rejection = inspect_message(build("https://example.com/a", "q", "job-1"))
    assert rejection is not None and rejection.reason


def test_a_good_message_passes_the_gate() -> None:
    assert inspect_message(build_message(make_job("https://example.com/a"), "q")) is None


def test_a_job_expiring_while_the_worker_holds_it_fails_once(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a job sent through Celery with a countdown that outlasts its expiry (valid when popped, so the gate
    # lets it through and the worker holds it for its ETA)
    url, route = http_server.unique(page("service-article.html"))
    job = make_job(url)
    producer = create_app(settings)
    producer.send_task(
        "wireroom.ingest",
        args=[job.model_dump(mode="json")],
        task_id=job.job_id,
        queue=settings.queue_name,
        countdown=3,
        expires=1,
    )
    producer.close()
    # When Celery discards it as expired, Then the job still ends in one failed JobExpired event, never fetched
    event = wait_event_for_job(redis_client, settings.events_stream, job.job_id, timeout=30)
    assert isinstance(event, ArticleFailed) and event.data.error.type == "JobExpired"
    assert event.data.url == url and not route.hits
