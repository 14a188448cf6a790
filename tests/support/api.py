"""The HTTP API served in a thread on a free port."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from support.waiting import wait_for
from worker.api.server import server_config
from worker.settings import Settings


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


__all__ = ["free_port", "serve_in_thread"]
