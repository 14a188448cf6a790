"""A point-in-time view of the queue, the events stream and the workers, as Redis holds them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast

import redis

from worker.broker.jobstatus import JobStatusStore
from worker.broker.kombu_layout import PRIORITY_STEPS
from worker.errors import StoreUnavailable
from worker.ops.heartbeat import WorkerBeat, live_workers
from worker.settings import Settings
from worker.store import keys


@dataclass(frozen=True)
class GroupInfo:
    """One consumer group of the events stream."""

    name: str
    consumers: int
    pending: int
    lag: int | None


@dataclass(frozen=True)
class Snapshot:
    """Counts read from Redis in one go."""

    queue: str
    queue_depth: int
    unacked: int
    retrying: int
    stream: str
    stream_length: int
    groups: list[GroupInfo] = field(default_factory=list)
    workers: list[WorkerBeat] = field(default_factory=list)
    used_memory: int = 0
    max_memory: int = 0
    dead_letters: int = 0
    dead_letters_total: int = 0

    def as_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the snapshot."""
        return {
            "queue": self.queue,
            "queue_depth": self.queue_depth,
            "in_flight": self.unacked,
            "retrying": self.retrying,
            "stream": self.stream,
            "stream_length": self.stream_length,
            "groups": [vars(g) for g in self.groups],
            "workers": [{"hostname": w.hostname, "pid": w.pid, "age_s": round(w.age, 1)} for w in self.workers],
            "dead_letters": self.dead_letters,
            "dead_letters_total": self.dead_letters_total,
            "redis_used_memory": self.used_memory,
            "redis_max_memory": self.max_memory,
        }


def queue_keys(queue: str) -> list[str]:
    """The Redis lists of ``queue``, one per priority step (kombu's Redis transport)."""
    return [keys.queue_list(queue, step) for step in PRIORITY_STEPS]


def _groups(client: redis.Redis, stream: str) -> list[GroupInfo]:
    try:
        raw: list[dict[str, Any]] = client.xinfo_groups(stream)
    except redis.ResponseError:  # no such stream yet
        return []
    groups = []
    for entry in raw:
        name = entry["name"]
        lag = entry.get("lag")
        groups.append(
            GroupInfo(
                name=name.decode() if isinstance(name, bytes) else str(name),
                consumers=int(entry.get("consumers", 0)),
                pending=int(entry.get("pending", 0)),
                lag=int(lag) if lag is not None else None,
            )
        )
    return groups


def take_snapshot(client: redis.Redis, settings: Settings, *, with_workers: bool = True) -> Snapshot:
    """Read queue depth, in-flight and retrying jobs, stream length and groups, and live workers.

    Raises ``StoreUnavailable`` when Redis cannot be reached or answers with an error.
    """
    try:
        pipe = client.pipeline(transaction=False)
        lists = queue_keys(settings.queue_name)
        for key in lists:
            pipe.llen(key)
        pipe.hlen(keys.unacked(settings.key_prefix))
        pipe.xlen(settings.events_stream)
        pipe.info("memory")
        pipe.llen(keys.dead_letters(settings.key_prefix, settings.dead_letter_list))
        pipe.get(keys.dead_letter_count(settings.key_prefix, settings.dead_letter_list))
        replies = pipe.execute()
        groups = _groups(client, settings.events_stream)
        retrying = JobStatusStore.from_settings(client, settings).count_retrying()
        workers = live_workers(client, settings.key_prefix, settings.heartbeat_max_age) if with_workers else []
    except (redis.RedisError, OSError, StoreUnavailable) as exc:
        raise StoreUnavailable(f"cannot read Redis at {_safe_url(settings.redis_url)}: {exc}") from exc
    n = len(lists)
    depth = sum(int(count) for count in replies[:n])
    memory = cast(dict[str, Any], replies[n + 2])
    return Snapshot(
        queue=settings.queue_name,
        queue_depth=depth,
        unacked=int(replies[n]),
        retrying=retrying,
        stream=settings.events_stream,
        stream_length=int(replies[n + 1]),
        groups=groups,
        workers=workers,
        used_memory=int(memory.get("used_memory", 0)),
        max_memory=int(memory.get("maxmemory", 0)),
        dead_letters=int(replies[n + 3]),
        dead_letters_total=int(replies[n + 4] or 0),
    )


def _safe_url(url: str) -> str:
    """``url`` without its password."""
    if "@" not in url:
        return url
    scheme, _, rest = url.partition("://")
    return f"{scheme}://***@{rest.rpartition('@')[2]}"


__all__ = ["GroupInfo", "Snapshot", "queue_keys", "take_snapshot"]
