"""The job-status record: one expiring Redis hash per job, from ``queued`` to ``ingested`` or ``failed``."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

import redis

from schemas.jobs import FetchJob
from worker.settings import Settings
from worker.store import keys, scripts
from worker.store.client import store_errors

JobState = Literal["queued", "running", "retrying", "ingested", "failed"]
JOB_STATES: tuple[JobState, ...] = get_args(JobState)
TERMINAL_STATES: frozenset[JobState] = frozenset({"ingested", "failed"})
MAX_URL_CHARS = 2048

MARK_CHUNK = 500


@dataclass(frozen=True)
class JobStatus:
    """What is known about one job."""

    job_id: str
    state: JobState
    attempt: int
    updated_at: float
    url: str | None = None
    enqueued_at: float | None = None
    event_id: str | None = None
    error_type: str | None = None


class JobStatusStore:
    """Reads and writes the hashes ``{key_prefix}job:{id}``, each expiring ``ttl`` seconds after its last write.

    Every method raises ``StoreUnavailable`` when Redis fails.
    """

    def __init__(self, client: redis.Redis, *, key_prefix: str, ttl: int, queue_name: str) -> None:
        self._redis = client
        self._prefix = key_prefix
        self.ttl = ttl
        self.queue_name = queue_name
        self._transition = scripts.register(client, "job_transition")
        self._mark_queued = scripts.register(client, "jobs_queued")

    @classmethod
    def from_settings(cls, client: redis.Redis, settings: Settings) -> JobStatusStore:
        """A store with the key prefix and TTL of ``settings``."""
        return cls(client, key_prefix=settings.key_prefix, ttl=settings.job_status_ttl, queue_name=settings.queue_name)

    def key(self, job_id: str) -> str:
        """The Redis key of one job's hash."""
        return keys.job(self._prefix, job_id)

    @property
    def retrying_key(self) -> str:
        """The sorted set of jobs waiting for a retry, scored by when they failed."""
        return keys.jobs_retrying(self._prefix)

    @property
    def queued_key(self) -> str:
        """The sorted set of jobs queued on this store's queue and not yet started, scored by when they were queued
        (one per queue: the workers of a queue reconcile only their own)."""
        return self.queued_key_of(self.queue_name)

    def queued_key_of(self, queue: str) -> str:
        """The queued index of ``queue``."""
        return keys.jobs_queued(self._prefix, queue)

    def mark_queued(
        self,
        jobs: Iterable[FetchJob],
        pipe: Any | None = None,
        *,
        dumped: Sequence[str] | None = None,
        queue: str | None = None,
    ) -> None:
        """Record jobs as queued on ``queue`` (default: this store's), with the job itself so that a lost message
        can be rebuilt; never overwrites a state a worker already wrote.

        With ``pipe`` (a redis-py pipeline) the commands join it and the caller executes it. ``dumped``: the jobs'
        ``model_dump_json()``, if the caller has them already.
        """
        the_queue = queue or self.queue_name
        batch = list(jobs)
        texts = list(dumped) if dumped is not None else [job.model_dump_json() for job in batch]
        now = repr(time.time())
        target = pipe if pipe is not None else self._redis.pipeline(transaction=False)
        for start in range(0, len(batch), MARK_CHUNK):
            names = [self.queued_key_of(the_queue)]
            args: list[str | int] = [now, self.ttl, the_queue]
            for job, text in zip(batch[start : start + MARK_CHUNK], texts[start : start + MARK_CHUNK], strict=True):
                names.append(self.key(job.job_id))
                args += [job.job_id, job.url[:MAX_URL_CHARS], job.priority or 0, text]
            self._mark_queued(keys=names, args=args, client=target)
        if pipe is None:
            self._execute(target)

    def mark_running(self, job_id: str, attempt: int, url: str | None = None) -> bool:
        """Record that attempt ``attempt`` (0 first) started; False if a later attempt is already recorded."""
        return self._write(job_id, "running", attempt, url=url)

    def mark_retrying(self, job_id: str, attempt: int, error_type: str) -> bool:
        """Record that attempt ``attempt`` failed with a retryable ``error_type`` and a retry is scheduled."""
        return self._write(job_id, "retrying", attempt, error_type=error_type)

    def mark_ingested(self, job_id: str, attempt: int, event_id: str) -> bool:
        """Record the job's success and the id of the event published for it."""
        return self._write(job_id, "ingested", attempt, event_id=event_id)

    def mark_failed(self, job_id: str, attempt: int, error_type: str, event_id: str | None = None) -> bool:
        """Record the job's final failure and, if one was published, the failure event's id."""
        return self._write(job_id, "failed", attempt, event_id=event_id, error_type=error_type)

    def count_host_busy(self, job_id: str) -> int:
        """Count one politeness deferral of the job (its host was busy); returns the job's count so far."""
        key = self.key(job_id)
        with store_errors("job status write"):
            pipe = self._redis.pipeline(transaction=False)
            pipe.hincrby(key, "host_busy", 1)
            pipe.expire(key, self.ttl)
            return int(pipe.execute()[0])

    def host_busy(self, job_id: str) -> int:
        """How many times the job was deferred because its host was busy."""
        with store_errors("job status read"):
            return int(cast(bytes | None, self._redis.hget(self.key(job_id), "host_busy")) or 0)

    def get(self, job_id: str) -> JobStatus | None:
        """The job's status, or None for an unknown (or expired) id."""
        with store_errors("job status read"):
            raw = cast(dict[bytes, bytes], self._redis.hgetall(self.key(job_id)))
        fields = {k.decode(): v.decode() for k, v in raw.items()}
        state = fields.get("state")
        if state not in JOB_STATES:
            return None
        enqueued = fields.get("enqueued_at")
        return JobStatus(
            job_id=job_id,
            state=state,
            attempt=int(fields.get("attempt", "0")),
            updated_at=float(fields.get("updated_at", "0")),
            url=fields.get("url"),
            enqueued_at=float(enqueued) if enqueued else None,
            event_id=fields.get("event_id"),
            error_type=fields.get("error_type"),
        )

    def urls_of(self, job_ids: Sequence[str]) -> list[str | None]:
        """The URL recorded for each job id (None for an unknown id), in one round trip.

        Raises:
            StoreUnavailable: Redis could not be read.
        """
        with store_errors("job status read"):
            pipe = self._redis.pipeline(transaction=False)
            for job_id in job_ids:
                pipe.hget(self.key(job_id), "url")
            replies = pipe.execute()
        return [r.decode() if isinstance(r, bytes) else None for r in replies]

    def count_retrying(self) -> int:
        """How many jobs wait for a retry (failed in the last ``ttl`` seconds and not run since)."""
        with store_errors("job status read"):
            return int(self._redis.zcount(self.retrying_key, time.time() - self.ttl, "+inf"))

    def _write(
        self,
        job_id: str,
        state: JobState,
        attempt: int,
        *,
        event_id: str | None = None,
        error_type: str | None = None,
        url: str | None = None,
    ) -> bool:
        args = [state, attempt, repr(time.time()), self.ttl, event_id or "", error_type or "", job_id]
        args.append((url or "")[:MAX_URL_CHARS])
        with store_errors("job status write"):
            names = [self.key(job_id), self.retrying_key, self.queued_key]
            return bool(self._transition(keys=names, args=args))

    @staticmethod
    def _execute(pipe: Any) -> None:
        with store_errors("job status write"):
            pipe.execute()


__all__ = ["JOB_STATES", "TERMINAL_STATES", "JobState", "JobStatus", "JobStatusStore"]
