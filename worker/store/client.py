"""The one Redis client factory, with named timeout profiles taken from ``Settings``, and the one error mapping.

Profiles (socket timeout, connect timeout):

* ``worker``: publishing, job status, dead letters, host slots in the task (``redis_socket_timeout``,
  ``redis_connect_timeout``; connections health-checked every 30 s).
* ``status``: reads for people and scrapers: the HTTP API, ``wireroom status``, the metrics collector, the job
  tracker (``redis_status_timeout``, ``redis_connect_timeout``).
* ``probe``: the worker's timers, which must not stall: heartbeat and reconcile (``redis_probe_timeout`` for both).

kombu's own broker connection takes its timeouts from ``broker.kombu_layout.transport_options``.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Literal

import redis
import redis.exceptions

from worker.errors import StoreUnavailable
from worker.settings import Settings

Profile = Literal["worker", "status", "probe"]

HEALTH_CHECK_INTERVAL = 30
"""Seconds a pooled connection may sit idle before it is pinged on reuse (``worker`` profile)."""


def redis_client(settings: Settings, profile: Profile = "worker") -> redis.Redis:
    """A client of ``settings.redis_url`` whose commands are bounded by the timeouts of ``profile``.

    Building it does no I/O: the connection is made by the first command.
    """
    if profile == "worker":
        return redis.Redis.from_url(
            settings.redis_url,
            socket_timeout=settings.redis_socket_timeout,
            socket_connect_timeout=settings.redis_connect_timeout,
            health_check_interval=HEALTH_CHECK_INTERVAL,
        )
    if profile == "status":
        return redis.Redis.from_url(
            settings.redis_url,
            socket_timeout=settings.redis_status_timeout,
            socket_connect_timeout=settings.redis_connect_timeout,
        )
    return redis.Redis.from_url(
        settings.redis_url,
        socket_timeout=settings.redis_probe_timeout,
        socket_connect_timeout=settings.redis_probe_timeout,
    )


@contextmanager
def store_errors(what: str, url: str | None = None) -> Iterator[None]:
    """Translate redis-py (and socket) exceptions raised in the block into ``StoreUnavailable``.

    Raises:
        StoreUnavailable: on any ``redis.exceptions.RedisError`` or ``OSError``; the message names ``what``, the
            error carries the job's ``url`` when given.
    """
    try:
        yield
    except (redis.exceptions.RedisError, OSError) as exc:
        raise StoreUnavailable(f"{what} unavailable: {type(exc).__name__}: {exc}", url=url) from exc


__all__ = ["HEALTH_CHECK_INTERVAL", "Profile", "redis_client", "store_errors"]
