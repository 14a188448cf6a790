"""Giving back what dead workers held, in a real Redis: dead local processes, expired remote ones, live ones kept."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator

import pytest
import redis
from support.redisdb import delete_settings_namespace
from support.settings import ops_settings

from schemas.jobs import FetchJob
from worker.broker.enqueue import build_message
from worker.broker.kombu_layout import transport_options
from worker.broker.orphans import HolderRegistry, local_process_gone, process_identity
from worker.broker.reconcile import message_job_id
from worker.settings import Settings
from worker.store import keys

pytestmark = pytest.mark.integration


@pytest.fixture
def settings(client: redis.Redis) -> Iterator[Settings]:
    values = ops_settings(heartbeat_max_age=30.0)
    yield values
    delete_settings_namespace(client, values)


def dead_local_identity() -> str:
    """The identity of a process of this machine that has exited."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    identity = process_identity(child.pid)
    child.wait(10)
    return identity


def deliver(client: redis.Redis, settings: Settings, registry: HolderRegistry, n: int, priority: int = 0) -> str:
    """A message taken off the queue and held unacked by ``registry``'s process, as kombu records it; its job id."""
    job = FetchJob(url=f"https://news.example/{n}", priority=priority)
    message = build_message(job, settings.queue_name)
    options = transport_options(settings)
    tag = f"tag-{n}"
    client.hset(options["unacked_key"], tag, json.dumps([json.loads(message), "", settings.queue_name]))
    client.zadd(options["unacked_index_key"], {tag: 1.0})
    registry.record(tag)
    return job.job_id


def waiting(client: redis.Redis, settings: Settings, priority: int = 0) -> list[bytes]:
    return list(client.lrange(keys.queue_list(settings.queue_name, priority), 0, -1))


def test_identity_tells_a_live_process_from_a_dead_or_reused_one() -> None:
    me = process_identity()
    assert not local_process_gone(me)
    assert local_process_gone(dead_local_identity())
    host, pid, _ = me.rsplit(":", 2)
    assert local_process_gone(f"{host}:{pid}:1")  # same pid, other start time: a reused pid
    assert not local_process_gone(f"not-{socket.gethostname()}:1:1")  # another machine: not judged here


def test_messages_of_a_dead_local_worker_go_back_to_the_front_of_their_queue(
    client: redis.Redis, settings: Settings
) -> None:
    # Given two messages held by a worker process that has died, one by a live worker, and a fresh job waiting
    dead = HolderRegistry(client, settings, identity=dead_local_identity())
    dead.beat()  # its liveness key has not expired yet: the local check alone must catch it
    live = HolderRegistry(client, settings)
    live.beat()
    lost = [deliver(client, settings, dead, 1), deliver(client, settings, dead, 2, priority=4)]
    kept = deliver(client, settings, live, 3)
    client.lpush(keys.queue_list(settings.queue_name, 0), build_message(FetchJob(url="https://news.example/new"), "q"))
    # When a worker gives back orphans
    restored = live.restore_orphans()
    # Then the dead worker's messages are queued again, next in line and marked redelivered; the live one's stay
    assert sorted(restored) == ["tag-1", "tag-2"]
    front = waiting(client, settings)[-1]
    assert message_job_id(front) == lost[0] and json.loads(front)["headers"]["redelivered"] is True
    assert [message_job_id(m) for m in waiting(client, settings, 4)] == [lost[1]]
    unacked = client.hkeys(keys.unacked(settings.key_prefix))
    assert unacked == [b"tag-3"] and client.hkeys(live.holders_key) == [b"tag-3"]
    assert client.zrange(transport_options(settings)["unacked_index_key"], 0, -1) == [b"tag-3"]
    assert kept not in [message_job_id(m) for m in waiting(client, settings)]


def test_a_remote_holder_counts_as_dead_only_when_its_liveness_key_expired(
    client: redis.Redis, settings: Settings
) -> None:
    me = HolderRegistry(client, settings)
    alive = HolderRegistry(client, settings, identity="other-host:10:100")
    alive.beat()
    gone = HolderRegistry(client, settings, identity="other-host:11:100")  # never beat (or expired)
    deliver(client, settings, alive, 1)
    lost = deliver(client, settings, gone, 2)
    assert me.restore_orphans() == ["tag-2"]
    assert [message_job_id(m) for m in waiting(client, settings)] == [lost]


def test_acknowledged_deliveries_are_forgotten(client: redis.Redis, settings: Settings) -> None:
    registry = HolderRegistry(client, settings)
    registry.record("acked-long-ago")
    assert registry.restore_orphans() == []
    assert client.hlen(registry.holders_key) == 0
    assert waiting(client, settings) == []


def test_own_deliveries_no_longer_worked_on_go_back_after_two_passes(client: redis.Redis, settings: Settings) -> None:
    # Given two deliveries this process holds in Redis, of which it still works on one (the other was cancelled
    # when the broker connection dropped, say)
    me = HolderRegistry(client, settings)
    me.beat()
    working = deliver(client, settings, me, 1)
    cancelled = deliver(client, settings, me, 2)
    # When a pass finds the second untracked, it waits (it may have arrived a moment ago)
    assert me.restore_orphans(tracked={"tag-1"}) == []
    assert waiting(client, settings) == []
    # Then the next pass that finds it still untracked gives it back, and never the one still worked on
    assert me.restore_orphans(tracked={"tag-1"}) == ["tag-2"]
    assert [message_job_id(m) for m in waiting(client, settings)] == [cancelled]
    assert me.restore_orphans(tracked={"tag-1"}) == []
    assert client.hkeys(me.holders_key) == [b"tag-1"]
    assert working not in [message_job_id(m) for m in waiting(client, settings)]


def test_an_own_delivery_tracked_again_is_not_given_back(client: redis.Redis, settings: Settings) -> None:
    me = HolderRegistry(client, settings)
    deliver(client, settings, me, 1)
    assert me.restore_orphans(tracked=set()) == []
    assert me.restore_orphans(tracked={"tag-1"}) == []
    assert me.restore_orphans(tracked=set()) == []  # untracked again: a fresh first sighting
    assert waiting(client, settings) == []


def test_a_delivery_no_worker_claims_goes_back_after_the_grace_period(client: redis.Redis, settings: Settings) -> None:
    # Given two deliveries kombu recorded but no worker claimed (the connection dropped before Celery saw them):
    # one older than reconcile_grace, one recorded just now
    me = HolderRegistry(client, settings)
    options = transport_options(settings)
    jobs = [FetchJob(url=f"https://news.example/u{n}") for n in range(2)]
    for n, (job, at) in enumerate(zip(jobs, (time.time() - settings.reconcile_grace - 5, time.time()), strict=True)):
        message = json.loads(build_message(job, settings.queue_name))
        client.hset(options["unacked_key"], f"unclaimed-{n}", json.dumps([message, "", settings.queue_name]))
        client.zadd(options["unacked_index_key"], {f"unclaimed-{n}": at})
    # When two passes run, only the old one goes back, on the second
    assert me.restore_orphans() == []
    assert me.restore_orphans() == ["unclaimed-0"]
    assert [message_job_id(m) for m in waiting(client, settings)] == [jobs[0].job_id]
    assert client.hkeys(options["unacked_key"]) == [b"unclaimed-1"]
