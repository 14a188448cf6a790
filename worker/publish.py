"""Publish events: to a Redis Stream (deduplicated by event id) in service mode, or to stdout / a list embedded.

The only place events are serialised (``model_dump_json``). Stream entries have three fields: ``event`` (the
CloudEvents JSON envelope), ``id`` and ``type`` (copies of the envelope's, for cheap filtering).

Deduplication: a redelivered job rebuilds the same event id (``worker.events.event_id``). ``RedisStreamPublisher``
runs one Lua script that, atomically, returns the existing entry if the marker key ``<key_prefix>published:<id>``
exists, and otherwise XADDs the entry (approximate MAXLEN) and sets the marker to the new entry id with a TTL
(``settings.publish_dedup_ttl``). A failed XADD sets no marker, so a retry publishes again.

One outcome per job: the same script keeps ``<key_prefix>outcome:<job id>`` (the type and id of the job's event on
the stream). A run of a job whose *other* outcome is already there (its first run published, died before the ack,
and the page changed before the redelivery) publishes nothing and gets ``OutcomeExists``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Protocol, TextIO

import redis
import redis.exceptions

from schemas.events import ArticleFailed, ArticleIngested
from worker.errors import PublishUnavailable
from worker.settings import Settings

AnyEvent = ArticleIngested | ArticleFailed

_PUBLISH_ONCE = """
local existing = redis.call('GET', KEYS[2])
if existing then
  return {0, existing, ''}
end
local outcome = redis.call('GET', KEYS[3])
if outcome and outcome ~= ARGV[3] .. ' ' .. ARGV[2] then
  return {0, '', outcome}
end
local entry = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[5], '*', 'event', ARGV[1], 'id', ARGV[2], 'type', ARGV[3])
redis.call('SET', KEYS[2], entry, 'EX', ARGV[4])
redis.call('SET', KEYS[3], ARGV[3] .. ' ' .. ARGV[2], 'EX', ARGV[4])
return {1, entry, ''}
"""


class OutcomeExists(Exception):
    """The job already has another outcome event on the stream; this one was not published.

    Not a ``WireroomError``: nothing is wrong with the URL, the job is simply settled.
    """

    def __init__(self, job_id: str, event_type: str, event_id: str) -> None:
        super().__init__(f"job {job_id} already has its outcome: {event_type} {event_id}")
        self.job_id = job_id
        self.event_type = event_type
        self.event_id = event_id


@dataclass(frozen=True)
class Published:
    """Where an event went: its stream entry id (or position), and whether it was already there."""

    entry_id: str
    duplicate: bool = False


class EventPublisher(Protocol):
    """Anything that can publish events. ``publish`` raises ``PublishUnavailable`` when the sink is down."""

    def publish(self, event: AnyEvent) -> Published:
        """Publish one event, at most once per event id (and, where the sink can tell, one outcome per job).

        Raises:
            PublishUnavailable: the sink is down.
            OutcomeExists: the job already has another outcome event.
        """
        ...

    def close(self) -> None:
        """Release connections."""
        ...


@contextmanager
def map_redis_errors(what: str = "events stream") -> Iterator[None]:
    """Translate redis-py (and socket) exceptions raised in the block into ``PublishUnavailable``.

    Raises:
        PublishUnavailable: on any ``redis.exceptions.RedisError`` or ``OSError``.
    """
    try:
        yield
    except (redis.exceptions.RedisError, OSError) as exc:
        raise PublishUnavailable(f"{what} unavailable: {type(exc).__name__}: {exc}") from exc


def redis_client(settings: Settings) -> redis.Redis:
    """A Redis client for ``settings.redis_url`` with bounded socket timeouts (no command waits forever)."""
    return redis.Redis.from_url(
        settings.redis_url, socket_timeout=10, socket_connect_timeout=5, health_check_interval=30
    )


class RedisStreamPublisher:
    """Appends events to ``settings.events_stream`` with XADD (approximate MAXLEN), once per event id."""

    def __init__(
        self,
        client: redis.Redis,
        stream: str,
        *,
        maxlen: int,
        dedup_prefix: str,
        dedup_ttl: int,
        outcome_prefix: str | None = None,
    ) -> None:
        self.client = client
        self.stream = stream
        self.maxlen = maxlen
        self.dedup_prefix = dedup_prefix
        self.dedup_ttl = dedup_ttl
        self.outcome_prefix = outcome_prefix or f"{dedup_prefix}outcome:"
        self._script = client.register_script(_PUBLISH_ONCE)

    @classmethod
    def from_settings(cls, settings: Settings, client: redis.Redis | None = None) -> RedisStreamPublisher:
        """A publisher configured from ``settings`` (its own client unless one is given)."""
        return cls(
            client or redis_client(settings),
            settings.events_stream,
            maxlen=settings.events_maxlen,
            dedup_prefix=f"{settings.key_prefix}published:",
            dedup_ttl=settings.publish_dedup_ttl,
            outcome_prefix=f"{settings.key_prefix}outcome:",
        )

    def publish(self, event: AnyEvent) -> Published:
        """XADD the event unless its id, or another outcome of its job, was published within the dedup TTL.

        Raises:
            PublishUnavailable: Redis is unreachable or refused the write.
            OutcomeExists: the job's other outcome event is already on the stream.
        """
        body = event.model_dump_json()
        with map_redis_errors():
            appended, entry, other = self._script(
                keys=[self.stream, f"{self.dedup_prefix}{event.id}", f"{self.outcome_prefix}{event.jobid}"],
                args=[body, event.id, event.type, self.dedup_ttl, self.maxlen],
            )
        if other:
            other_type, _, other_id = (other.decode() if isinstance(other, bytes) else str(other)).partition(" ")
            raise OutcomeExists(event.jobid, other_type, other_id)
        entry_id = entry.decode() if isinstance(entry, bytes) else str(entry)
        return Published(entry_id=entry_id, duplicate=not appended)

    def close(self) -> None:
        """Close the client's connections."""
        with map_redis_errors():
            self.client.close()


class StdoutPublisher:
    """Writes each event as one JSON line to a text stream (stdout by default); deduplicated by event id."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stdout
        self._ids: set[str] = set()
        self.count = 0

    def publish(self, event: AnyEvent) -> Published:
        """Write the event as one line and flush.

        Raises:
            PublishUnavailable: the stream could not be written (e.g. a closed pipe).
        """
        if event.id in self._ids:
            return Published(entry_id=event.id, duplicate=True)
        try:
            self.stream.write(event.model_dump_json() + "\n")
            self.stream.flush()
        except (OSError, ValueError) as exc:
            raise PublishUnavailable(f"cannot write events: {exc}") from exc
        self._ids.add(event.id)
        self.count += 1
        return Published(entry_id=str(self.count - 1))

    def close(self) -> None:
        """Flush the stream."""
        with suppress(OSError, ValueError):
            self.stream.flush()


__all__ = [
    "AnyEvent",
    "EventPublisher",
    "OutcomeExists",
    "Published",
    "RedisStreamPublisher",
    "StdoutPublisher",
    "map_redis_errors",
    "redis_client",
]
