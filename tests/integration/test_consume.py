"""Consumer groups on the events stream: sharing work, acking, and claiming what a dead consumer left pending."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import redis
from support.settings import make_settings
from support.waiting import wait_for

from schemas.article import ArticleRecord
from schemas.jobs import FetchJob
from worker.errors import UpstreamUnavailable
from worker.settings import Settings
from worker.stream import events
from worker.stream.consume import EventConsumer
from worker.stream.publish import OutcomeExists, RedisStreamPublisher

pytestmark = pytest.mark.integration


def _publish(settings: Settings, client: redis.Redis, n: int) -> list[str]:
    publisher = RedisStreamPublisher.from_settings(settings, client)
    ids = []
    for i in range(n):
        job = FetchJob(url=f"https://example.com/{i}", requested_at=datetime(2024, 1, 1, tzinfo=UTC))
        record = ArticleRecord(
            url=job.url, headline=f"H{i}", body="Body.", word_count=1, content_hash="a" * 64, parser_version="t"
        )
        event = events.ingested(job, record, settings.event_source)
        publisher.publish(event)
        ids.append(event.id)
    return ids


@pytest.fixture
def settings(prefix: str) -> Settings:
    return make_settings(prefix)


def test_group_creation_is_idempotent(settings: Settings, redis_client: redis.Redis) -> None:
    consumer = EventConsumer(redis_client, settings.events_stream, "g", "c1")
    consumer.ensure_group()
    consumer.ensure_group()
    assert [g["name"] for g in redis_client.xinfo_groups(settings.events_stream)] == [b"g"]


def test_publisher_dedups_by_event_id(settings: Settings, redis_client: redis.Redis) -> None:
    _publish(settings, redis_client, 3)
    _publish(settings, redis_client, 3)  # the same three jobs again: same event ids
    assert redis_client.xlen(settings.events_stream) == 3


def test_publisher_keeps_one_outcome_per_job(settings: Settings, redis_client: redis.Redis) -> None:
    # Given a job whose failed event is on the stream (a run that published, then died before its ack)
    publisher = RedisStreamPublisher.from_settings(settings, redis_client)
    job = FetchJob(url="https://example.com/changed")
    failed = events.failed(job.job_id, job.url, UpstreamUnavailable("HTTP 503", url=job.url), 3, "urn:t", job=job)
    publisher.publish(failed)
    # When a later run of the same job tries to publish the other outcome
    record = ArticleRecord(
        url=job.url, headline="H", body="Body.", word_count=1, content_hash="a" * 64, parser_version="t"
    )
    with pytest.raises(OutcomeExists) as caught:
        publisher.publish(events.ingested(job, record, "urn:t"))
    # Then nothing is added, and the error names the outcome that stands
    assert (caught.value.event_type, caught.value.event_id) == (failed.type, failed.id)
    assert redis_client.xlen(settings.events_stream) == 1
    # And the standing outcome itself is still just a duplicate when published again
    assert publisher.publish(failed).duplicate


def test_two_consumers_share_the_stream(settings: Settings, redis_client: redis.Redis) -> None:
    ids = _publish(settings, redis_client, 6)
    a = EventConsumer(redis_client, settings.events_stream, "g", "a")
    b = EventConsumer(redis_client, settings.events_stream, "g", "b")
    got_a = [d.event.id for d in a.read(count=3, block_ms=10)]
    got_b = [d.event.id for d in b.read(count=10, block_ms=10)]
    assert sorted(got_a + got_b) == sorted(ids)
    assert len(got_a) == 3 and not set(got_a) & set(got_b)


def test_events_are_acked_after_the_caller_handles_them(settings: Settings, redis_client: redis.Redis) -> None:
    _publish(settings, redis_client, 4)
    consumer = EventConsumer(redis_client, settings.events_stream, "g", "c")
    iterator = consumer.events(limit=4, block_ms=10)
    next(iterator)
    # While the first event is being handled it is still pending
    assert redis_client.xpending(settings.events_stream, "g")["pending"] >= 1
    rest = list(iterator)
    assert len(rest) == 3
    assert redis_client.xpending(settings.events_stream, "g")["pending"] == 0


def test_dead_consumers_pending_entries_are_claimed(settings: Settings, redis_client: redis.Redis) -> None:
    # Given a consumer that read three events and died without acking them
    ids = _publish(settings, redis_client, 3)
    dead = EventConsumer(redis_client, settings.events_stream, "g", "dead")
    assert len(dead.read(count=3, block_ms=10)) == 3
    # When a live consumer with a short idle threshold reads after that threshold
    live = EventConsumer(redis_client, settings.events_stream, "g", "live", claim_idle_ms=50)
    claimed = wait_for(lambda: live.read(count=10, block_ms=10), 5, "entries to become claimable")
    # Then it gets the dead consumer's events, and acking them clears the group's pending list
    assert sorted(d.event.id for d in claimed) == sorted(ids)
    live.ack(*(d.entry_id for d in claimed))
    assert redis_client.xpending(settings.events_stream, "g")["pending"] == 0


def test_a_restarted_consumer_rereads_its_own_pending_first(settings: Settings, redis_client: redis.Redis) -> None:
    ids = _publish(settings, redis_client, 2)
    before = EventConsumer(redis_client, settings.events_stream, "g", "same-name")
    assert len(before.read(count=2, block_ms=10)) == 2
    after = EventConsumer(redis_client, settings.events_stream, "g", "same-name", claim_idle_ms=3_600_000)
    assert sorted(d.event.id for d in after.read(count=10, block_ms=10)) == sorted(ids)


def test_invalid_entries_are_skipped_and_acked(settings: Settings, redis_client: redis.Redis) -> None:
    redis_client.xadd(settings.events_stream, {"event": b"{not json", "id": "x", "type": "y"})
    ids = _publish(settings, redis_client, 1)
    consumer = EventConsumer(redis_client, settings.events_stream, "g", "c")
    assert [e.id for e in consumer.events(limit=1, block_ms=10)] == ids
    assert consumer.skipped == 1
    assert redis_client.xpending(settings.events_stream, "g")["pending"] == 0


def test_new_group_from_now_skips_history(settings: Settings, redis_client: redis.Redis) -> None:
    _publish(settings, redis_client, 2)
    consumer = EventConsumer(redis_client, settings.events_stream, "late", "c", start_id="$")
    assert consumer.read(count=10, block_ms=10) == []
