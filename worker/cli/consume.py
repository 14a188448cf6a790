"""``wireroom consume``: print events from the stream as a consumer group member, one JSON line each."""

from __future__ import annotations

import os
import socket

import click

from worker.errors import StoreUnavailable
from worker.settings import Settings
from worker.store.client import redis_client
from worker.stream.consume import EventConsumer


@click.command("consume")
@click.option("--group", "-g", default="wireroom-cli", show_default=True, help="Consumer group.")
@click.option("--consumer", "-c", default=None, help="Consumer name (default: host-pid).")
@click.option("--count", "-n", type=click.IntRange(min=1), default=None, help="Stop after N events (waits for them).")
@click.option("--follow", "-f", is_flag=True, help="Keep waiting for new events.")
@click.option("--block-ms", type=click.IntRange(min=1), default=1000, show_default=True, help="Wait per read.")
@click.option("--timeout", type=click.FloatRange(min=0), default=None, help="Give up after this many seconds.")
@click.option("--from-start/--from-now", default=True, show_default=True, help="Where a new group starts.")
def consume_command(
    *,
    group: str,
    consumer: str | None,
    count: int | None,
    follow: bool,
    block_ms: int,
    timeout: float | None,
    from_start: bool,
) -> None:
    """Print events of the stream, one JSON line each, acking each after it is printed.

    Without --count or --follow, stops when no new event arrives within --block-ms. Exit status 1 when
    --count events did not arrive before --timeout.
    """
    settings = Settings()  # a bad setting: one line from the command group
    client = redis_client(settings)
    reader = EventConsumer(
        client,
        settings.events_stream,
        group,
        consumer or f"{socket.gethostname()}-{os.getpid()}",
        claim_idle_ms=settings.consume_claim_idle_ms,
        start_id="0" if from_start else "$",
    )
    printed = 0
    try:
        for event in reader.events(limit=count, follow=follow, block_ms=block_ms, timeout=timeout):
            click.echo(event.model_dump_json())
            printed += 1
    except StoreUnavailable as exc:
        raise click.ClickException(exc.message) from exc
    finally:
        client.close()
    if count is not None and printed < count:
        click.echo(f"only {printed} of {count} events before the timeout", err=True)
        raise SystemExit(1)


__all__ = ["consume_command"]
