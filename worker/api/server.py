"""Run the API under uvicorn with wireroom's logging and connection limits (the ``wireroom api`` command).

uvicorn closes idle keep-alive connections, but not one that never finishes its request: a client sending headers
a byte at a time (slowloris), or a body that never ends, would hold its socket for ever, and a thousand of them use
up the process's file descriptors. ``guarded_protocol`` gives every request ``api_read_timeout`` seconds to arrive
whole, and refuses connections beyond ``api_max_connections``.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

import h11
import uvicorn
from uvicorn.protocols.http.h11_impl import H11Protocol

from worker.api.app import create_api
from worker.ops.logs import configure_logging
from worker.settings import Settings

log = logging.getLogger("wireroom.api")


def guarded_protocol(read_timeout: float, max_connections: int) -> type[H11Protocol]:
    """uvicorn's h11 protocol with a deadline per request and a cap on open connections."""

    class GuardedH11Protocol(H11Protocol):
        """Closes a connection whose request has not fully arrived ``read_timeout`` s after it could start."""

        _read_deadline: asyncio.TimerHandle | None = None

        def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
            super().connection_made(transport)
            if len(self.connections) > max_connections:
                log.warning("refusing a connection: %d open (api_max_connections)", len(self.connections) - 1)
                transport.close()
                return
            self._arm()

        def handle_events(self) -> None:
            super().handle_events()
            if self.conn.their_state in (h11.DONE, h11.MUST_CLOSE, h11.CLOSED, h11.ERROR):
                self._disarm()  # the whole request is in: the app's own time is not limited here

        def on_response_complete(self) -> None:
            super().on_response_complete()
            if not self.transport.is_closing():
                self._arm()  # the next request on this keep-alive connection gets its own deadline

        def connection_lost(self, exc: Exception | None) -> None:
            self._disarm()
            super().connection_lost(exc)

        def _arm(self) -> None:
            self._disarm()
            self._read_deadline = self.loop.call_later(read_timeout, self._read_timed_out)

        def _disarm(self) -> None:
            if self._read_deadline is not None:
                self._read_deadline.cancel()
                self._read_deadline = None

        def _read_timed_out(self) -> None:
            self._read_deadline = None
            if self.conn.their_state in (h11.IDLE, h11.SEND_BODY) and not self.transport.is_closing():
                self.transport.close()

    return GuardedH11Protocol


def server_config(app: Any, settings: Settings, host: str, port: int, *, log_level: str = "info") -> uvicorn.Config:
    """The uvicorn configuration the API runs with: h11 with the request deadline and the connection cap."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        http=guarded_protocol(settings.api_read_timeout, settings.api_max_connections),
        ws="none",
        lifespan="off",
        log_config=None,  # keep the root handler configure_logging installed
        access_log=False,  # AccessLogMiddleware logs each request as one structured line
        log_level=log_level,
        server_header=False,
        proxy_headers=False,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=10,
    )


def serve(settings: Settings, host: str, port: int, *, log_level: str = "info") -> None:
    """Serve the API until interrupted.

    Raises:
        ApiConfigError: unsafe auth settings.
    """
    secrets = [settings.api_token.get_secret_value()] if settings.api_token else []
    configure_logging(log_level.upper(), secrets=secrets)
    app = create_api(settings)
    log.info("API listening on http://%s:%d", host, port)
    uvicorn.Server(server_config(app, settings, host, port, log_level=log_level)).run()


__all__ = ["guarded_protocol", "serve", "server_config"]
