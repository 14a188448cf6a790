"""Publish events: to a Redis Stream (deduplicated by event id) in service mode, or to stdout / a list embedded.

The only place events are serialised (``model_dump_json``). Stream entries have three fields: ``event`` (the
CloudEvents JSON envelope), ``id`` and ``type`` (copies of the envelope's, for cheap filtering).

Deduplication: a redelivered job rebuilds the same event id (``stream.events.event_id``). ``RedisStreamPublisher``
runs one Lua script that, atomically, returns the existing entry if the marker key ``<key_prefix>published:<id>``
exists, and otherwise XADDs the entry (approximate MAXLEN) and sets the marker to the new entry id with a TTL
(``settings.publish_dedup_ttl``). A failed XADD sets no marker, so a retry publishes again.

One outcome per job: the same script keeps ``<key_prefix>outcome:<job id>`` (the type and id of the job's event on
the stream). A run of a job whose *other* outcome is already there (its first run published, died before the ack,
and the page changed before the redelivery) publishes nothing and gets ``OutcomeExists``.
"""

from __future__ import annotations

import sys
from contextlib import suppress
from dataclasses import dataclass
from typing import Protocol, TextIO

import redis
import redis.exceptions

from schemas.events import ArticleFailed, ArticleIngested
from worker.errors import StoreUnavailable
from worker.settings import Settings
from worker.store import keys, scripts
from worker.store.client import redis_client, store_errors

AnyEvent = ArticleIngested | ArticleFailed


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
    """Anything that can publish events. ``publish`` raises ``StoreUnavailable`` when the sink is down."""

    def publish(self, event: AnyEvent) -> Published:
        """Publish one event, at most once per event id (and, where the sink can tell, one outcome per job).

        Raises:
            StoreUnavailable: the sink is down.
            OutcomeExists: the job already has another outcome event.
        """
        ...

    def close(self) -> None:
        """Release connections."""
        ...


class RedisStreamPublisher:
    """Appends events to ``settings.events_stream`` with XADD (approximate MAXLEN), once per event id."""

    def __init__(
        self,
        client: redis.Redis,
        stream: str,
        *,
        maxlen: int,
        key_prefix: str,
        dedup_ttl: int,
    ) -> None:
        self.client = client
        self.stream = stream
        self.maxlen = maxlen
        self.key_prefix = key_prefix
        self.dedup_ttl = dedup_ttl
        self._script = scripts.register(client, "publish_once")

    @classmethod
    def from_settings(cls, settings: Settings, client: redis.Redis | None = None) -> RedisStreamPublisher:
        """A publisher configured from ``settings`` (its own client unless one is given)."""
        return cls(
            client or redis_client(settings),
            settings.events_stream,
            maxlen=settings.events_maxlen,
            key_prefix=settings.key_prefix,
            dedup_ttl=settings.publish_dedup_ttl,
        )

    def publish(self, event: AnyEvent) -> Published:
        """XADD the event unless its id, or another outcome of its job, was published within the dedup TTL.

        Raises:
            StoreUnavailable: Redis is unreachable or refused the write.
            OutcomeExists: the job's other outcome event is already on the stream.
        """
        body = event.model_dump_json()
        with store_errors("events stream"):
            appended, entry, other = self._script(
                keys=[
                    self.stream,
                    keys.published(self.key_prefix, event.id),
                    keys.outcome(self.key_prefix, event.jobid),
                ],
                args=[body, event.id, event.type, self.dedup_ttl, self.maxlen],
            )
        if other:
            other_type, _, other_id = (other.decode() if isinstance(other, bytes) else str(other)).partition(" ")
            raise OutcomeExists(event.jobid, other_type, other_id)
        entry_id = entry.decode() if isinstance(entry, bytes) else str(entry)
        return Published(entry_id=entry_id, duplicate=not appended)

    def close(self) -> None:
        """Close the client's connections."""
        with store_errors("events stream"):
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
            StoreUnavailable: the stream could not be written (e.g. a closed pipe).
        """
        if event.id in self._ids:
            return Published(entry_id=event.id, duplicate=True)
        try:
            self.stream.write(event.model_dump_json() + "\n")
            self.stream.flush()
        except (OSError, ValueError) as exc:
            raise StoreUnavailable(f"cannot write events: {exc}") from exc
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
]
