"""``wireroom health``: exit 0 if the worker's heartbeat file is fresh, 1 if not (for watchdogs and HEALTHCHECK)."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("health")
@click.option(
    "--file",
    "path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Heartbeat file [default: WIREROOM_HEARTBEAT_FILE].",
)
@click.option("--max-age", type=click.FloatRange(min=0, min_open=True), default=None, help="Seconds [default: 60].")
@click.option("-q", "--quiet", is_flag=True, help="No output, exit status only.")
def health_command(path: Path | None, max_age: float | None, quiet: bool) -> None:
    """Check the age of the heartbeat file a running worker touches every few seconds. No Redis, no broker."""
    from worker.heartbeat import file_age  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)

    if path is None or max_age is None:
        from worker.settings import Settings  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)

        settings = Settings()
        path = path or settings.heartbeat_file
        max_age = max_age if max_age is not None else settings.heartbeat_max_age
    age = file_age(path)
    if age is None:
        if not quiet:
            click.echo(f"unhealthy: no heartbeat file {path}", err=True)
        raise SystemExit(1)
    if age > max_age:
        if not quiet:
            click.echo(f"unhealthy: heartbeat {age:.1f}s old (max {max_age:g}s): {path}", err=True)
        raise SystemExit(1)
    if not quiet:
        click.echo(f"healthy: heartbeat {age:.1f}s old")
