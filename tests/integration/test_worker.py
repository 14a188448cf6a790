"""The ingest task in a real worker process: real Redis, real HTTP server, events read back from the stream."""

from __future__ import annotations

import base64
import json
import re
from typing import Any

import pytest
import redis
from celery import Celery
from support.events import events_for_job, wait_event_for_job
from support.http import Reply, TestHTTPServer, page
from support.processes import WorkerProcess
from support.settings import make_settings
from support.waiting import wait_for

from schemas.events import ArticleFailed, ArticleIngested
from worker.app import create_app
from worker.broker.enqueue import build_message, enqueue, enqueue_many, make_job
from worker.broker.jobstatus import JobStatusStore
from worker.errors import JobIdConflict, UpstreamUnavailable
from worker.settings import Settings
from worker.store import keys
from worker.stream import events
from worker.stream.publish import RedisStreamPublisher

pytestmark = pytest.mark.integration

MAX_RETRIES = 3


@pytest.fixture(scope="module")
def settings(module_prefix: str, http_server: TestHTTPServer) -> Settings:
    return make_settings(module_prefix, http_server.port, max_retries=MAX_RETRIES)


@pytest.fixture(scope="module")
def worker(module_worker_factory: Any, module_prefix: str, http_server: TestHTTPServer) -> WorkerProcess:
    proc: WorkerProcess = module_worker_factory(module_prefix, http_server.port, max_retries=MAX_RETRIES)
    return proc


def _raw_message(args: list[Any], task_id: str, queue: str) -> str:
    """A protocol-2 message like ``build_message``'s, with arbitrary (possibly invalid) task arguments."""
    message = json.loads(build_message(make_job("https://example.com/"), queue))
    body = json.dumps([args, {}, {"callbacks": None, "errbacks": None, "chain": None, "chord": None}])
    message["body"] = base64.b64encode(body.encode()).decode()
    message["headers"].update(id=task_id, root_id=task_id)
    message["properties"]["correlation_id"] = task_id
    return json.dumps(message)


