"""Prometheus metrics: worker counters (multiprocess-safe), API counters, Redis backlog gauges read at scrape time."""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import redis
from celery import bootsteps, signals
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, multiprocess, start_http_server, values
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector

from worker.errors import StoreUnavailable
from worker.ops.snapshot import take_snapshot
from worker.settings import Settings
from worker.store.client import redis_client

log = logging.getLogger(__name__)

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
DURATION_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class WorkerMetrics:
    """The counters and histograms one worker process updates.

    In multiprocess mode pass ``registry=None``: the values live in ``PROMETHEUS_MULTIPROC_DIR`` and the main
    process collects them. Otherwise pass a registry of your own (one per instance, so tests can build many).
    """

    def __init__(self, registry: CollectorRegistry | None) -> None:
        self.jobs_received = Counter("wireroom_jobs_received", "Job deliveries a worker started.", registry=registry)
        self.jobs_succeeded = Counter("wireroom_jobs_succeeded", "Jobs published as ingested.", registry=registry)
        self.jobs_failed = Counter(
            "wireroom_jobs_failed", "Jobs failed for good, by error type.", ["error_type"], registry=registry
        )
        self.jobs_retried = Counter(
            "wireroom_jobs_retried", "Attempts scheduled for retry, by error type.", ["error_type"], registry=registry
        )
        self.fetch_seconds = Histogram(
            "wireroom_fetch_duration_seconds", "Time to fetch one page.", buckets=DURATION_BUCKETS, registry=registry
        )
        self.parse_seconds = Histogram(
            "wireroom_parse_duration_seconds", "Time to parse one page.", buckets=DURATION_BUCKETS, registry=registry
        )
        self.fetched_bytes = Counter("wireroom_fetched_bytes", "Body bytes fetched.", registry=registry)
        self.events_published = Counter(
            "wireroom_events_published", "Events written to the stream, by type.", ["type"], registry=registry
        )
        self.jobs_in_progress = Gauge(
            "wireroom_jobs_in_progress",
            "Jobs a worker process is running now (live processes only).",
            registry=registry,
            multiprocess_mode="livesum",
        )
        self.status_write_errors = Counter(
            "wireroom_job_status_write_errors", "Job-status writes that failed.", registry=registry
        )
        self._stages = threading.local()

    def observe_fetch(self, seconds: float, nbytes: int) -> None:
        """Record one page fetch: its duration and body size."""
        self.fetch_seconds.observe(seconds)
        self.fetched_bytes.inc(nbytes)
        self._stage_times()["fetch_s"] = round(seconds, 6)

    def observe_parse(self, seconds: float) -> None:
        """Record one page parse."""
        self.parse_seconds.observe(seconds)
        self._stage_times()["parse_s"] = round(seconds, 6)

    def take_stage_times(self) -> dict[str, float]:
        """The fetch/parse durations recorded in this thread since the last call (for the job's log line)."""
        times = self._stage_times()
        self._stages.times = {}
        return times

    def _stage_times(self) -> dict[str, float]:
        times: dict[str, float] | None = getattr(self._stages, "times", None)
        if times is None:
            times = self._stages.times = {}
        return times


def process_worker_metrics() -> WorkerMetrics:
    """Worker metrics for this process: into the multiprocess directory if one is set, else a private registry."""
    return WorkerMetrics(None if os.environ.get(MULTIPROC_ENV) else CollectorRegistry())


