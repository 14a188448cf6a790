"""Test support for the operations tests: a private Redis namespace, a uvicorn server in a thread, free ports."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import redis
import uvicorn
from service_support import wait_for

from worker.api.server import server_config
from worker.settings import Settings

REDIS_HOST = "127.0.0.1"
REDIS_PORT = int(os.environ.get("WIREROOM_TEST_REDIS_PORT", "6379"))
OPS_DB = int(os.environ.get("WIREROOM_TEST_OPS_REDIS_DB", "11"))
"""The Redis database of the operations tests. Keys are namespaced per test and deleted afterwards."""

TOKEN = "test-token-" + "x" * 24


def redis_url(db: int = OPS_DB) -> str:
    """The URL of the test Redis database ``db``."""
    return f"redis://{REDIS_HOST}:{REDIS_PORT}/{db}"


def connect(db: int = OPS_DB) -> redis.Redis:
    """A client of the test Redis; fails loudly when Redis is not running."""
    client = redis.Redis.from_url(redis_url(db), socket_timeout=5)
    try:
        client.ping()
    except redis.ConnectionError as exc:
        raise RuntimeError(f"the tests need Redis at {redis_url(db)} (run scripts/ensure-redis.sh)") from exc
    return client


def ops_settings(**overrides: Any) -> Settings:
    """Settings whose every key (prefix, queue, stream) is unique to the calling test."""
    tag = uuid.uuid4().hex[:10]
    values: dict[str, Any] = {
        "redis_url": redis_url(),
        "key_prefix": f"wrtest:{tag}:",
        "queue_name": f"wrtest:{tag}:queue",
        "events_stream": f"wrtest:{tag}:events",
        "api_token": TOKEN,
        "api_rate_limit": 1000.0,
        "api_rate_burst": 1000,
        "heartbeat_file": Path(tempfile.gettempdir()) / f"wrtest-{tag}.heartbeat",
    }
    values.update(overrides)
    return Settings(**values)


def delete_namespace(client: redis.Redis, settings: Settings) -> None:
    """Delete every key of ``settings``' namespace (the only keys the test created), and its heartbeat file."""
    settings.heartbeat_file.unlink(missing_ok=True)
    for pattern in (f"{settings.key_prefix}*", f"{settings.queue_name}*", f"{settings.events_stream}*"):
        keys = list(client.scan_iter(match=pattern, count=1000))
        if keys:
            client.delete(*keys)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serve_in_thread(app: Any, settings: Settings | None = None) -> Iterator[str]:
    """Run ``app`` as ``wireroom api`` runs it (``server_config`` of ``settings``, default settings if None) on a
    free 127.0.0.1 port in a thread; yields its base URL."""
    config = server_config(app, settings or Settings(), "127.0.0.1", 0, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        wait_for(lambda: server.started and server.servers, timeout=10)
        port = server.servers[0].sockets[0].getsockname()[1]
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