def test_article_is_ingested(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given an article page
    url, route = http_server.unique(page("service-article.html"))
    # When it is enqueued with producer metadata
    job_id = enqueue(url, source="test", metadata={"feed": "coast", "rank": 1}, settings=settings)
    # Then one ingested event carries the record and echoes the job
    event = wait_event_for_job(redis_client, settings.events_stream, job_id)
    assert isinstance(event, ArticleIngested)
    assert event.subject == url and event.data.url == url
    assert "tidal barrier" in event.data.headline
    assert "48 million euros" in event.data.body
    assert (event.jobsource, event.data.job_metadata) == ("test", {"feed": "coast", "rank": 1})
    assert len(route.hits) == 1


def test_a_page_cut_off_inside_a_meta_tag_is_ingested_not_crashed(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given an article whose download ends inside "<meta" (w3lib 2.6's charset scan panics on such bytes)
    story = "".join(
        f"<p>Paragraph {n}: the harbour board approved the new sea wall after a long debate.</p>" for n in range(6)
    )
    body = f"<html><head><title>Sea wall approved</title></head><body><h1>Sea wall approved</h1>{story}<meta".encode()
    url, route = http_server.unique(Reply(body=body, headers={"Content-Type": "text/html"}))  # no charset given
    # When it is enqueued
    job_id = enqueue(url, settings=settings)
    # Then the worker ingests it, once
    event = wait_event_for_job(redis_client, settings.events_stream, job_id)
    assert isinstance(event, ArticleIngested)
    assert event.data.headline == "Sea wall approved"
    _wait_idle(redis_client, settings)
    assert len(events_for_job(redis_client, settings.events_stream, job_id)) == 1
    assert len(route.hits) == 1


def test_job_sent_through_celery_send_task_is_ingested(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    url, _ = http_server.unique(page("service-article.html"))
    job_id = enqueue(url, priority=3, app=create_app(settings))
    assert isinstance(wait_event_for_job(redis_client, settings.events_stream, job_id), ArticleIngested)


def test_the_documented_send_task_call_from_a_plain_celery_app_is_ingested(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a Celery app of a foreign producer: no wireroom configuration, only the broker URL
    producer = Celery("producer", broker=settings.redis_url, set_as_current=False)
    url, _ = http_server.unique(page("service-article.html"))
    # When it sends a bare job the way the README says (task name, one FetchJob argument, the workers' queue)
    result = producer.send_task("wireroom.ingest", args=[{"url": url}], queue=settings.queue_name)
    producer.close()
    # Then the job (its id: the message's task id) is ingested
    event = wait_event_for_job(redis_client, settings.events_stream, result.id)
    assert isinstance(event, ArticleIngested) and event.subject == url


def test_bulk_enqueued_jobs_are_consumed_by_the_worker(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    urls = [http_server.unique(page("service-article.html"))[0] for _ in range(5)]
    job_ids = enqueue_many(urls, settings=settings)
    for job_id in job_ids:
        assert isinstance(wait_event_for_job(redis_client, settings.events_stream, job_id), ArticleIngested)


def test_404_publishes_exactly_one_failed_event(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    url, route = http_server.unique(Reply(status=404, body=b"<html>gone</html>"))
    job_id = enqueue(url, settings=settings)
    event = wait_event_for_job(redis_client, settings.events_stream, job_id)
    assert isinstance(event, ArticleFailed)
    assert event.data.error.type == "PageGone" and not event.data.error.retryable
    assert event.data.attempts == 1
    _wait_idle(redis_client, settings)
    assert len(events_for_job(redis_client, settings.events_stream, job_id)) == 1
    assert len(route.hits) == 1  # a permanent error is not retried


def test_503_then_success_is_retried(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a page that answers 503 twice before serving the article
    url, route = http_server.unique(Reply(status=503), Reply(status=503), page("service-article.html"))
    job_id = enqueue(url, settings=settings)
    # Then the job is retried and ends with one ingested event
    event = wait_event_for_job(redis_client, settings.events_stream, job_id)
    assert isinstance(event, ArticleIngested)
    assert len(route.hits) == 3
    _wait_idle(redis_client, settings)
    assert len(events_for_job(redis_client, settings.events_stream, job_id)) == 1


def test_retry_after_sets_the_countdown(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a 429 asking for 2 s, far longer than the test backoff (at most 0.2 s for the first retry)
    url, route = http_server.unique(Reply(status=429, headers={"Retry-After": "2"}), page("service-article.html"))
    job_id = enqueue(url, settings=settings)
    assert isinstance(wait_event_for_job(redis_client, settings.events_stream, job_id), ArticleIngested)
    # Then the second request came no sooner than asked
    assert route.hits[1] - route.hits[0] >= 1.9


def test_exhausted_retries_publish_one_failed_event(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    url, route = http_server.unique(Reply(status=503, headers={"Retry-After": "0"}))
    job_id = enqueue(url, settings=settings)
    event = wait_event_for_job(redis_client, settings.events_stream, job_id)
    assert isinstance(event, ArticleFailed)
    assert event.data.error.type == "UpstreamUnavailable" and event.data.error.retryable
    assert event.data.attempts == MAX_RETRIES + 1
    assert len(route.hits) == MAX_RETRIES + 1
    _wait_idle(redis_client, settings)
    assert len(events_for_job(redis_client, settings.events_stream, job_id)) == 1


@pytest.mark.parametrize(
    "args",
    [
        [{"url": "ftp://example.com/file"}],
        [{"url": "https://example.com/", "priority": 99}],
        ["not a job"],
        [],
        [{"url": "https://example.com/"}, "extra"],
    ],
    ids=["bad-url", "bad-priority", "string", "no-args", "two-args"],
)
def test_invalid_payload_publishes_a_failed_event(
    args: list[Any], worker: WorkerProcess, settings: Settings, redis_client: redis.Redis
) -> None:
    task_id = f"bad-{len(args)}-{abs(hash(json.dumps(args)))}"
    redis_client.lpush(settings.queue_name, _raw_message(args, task_id, settings.queue_name))
    event = wait_event_for_job(redis_client, settings.events_stream, task_id)
    assert isinstance(event, ArticleFailed)
    assert event.data.error.type == "InvalidJob" and event.data.attempts == 1
    assert worker.proc is not None and worker.proc.poll() is None  # the worker is still up


def test_redelivery_republishes_the_same_event_id_without_a_duplicate(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a job whose message is delivered, processed and then delivered again (as after a lost ack)
    url, route = http_server.unique(page("service-article.html"))
    job = make_job(url)
    message = build_message(job, settings.queue_name)
    redis_client.lpush(settings.queue_name, message)
    first = wait_event_for_job(redis_client, settings.events_stream, job.job_id)
    _wait_idle(redis_client, settings)
    redis_client.lpush(settings.queue_name, message)
    # When the second delivery has run to its ack
    wait_for(lambda: len(route.hits) == 2, 30, "the second delivery to fetch")
    _wait_idle(redis_client, settings)
    # Then the stream still holds one entry for the job, and both runs produced the same event id
    assert [e.id for e in events_for_job(redis_client, settings.events_stream, job.job_id)] == [first.id]
    succeeded = re.findall(rf"Task wireroom\.ingest\[{job.job_id}\] succeeded in \S+ '([^']+)'", worker.log())
    assert succeeded == [first.id, first.id]


def test_a_job_whose_other_outcome_is_published_publishes_nothing_more(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a job whose failed event an earlier run published (then died before the ack), and a page that now works
    url, route = http_server.unique(page("service-article.html"))
    job = make_job(url)
    failed = events.failed(job.job_id, job.url, UpstreamUnavailable("HTTP 503", url=url), 6, "urn:t", job=job)
    RedisStreamPublisher.from_settings(settings, redis_client).publish(failed)
    # When the job is delivered again
    redis_client.lpush(settings.queue_name, build_message(job, settings.queue_name))
    store = JobStatusStore.from_settings(redis_client, settings)
    wait_for(lambda: len(route.hits) == 1 and (s := store.get(job.job_id)) is not None and s.state == "failed", 30,
             "the redelivery to run and settle")  # fmt: skip
    # Then the stream keeps the one outcome it had, and the job's state names it
    _wait_idle(redis_client, settings)
    assert [e.id for e in events_for_job(redis_client, settings.events_stream, job.job_id)] == [failed.id]
    status = store.get(job.job_id)
    assert status is not None and status.event_id == failed.id


def _wait_idle(client: redis.Redis, settings: Settings) -> None:
    """Wait until the queue is empty and no message is unacked (every started task has finished)."""
    wait_for(
        lambda: client.llen(settings.queue_name) == 0 and client.hlen(f"{settings.key_prefix}unacked") == 0,
        30,
        "the queue to drain",
    )


@pytest.mark.parametrize(
    "job",
    [
        {"url": "https://user:secret@news.example/a"},
        {"url": "https://news.example/a\r\nX-Injected: 1"},
        {"url": "https://news.example/" + "a" * 100_000},
        {"url": "https://news.example/a", "metadata": "deep"},
    ],
)
def test_a_raw_job_over_the_limits_fails_once_with_a_decodable_event_naming_no_secret(
    worker: WorkerProcess, settings: Settings, redis_client: redis.Redis, job: dict[str, Any]
) -> None:
    # Given a raw message (no producer validation) whose job breaks a FetchJob limit
    if job.get("metadata") == "deep":
        deep: dict[str, Any] = {}
        for _ in range(250):
            deep = {"a": deep}
        job = {**job, "metadata": deep}
    task_id = f"limits-{abs(hash(json.dumps(job)[:200]))}"
    redis_client.lpush(settings.queue_name, _raw_message([job], task_id, settings.queue_name))
    # When a worker takes it, Then one failed InvalidJob event is published, decodable, with no credential,
    # no control character and no over-long URL in it
    event = wait_event_for_job(redis_client, settings.events_stream, task_id)
    assert isinstance(event, ArticleFailed) and event.data.error.type == "InvalidJob"
    text = event.model_dump_json()
    assert "secret" not in text and "\\r\\n" not in text and len(text) < 5000
    assert event.data.job_metadata == {}


def test_a_raw_job_reusing_an_ingested_job_id_for_another_url_is_dead_lettered_not_run(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a job ingested under a producer-chosen id
    first_url, _ = http_server.unique(page("service-article.html"))
    job_id = f"reused-{first_url.rsplit('/', 1)[-1]}"
    enqueue_many([make_job(first_url).model_copy(update={"job_id": job_id})], settings=settings)
    first = wait_event_for_job(redis_client, settings.events_stream, job_id)
    assert isinstance(first, ArticleIngested)
    # When a foreign producer pushes another URL under the same id, past the producers' check
    second_url, second_route = http_server.unique(page("service-article.html"))
    second = {"url": second_url, "job_id": job_id}
    redis_client.lpush(settings.queue_name, _raw_message([second], job_id, settings.queue_name))
    # Then it is kept as a dead letter naming the conflict, never fetched, and no second event is published
    key = keys.dead_letters(settings.key_prefix, settings.dead_letter_list)
    entry = wait_for(
        lambda: next((e for e in map(json.loads, redis_client.lrange(key, 0, -1)) if e["url"] == second_url), None),
        what="the conflicting job in the dead letters",
    )
    assert "already used for another URL" in entry["reason"] and not second_route.hits
    assert events_for_job(redis_client, settings.events_stream, job_id) == [first]
    # And the job's status still names the first URL
    status = JobStatusStore.from_settings(redis_client, settings).get(job_id)
    assert status is not None and status.url == first_url and status.event_id == first.id


def test_enqueue_refuses_a_job_id_taken_by_another_url(settings: Settings, redis_client: redis.Redis) -> None:
    # Given a job queued under a producer-chosen id, on a queue no worker reads
    settings = settings.model_copy(update={"queue_name": settings.queue_name + ":unread"})
    enqueue_many([make_job("https://news.example/one").model_copy(update={"job_id": "taken-1"})], settings=settings)
    depth = redis_client.llen(settings.queue_name)
    assert depth == 1
    # When another URL is enqueued under the same id, Then it is refused and nothing is queued
    with pytest.raises(JobIdConflict):
        enqueue_many([make_job("https://news.example/two").model_copy(update={"job_id": "taken-1"})], settings=settings)
    assert redis_client.llen(settings.queue_name) == depth


def test_a_job_for_the_workers_own_redis_port_in_an_allowed_network_fails_at_once(
    worker: WorkerProcess, settings: Settings, redis_client: redis.Redis
) -> None:
    # Given a worker whose settings allow 127.0.0.0/8 (for its fixture server's port only)
    port = redis_client.connection_pool.connection_kwargs["port"]
    # When a job names the Redis port on that network
    job_id = enqueue(f"http://127.0.0.1:{port}/", settings=settings)
    # Then it fails on the first attempt as BlockedDestination, without talking HTTP to Redis
    event = wait_event_for_job(redis_client, settings.events_stream, job_id, timeout=20)
    assert isinstance(event, ArticleFailed)
    assert event.data.error.type == "BlockedDestination" and event.data.attempts == 1
    assert str(port) in event.data.error.message
