"""Whether a job may run and a URL may be requested now: delivery count (poison jobs), robots.txt, host politeness."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import redis

from worker.errors import PoisonJob
from worker.fetch.politeness import HostGate, LocalHostGate
from worker.fetch.robots import RobotsCache
from worker.store import keys
from worker.store.client import store_errors

if TYPE_CHECKING:
    import requests

    from worker.settings import Settings


@dataclass
class Admission:
    """The checks made before work: each part is optional (None switches it off).

    Parameters:
        client: Redis for the delivery counter (None: not counted).
        robots: robots.txt rules, checked for every URL requested, redirect targets included.
        gate: per-host politeness, one slot per request.
        key_prefix, max_deliveries, deliveries_ttl: the delivery counter's keys and bound.
    """

    client: redis.Redis | None
    robots: RobotsCache | None
    gate: HostGate | LocalHostGate | None
    key_prefix: str
    max_deliveries: int
    deliveries_ttl: int = 86_400

    @classmethod
    def from_settings(cls, settings: Settings, session: requests.Session, client: redis.Redis) -> Admission:
        """Counter and gate on ``client``; robots.txt (if ``respect_robots``) fetched through ``session``."""
        robots = RobotsCache(session, settings, client=client) if settings.respect_robots else None
        ttl = max(86_400, settings.visibility_timeout * (settings.max_deliveries + 2))
        return cls(client, robots, HostGate(client, settings), settings.key_prefix, settings.max_deliveries, ttl)

    @classmethod
    def embedded(cls, settings: Settings, session: requests.Session) -> Admission:
        """Without Redis (``wireroom ingest``): robots.txt (if ``respect_robots``) cached in this process, and
        ``host_min_delay`` between requests to one host; no delivery counter."""
        robots = RobotsCache(session, settings) if settings.respect_robots else None
        return cls(None, robots, LocalHostGate(settings), settings.key_prefix, settings.max_deliveries)

    def count_delivery(self, job_id: str, attempt: int, *, url: str | None = None) -> int:
        """Count one delivery of attempt ``attempt`` (Celery's retry number) of a job; returns the count.

        Planned retries are new attempts and start again at one; only redeliveries of the same attempt (the
        worker died, or lost the broker, before acking) add up.

        Raises:
            PoisonJob: this attempt was delivered more than ``max_deliveries`` times.
            StoreUnavailable: Redis could not be reached.
        """
        if self.client is None:
            return 1
        key = keys.deliveries(self.key_prefix, job_id, attempt)
        with store_errors("delivery counter", url=url):
            pipe = self.client.pipeline(transaction=True)
            pipe.incr(key)
            pipe.expire(key, self.deliveries_ttl)
            count = int(pipe.execute()[0])
        if count > self.max_deliveries:
            raise PoisonJob(
                f"delivered {count} times without finishing (limit {self.max_deliveries}): it keeps killing its worker",
                url=url,
            )
        return count

    @contextmanager
    def admit(self, url: str) -> Iterator[None]:
        """Check robots.txt for ``url`` and hold a politeness slot on its host while the block runs, spacing
        requests to the host by ``host_min_delay`` or robots.txt's Crawl-delay (capped), whichever is longer.

        Raises:
            BlockedDestination: robots.txt disallows the URL.
            UpstreamUnavailable, FetchTimeout, ConnectionFailed: robots.txt is unreachable for now.
            HostBusy: the host's slot did not come free in time.
            StoreUnavailable: Redis could not be reached.
        """
        crawl_delay = None
        if self.robots is not None:
            self.robots.check(url)
            crawl_delay = self.robots.crawl_delay(url)
        if self.gate is None:
            yield
            return
        with self.gate.slot(urlsplit(url).hostname or "", url=url, delay=crawl_delay):
            yield


@contextmanager
def admitted(admission: Admission | None, url: str) -> Iterator[None]:
    """``admission.admit(url)``, or nothing when ``admission`` is None (as in the one-shot CLI)."""
    if admission is None:
        yield
        return
    with admission.admit(url):
        yield


__all__ = ["Admission", "admitted"]
