"""The reconciler in a real Redis: a queued job whose message vanished is queued again; nothing else is touched."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Iterator

import pytest
import redis
from support.redisdb import delete_settings_namespace
from support.settings import ops_settings

from schemas.jobs import FetchJob
from worker.broker.enqueue import push
from worker.broker.jobstatus import JobStatusStore
from worker.broker.reconcile import MAX_REQUEUES, Reconciler, message_job_id
from worker.settings import Settings
from worker.store import keys

pytestmark = pytest.mark.integration

INTERVAL = 0.2


@pytest.fixture
def settings(client: redis.Redis) -> Iterator[Settings]:
    values = ops_settings(job_status_ttl=300, reconcile_grace=0.0, reconcile_interval=INTERVAL)
    yield values
    delete_settings_namespace(client, values)


@pytest.fixture
def store(client: redis.Redis, settings: Settings) -> JobStatusStore:
    return JobStatusStore.from_settings(client, settings)


def queue_jobs(client: redis.Redis, settings: Settings, store: JobStatusStore, count: int) -> list[FetchJob]:
    """``count`` jobs queued as ``worker.broker.enqueue`` queues them (messages and queued records in one pipeline)."""
    jobs = [FetchJob(url=f"https://news.example/{n}") for n in range(count)]
    push(jobs, client, settings.queue_name, status=store)
    return jobs


def listed_ids(client: redis.Redis, settings: Settings, priority: int | None = None) -> list[str | None]:
    """Job ids of the messages waiting in a queue list, next to be taken first."""
    raw = client.lrange(keys.queue_list(settings.queue_name, priority), 0, -1)
    return [message_job_id(m) for m in reversed(raw)]


def pass_after_interval(reconciler: Reconciler) -> Reconciler:
    time.sleep(INTERVAL * 1.2)
    return reconciler


def test_a_vanished_message_is_queued_again_on_the_second_pass(
    client: redis.Redis, settings: Settings, store: JobStatusStore
) -> None:
    # Given three queued jobs, and the first taken off the list by a consumer that died before recording it
    jobs = queue_jobs(client, settings, store, 3)
    lost = client.rpop(keys.queue_list(settings.queue_name, None))
    assert lost is not None and message_job_id(lost) == jobs[0].job_id
    reconciler = Reconciler(client, settings)
    # When a first pass runs
    first = reconciler.run_once()
    # Then it only suspects the lost job (it could be between BRPOP and kombu's bookkeeping)
    assert first.ran and first.candidates == 3
    assert (first.suspects, first.requeued) == ([jobs[0].job_id], [])
    assert listed_ids(client, settings) == [jobs[1].job_id, jobs[2].job_id]
    # When a second pass finds it still missing
    second = pass_after_interval(reconciler).run_once()
    # Then the job is queued again, at the back, as the same job, and counted
    assert second.requeued == [jobs[0].job_id]
    assert listed_ids(client, settings) == [jobs[1].job_id, jobs[2].job_id, jobs[0].job_id]
    raw = client.lindex(keys.queue_list(settings.queue_name, None), 0)
    assert raw is not None
    body = json.loads(base64.b64decode(json.loads(raw)["body"]))
    assert FetchJob.model_validate(body[0][0]) == jobs[0]
    status = store.get(jobs[0].job_id)
    assert status is not None and status.state == "queued"
    assert client.hget(store.key(jobs[0].job_id), "requeued") == b"1"
    # And a third pass finds everything in place
    third = pass_after_interval(reconciler).run_once()
    assert (third.suspects, third.requeued) == ([], [])


def test_held_started_and_waiting_jobs_are_left_alone(
    client: redis.Redis, settings: Settings, store: JobStatusStore
) -> None:
    # Given four queued jobs: one a worker holds (in kombu's unacked hash), one a worker started, two waiting
    jobs = queue_jobs(client, settings, store, 4)
    list_key = keys.queue_list(settings.queue_name, None)
    held = client.rpop(list_key)
    assert held is not None
    client.hset(keys.unacked(settings.key_prefix), "tag-1", json.dumps([json.loads(held), "", list_key]))
    assert client.rpop(list_key) is not None
    store.mark_running(jobs[1].job_id, 0)
    reconciler = Reconciler(client, settings)
    # When three passes run
    reports = [reconciler.run_once()] + [pass_after_interval(reconciler).run_once() for _ in range(2)]
    # Then nothing is suspected or queued again, and the started job left the queued index
    assert all(r.ran and not r.suspects and not r.requeued for r in reports), reports
    assert listed_ids(client, settings) == [jobs[2].job_id, jobs[3].job_id]
    assert client.zscore(store.queued_key, jobs[1].job_id) is None
    assert client.zscore(store.queued_key, jobs[0].job_id) is not None


def test_a_redelivered_tail_makes_the_pass_scan_and_find_every_waiting_job(
    client: redis.Redis, settings: Settings, store: JobStatusStore
) -> None:
    # Given waiting jobs behind a message kombu put back (marked redelivered), at a priority of their own
    jobs = [FetchJob(url=f"https://news.example/p{n}", priority=3) for n in range(3)]
    push(jobs, client, settings.queue_name, status=store)
    list_key = keys.queue_list(settings.queue_name, 3)
    first = client.rpop(list_key)
    assert first is not None
    message = json.loads(first)
    message["headers"]["redelivered"] = True
    client.rpush(list_key, json.dumps(message))
    reconciler = Reconciler(client, settings)
    # When two passes run
    reports = [reconciler.run_once(), pass_after_interval(reconciler).run_once()]
    # Then both read the list and found every job in it
    assert all(r.scanned == 3 and not r.suspects and not r.requeued for r in reports), reports


def test_one_pass_per_interval_across_processes(client: redis.Redis, settings: Settings) -> None:
    one, two = Reconciler(client, settings), Reconciler(client, settings)
    assert one.run_once().ran
    assert not two.run_once().ran
    assert pass_after_interval(two).run_once().ran


def test_a_job_lost_again_and_again_is_given_up_loudly(
    client: redis.Redis, settings: Settings, store: JobStatusStore
) -> None:
    # Given a job whose message vanished after it was already re-queued the most times allowed
    (job,) = queue_jobs(client, settings, store, 1)
    client.delete(keys.queue_list(settings.queue_name, None))
    client.hset(store.key(job.job_id), "requeued", MAX_REQUEUES)
    reconciler = Reconciler(client, settings)
    # When two passes run
    reconciler.run_once()
    second = pass_after_interval(reconciler).run_once()
    # Then it is not queued again (something else is wrong), and it leaves the index so it is reported once
    assert (second.requeued, second.given_up) == ([], [job.job_id])
    assert client.llen(keys.queue_list(settings.queue_name, None)) == 0
    assert client.zscore(store.queued_key, job.job_id) is None


def test_jobs_within_the_grace_period_are_not_candidates(client: redis.Redis) -> None:
    settings = ops_settings(reconcile_grace=60.0, reconcile_interval=INTERVAL)
    store = JobStatusStore.from_settings(client, settings)
    try:
        # Given two jobs queued just now whose messages are gone
        queue_jobs(client, settings, store, 2)
        client.delete(keys.queue_list(settings.queue_name, None))
        assert client.zcard(store.queued_key) == 2
        # Then a pass does not look at them yet
        report = Reconciler(client, settings).run_once()
        assert (report.ran, report.candidates, report.suspects) == (True, 0, [])
    finally:
        delete_settings_namespace(client, settings)


def test_an_overdue_retry_whose_message_vanished_is_sent_again_as_the_next_attempt(
    client: redis.Redis, settings: Settings, store: JobStatusStore
) -> None:
    # Given a job whose attempt 1 failed and whose retry message is gone, and a job whose retry is simply not due
    overdue, pending = queue_jobs(client, settings, store, 2)
    client.delete(keys.queue_list(settings.queue_name, None))
    reconciler = Reconciler(client, settings)
    for job in (overdue, pending):
        store.mark_running(job.job_id, 1)
        store.mark_retrying(job.job_id, 1, "UpstreamUnavailable")
    long_ago = time.time() - settings.retry_wait_cap - 5
    client.zadd(store.retrying_key, {overdue.job_id: long_ago})
    # When two passes run
    first = reconciler.run_once()
    second = pass_after_interval(reconciler).run_once()
    # Then only the overdue one is sent again, as Celery's retry number 2, and its retry clock restarts
    assert (first.suspects, second.requeued) == ([overdue.job_id], [overdue.job_id])
    (raw,) = client.lrange(keys.queue_list(settings.queue_name, None), 0, -1)
    assert message_job_id(raw) == overdue.job_id and json.loads(raw)["headers"]["retries"] == 2
    score = client.zscore(store.retrying_key, overdue.job_id)
    assert score is not None and score > long_ago + 1


def test_jobs_of_another_queue_are_left_to_its_workers(
    client: redis.Redis, settings: Settings, store: JobStatusStore
) -> None:
    # Given a job queued on another queue of the same namespace whose message is gone, and one retrying there
    other = f"{settings.queue_name}-other"
    queued, retrying = (FetchJob(url=f"https://news.example/o{n}") for n in range(2))
    push([queued, retrying], client, other, status=store)
    client.delete(other)
    store.mark_running(retrying.job_id, 1)
    store.mark_retrying(retrying.job_id, 1, "UpstreamUnavailable")
    reconciler = Reconciler(client, settings)
    client.zadd(store.retrying_key, {retrying.job_id: time.time() - settings.retry_wait_cap - 5})
    # When this queue's reconciler runs twice
    reports = [reconciler.run_once(), pass_after_interval(reconciler).run_once()]
    # Then it suspects and re-queues nothing, here or there
    assert all(not r.suspects and not r.requeued for r in reports), reports
    assert client.llen(other) == 0 and client.llen(keys.queue_list(settings.queue_name, None)) == 0
    assert client.zscore(store.queued_key_of(other), queued.job_id) is not None


def test_each_queue_is_reconciled_by_its_own_workers_in_the_same_interval(
    client: redis.Redis, settings: Settings, store: JobStatusStore
) -> None:
    # Given two queues of one namespace, each with a job whose message vanished
    other = Settings(**(settings.model_dump() | {"queue_name": f"{settings.queue_name}-b"}))
    other_store = JobStatusStore.from_settings(client, other)
    (here,) = queue_jobs(client, settings, store, 1)
    (there,) = queue_jobs(client, other, other_store, 1)
    client.delete(settings.queue_name, other.queue_name)
    mine, theirs = Reconciler(client, settings), Reconciler(client, other)
    # When each queue's reconciler runs twice, interleaved
    first = [mine.run_once(), theirs.run_once()]
    time.sleep(INTERVAL * 1.2)
    second = [mine.run_once(), theirs.run_once()]
    # Then neither locks the other out or clears the other's suspects: both jobs are queued again, each on its queue
    assert all(r.ran for r in first + second)
    assert [r.requeued for r in second] == [[here.job_id], [there.job_id]]
    assert [message_job_id(m) for m in client.lrange(other.queue_name, 0, -1)] == [there.job_id]
