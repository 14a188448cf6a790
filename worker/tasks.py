"""The Celery task ``wireroom.ingest``: decode the job, run the pipeline, map errors to retries or a failed event."""

from __future__ import annotations

import json
import logging
import os
import random
import threading
from collections.abc import Callable, Mapping
from typing import Any

from celery import Celery, Task
from celery.exceptions import SoftTimeLimitExceeded
from celery.signals import worker_init, worker_process_init, worker_process_shutdown
from pydantic import ValidationError

from schemas.jobs import TASK_NAME, FetchJob, job_url_or_none
from worker import pipeline
from worker.broker.deadletter import DeadLetters, Rejection
from worker.entities import load_annotator
from worker.errors import (
    FetchTimeout,
    HostBusy,
    InvalidJob,
    JobIdConflict,
    ParseTimeout,
    PermanentError,
    RetryableError,
    StoreUnavailable,
    WireroomError,
    is_failure,
)
from worker.ops.tracking import JobTracker
from worker.pipeline import Resources
from worker.settings import Settings
from worker.store.client import redis_client
from worker.stream.publish import OutcomeExists, RedisStreamPublisher

log = logging.getLogger(__name__)

ResourceFactory = Callable[[Settings], Resources]


_preloaded_enrichers: dict[int, pipeline.Enricher | None] = {}
"""Enrichers loaded in a prefork parent before it forks, by ``id(settings)``: the children share them."""


def preload_enricher(settings: Settings) -> None:
    """Load the entity tagger now, in this process, for the resources built later from ``settings``.

    Called in the prefork parent (``worker_init``), so the model is loaded once before the pool forks, shared
    copy-on-write by every child, and loaded before the worker says it is ready (not inside a first task).

    Raises:
        EntityModelUnavailable: the configured spaCy pipeline is not installed.
    """
    _preloaded_enrichers[id(settings)] = load_annotator(settings)


def default_resources(settings: Settings) -> Resources:
    """The service's resources: an HTTP session, a Redis stream publisher and the entity tagger (the preloaded
    one if ``preload_enricher`` ran for these settings, else loaded now)."""
    client = redis_client(settings)
    publisher = RedisStreamPublisher.from_settings(settings, client)
    key = id(settings)
    enrich = _preloaded_enrichers[key] if key in _preloaded_enrichers else load_annotator(settings)
    return pipeline.build_resources(settings, publisher, enrich, redis=client)


def decode_job(payload: object, fallback_job_id: str | None = None) -> FetchJob:
    """Decode a task argument (a FetchJob dict, or its JSON text) into a ``FetchJob``.

    A payload without ``job_id`` gets ``fallback_job_id`` (the Celery task id, the same on every delivery).

    Raises:
        InvalidJob: not a JSON object, or not a valid FetchJob.
    """
    if isinstance(payload, str | bytes):
        try:
            payload = json.loads(payload)
        except ValueError as exc:
            raise InvalidJob(f"job payload is not JSON: {exc}") from exc
    if not isinstance(payload, Mapping):
        raise InvalidJob(f"job payload must be a JSON object, not {type(payload).__name__}")
    data = dict(payload)
    if not data.get("job_id") and fallback_job_id:
        data["job_id"] = fallback_job_id
    try:
        return FetchJob.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'job'}: {e['msg']}" for e in exc.errors())
        raise InvalidJob(f"invalid job: {problems}", url=job_url_or_none(data.get("url"))) from exc


def time_limit_error(exc: BaseException, url: str | None) -> ParseTimeout | None:
    """A retryable ``ParseTimeout`` if ``exc`` is, or was raised because of, the task's soft time limit.

    The limit fires inside whatever the task was doing; the parser's catch-all then reports it as a permanent
    ``NotHTML``/``InvalidRecord`` with the ``SoftTimeLimitExceeded`` chained as its cause. That is not the page's
    fault: it is retried.
    """
    seen: BaseException | None = exc
    for _ in range(20):  # a cause chain is short; bound the walk anyway
        if seen is None:
            return None
        if isinstance(seen, SoftTimeLimitExceeded):
            return ParseTimeout(f"the task's soft time limit fired while parsing: {exc}", url=url)
        seen = seen.__cause__ or seen.__context__
    return None


