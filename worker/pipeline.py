"""The ingestion pipeline of one job: fetch → parse → (enrich) → build event → publish. No Celery in here."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

import requests
from redis import Redis

from schemas.article import ArticleRecord
from schemas.events import ArticleFailed, ArticleIngested
from schemas.jobs import FetchJob
from worker.errors import WireroomError
from worker.fetch.admission import Admission
from worker.fetch.fetch import fetch, make_session
from worker.parse import parse_article
from worker.settings import Settings
from worker.stream import events
from worker.stream.publish import EventPublisher

if TYPE_CHECKING:  # the pipeline stays free of Celery and prometheus imports
    from worker.ops.metrics import WorkerMetrics


class Parser(Protocol):
    """The parser's entry point (``worker.parse.parse_article``)."""

    def __call__(
        self, data: bytes, url: str | None = None, headers: Mapping[str, str] | None = None
    ) -> ArticleRecord: ...


Enricher = Callable[[ArticleRecord], ArticleRecord]
"""A step that adds to a parsed record, e.g. ``EntityTagger(...).annotate``; raises only ``worker.errors`` types."""


@dataclass
class Resources:
    """Everything one process needs to run jobs, built once per process (see ``worker.tasks.IngestTask``)."""

    settings: Settings
    session: requests.Session
    publisher: EventPublisher
    parse: Parser = parse_article
    enrich: Enricher | None = field(default=None)
    admission: Admission | None = field(default=None)
    metrics: WorkerMetrics | None = field(default=None)

    def close(self) -> None:
        """Release the HTTP session and the publisher's connections."""
        self.session.close()
        self.publisher.close()


def build_resources(
    settings: Settings,
    publisher: EventPublisher,
    enrich: Enricher | None = None,
    *,
    redis: Redis | None = None,
    polite: bool = False,
) -> Resources:
    """Resources with a fresh HTTP session for ``settings`` and the given publisher (and enricher).

    The entity tagger plugs in here: pass ``enrich=EntityTagger(...).annotate``. With ``redis``, jobs also go
    through ``worker.fetch.admission`` (delivery counter, robots.txt, per-host politeness) on that server; without it,
    ``polite`` checks robots.txt and spaces requests per host within this process (``Admission.embedded``).
    """
    session = make_session(settings)
    admission = (
        Admission.from_settings(settings, session, redis)
        if redis is not None
        else (Admission.embedded(settings, session) if polite else None)
    )
    return Resources(settings=settings, session=session, publisher=publisher, enrich=enrich, admission=admission)


def process(job: FetchJob, resources: Resources) -> ArticleIngested:
    """Fetch, parse, enrich and publish the article of ``job``; returns the published event.

    Raises:
        RetryableError: FetchTimeout, ConnectionFailed, UpstreamUnavailable, StoreUnavailable (and others
            raised by pluggable steps).
        PermanentError: InvalidURL, PageGone, TooManyRedirects, TooLarge, NotHTML, NoArticleContent,
            InvalidRecord, BlockedDestination.
    """
    started = time.perf_counter()
    page = fetch(job.url, resources.session, resources.settings, admission=resources.admission)
    fetched = time.perf_counter()
    record = resources.parse(page.body, url=page.url, headers=page.headers)
    if resources.metrics is not None:
        resources.metrics.observe_fetch(fetched - started, len(page.body))
        resources.metrics.observe_parse(time.perf_counter() - fetched)
    if resources.enrich is not None:
        record = resources.enrich(record)
    event = events.ingested(job, record, resources.settings.event_source)
    resources.publisher.publish(event)
    return event


def fail(
    job: FetchJob | None,
    error: WireroomError,
    attempts: int,
    resources: Resources,
    *,
    job_id: str | None = None,
    url: str | None = None,
) -> ArticleFailed:
    """Publish the one ``wireroom.article.failed`` event of a job.

    ``job`` is None when the payload could not be decoded; ``job_id`` (required then) and ``url`` name it.

    Raises:
        StoreUnavailable: the event could not be published (the caller retries; the id stays the same).
        ValueError: neither ``job`` nor ``job_id`` given (a programming error).
    """
    the_id = job.job_id if job is not None else job_id
    if not the_id:
        raise ValueError("fail() needs a job or a job_id")
    the_url = job.url if job is not None else url
    event = events.failed(the_id, the_url, error, attempts, resources.settings.event_source, job=job)
    resources.publisher.publish(event)
    return event


__all__ = ["Enricher", "Parser", "Resources", "build_resources", "fail", "process"]
