"""A busy host defers jobs without using up their retries: a real worker, one host, a long politeness delay."""

from __future__ import annotations

from typing import Any

import pytest
import redis
from support.events import events_for_job, wait_event_for_job
from support.http import Reply, TestHTTPServer, page
from support.settings import make_settings

from schemas.events import ArticleFailed, ArticleIngested
from worker.broker.enqueue import enqueue_many
from worker.broker.jobstatus import JobStatusStore

pytestmark = pytest.mark.integration

# One fetch per host at a time, 6 s apart: longer than the gate's 5 s wait, so a second job gets HostBusy at once
POLITE = {"host_min_delay": 6.0, "host_max_concurrency": 1, "max_retries": 0, "retry_backoff_base": 0.5}


def test_jobs_of_a_busy_host_are_deferred_not_failed(
    prefix: str, http_server: TestHTTPServer, redis_client: redis.Redis, worker_factory: Any
) -> None:
    # Given a worker with no retries for errors (max_retries 0) and a host that takes one request per 6 s
    worker_factory(prefix, http_server.port, concurrency=2, **POLITE)
    settings = make_settings(prefix, http_server.port, **POLITE)
    urls = [http_server.unique(page("service-article.html"))[0] for _ in range(3)]
    # When three articles of that host are queued together
    job_ids = enqueue_many(urls, settings=settings)
    # Then all three are ingested, one after another, though two waited for the host (HostBusy) at least once
    events = [wait_event_for_job(redis_client, settings.events_stream, j, timeout=90) for j in job_ids]
    assert all(isinstance(e, ArticleIngested) for e in events), events
    store = JobStatusStore.from_settings(redis_client, settings)
    deferrals = sorted(store.host_busy(j) for j in job_ids)
    assert deferrals[0] == 0 and deferrals[1] >= 1 and deferrals[2] >= 1, deferrals
    assert all(len(events_for_job(redis_client, settings.events_stream, j)) == 1 for j in job_ids)


def test_deferrals_do_not_eat_the_error_budget(
    prefix: str, http_server: TestHTTPServer, redis_client: redis.Redis, worker_factory: Any
) -> None:
    # Given one retry for errors, a polite host, and two pages of it: one fine, one that answers 503 twice
    limits = {**POLITE, "max_retries": 1}
    worker_factory(prefix, http_server.port, concurrency=2, **limits)
    settings = make_settings(prefix, http_server.port, **limits)
    ok_url, _ = http_server.unique(page("service-article.html"))
    bad_url, bad = http_server.unique(Reply(status=503), Reply(status=503), page("service-article.html"))
    # When both are queued together (the second waits for the host, then fails twice)
    ok_id, bad_id = enqueue_many([ok_url, bad_url], settings=settings)
    # Then the first is ingested and the second fails after exactly 1 + max_retries requests, whatever it waited
    assert isinstance(wait_event_for_job(redis_client, settings.events_stream, ok_id, timeout=90), ArticleIngested)
    failed = wait_event_for_job(redis_client, settings.events_stream, bad_id, timeout=120)
    assert isinstance(failed, ArticleFailed) and failed.data.error.type == "UpstreamUnavailable"
    assert len(bad.hits) == 2
