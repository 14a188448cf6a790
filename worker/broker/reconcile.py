"""Re-queue jobs whose broker message was lost: queued, never started, and held nowhere.

kombu's Redis transport takes a message with ``BRPOP`` and only then records it in its unacked hash. A message
popped at the moment Redis goes away (a restart, a failover, a dropped connection) is in neither place, and kombu
never restores it. Every job ``broker.enqueue`` queues is also recorded in the job-status store (``queued``, with the
job itself) and in a sorted set of queued jobs that a job leaves when a worker starts it. A pass of the reconciler:

1. takes the jobs queued longer than ``reconcile_grace`` (oldest first, at most ``BATCH``), and the jobs whose
   scheduled retry is overdue by as much (a retry message is lost the same way);
2. drops those a worker holds (kombu's unacked hash) or has started (their state moved on);
3. drops those that are surely still waiting: newer than the oldest message of their list (lists are FIFO);
4. scans the lists for the rest; a job found nowhere is a suspect;
5. re-queues a suspect only if an earlier pass, ``reconcile_interval`` or more before, found it missing too
   (a message between ``BRPOP`` and kombu's bookkeeping is missing for milliseconds, never for two passes).

A re-queued job runs under its own id, so if it ever runs twice its event ids repeat and the publish-side dedup keeps
one outcome. One pass runs per interval across the workers of a queue (a Redis lock per queue: each queue's workers
reconcile only that queue's jobs); it never raises.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, ClassVar, cast

import redis
from celery import bootsteps, signals
from celery.worker import state as worker_state

from schemas.jobs import FetchJob
from worker.broker.enqueue import build_message
from worker.broker.jobstatus import JobStatusStore
from worker.broker.orphans import HolderRegistry
from worker.settings import Settings
from worker.store import keys
from worker.store.client import redis_client

log = logging.getLogger(__name__)

BATCH = 500
"""Most queued jobs one pass looks at."""
SCAN_CHUNK = 1000
"""Messages read per LRANGE while scanning a list."""
CLOCK_SKEW = 5.0
"""Seconds of producer clock skew the FIFO shortcut (step 3) allows for."""
MAX_REQUEUES = 3
"""A job re-queued this often is left alone and logged as an error: something other than a lost message is wrong."""


@dataclass
class ReconcileReport:
    """What one pass saw and did."""

    ran: bool = False
    candidates: int = 0
    scanned: int = 0
    suspects: list[str] = field(default_factory=list)
    requeued: list[str] = field(default_factory=list)
    given_up: list[str] = field(default_factory=list)


_TASK_ID = re.compile(rb'"headers": ?\{"lang": ?"py", ?"task": ?"[^"]*", ?"id": ?("(?:[^"\\]|\\.)*")')


def message_job_id(raw: bytes) -> str | None:
    """The task (= job) id in a kombu message as stored in a queue list, or None if it is not one.

    Celery and ``broker.enqueue`` write the headers in the same order, so a regex finds the id without decoding the
    message (a list scan reads thousands); anything else is decoded in full.
    """
    try:
        found = _TASK_ID.search(raw)
        if found is not None:
            job_id = json.loads(found.group(1))
            return job_id if isinstance(job_id, str) else None
        return _task_id(json.loads(raw))
    except ValueError:
        return None


def _task_id(message: Any) -> str | None:
    """``message["headers"]["id"]`` if ``message`` is a Celery protocol-2 message, else None."""
    headers = message.get("headers") if isinstance(message, dict) else None
    job_id = headers.get("id") if isinstance(headers, dict) else None
    return job_id if isinstance(job_id, str) else None


class Reconciler:
    """Finds queued (or overdue retrying) jobs whose message is gone and queues them again (module docstring)."""

    def __init__(self, client: redis.Redis, settings: Settings) -> None:
        self._redis = client
        self._settings = settings
        self._status = JobStatusStore.from_settings(client, settings)
        prefix = settings.key_prefix
        self._unacked_key = keys.unacked(settings.key_prefix)
        queue = settings.queue_name
        self._lock_key = keys.reconcile_lock(prefix, queue)
        self.suspects_key = keys.jobs_suspect(prefix, queue)

    def run_once(self) -> ReconcileReport:
        """One pass, unless another process ran one less than ``reconcile_interval`` ago.

        Raises ``redis.RedisError`` when Redis fails (the bootstep logs it and tries again next interval).
        """
        report = ReconcileReport()
        interval_ms = max(1, int(self._settings.reconcile_interval * 1000 * 0.9))
        if not self._redis.set(self._lock_key, os.getpid(), nx=True, px=interval_ms):
            return report
        report.ran = True
        now = time.time()
        grace = self._settings.reconcile_grace
        self._redis.zremrangebyscore(self._status.queued_key, "-inf", now - self._status.ttl)
        queued = self._oldest(self._status.queued_key, now - grace)
        retrying = self._oldest(self._status.retrying_key, now - self._settings.retry_wait_cap - grace)
        report.candidates = len(queued) + len(retrying)
        missing = self._missing(queued, retrying, report) if report.candidates else set()
        self._judge(missing, now, report)
        return report

    def _oldest(self, key: str, before: float) -> list[str]:
        """Up to ``BATCH`` members of the sorted set ``key`` scored before ``before``, oldest first."""
        rows = cast(list[bytes], self._redis.zrangebyscore(key, "-inf", before, start=0, num=BATCH))
        return [row.decode() for row in rows]

    def _missing(self, queued: list[str], retrying: list[str], report: ReconcileReport) -> set[str]:
        """The candidates still in the state they were picked for, unheld and in no queue list.

        ``queued``: jobs never started; ``retrying``: jobs whose scheduled retry is overdue (a retry message is held
        by a worker until its countdown ends, so an overdue one that is held nowhere was lost the same way).
        """
        held = self._held_ids()
        fields = self._job_fields([c for c in dict.fromkeys(queued + retrying) if c not in held])
        fifo: dict[str, dict[str, float]] = defaultdict(dict)
        scan: dict[str, set[str]] = defaultdict(set)
        stale = []
        wanted = {**dict.fromkeys(retrying, "retrying"), **dict.fromkeys(queued, "queued")}
        for job_id, (state, priority, enqueued) in fields.items():
            list_key = keys.queue_list(self._settings.queue_name, priority)
            if state != wanted[job_id]:
                if wanted[job_id] == "queued":
                    stale.append(job_id)
            elif state == "queued" and enqueued is not None:
                fifo[list_key][job_id] = enqueued
            else:
                scan[list_key].add(job_id)
        if stale:
            self._redis.zrem(self._status.queued_key, *stale)
        missing: set[str] = set()
        for list_key in fifo.keys() | scan.keys():
            newest_popped = self._oldest_waiting(list_key) if fifo.get(list_key) else None
            jobs = fifo.get(list_key, {})
            unsure = {j for j, enqueued in jobs.items() if newest_popped is None or enqueued <= newest_popped}
            unsure |= scan.get(list_key, set())
            if unsure:
                missing |= unsure - self._scan(list_key, unsure, report)
        return missing

    def _held_ids(self) -> set[str]:
        """Job ids of the messages workers hold (kombu's unacked hash: delivered, not yet acknowledged)."""
        held = set()
        for raw in cast(list[bytes], self._redis.hvals(self._unacked_key)):
            try:
                entry = json.loads(raw)  # [message, exchange, routing_key]
            except ValueError:
                continue
            job_id = _task_id(entry[0]) if isinstance(entry, list) and entry else None
            if job_id is not None:
                held.add(job_id)
        return held

    def _job_fields(self, job_ids: list[str]) -> dict[str, tuple[str | None, int, float | None]]:
        """State, priority and enqueue time of each job of this worker's queue, from its status hash (jobs queued
        on another queue are left to that queue's workers)."""
        pipe = self._redis.pipeline(transaction=False)
        for job_id in job_ids:
            pipe.hmget(self._status.key(job_id), "state", "priority", "enqueued_at", "queue")
        result: dict[str, tuple[str | None, int, float | None]] = {}
        own = self._settings.queue_name.encode()
        for job_id, (state, priority, enqueued, queue) in zip(job_ids, pipe.execute(), strict=True):
            if queue is not None and queue != own:
                continue
            result[job_id] = (
                state.decode() if state else None,
                int(priority) if priority else 0,
                float(enqueued) if enqueued else None,
            )
        return result

    def _oldest_waiting(self, list_key: str) -> float | None:
        """The enqueue time of the next message of ``list_key`` (minus clock skew), or None to scan regardless.

        A fresh message's job entered the list after every job popped before it, so a queued job enqueued later
        is still waiting. A redelivered message was put back out of order: no conclusion from it.
        """
        raw = cast(bytes | None, self._redis.lindex(list_key, -1))
        if raw is None:
            return None
        try:
            message = json.loads(raw)
        except ValueError:
            return None
        job_id = _task_id(message)
        if job_id is None or message["headers"].get("redelivered"):
            return None
        enqueued = cast(bytes | None, self._redis.hget(self._status.key(job_id), "enqueued_at"))
        return float(enqueued) + CLOCK_SKEW if enqueued else None

    def _scan(self, list_key: str, wanted: set[str], report: ReconcileReport) -> set[str]:
        """Which of ``wanted`` have a message in ``list_key`` (read in chunks, head to tail)."""
        found: set[str] = set()
        start = 0
        while found != wanted:
            chunk = cast(list[bytes], self._redis.lrange(list_key, start, start + SCAN_CHUNK - 1))
            report.scanned += len(chunk)
            found |= {job_id for raw in chunk if (job_id := message_job_id(raw)) in wanted}
            if len(chunk) < SCAN_CHUNK:
                break
            start += SCAN_CHUNK
        return found

    def _judge(self, missing: set[str], now: float, report: ReconcileReport) -> None:
        """Record first sightings as suspects; re-queue suspects an earlier pass saw missing too."""
        raw = cast(dict[bytes, bytes], self._redis.hgetall(self.suspects_key))
        seen = {k.decode(): float(v) for k, v in raw.items()}
        cleared = [job_id for job_id in seen if job_id not in missing]
        if cleared:
            self._redis.hdel(self.suspects_key, *cleared)
        confirm_after = self._settings.reconcile_interval * 0.5
        for job_id in sorted(missing):
            first = seen.get(job_id)
            if first is None:
                self._redis.hsetnx(self.suspects_key, job_id, repr(now))
                report.suspects.append(job_id)
            elif now - first >= confirm_after:
                self._requeue(job_id, report)

    def _requeue(self, job_id: str, report: ReconcileReport) -> None:
        """Push the job's message again, as ``worker.broker.enqueue`` first did (or as the lost retry was: the next
        attempt number), and restart its clock."""
        key = self._status.key(job_id)
        raw_job, requeues, state, attempt = cast(
            list[bytes | None], self._redis.hmget(key, "job", "requeued", "state", "attempt")
        )
        self._redis.hdel(self.suspects_key, job_id)
        if raw_job is None or int(requeues or 0) >= MAX_REQUEUES:
            self._redis.zrem(self._status.queued_key, job_id)
            log.error("job %s: message lost and not re-queued (requeued %s times before)", job_id, requeues or 0)
            report.given_up.append(job_id)
            return
        job = FetchJob.model_validate_json(raw_job)
        retry = state == b"retrying"
        retries = int(attempt or 0) + 1 if retry else 0
        now = time.time()
        pipe = self._redis.pipeline(transaction=True)
        pipe.hincrby(key, "requeued", 1)
        if retry:
            pipe.zadd(self._status.retrying_key, {job_id: now})
        else:
            pipe.hset(key, mapping={"enqueued_at": repr(now)})
            pipe.zadd(self._status.queued_key, {job_id: now})
        message = build_message(job, self._settings.queue_name, retries=retries)
        pipe.lpush(keys.queue_list(self._settings.queue_name, job.priority), message)
        pipe.execute()
        log.warning("job %s: message lost by the broker, re-queued", job_id, extra={"job_id": job_id, "url": job.url})
        report.requeued.append(job_id)


def _tracked_tags() -> set[str]:
    """Delivery tags of the requests this worker process still handles (reserved, scheduled, active)."""
    requests = (*worker_state.reserved_requests, *worker_state.scheduled_requests, *worker_state.active_requests)
    tags = (getattr(getattr(r, "message", None), "delivery_tag", None) for r in requests)
    return {tag for tag in tags if isinstance(tag, str)}


def reconcile_step(settings: Settings) -> type[bootsteps.StartStopStep]:
    """A worker bootstep: records which deliveries this worker holds (``worker.broker.orphans``), gives back what dead
    workers held (at start and every pass), and runs a reconcile pass every ``settings.reconcile_interval`` seconds.
    Everything runs on the main process's timer; nothing here raises into the worker.
    """

    class ReconcileStep(bootsteps.StartStopStep):  # type: ignore[misc]
        """Delivery holders, orphan restore and the periodic reconcile pass of this worker."""

        requires: ClassVar[set[str]] = {"celery.worker.components:Timer"}

        def __init__(self, parent: Any, **kwargs: Any) -> None:
            super().__init__(parent, **kwargs)
            self.reconciler: Reconciler | None = None
            self.holders: HolderRegistry | None = None
            self.timer_refs: list[Any] = []

        def start(self, parent: Any) -> None:
            # Short timeouts: this runs on the worker's event loop, which must not stall on a sick Redis.
            client = redis_client(settings, "probe")
            self.reconciler = Reconciler(client, settings)
            self.holders = HolderRegistry(client, settings)
            signals.task_received.connect(self._received, weak=False)
            self._guarded(self.holders.beat)
            self._guarded(self.holders.restore_orphans)
            self.timer_refs = [
                parent.timer.call_repeatedly(settings.heartbeat_interval, self._guarded, (self.holders.beat,)),
                parent.timer.call_repeatedly(settings.reconcile_interval, self._pass),
            ]

        def _received(self, sender: Any = None, request: Any = None, **_: Any) -> None:
            tag = getattr(getattr(request, "message", None), "delivery_tag", None)
            if self.holders is not None and isinstance(tag, str):
                self._guarded(self.holders.record, tag)

        def _pass(self) -> None:
            if self.holders is not None:
                self._guarded(self.holders.restore_orphans, _tracked_tags())
            if self.reconciler is not None:
                self._guarded(self.reconciler.run_once)

        @staticmethod
        def _guarded(action: Any, *args: Any) -> None:
            try:
                action(*args)
            except (redis.RedisError, ValueError, KeyError, TypeError) as exc:
                log.warning("%s failed: %s", getattr(action, "__name__", action), exc)

        def stop(self, parent: Any) -> None:
            signals.task_received.disconnect(self._received)
            for ref in self.timer_refs:
                ref.cancel()
            self.timer_refs = []
            if self.holders is not None:
                self._guarded(self.holders.withdraw)

    return ReconcileStep


__all__ = ["BATCH", "MAX_REQUEUES", "ReconcileReport", "Reconciler", "message_job_id", "reconcile_step"]