class ApiMetrics:
    """The counters of the HTTP intake API (a single process: an ordinary registry)."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.jobs_accepted = Counter("wireroom_api_jobs_accepted", "Jobs accepted and enqueued.", registry=registry)
        self.requests = Counter(
            "wireroom_api_requests", "Requests answered, by route and status.", ["route", "status"], registry=registry
        )
        self.rate_limited = Counter("wireroom_api_rate_limited", "Requests refused with 429.", registry=registry)


class RedisCollector(Collector):
    """Queue depth, in-flight and retrying jobs, stream length, consumer-group pending/lag and Redis memory.

    Read from Redis at each scrape; ``wireroom_redis_up`` is 0 when Redis cannot be read.
    """

    def __init__(self, client: redis.Redis, settings: Settings) -> None:
        self._redis = client
        self._settings = settings

    def collect(self) -> Iterator[Metric]:
        """Yield the gauges of one snapshot (only ``wireroom_redis_up`` when Redis fails)."""
        up = GaugeMetricFamily("wireroom_redis_up", "1 if Redis answered the last scrape.")
        try:
            snap = take_snapshot(self._redis, self._settings)
        except StoreUnavailable as exc:
            log.warning("metrics scrape: %s", exc)
            up.add_metric([], 0)
            yield up
            return
        up.add_metric([], 1)
        yield up
        queue = GaugeMetricFamily("wireroom_queue_depth", "Jobs waiting in the queue.", labels=["queue"])
        queue.add_metric([snap.queue], snap.queue_depth)
        yield queue
        yield _gauge("wireroom_jobs_in_flight", "Delivered, unacknowledged messages.", snap.unacked)
        yield _gauge("wireroom_jobs_retrying", "Jobs waiting for a retry.", snap.retrying)
        length = GaugeMetricFamily("wireroom_stream_length", "Entries in the events stream.", labels=["stream"])
        length.add_metric([snap.stream], snap.stream_length)
        yield length
        pending = GaugeMetricFamily(
            "wireroom_stream_group_pending", "Delivered, unacknowledged entries.", labels=["stream", "group"]
        )
        lag = GaugeMetricFamily("wireroom_stream_group_lag", "Entries not yet delivered.", labels=["stream", "group"])
        for group in snap.groups:
            pending.add_metric([snap.stream, group.name], group.pending)
            if group.lag is not None:
                lag.add_metric([snap.stream, group.name], group.lag)
        yield pending
        yield lag
        yield _gauge("wireroom_workers_live", "Workers with a recent heartbeat.", len(snap.workers))
        yield _gauge("wireroom_dead_letters_kept", "Refused queue entries in the dead-letter list.", snap.dead_letters)
        refused = CounterMetricFamily("wireroom_dead_letters", "Queue entries refused as unrunnable, ever.")
        refused.add_metric([], snap.dead_letters_total)
        yield refused
        yield _gauge("wireroom_redis_used_memory_bytes", "Redis used_memory.", snap.used_memory)
        yield _gauge("wireroom_redis_max_memory_bytes", "Redis maxmemory (0: unlimited).", snap.max_memory)


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def enable_multiprocess(directory: Path | None = None) -> Path:
    """Switch this process (and the children it forks) to multiprocess metrics, before any metric is made.

    Uses ``PROMETHEUS_MULTIPROC_DIR`` if set, else ``directory``, else a fresh temporary directory. Stale
    ``*.db`` files from an earlier run are removed. Returns the directory. Raises ``OSError`` if it cannot be made.
    """
    chosen = os.environ.get(MULTIPROC_ENV) or (str(directory) if directory else None)
    path = Path(chosen) if chosen else Path(tempfile.mkdtemp(prefix="wireroom-metrics-"))
    path.mkdir(parents=True, exist_ok=True)
    for stale in path.glob("*.db"):
        stale.unlink(missing_ok=True)
    os.environ[MULTIPROC_ENV] = str(path)
    values.ValueClass = values.get_value_class()  # type: ignore[no-untyped-call]
    return path


def multiprocess_registry(path: Path) -> CollectorRegistry:
    """A registry that sums the metric files every process wrote into ``path``."""
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry, path=str(path))  # type: ignore[no-untyped-call]
    return registry


def _mark_process_dead(pid: int | None = None, **_: Any) -> None:
    if os.environ.get(MULTIPROC_ENV):
        multiprocess.mark_process_dead(pid or os.getpid())  # type: ignore[no-untyped-call]


def metrics_step(settings: Settings) -> type[bootsteps.StartStopStep]:
    """A worker bootstep: multiprocess metrics for the pool and a ``/metrics`` server in the main process.

    Does nothing when ``settings.metrics_port`` is unset. Register with ``app.steps["worker"].add(...)``.
    """

    class MetricsStep(bootsteps.StartStopStep):  # type: ignore[misc]
        """Serves the pool's metrics and the Redis gauges on ``settings.metrics_port``."""

        def __init__(self, parent: Any, **kwargs: Any) -> None:
            super().__init__(parent, **kwargs)
            self.server: Any = None
            self.path: Path | None = None
            self.owns_path = False
            if settings.metrics_port is None:
                return
            # Steps are constructed before the pool forks: switch to multiprocess mode now.
            self.owns_path = not os.environ.get(MULTIPROC_ENV)
            self.path = enable_multiprocess()
            signals.worker_process_shutdown.connect(_mark_process_dead, weak=False, dispatch_uid="wireroom-metrics")

        def start(self, parent: Any) -> None:
            if self.path is None or settings.metrics_port is None:
                return
            registry = multiprocess_registry(self.path)
            client = redis_client(settings, "status")
            registry.register(RedisCollector(client, settings))
            self.server, _thread = start_http_server(settings.metrics_port, settings.metrics_host, registry)
            log.info("worker metrics on http://%s:%d/metrics", settings.metrics_host, self.server.server_port)

        def stop(self, parent: Any) -> None:
            if self.server is not None:
                self.server.shutdown()
                self.server.server_close()
                self.server = None
            if self.owns_path and self.path is not None:
                shutil.rmtree(self.path, ignore_errors=True)

    return MetricsStep


__all__ = [
    "ApiMetrics",
    "RedisCollector",
    "WorkerMetrics",
    "enable_multiprocess",
    "metrics_step",
    "multiprocess_registry",
    "process_worker_metrics",
]
