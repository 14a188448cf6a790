"""``wireroom status``: queue depth, in-flight and retrying jobs, stream and consumer groups, live workers."""

from __future__ import annotations

import json

import click

from worker.ops.snapshot import Snapshot


def render_table(snap: Snapshot) -> str:
    """The snapshot as a plain-text table."""
    rows = [
        ("queue", snap.queue),
        ("queued", str(snap.queue_depth)),
        ("in flight (unacked)", str(snap.unacked)),
        ("retrying", str(snap.retrying)),
        ("stream", snap.stream),
        ("stream length", str(snap.stream_length)),
    ]
    for group in snap.groups:
        lag = "?" if group.lag is None else str(group.lag)
        rows.append((f"group {group.name}", f"pending {group.pending}, lag {lag}, consumers {group.consumers}"))
    if not snap.groups:
        rows.append(("groups", "none"))
    rows.append(("dead letters", f"{snap.dead_letters} kept, {snap.dead_letters_total} refused in all"))
    rows.append(("live workers", str(len(snap.workers))))
    for beat in snap.workers:
        rows.append((f"  {beat.hostname}", f"pid {beat.pid}, last heartbeat {beat.age:.1f}s ago"))
    share = " (no maxmemory)"
    if snap.max_memory:
        share = f" ({100 * snap.used_memory / snap.max_memory:.0f}% of maxmemory)"
    rows.append(("redis memory", f"{snap.used_memory / 1_048_576:.1f} MiB{share}"))
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name:<{width}}  {value}" for name, value in rows)


@click.command("status")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a table.")
def status_command(as_json: bool) -> None:
    """Show the queue, the events stream and the workers, as Redis sees them now. Exit 1 if Redis is down."""
    from worker.errors import StoreUnavailable  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)
    from worker.ops.snapshot import take_snapshot  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)
    from worker.settings import Settings  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)
    from worker.store.client import redis_client  # noqa: PLC0415 (lazy: keeps `wireroom health` cheap)

    settings = Settings()
    client = redis_client(settings, "status")
    try:
        snap = take_snapshot(client, settings)
    except StoreUnavailable as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        client.close()
    click.echo(json.dumps(snap.as_dict(), indent=2) if as_json else render_table(snap))
