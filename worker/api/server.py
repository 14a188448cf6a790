"""Run the API under uvicorn with wireroom's logging (the ``wireroom api`` command)."""

from __future__ import annotations

import logging

import uvicorn

from worker.api.app import create_api
from worker.logs import configure_logging
from worker.settings import Settings


def serve(settings: Settings, host: str, port: int, *, log_level: str = "info") -> None:
    """Serve the API until interrupted.

    Raises:
        ApiConfigError: unsafe auth settings.
    """
    secrets = [settings.api_token.get_secret_value()] if settings.api_token else []
    configure_logging(log_level.upper(), secrets=secrets)
    app = create_api(settings)
    config = uvicorn.Config(
        app,
        host=host,
        port=port,
        log_config=None,  # keep the root handler configure_logging installed
        access_log=False,  # AccessLogMiddleware logs each request as one structured line
        log_level=log_level,
        server_header=False,
        proxy_headers=False,
        timeout_graceful_shutdown=10,
    )
    logging.getLogger("wireroom.api").info("API listening on http://%s:%d", host, port)
    uvicorn.Server(config).run()


__all__ = ["serve"]
