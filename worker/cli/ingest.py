"""``wireroom ingest``: fetch, parse and print the events of URLs in this process (embedded mode, no Redis)."""

from __future__ import annotations

import click

from worker import pipeline
from worker.broker.enqueue import make_job
from worker.entities import load_annotator
from worker.errors import InvalidURL, WireroomError
from worker.settings import Settings
from worker.stream.publish import StdoutPublisher


@click.command("ingest")
@click.argument("urls", nargs=-1, required=True)
def ingest_command(urls: tuple[str, ...]) -> None:
    """Fetch and parse URL... now, printing one CloudEvents JSON line per URL (ingested or failed) to stdout.

    No queue and no retries. robots.txt and the per-host minimum delay are respected (``WIREROOM_RESPECT_ROBOTS``,
    ``WIREROOM_HOST_MIN_DELAY``). Exit status 1 if any URL failed.
    """
    settings = Settings()  # a bad setting: one line from the command group
    enrich = load_annotator(settings)
    resources = pipeline.build_resources(settings, StdoutPublisher(), enrich, polite=True)
    failures = 0
    try:
        for url in urls:
            try:
                job = make_job(url, source="cli:ingest")
            except InvalidURL as exc:
                failures += 1
                pipeline.fail(None, exc, 1, resources, job_id=f"invalid:{url}", url=url)
                continue
            try:
                pipeline.process(job, resources)
            except WireroomError as exc:
                failures += 1
                pipeline.fail(job, exc, 1, resources)
                click.echo(f"{url}: {exc.type_name}: {exc.message}", err=True)
    finally:
        resources.close()
    if failures:
        raise SystemExit(1)


__all__ = ["ingest_command"]
