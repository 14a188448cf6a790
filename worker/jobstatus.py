"""The job-status record: one expiring Redis hash per job, from ``queued`` to ``ingested`` or ``failed``."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, cast, get_args

import redis

from schemas.jobs import FetchJob
from worker.settings import Settings

JobState = Literal["queued", "running", "retrying", "ingested", "failed"]
JOB_STATES: tuple[JobState, ...] = get_args(JobState)
TERMINAL_STATES: frozenset[JobState] = frozenset({"ingested", "failed"})
MAX_URL_CHARS = 2048

# A write wins unless the record already holds a later attempt: a late "retrying" of attempt n cannot
# overwrite "running" of attempt n+1. The retrying index (a sorted set) is kept in the same script, and a job leaves
# the queued index (``worker.reconcile`` watches it) at its first worker-side transition. The job itself (kept for
# the reconciler to rebuild a lost message) is dropped once the job has its outcome.
_TRANSITION = """
local current = tonumber(redis.call('HGET', KEYS[1], 'attempt') or '-1')
local attempt = tonumber(ARGV[2])
if attempt < current then return 0 end
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'attempt', ARGV[2], 'updated_at', ARGV[3])
if ARGV[5] ~= '' then redis.call('HSET', KEYS[1], 'event_id', ARGV[5]) end
if ARGV[6] ~= '' then redis.call('HSET', KEYS[1], 'error_type', ARGV[6])
elseif ARGV[1] ~= 'failed' then redis.call('HDEL', KEYS[1], 'error_type') end
if ARGV[8] ~= '' then redis.call('HSETNX', KEYS[1], 'url', ARGV[8]) end
redis.call('EXPIRE', KEYS[1], ARGV[4])
if ARGV[1] == 'retrying' then redis.call('ZADD', KEYS[2], ARGV[3], ARGV[7])
else redis.call('ZREM', KEYS[2], ARGV[7]) end
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', tonumber(ARGV[3]) - tonumber(ARGV[4]))
redis.call('ZREM', KEYS[3], ARGV[7])
if ARGV[1] == 'ingested' or ARGV[1] == 'failed' then redis.call('HDEL', KEYS[1], 'job') end
return 1
"""


# Record a chunk of jobs as queued in one call (a command per job per field costs the producer more than the jobs).
# KEYS: the queue's queued index, then one hash per job; ARGV: now, ttl, queue, then id, url, priority, job JSON
# per job.
_MARK_QUEUED = """
local now, ttl, queue = ARGV[1], ARGV[2], ARGV[3]
for i = 2, #KEYS do
  local key, at = KEYS[i], 4 + (i - 2) * 4
  redis.call('HSETNX', key, 'state', 'queued')
  redis.call('HSETNX', key, 'attempt', '0')
  redis.call('HSETNX', key, 'updated_at', now)
  redis.call('HSET', key, 'url', ARGV[at + 1], 'enqueued_at', now, 'priority', ARGV[at + 2], 'job', ARGV[at + 3],
    'queue', queue)
  redis.call('EXPIRE', key, ttl)
  redis.call('ZADD', KEYS[1], now, ARGV[at])
end
return #KEYS - 1
"""
MARK_CHUNK = 500


class JobStatusError(Exception):
    """The job-status record could not be read or written (Redis unreachable or failing)."""


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

    Every method raises ``JobStatusError`` when Redis fails.
    """

    def __init__(self, client: redis.Redis, *, key_prefix: str, ttl: int, queue_name: str) -> None:
        self._redis = client
        self._prefix = key_prefix
        self.ttl = ttl
        self.queue_name = queue_name
        self._transition = client.register_script(_TRANSITION)
        self._mark_queued = client.register_script(_MARK_QUEUED)

    @classmethod
    def from_settings(cls, client: redis.Redis, settings: Settings) -> JobStatusStore:
        """A store with the key prefix and TTL of ``settings``."""
        return cls(client, key_prefix=settings.key_prefix, ttl=settings.job_status_ttl, queue_name=settings.queue_name)

    def key(self, job_id: str) -> str:
        """The Redis key of one job's hash."""
        return f"{self._prefix}job:{job_id}"

    @property
    def retrying_key(self) -> str:
        """The sorted set of jobs waiting for a retry, scored by when they failed."""
        return f"{self._prefix}jobs:retrying"

    @property
    def queued_key(self) -> str:
        """The sorted set of jobs queued on this store's queue and not yet started, scored by when they were queued
        (one per queue: the workers of a queue reconcile only their own)."""
        return self.queued_key_of(self.queue_name)

    def queued_key_of(self, queue: str) -> str:
        """The queued index of ``queue``."""
        return f"{self._prefix}jobs:queued:{queue}"

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
            keys = [self.queued_key_of(the_queue)]
            args: list[str | int] = [now, self.ttl, the_queue]
            for job, text in zip(batch[start : start + MARK_CHUNK], texts[start : start + MARK_CHUNK], strict=True):
                keys.append(self.key(job.job_id))
                args += [job.job_id, job.url[:MAX_URL_CHARS], job.priority or 0, text]
            self._mark_queued(keys=keys, args=args, client=target)
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
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.hincrby(key, "host_busy", 1)
            pipe.expire(key, self.ttl)
            return int(pipe.execute()[0])
        except redis.RedisError as exc:
            raise JobStatusError(f"cannot write job status: {exc}") from exc

    def host_busy(self, job_id: str) -> int:
        """How many times the job was deferred because its host was busy."""
        try:
            return int(cast(bytes | None, self._redis.hget(self.key(job_id), "host_busy")) or 0)
        except redis.RedisError as exc:
            raise JobStatusError(f"cannot read job status: {exc}") from exc

    def get(self, job_id: str) -> JobStatus | None:
        """The job's status, or None for an unknown (or expired) id."""
        try:
            raw = cast(dict[bytes, bytes], self._redis.hgetall(self.key(job_id)))
        except redis.RedisError as exc:
            raise JobStatusError(f"cannot read job status: {exc}") from exc
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
            JobStatusError: Redis could not be read.
        """
        try:
            pipe = self._redis.pipeline(transaction=False)
            for job_id in job_ids:
                pipe.hget(self.key(job_id), "url")
            replies = pipe.execute()
        except redis.RedisError as exc:
            raise JobStatusError(f"cannot read job status: {exc}") from exc
        return [r.decode() if isinstance(r, bytes) else None for r in replies]

    def count_retrying(self) -> int:
        """How many jobs wait for a retry (failed in the last ``ttl`` seconds and not run since)."""
        try:
            return int(self._redis.zcount(self.retrying_key, time.time() - self.ttl, "+inf"))
        except redis.RedisError as exc:
            raise JobStatusError(f"cannot read job status: {exc}") from exc

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
        try:
            keys = [self.key(job_id), self.retrying_key, self.queued_key]
            return bool(self._transition(keys=keys, args=args))
        except redis.RedisError as exc:
            raise JobStatusError(f"cannot write job status: {exc}") from exc

    @staticmethod
    def _execute(pipe: Any) -> None:
        try:
            pipe.execute()
        except redis.RedisError as exc:
            raise JobStatusError(f"cannot write job status: {exc}") from exc


__all__ = ["JOB_STATES", "TERMINAL_STATES", "JobState", "JobStatus", "JobStatusError", "JobStatusStore"]
