"""Operations state in a real Redis: job-status records, heartbeats, the snapshot, ``wireroom status``, gauges."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner
from prometheus_client import CollectorRegistry, generate_latest
from support.redisdb import delete_settings_namespace
from support.settings import ops_settings
from support.waiting import wait_for

from schemas.jobs import FetchJob
from worker.api.limits import RateLimiter
from worker.broker.jobstatus import JobStatusStore
from worker.cli.status import status_command
from worker.ops.heartbeat import Heartbeat, live_workers
from worker.ops.metrics import RedisCollector
from worker.ops.snapshot import take_snapshot
from worker.settings import Settings
from worker.store import keys

pytestmark = pytest.mark.integration


def make_job(url: str, job_id: str) -> FetchJob:
    """A job with a chosen id."""
    return FetchJob(url=url, job_id=job_id)


@pytest.fixture
def settings(client: redis.Redis) -> Iterator[Settings]:
    values = ops_settings(job_status_ttl=120, heartbeat_max_age=5.0)
    yield values
    delete_settings_namespace(client, values)


def fill(client: redis.Redis, settings: Settings) -> None:
    """Given: 3 queued messages (two priorities), 2 unacked, a stream of 4 entries read by one group."""
    client.lpush(keys.queue_list(settings.queue_name, None), "m1", "m2")
    client.lpush(keys.queue_list(settings.queue_name, 5), "m3")
    client.hset(keys.unacked(settings.key_prefix), mapping={"tag1": "x", "tag2": "y"})
    for n in range(4):
        client.xadd(settings.events_stream, {"n": str(n)})
    client.xgroup_create(settings.events_stream, "indexer", id="0")
    client.xreadgroup("indexer", "c1", {settings.events_stream: ">"}, count=1)


def test_queued_never_overwrites_a_worker_state(client: redis.Redis, settings: Settings) -> None:
    store = JobStatusStore.from_settings(client, settings)
    # Given a worker that already started the job (its message outran the status write)
    store.mark_running("j1", 0, url="https://news.example/1")
    # When the producer's "queued" write lands
    store.mark_queued(
        [make_job("https://news.example/1", job_id="j1"), make_job("https://news.example/2", job_id="j2")]
    )
    # Then j1 stays running, j2 is queued, and both expire
    one, two = store.get("j1"), store.get("j2")
    assert one is not None and one.state == "running"
    assert two is not None and two.state == "queued" and two.url == "https://news.example/2"
    assert 0 < client.ttl(store.key("j1")) <= 120
    assert 0 < client.ttl(store.key("j2")) <= 120
    assert store.get("nope") is None
    # And the job itself is kept only until the job has its outcome
    assert client.hget(store.key("j2"), "job") is not None
    store.mark_ingested("j2", 0, "evt-2")
    assert client.hget(store.key("j2"), "job") is None


def test_retrying_index_counts_jobs_waiting_for_retry(client: redis.Redis, settings: Settings) -> None:
    store = JobStatusStore.from_settings(client, settings)
    store.mark_retrying("a", 0, "FetchTimeout")
    store.mark_retrying("b", 2, "UpstreamUnavailable")
    assert store.count_retrying() == 2
    store.mark_running("a", 1)
    store.mark_failed("b", 3, "UpstreamUnavailable", event_id="evt-b")
    assert store.count_retrying() == 0
    failed = store.get("b")
    assert failed is not None and (failed.state, failed.error_type, failed.event_id) == (
        "failed",
        "UpstreamUnavailable",
        "evt-b",
    )


def test_heartbeats_list_live_workers_and_withdraw(client: redis.Redis, settings: Settings, tmp_path: Path) -> None:
    # Given a worker that beat once
    beat = Heartbeat(client, settings.model_copy(update={"heartbeat_file": tmp_path / "w1.beat"}), "w1@test")
    beat.beat()
    # Then it is live, its file exists and its Redis key expires
    workers = live_workers(client, settings.key_prefix, settings.heartbeat_max_age)
    assert [w.hostname for w in workers] == ["w1@test"]
    assert beat.path.exists()
    assert 0 < client.ttl(keys.heartbeat(settings.key_prefix, "w1@test")) <= 5
    # When it stops cleanly, it is gone from both
    beat.stop()
    assert live_workers(client, settings.key_prefix, settings.heartbeat_max_age) == []
    assert not beat.path.exists()


def test_old_heartbeats_do_not_count(client: redis.Redis, settings: Settings) -> None:
    client.zadd(f"{settings.key_prefix}workers", {"ghost@test": time.time() - 600})
    assert live_workers(client, settings.key_prefix, settings.heartbeat_max_age) == []


def test_snapshot_reads_queue_stream_groups_and_workers(
    client: redis.Redis, settings: Settings, tmp_path: Path
) -> None:
    fill(client, settings)
    JobStatusStore.from_settings(client, settings).mark_retrying("r1", 0, "FetchTimeout")
    beat = Heartbeat(client, settings.model_copy(update={"heartbeat_file": tmp_path / "w1.beat"}), "w1@test")
    beat.beat()
    try:
        snap = take_snapshot(client, settings)
    finally:
        beat.stop()
    assert (snap.queue_depth, snap.unacked, snap.retrying, snap.stream_length) == (3, 2, 1, 4)
    [group] = snap.groups
    assert (group.name, group.pending, group.consumers) == ("indexer", 1, 1)
    assert group.lag == 3
    assert [w.hostname for w in snap.workers] == ["w1@test"]
    assert snap.used_memory > 0


def test_status_cli_table_and_json(client: redis.Redis, settings: Settings) -> None:
    fill(client, settings)
    env = {
        "WIREROOM_REDIS_URL": settings.redis_url,
        "WIREROOM_KEY_PREFIX": settings.key_prefix,
        "WIREROOM_QUEUE_NAME": settings.queue_name,
        "WIREROOM_EVENTS_STREAM": settings.events_stream,
    }
    table = CliRunner().invoke(status_command, [], env=env)
    assert table.exit_code == 0, table.output
    assert "queued               3" in table.output
    assert "group indexer" in table.output and "pending 1, lag 3" in table.output
    as_json = CliRunner().invoke(status_command, ["--json"], env=env)
    data = json.loads(as_json.output)
    assert (data["queue_depth"], data["in_flight"], data["stream_length"]) == (3, 2, 4)
    assert data["groups"] == [{"name": "indexer", "consumers": 1, "pending": 1, "lag": 3}]
    assert data["workers"] == []


def test_status_cli_fails_cleanly_when_redis_is_down() -> None:
    result = CliRunner().invoke(status_command, [], env={"WIREROOM_REDIS_URL": "redis://127.0.0.1:1/0"})
    assert result.exit_code == 1
    assert "cannot read Redis" in result.output


def test_redis_collector_gauges(client: redis.Redis, settings: Settings) -> None:
    fill(client, settings)
    registry = CollectorRegistry()
    registry.register(RedisCollector(client, settings))
    text = generate_latest(registry).decode()
    assert "wireroom_redis_up 1.0" in text
    assert f'wireroom_queue_depth{{queue="{settings.queue_name}"}} 3.0' in text
    assert "wireroom_jobs_in_flight 2.0" in text
    assert f'wireroom_stream_length{{stream="{settings.events_stream}"}} 4.0' in text
    assert f'wireroom_stream_group_pending{{group="indexer",stream="{settings.events_stream}"}} 1.0' in text
    assert f'wireroom_stream_group_lag{{group="indexer",stream="{settings.events_stream}"}} 3.0' in text


def test_redis_collector_reports_down() -> None:
    settings = ops_settings(redis_url="redis://127.0.0.1:1/0")
    registry = CollectorRegistry()
    registry.register(RedisCollector(redis.Redis.from_url(settings.redis_url, socket_connect_timeout=1), settings))
    text = generate_latest(registry).decode()
    assert "wireroom_redis_up 0.0" in text
    assert "wireroom_queue_depth" not in text


def test_token_bucket_per_client_refills_and_fails_open(client: redis.Redis, settings: Settings) -> None:
    limiter = RateLimiter(client, key_prefix=settings.key_prefix, rate=50.0, burst=2)
    # A burst of two passes, the third is refused with the time until the next token
    assert [limiter.check("10.0.0.1").allowed for _ in range(3)] == [True, True, False]
    refused = limiter.check("10.0.0.1")
    assert not refused.allowed and 0 < refused.retry_after <= 0.02 + 1e-6
    # Another client has its own bucket
    assert limiter.check("10.0.0.2").allowed
    # The bucket refills at the rate (on Redis's clock) and its key expires when idle
    wait_for(lambda: limiter.check("10.0.0.1").allowed, timeout=2)
    assert 0 < client.ttl(f"{settings.key_prefix}ratelimit:10.0.0.1") <= 2
    # Redis down: requests are let through
    down = RateLimiter(redis.Redis.from_url("redis://127.0.0.1:1/0"), key_prefix="x:", rate=1.0, burst=1)
    assert down.check("10.0.0.1").allowed
