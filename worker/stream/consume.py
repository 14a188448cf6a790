"""Read events from the stream as a consumer group member: XREADGROUP, XACK, and XAUTOCLAIM of dead consumers' work.

Order of reads: first this consumer's own pending entries (left by a crash of the same consumer name), then
entries other consumers left pending for longer than ``claim_idle_ms`` (XAUTOCLAIM), then new entries (``>``).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import redis
import redis.exceptions
from pydantic import ValidationError

from schemas.events import EVENT_ADAPTER
from worker.store.client import store_errors
from worker.stream.publish import AnyEvent

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Delivery:
    """One stream entry read by this consumer: its entry id and the validated event."""

    entry_id: str
    event: AnyEvent


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value)


def _stream_entries(reply: Any) -> list[Any]:
    """The entries of a one-stream XREADGROUP reply, in RESP2 (list) or RESP3 (dict) shape."""
    if not reply:
        return []
    if isinstance(reply, dict):
        return list(next(iter(reply.values()))[0]) if reply else []
    return list(reply[0][1])


class EventConsumer:
    """A member ``consumer`` of consumer group ``group`` on ``stream``. Not thread-safe; one per thread."""

    def __init__(
        self,
        client: redis.Redis,
        stream: str,
        group: str,
        consumer: str,
        *,
        claim_idle_ms: int = 60_000,
        start_id: str = "0",
    ) -> None:
        self.client = client
        self.stream = stream
        self.group = group
        self.consumer = consumer
        self.claim_idle_ms = claim_idle_ms
        self.start_id = start_id
        self.skipped = 0
        self._own_pending_done = False
        self._group_ready = False

    def ensure_group(self) -> None:
        """Create the group (and the stream) if missing: ``XGROUP CREATE ... MKSTREAM``; idempotent.

        Raises:
            StoreUnavailable: Redis unreachable, or another error than BUSYGROUP.
        """
        with store_errors("events stream"):
            try:
                self.client.xgroup_create(self.stream, self.group, id=self.start_id, mkstream=True)
            except redis.exceptions.ResponseError as exc:
                if "BUSYGROUP" not in str(exc):
                    raise
        self._group_ready = True

    def _decode(self, entries: list[Any]) -> list[Delivery]:
        deliveries = []
        bad = []
        for entry_id, fields in entries:
            if fields is None:  # deleted by MAXLEN trimming while pending
                bad.append(entry_id)
                continue
            raw = fields.get(b"event") if isinstance(fields, dict) else None
            try:
                event = EVENT_ADAPTER.validate_json(raw or b"")
            except ValidationError as exc:
                log.warning("skipping invalid stream entry %s: %s", _text(entry_id), exc.errors()[:1])
                bad.append(entry_id)
                continue
            deliveries.append(Delivery(_text(entry_id), event))
        if bad:
            self.skipped += len(bad)
            with store_errors("events stream"):
                self.client.xack(self.stream, self.group, *bad)
        return deliveries

    def _own_pending(self, count: int) -> list[Delivery]:
        with store_errors("events stream"):
            reply = self.client.xreadgroup(self.group, self.consumer, {self.stream: "0"}, count=count)
        entries = _stream_entries(reply)
        if len(entries) < count:
            self._own_pending_done = True
        return self._decode(entries)

    def claim(self, count: int) -> list[Delivery]:
        """Take over up to ``count`` entries idle for longer than ``claim_idle_ms`` (XAUTOCLAIM from ``0-0``).

        Raises:
            StoreUnavailable: Redis unreachable.
        """
        with store_errors("events stream"):
            reply = self.client.xautoclaim(
                self.stream, self.group, self.consumer, self.claim_idle_ms, start_id="0-0", count=count
            )
        return self._decode(list(reply[1]))

    def read(self, count: int = 100, block_ms: int | None = 1000) -> list[Delivery]:
        """Up to ``count`` deliveries: own pending first, then claimed, then new (blocking up to ``block_ms``).

        Raises:
            StoreUnavailable: Redis unreachable.
        """
        if not self._group_ready:
            self.ensure_group()
        if not self._own_pending_done:
            own = self._own_pending(count)
            if own:
                return own
        claimed = self.claim(count)
        if claimed:
            return claimed
        with store_errors("events stream"):
            reply = self.client.xreadgroup(self.group, self.consumer, {self.stream: ">"}, count=count, block=block_ms)
        return self._decode(_stream_entries(reply))

    def ack(self, *entry_ids: str) -> int:
        """XACK entries; returns how many were pending.

        Raises:
            StoreUnavailable: Redis unreachable.
        """
        if not entry_ids:
            return 0
        with store_errors("events stream"):
            return int(self.client.xack(self.stream, self.group, *entry_ids))

    def events(
        self, *, limit: int | None = None, follow: bool = False, block_ms: int = 1000, timeout: float | None = None
    ) -> Iterator[AnyEvent]:
        """Yield events, acking each one when the caller asks for the next (so: acked after it was handled).

        Stops after ``limit`` events; without ``limit``, when nothing new arrives (unless ``follow``); and when
        ``timeout`` seconds have passed.

        Raises:
            StoreUnavailable: Redis unreachable.
        """
        seen = 0
        deadline = None if timeout is None else time.monotonic() + timeout
        while limit is None or seen < limit:
            if deadline is not None and time.monotonic() >= deadline:
                return
            batch = self.read(count=min(100, limit - seen) if limit else 100, block_ms=block_ms)
            if not batch and limit is None and not follow:
                return
            for delivery in batch:
                yield delivery.event
                self.ack(delivery.entry_id)
                seen += 1


__all__ = ["Delivery", "EventConsumer"]