class IngestTask(Task):  # type: ignore[misc]
    """Base class of ``wireroom.ingest``: holds the settings and the per-process (per-thread) resources.

    Resources are built lazily in the process (thread) that runs tasks, never in the prefork parent, and are
    dropped in a forked child (``worker_process_init``) so no socket is shared across processes.
    """

    settings: Settings
    resource_factory: ResourceFactory = staticmethod(default_resources)
    _local: threading.local

    @property
    def resources(self) -> Resources:
        """This thread's resources, built on first use."""
        local = self.__dict__.setdefault("_local", threading.local())
        found: Resources | None = getattr(local, "resources", None)
        if found is None:
            found = self.resource_factory(self.settings)
            found.metrics = found.metrics or self.tracker.metrics
            local.resources = found
        return found

    @property
    def tracker(self) -> JobTracker:
        """This process's job tracker (status records, metrics, outcome logs), built on first use."""
        found: JobTracker | None = self.__dict__.get("_tracker")
        if found is None or found.pid != os.getpid():
            found = self.__dict__["_tracker"] = JobTracker.from_settings(self.settings)
        return found

    def drop_resources(self, *, close: bool) -> None:
        """Forget this thread's resources (closing them when ``close``), e.g. after a fork or at shutdown."""
        local = self.__dict__.get("_local")
        found: Resources | None = getattr(local, "resources", None) if local is not None else None
        if found is not None and local is not None:
            local.resources = None
            if close:
                try:
                    found.close()
                except WireroomError:
                    log.warning("closing resources failed", exc_info=True)

    def countdown(self, exc: WireroomError) -> float:
        """Seconds before the next attempt: the error's ``retry_after`` if known, else exponential backoff
        (``retry_backoff_base * 2**retries``, equal jitter), capped so the retry never outlives the broker's
        visibility timeout."""
        s = self.settings
        cap = s.retry_wait_cap
        if exc.retry_after is not None:
            return min(max(exc.retry_after, 0.0), cap)
        retries: int = self.request.retries or 0
        delay = min(s.retry_backoff_base * 2.0**retries, cap)
        return delay / 2 + random.uniform(0, delay / 2) if s.retry_jitter else delay

    def ingest(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
        """Run one delivery of the task; returns the published event id.

        Raises:
            celery.exceptions.Retry: a retryable error with retries left, or the failure event not publishable.
        """
        try:
            if len(args) != 1 or kwargs:
                raise InvalidJob(f"wireroom.ingest takes one FetchJob argument, got {len(args)} args, {len(kwargs)}")
            job = decode_job(args[0], self.request.id)
        except InvalidJob as exc:
            return self.publish_failure(None, exc, job_id=self.request.id or "unknown", url=exc.url)
        if self.reuses_id(job):
            return None
        self.tracker.started(job.job_id, job.url, self.request.retries or 0)
        try:
            if self.resources.admission is not None:
                self.resources.admission.count_delivery(job.job_id, self.request.retries or 0, url=job.url)
            event_id = pipeline.process(job, self.resources).id
            self.tracker.ingested(job.job_id, job.url, self.request.retries or 0, event_id)
            return event_id
        except OutcomeExists as exc:
            return self.settled(job.job_id, job.url, exc)
        except SoftTimeLimitExceeded as exc:
            return self.retry_or_fail(job, FetchTimeout(f"task soft time limit hit: {exc}", url=job.url))
        except RetryableError as exc:
            return self.retry_or_fail(job, exc)
        except PermanentError as exc:
            timeout = time_limit_error(exc, job.url)
            if timeout is not None:
                return self.retry_or_fail(job, timeout)
            return self.publish_failure(job, exc)
        except BaseException as exc:
            if not is_failure(exc):
                raise  # the worker's shutdown, an interrupt: Celery's to handle
            log.exception("unexpected error in wireroom.ingest for %s", job.url)
            return self.publish_failure(job, PermanentError(f"{type(exc).__name__}: {exc}", url=job.url))

    def reuses_id(self, job: FetchJob) -> bool:
        """True (and the message kept as a dead letter, no event) if the job's id is recorded for another URL.

        A job id is one request: its one outcome belongs to the job first recorded under it, so a second job
        wearing the id (pushed past the producers' check, ``worker.broker.enqueue``) is not run and publishes nothing.
        """
        try:
            (known,) = self.tracker.store.urls_of([job.job_id])
        except StoreUnavailable:
            return False  # bookkeeping unreadable: run the job rather than hold it
        if known is None or known == job.url:
            return False
        conflict = JobIdConflict(f"job id {job.job_id!r} is already used for another URL", url=job.url)
        rejection = Rejection(conflict.message, job.job_id, job.url)
        queue = (self.request.delivery_info or {}).get("routing_key") or self.settings.queue_name
        self.dead_letters.reject(job.model_dump_json(), rejection, queue, fail_job=False)
        return True

    @property
    def dead_letters(self) -> DeadLetters:
        """This process's dead-letter list, built on first use."""
        found: DeadLetters | None = self.__dict__.get("_dead_letters")
        if found is None:
            found = self.__dict__["_dead_letters"] = DeadLetters(
                self.settings, redis_client(self.settings), lambda: self.tracker
            )
        return found

    def retry_or_fail(self, job: FetchJob, exc: RetryableError) -> str | None:
        """Retry with ``countdown(exc)`` while retries are left, else publish the failed event.

        A busy host (``HostBusy``: politeness) is not the page's fault: those deferrals have their own budget,
        ``host_busy_max_retries``, and back off exponentially from the gate's ``retry_after`` so that many jobs
        of one host spread out instead of all coming back together. The other retryable errors share
        ``max_retries``; Celery's retry number counts both, so the deferrals (kept in the job-status record) are
        subtracted. If that record cannot be read, every retry counts against ``max_retries``.

        Raises:
            celery.exceptions.Retry: a retry was scheduled.
        """
        retries: int = self.request.retries or 0
        busy = isinstance(exc, HostBusy)
        deferrals = self.tracker.host_busy(job.job_id, count=busy)
        if busy and deferrals is not None and deferrals <= self.settings.host_busy_max_retries:
            self.tracker.retrying(job.job_id, job.url, retries, exc)
            raise self.retry(exc=exc, countdown=self.busy_countdown(exc, deferrals), max_retries=retries + 1)
        used = retries - (deferrals or 0) + (1 if busy and deferrals is not None else 0)
        if used < self.max_retries:
            self.tracker.retrying(job.job_id, job.url, retries, exc)
            raise self.retry(exc=exc, countdown=self.countdown(exc), max_retries=retries + 1)
        return self.publish_failure(job, exc)

    def settled(self, job_id: str, url: str | None, exc: OutcomeExists) -> str:
        """An earlier run of the job published its other outcome (then died before the ack, and the page changed
        since): keep that one, record it as the job's state, and publish nothing."""
        log.warning("%s; this run's outcome is dropped", exc, extra={"job_id": job_id, "url": url})
        self.tracker.settled(job_id, url, self.request.retries or 0, exc.event_type, exc.event_id)
        return exc.event_id

    def busy_countdown(self, exc: WireroomError, deferrals: int) -> float:
        """Seconds before retrying a job whose host was busy for the ``deferrals``-th time: at least the gate's
        ``retry_after``, up to ``retry_backoff_base * 2**deferrals`` with jitter, capped like ``countdown``."""
        s = self.settings
        cap = s.retry_wait_cap
        spread = min(s.retry_backoff_base * 2.0 ** min(deferrals, 30), cap)
        return min(max(exc.retry_after or 0.0, random.uniform(spread / 2, spread)), cap)

    def publish_failure(
        self, job: FetchJob | None, exc: WireroomError, *, job_id: str | None = None, url: str | None = None
    ) -> str | None:
        """Publish the job's one failed event; if that fails, retry the task (up to a second budget of retries).

        Raises:
            celery.exceptions.Retry: the failed event could not be published.
        """
        attempts = self.request.retries + 1
        the_id, the_url = (job.job_id, job.url) if job is not None else (job_id or "unknown", url)
        try:
            event_id = pipeline.fail(job, exc, attempts, self.resources, job_id=job_id, url=url).id
            self.tracker.failed(the_id, the_url, self.request.retries or 0, exc, event_id)
            return event_id
        except OutcomeExists as settled:
            return self.settled(the_id, the_url, settled)
        except StoreUnavailable as publish_exc:
            log.warning("could not publish the failed event of %s: %s", job_id or (job and job.job_id), publish_exc)
            self.tracker.retrying(the_id, the_url, self.request.retries or 0, publish_exc)
            raise self.retry(
                exc=publish_exc,
                countdown=self.countdown(publish_exc),
                max_retries=self.max_retries + self.settings.max_retries + 1,
            ) from publish_exc


def _drop_all(app: Celery, *, close: bool) -> None:
    for task in list(app.tasks.values()):
        if isinstance(task, IngestTask):
            task.drop_resources(close=close)


def register_tasks(app: Celery, settings: Settings, resource_factory: ResourceFactory = default_resources) -> Task:
    """Register ``wireroom.ingest`` on ``app`` with the retry policy from ``settings``; returns the task."""

    @app.task(  # type: ignore[untyped-decorator]
        bind=True,
        base=IngestTask,
        name=TASK_NAME,
        settings=settings,
        resource_factory=staticmethod(resource_factory),
        acks_late=True,
        reject_on_worker_lost=True,
        ignore_result=True,
        max_retries=settings.max_retries,
        retry_backoff=settings.retry_backoff_base,
        retry_backoff_max=settings.retry_backoff_max,
        retry_jitter=settings.retry_jitter,
        typing=False,
    )
    def ingest(self: IngestTask, *args: Any, **kwargs: Any) -> str | None:
        return self.ingest(args, kwargs)

    def _before_fork(sender: Any = None, **_: Any) -> None:
        pool = getattr(sender, "pool_cls", None)  # a class, or still a name ("prefork", "processes")
        name = pool if isinstance(pool, str) else str(getattr(pool, "__module__", ""))
        if name.endswith(("prefork", "processes")) and resource_factory is default_resources:
            preload_enricher(settings)

    def _after_fork(**_: Any) -> None:
        _drop_all(app, close=False)

    def _at_exit(**_: Any) -> None:
        _drop_all(app, close=True)

    worker_init.connect(_before_fork, weak=False)
    worker_process_init.connect(_after_fork, weak=False)
    worker_process_shutdown.connect(_at_exit, weak=False)
    return ingest


__all__ = [
    "TASK_NAME",
    "IngestTask",
    "ResourceFactory",
    "decode_job",
    "default_resources",
    "register_tasks",
    "time_limit_error",
]
