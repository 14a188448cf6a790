"""Per-host politeness shared by all workers through Redis: a minimum delay between requests and a concurrency cap.

The delay is ``host_min_delay``, or the host's robots.txt Crawl-delay when that is longer (passed in by
``worker.fetch.admission``, already capped by ``robots_max_crawl_delay``).

Each host has two keys under ``settings.key_prefix``: ``host:<host>:next`` (the earliest time, in Redis's clock,
at which the next request may start) and ``host:<host>:leases`` (a sorted set of lease tokens scored by their
expiry). One Lua script checks and takes a slot atomically, using Redis's own clock, so workers on different
machines agree. A lease expires by itself after ``lease_ttl`` seconds, so a worker killed mid-fetch frees its
slot without help.

When the host is busy the gate waits, in short steps, for at most ``max_wait`` seconds (a few seconds, far
below the task's time limits); if still busy it raises ``HostBusy`` with ``retry_after``, which the task turns
into a retry countdown instead of holding a worker for long.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING

import redis

from worker.errors import HostBusy
from worker.store import keys, scripts
from worker.store.client import store_errors

if TYPE_CHECKING:
    from worker.settings import Settings


class HostGate:
    """Grants fetch slots per host, across every worker sharing one Redis.

    Parameters:
        client: the Redis connection (the broker's or the events' server).
        settings: ``host_min_delay``, ``host_max_concurrency``, ``key_prefix`` and ``fetch_deadline`` are used.
        max_wait: the longest a caller is kept waiting for a slot before ``HostBusy`` is raised.
        lease_ttl: how long a slot is held at most if its holder never releases it (e.g. the worker died).
    """

    def __init__(
        self,
        client: redis.Redis,
        settings: Settings,
        *,
        max_wait: float = 5.0,
        lease_ttl: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._client = client
        self._prefix = settings.key_prefix
        self._delay_ms = round(settings.host_min_delay * 1000)
        self._max_concurrency = settings.host_max_concurrency
        self._lease_ms = round((lease_ttl if lease_ttl is not None else settings.fetch_deadline + 5.0) * 1000)
        self._max_wait = max_wait
        self._sleep = sleep
        self._acquire = scripts.register(client, "host_slot")

    def _keys(self, host: str) -> list[str]:
        return [keys.host_next(self._prefix, host), keys.host_leases(self._prefix, host)]

    def try_acquire(self, host: str, *, delay: float | None = None) -> tuple[str | None, float]:
        """Take a slot for ``host`` if one is free now; the next request to it may start ``host_min_delay`` (or
        ``delay``, robots.txt's Crawl-delay, when longer) after this one.

        Returns:
            ``(token, 0.0)`` when taken, else ``(None, seconds_to_wait)``.

        Raises:
            StoreUnavailable: Redis could not be reached.
        """
        token = uuid.uuid4().hex
        delay_ms = max(self._delay_ms, round(delay * 1000)) if delay is not None else self._delay_ms
        with store_errors("politeness gate"):
            wait_ms = int(
                self._acquire(keys=self._keys(host), args=[token, self._lease_ms, delay_ms, self._max_concurrency])
            )
        return (token, 0.0) if wait_ms == 0 else (None, wait_ms / 1000)

    def release(self, host: str, token: str) -> None:
        """Give back a slot (a lost release is harmless: the lease expires by itself)."""
        with suppress(redis.RedisError):
            self._client.zrem(self._keys(host)[1], token)

    @contextmanager
    def slot(self, host: str, *, url: str | None = None, delay: float | None = None) -> Iterator[None]:
        """Hold a slot for ``host`` for the duration of the block, waiting at most ``max_wait`` for one; ``delay``
        as in ``try_acquire``.

        Raises:
            HostBusy: no slot came free within ``max_wait``; ``retry_after`` says when to try again.
            StoreUnavailable: Redis could not be reached.
        """
        deadline = time.monotonic() + self._max_wait
        while True:
            token, wait = self.try_acquire(host, delay=delay)
            if token is not None:
                break
            remaining = deadline - time.monotonic()
            if wait > remaining:
                raise HostBusy(f"host {host} is busy (politeness)", url=url, retry_after=max(wait, 0.1))
            self._sleep(wait)
        try:
            yield
        finally:
            self.release(host, token)


class LocalHostGate:
    """Per-host minimum delay within one process, for embedded mode (``wireroom ingest``: no Redis, one request at
    a time). Waits for the host's turn instead of raising ``HostBusy``; the same ``slot`` interface as
    ``HostGate``."""

    def __init__(
        self,
        settings: Settings,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._delay = settings.host_min_delay
        self._next: dict[str, float] = {}
        self._lock = threading.Lock()
        self._sleep = sleep
        self._clock = clock

    @contextmanager
    def slot(self, host: str, *, url: str | None = None, delay: float | None = None) -> Iterator[None]:
        """Wait for this host's turn, then run the block; the next turn comes ``host_min_delay`` (or ``delay``,
        robots.txt's Crawl-delay, when longer) later. ``url`` is accepted for the interface's sake."""
        spacing = max(self._delay, delay) if delay is not None else self._delay
        with self._lock:
            now = self._clock()
            start = max(now, self._next.get(host.lower(), now))
            self._next[host.lower()] = start + spacing
        if start > now:
            self._sleep(start - now)
        yield


__all__ = ["HostGate", "LocalHostGate"]
