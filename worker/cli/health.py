"""``wireroom health``: exit 0 if the worker's heartbeat file is fresh, 1 if not (for watchdogs and HEALTHCHECK)."""

from __future__ import annotations

from pathlib import Path

import click

from worker.liveness import check


@click.command("health")
@click.option(
    "--file",
    "path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Heartbeat file [default: WIREROOM_HEARTBEAT_FILE].",
)
@click.option(
    "--max-age",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    help="Seconds [default: WIREROOM_HEARTBEAT_MAX_AGE].",
)
@click.option("-q", "--quiet", is_flag=True, help="No output, exit status only.")
def health_command(path: Path | None, max_age: float | None, quiet: bool) -> None:
    """Check the age of the heartbeat file a running worker touches every few seconds. No Redis, no broker.

    For the cheapest probe (no CLI imports), run ``python -m worker.liveness`` instead: same check.
    """
    if path is None or max_age is None:
        from worker.settings import Settings  # noqa: PLC0415 (only when a default is needed)

        settings = Settings()
        path = path or settings.heartbeat_file
        max_age = max_age if max_age is not None else settings.heartbeat_max_age
    healthy, verdict = check(path, max_age)
    if not quiet:
        click.echo(verdict, err=not healthy)
    raise SystemExit(0 if healthy else 1)
