"""The test Redis: which databases, a client of them, per-test key namespaces and their cleanup.

Two databases, both chosen by the environment so that parallel runs on one Redis do not meet:
``WIREROOM_TEST_REDIS_DB`` (default 9) for the worker, pipeline and CLI tests, ``WIREROOM_TEST_OPS_REDIS_DB``
(default 11) for the operations tests (API, heartbeats, snapshots). Keys are namespaced per test either way.
"""

from __future__ import annotations

import os
import uuid

import redis

from worker.settings import Settings

REDIS_HOST = "127.0.0.1"
REDIS_PORT = int(os.environ.get("WIREROOM_TEST_REDIS_PORT", "6379"))
TEST_DB = int(os.environ.get("WIREROOM_TEST_REDIS_DB", "9"))
OPS_DB = int(os.environ.get("WIREROOM_TEST_OPS_REDIS_DB", "11"))


def redis_url(db: int = OPS_DB) -> str:
    """The URL of the test Redis database ``db``."""
    return f"redis://{REDIS_HOST}:{REDIS_PORT}/{db}"


REDIS_URL = os.environ.get("WIREROOM_TEST_REDIS_URL", redis_url(TEST_DB))
"""The database of the worker tests (``WIREROOM_TEST_REDIS_URL`` overrides host, port and database at once)."""


def connect(db: int = OPS_DB) -> redis.Redis:
    """A client of the test Redis; fails loudly when Redis is not running."""
    client = redis.Redis.from_url(redis_url(db), socket_timeout=5)
    try:
        client.ping()
    except redis.ConnectionError as exc:
        raise RuntimeError(f"the tests need Redis at {redis_url(db)} (run scripts/ensure-redis.sh)") from exc
    return client


def new_prefix() -> str:
    """A key prefix no other test uses."""
    return f"wrt:{uuid.uuid4().hex[:12]}:"


def delete_namespace(client: redis.Redis, prefix: str) -> None:
    """Delete every key whose name contains ``prefix`` (ours, kombu's bindings of our queue)."""
    found = list(client.scan_iter(match=f"*{prefix}*", count=1000))
    if found:
        client.delete(*found)


def delete_settings_namespace(client: redis.Redis, settings: Settings) -> None:
    """Delete every key of ``settings``' namespace (the only keys the test created), and its heartbeat file."""
    settings.heartbeat_file.unlink(missing_ok=True)
    for pattern in (f"{settings.key_prefix}*", f"{settings.queue_name}*", f"{settings.events_stream}*"):
        found = list(client.scan_iter(match=pattern, count=1000))
        if found:
            client.delete(*found)


__all__ = [
    "OPS_DB",
    "REDIS_HOST",
    "REDIS_PORT",
    "REDIS_URL",
    "TEST_DB",
    "connect",
    "delete_namespace",
    "delete_settings_namespace",
    "new_prefix",
    "redis_url",
]
