"""``wireroom worker``: run a Celery worker of the app in ``worker.main`` (settings from ``WIREROOM_*``)."""

from __future__ import annotations

import click


@click.command("worker", context_settings={"ignore_unknown_options": True})
@click.option(
    "--concurrency", "-c", type=click.IntRange(min=1), default=None, help="Processes/threads (default: cores)"
)
@click.option(
    "--pool",
    "-P",
    type=click.Choice(["prefork", "threads", "solo"]),
    default=None,
    help="Execution pool (default: WIREROOM_WORKER_POOL).",
)
@click.option("--loglevel", "-l", default="INFO", show_default=True)
@click.option("--hostname", "-n", default=None, help="Node name, e.g. worker1@%h.")
@click.argument("celery_args", nargs=-1, type=click.UNPROCESSED)
def worker_command(
    concurrency: int | None, pool: str | None, loglevel: str, hostname: str | None, celery_args: tuple[str, ...]
) -> None:
    """Start a worker consuming the wireroom queue; extra arguments go to ``celery worker`` as is.

    SIGTERM gives a warm shutdown: running tasks finish, unstarted ones go back to the queue.
    """
    from worker.main import app  # noqa: PLC0415 (importing it builds the settings: only when the command runs)

    argv = ["worker", f"--loglevel={loglevel}", "--without-gossip", "--without-mingle"]
    if concurrency:
        argv.append(f"--concurrency={concurrency}")
    if pool:
        argv.append(f"--pool={pool}")
    if hostname:
        argv.append(f"--hostname={hostname}")
    argv.extend(celery_args)
    app.worker_main(argv)


__all__ = ["worker_command"]
