"""``wireroom enqueue``: queue URLs (arguments, or one per line of a file or stdin) for the workers."""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import islice
from typing import IO

import click
from tqdm import tqdm

from worker.broker.enqueue import CHUNK_SIZE, prepare, push
from worker.broker.jobstatus import JobStatusStore
from worker.errors import StoreUnavailable
from worker.ops.logs import Redactor
from worker.settings import Settings
from worker.store.client import redis_client

EXIT_INVALID = 2
MAX_LINE = 1 << 20
"""Longest line of ``--file`` read, in characters: a longer one (``/dev/zero``, a binary file) stops the command."""


def _lines(handle: IO[str]) -> Iterator[str]:
    """The URLs of ``handle``, one a line, read a line at a time and never more than ``MAX_LINE`` at once.

    Raises:
        click.ClickException: a line is longer than ``MAX_LINE`` or the file is not UTF-8 text.
    """
    number = 0
    while True:
        number += 1
        try:
            line = handle.readline(MAX_LINE + 1)
        except UnicodeDecodeError as exc:
            raise click.ClickException(f"--file line {number}: not UTF-8 text ({exc.reason})") from exc
        if not line:
            return
        if len(line) > MAX_LINE:
            raise click.ClickException(f"--file line {number} is longer than {MAX_LINE} characters: not a URL list")
        text = line.strip()
        if text and not text.startswith("#"):
            yield text


def _chunks(items: Iterator[str], size: int) -> Iterator[list[str]]:
    while chunk := list(islice(items, size)):
        yield chunk


@click.command("enqueue")
@click.argument("urls", nargs=-1)
@click.option("--file", "-f", "file", type=click.File("r", encoding="utf-8"), help="URLs, one a line ('-': stdin).")
@click.option("--priority", type=click.IntRange(0, 9), default=None, help="0 (default) is served first, 9 last.")
@click.option("--source", default=None, help="Who asks, echoed in the events (e.g. 'rss:bbc').")
@click.option("--metadata", default=None, help="A JSON object echoed in the events.")
@click.option("--quiet", "-q", is_flag=True, help="Do not print the job ids.")
def enqueue_command(
    *,
    urls: tuple[str, ...],
    file: IO[str] | None,
    priority: int | None,
    source: str | None,
    metadata: str | None,
    quiet: bool,
) -> None:
    """Queue URL... (and/or the URLs of --file) for ingestion; prints one job id per queued URL.

    Invalid URLs are reported on stderr and make the exit status 2; the valid ones are still queued.
    """
    if not urls and file is None:
        raise click.UsageError("give URLs or --file")
    settings = Settings()  # a bad setting: one line from the command group
    try:
        meta = json.loads(metadata) if metadata else None
    except ValueError as exc:
        raise click.ClickException(f"--metadata is not JSON: {exc}") from exc
    if meta is not None and not isinstance(meta, dict):
        raise click.ClickException("--metadata must be a JSON object")
    items: Iterator[str] = iter(urls)
    if file is not None:
        items = iter([*urls, *_lines(file)]) if urls else _lines(file)
    client = redis_client(settings)
    status = JobStatusStore.from_settings(client, settings)
    queued = invalid = 0
    redact = Redactor()
    progress = tqdm(unit=" URLs", desc="enqueue", disable=file is None or None, leave=False)
    try:
        for chunk in _chunks(items, CHUNK_SIZE):
            prepared = prepare(chunk, priority=priority, source=source, metadata=meta)
            for _, url, problem in prepared.invalid:
                shown = redact(url if len(url) <= 200 else url[:200] + "…")  # no password, no megabyte URL
                click.echo(f"invalid URL {shown!r}: {problem.message}", err=True)
            ids = push(prepared.jobs, client, settings.queue_name, status=status)
            queued += len(ids)
            invalid += len(prepared.invalid)
            progress.update(len(chunk))
            if not quiet:
                click.echo("\n".join(ids))
    except StoreUnavailable as exc:
        raise click.ClickException(f"{exc.message} (queued {queued} before the failure)") from exc
    finally:
        progress.close()
        client.close()
    click.echo(f"queued {queued} job(s) on {settings.queue_name!r}; {invalid} invalid", err=True)
    if invalid:
        raise SystemExit(EXIT_INVALID)


__all__ = ["enqueue_command"]
