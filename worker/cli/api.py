"""``wireroom api``: serve the HTTP intake API."""

from __future__ import annotations

import click


@click.command("api")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind.")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535), help="Port to bind.")
@click.option("--log-level", default="info", show_default=True, type=click.Choice(["debug", "info", "warning"]))
def api_command(host: str, port: int, log_level: str) -> None:
    """Serve POST /v1/jobs, GET /v1/jobs/{id}, /healthz, /readyz and /metrics (settings from WIREROOM_*)."""
    from worker.api.auth import ApiConfigError  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)
    from worker.api.server import serve  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)
    from worker.settings import Settings  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)

    settings = Settings()  # a bad setting: one line from the command group
    try:
        serve(settings, host, port, log_level=log_level)
    except ApiConfigError as exc:
        raise click.ClickException(str(exc)) from exc
    except KeyboardInterrupt:  # uvicorn re-raises SIGINT after its graceful shutdown
        return
