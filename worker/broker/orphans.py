"""Give back at once the messages a dead worker held, instead of after kombu's visibility timeout.

kombu's Redis transport keeps each delivered, unacknowledged message in its unacked hash and puts it back only when
it is older than ``visibility_timeout`` (300 s by default, and it must exceed the task time limit). So a SIGKILLed
worker's jobs would wait minutes. Each worker therefore records which process holds each delivery (``holders``:
delivery tag → holder identity, written when the message is received) and keeps a per-process liveness key.
A holder is dead when it is a process of this machine that no longer exists (checked with its start time, so a
reused pid does not count), or when its liveness key has expired (another machine, or a stalled worker). The
messages of dead holders go back to the front of their queue, as kombu itself restores them (``redelivered``).
A worker does this when it starts, so a restarted worker's predecessor's jobs run again within seconds, and on every
reconcile pass. On each pass a worker also gives back its own deliveries that it no longer works on (Celery cancels
late-ack tasks when the broker connection drops, and their messages would otherwise wait for the visibility timeout),
and any delivery no worker claims after ``reconcile_grace`` seconds (kombu records a delivery before Celery sees it).
Deliveries found so by two passes in a row are given back, never on one sighting. Every worker of a queue must run
this bootstep: a consumer that records no holders would have its deliveries given back after the grace period.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from pathlib import Path
from typing import Any, cast

import redis

from worker.settings import Settings
from worker.store import keys

log = logging.getLogger(__name__)


def _start_ticks(pid: int) -> str | None:
    """The start time of process ``pid`` in clock ticks since boot (Linux), or None if there is no such process."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_bytes()
    except OSError:
        return None
    fields = stat.rpartition(b")")[2].split()
    return fields[19].decode() if len(fields) > 19 and fields[0] != b"Z" else None


def process_identity(pid: int | None = None) -> str:
    """``host:pid:start`` of a process of this machine (this one by default): unique even when pids are reused."""
    pid = os.getpid() if pid is None else pid
    return f"{socket.gethostname()}:{pid}:{_start_ticks(pid) or 0}"


def local_process_gone(identity: str) -> bool:
    """True if ``identity`` names a process of this machine that no longer runs (or a reused pid)."""
    parts = identity.rsplit(":", 2)
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    started = _start_ticks(int(parts[1]))
    return started is None or started != parts[2]


class HolderRegistry:
    """Who holds which delivery, whether holders live, and giving back what dead holders held."""

    def __init__(self, client: redis.Redis, settings: Settings, identity: str | None = None) -> None:
        self._redis = client
        self._settings = settings
        self.identity = identity or process_identity()
        self._unacked_key = keys.unacked(settings.key_prefix)
        self._index_key = keys.unacked_index(settings.key_prefix)
        self.holders_key = keys.holders(settings.key_prefix)
        self._seen_before: dict[str, set[str]] = {}

    def alive_key(self, identity: str) -> str:
        """The expiring key that says holder ``identity`` is alive."""
        return keys.alive(self._settings.key_prefix, identity)

    def beat(self) -> None:
        """Refresh this process's liveness key (expires after ``heartbeat_max_age``)."""
        ttl = max(1, int(self._settings.heartbeat_max_age))
        self._redis.set(self.alive_key(self.identity), "1", ex=ttl)

    def withdraw(self) -> None:
        """Drop this process's liveness key (clean shutdown: kombu gives back what it held itself)."""
        self._redis.delete(self.alive_key(self.identity))

    def record(self, delivery_tag: str) -> None:
        """Record that this process holds ``delivery_tag``."""
        self._redis.hset(self.holders_key, delivery_tag, self.identity)

    def restore_orphans(self, tracked: set[str] | None = None) -> list[str]:
        """Give back every message whose holder is dead; forget holders of acknowledged messages.

        With ``tracked`` (the delivery tags this process still works on), also give back this process's own
        deliveries it no longer tracks, once two calls in a row found them so: tasks Celery cancelled when its
        broker connection dropped, or whose ack was lost with it, which kombu would only restore after the
        visibility timeout. Returns the delivery tags given back. Raises ``redis.RedisError`` when Redis fails.
        """
        holders = self._held()
        dead = {i for i in set(holders.values()) if i != self.identity and self._dead(i)}
        given_back = [tag for tag, holder in holders.items() if holder in dead and self._restore(tag)]
        if given_back:
            log.warning("gave back %d message(s) held by dead worker(s) %s", len(given_back), ", ".join(sorted(dead)))
        if tracked is not None:
            untracked = {tag for tag, holder in holders.items() if holder == self.identity and tag not in tracked}
            given_back += self._give_back_confirmed("untracked", untracked, "this worker held but no longer runs")
        given_back += self._give_back_confirmed("unowned", self._unowned(holders), "no worker claimed")
        if given_back:
            self._redis.hdel(self.holders_key, *given_back)
        return given_back

    def _give_back_confirmed(self, kind: str, found: set[str], why: str) -> list[str]:
        """Give back the tags of ``found`` that the previous call of this ``kind`` found too; remember the rest."""
        ready = found & self._seen_before.get(kind, set())
        self._seen_before[kind] = found - ready
        restored = [tag for tag in sorted(ready) if self._restore(tag)]
        if restored:
            log.warning("gave back %d message(s) %s", len(restored), why)
        return restored

    def _unowned(self, holders: dict[str, str]) -> set[str]:
        """Deliveries unacknowledged for over ``reconcile_grace`` seconds that no worker recorded as held.

        kombu records a delivery before Celery sees it; if the broker connection drops in between, kombu's own
        restore can fail with it, and the message would wait for the visibility timeout.
        """
        cutoff = time.time() - self._settings.reconcile_grace
        tags = cast(list[bytes], self._redis.zrangebyscore(self._index_key, "-inf", cutoff))
        return {tag.decode() for tag in tags} - holders.keys()

    def _held(self) -> dict[str, str]:
        """Delivery tag → holder of every delivery still unacknowledged; holders of acknowledged ones are dropped."""
        holders = {
            k.decode(): v.decode() for k, v in cast(dict[bytes, bytes], self._redis.hgetall(self.holders_key)).items()
        }
        if not holders:
            return {}
        pipe = self._redis.pipeline(transaction=False)
        for tag in holders:
            pipe.hexists(self._unacked_key, tag)
        still_held = dict(zip(list(holders), pipe.execute(), strict=True))
        done = [tag for tag, held in still_held.items() if not held]
        if done:
            self._redis.hdel(self.holders_key, *done)
        return {tag: holder for tag, holder in holders.items() if still_held[tag]}

    def _dead(self, identity: str) -> bool:
        return local_process_gone(identity) or not self._redis.exists(self.alive_key(identity))

    def _restore(self, tag: str) -> bool:
        """Move one message from kombu's unacked hash to the front of its queue, as kombu's own restore does."""

        moved: list[bool] = []

        def move(pipe: Any) -> None:
            raw = pipe.hget(self._unacked_key, tag)
            pipe.multi()
            pipe.zrem(self._index_key, tag)
            pipe.hdel(self._unacked_key, tag)
            moved[:] = [raw is not None]
            if raw is None:
                return
            message, _exchange, routing_key = json.loads(raw)
            message.setdefault("headers", {})["redelivered"] = True
            message.setdefault("properties", {}).setdefault("delivery_info", {})["redelivered"] = True
            priority = message["properties"].get("priority")
            pipe.rpush(keys.queue_list(routing_key or self._settings.queue_name, priority), json.dumps(message))

        self._redis.transaction(move, self._unacked_key)
        return moved == [True]


__all__ = ["HolderRegistry", "local_process_gone", "process_identity"]
