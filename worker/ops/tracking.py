"""Bookkeeping of the ingest task: job-status writes, job metrics and one structured log line per outcome."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from worker.broker.jobstatus import JobStatusStore
from worker.errors import StoreUnavailable, WireroomError
from worker.ops.metrics import WorkerMetrics, process_worker_metrics
from worker.settings import Settings
from worker.store.client import redis_client

log = logging.getLogger("wireroom.jobs")


class JobTracker:
    """Records each job's life (started, retrying, ingested, failed). No method raises: bookkeeping never fails a job.

    One per worker process (``pid`` tells a copy inherited across a fork); safe to share between threads.
    """

    def __init__(self, store: JobStatusStore, metrics: WorkerMetrics) -> None:
        self.store = store
        self.metrics = metrics
        self.pid = os.getpid()
        self._started: dict[str, float] = {}

    @classmethod
    def from_settings(cls, settings: Settings) -> JobTracker:
        """A tracker writing to the Redis of ``settings``, counting into this process's worker metrics."""
        client = redis_client(settings, "status")
        return cls(JobStatusStore.from_settings(client, settings), process_worker_metrics())

    def started(self, job_id: str, url: str, attempt: int) -> None:
        """A delivery of the job began (``attempt`` 0 first)."""
        if job_id not in self._started:
            self.metrics.jobs_in_progress.inc()
        self._started[job_id] = time.perf_counter()
        self.metrics.jobs_received.inc()
        self.metrics.take_stage_times()
        self._write(self.store.mark_running, job_id, attempt, url=url)

    def ingested(self, job_id: str, url: str, attempt: int, event_id: str) -> None:
        """The job's article was published as event ``event_id``."""
        started = self._finish(job_id)
        self.metrics.jobs_succeeded.inc()
        self.metrics.events_published.labels("ingested").inc()
        self._write(self.store.mark_ingested, job_id, attempt, event_id)
        self._log(logging.INFO, "ingested", job_id, url, attempt, started=started, event_id=event_id)

    def retrying(self, job_id: str, url: str | None, attempt: int, error: WireroomError) -> None:
        """The attempt failed with a retryable error; a retry is being scheduled."""
        started = self._finish(job_id)
        self.metrics.jobs_retried.labels(error.type_name).inc()
        self._write(self.store.mark_retrying, job_id, attempt, error.type_name)
        self._log(logging.WARNING, "retrying", job_id, url, attempt, started=started, error=error)

    def settled(self, job_id: str, url: str | None, attempt: int, event_type: str, event_id: str) -> None:
        """The job's outcome was published by an earlier run (event ``event_id`` of type ``event_type``)."""
        self._finish(job_id)
        if event_type.endswith("ingested"):
            self._write(self.store.mark_ingested, job_id, attempt, event_id)
        else:
            self._write(self.store.mark_failed, job_id, attempt, "", event_id)  # keeps the recorded error type

    def host_busy(self, job_id: str, *, count: bool) -> int | None:
        """The job's politeness deferrals so far (``count``: after counting one more); None if Redis failed."""
        try:
            return self.store.count_host_busy(job_id) if count else self.store.host_busy(job_id)
        except StoreUnavailable as exc:
            self.metrics.status_write_errors.inc()
            log.warning("politeness deferral not recorded: %s", exc, extra={"job_id": job_id})
            return None

    def failed(self, job_id: str, url: str | None, attempt: int, error: WireroomError, event_id: str) -> None:
        """The job failed for good; its failure was published as event ``event_id``."""
        started = self._finish(job_id)
        self.metrics.jobs_failed.labels(error.type_name).inc()
        self.metrics.events_published.labels("failed").inc()
        self._write(self.store.mark_failed, job_id, attempt, error.type_name, event_id)
        self._log(logging.WARNING, "failed", job_id, url, attempt, started=started, event_id=event_id, error=error)

    def _finish(self, job_id: str) -> float | None:
        """End the job's in-progress span first (so no scrape sees it succeeded and still running)."""
        started = self._started.pop(job_id, None)
        if started is not None:
            self.metrics.jobs_in_progress.dec()
        return started

    def _write(self, method: Callable[..., object], *args: object, **kwargs: object) -> None:
        try:
            method(*args, **kwargs)
        except StoreUnavailable as exc:
            self.metrics.status_write_errors.inc()
            log.warning("job status not recorded: %s", exc, extra={"job_id": args[0] if args else None})

    def _log(
        self,
        level: int,
        outcome: str,
        job_id: str,
        url: str | None,
        attempt: int,
        *,
        started: float | None,
        event_id: str | None = None,
        error: WireroomError | None = None,
    ) -> None:
        fields: dict[str, object] = {"job_id": job_id, "url": url, "outcome": outcome, "attempt": attempt}
        if started is not None:
            fields["duration_s"] = round(time.perf_counter() - started, 6)
        fields.update(self.metrics.take_stage_times())
        if event_id is not None:
            fields["event_id"] = event_id
        if error is not None:
            fields["error_type"] = error.type_name
            log.log(level, "job %s %s: %s", job_id, outcome, error.message, extra=fields)
        else:
            log.log(level, "job %s %s", job_id, outcome, extra=fields)


__all__ = ["JobTracker"]
