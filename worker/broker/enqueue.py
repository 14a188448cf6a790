"""Producer API: queue ``FetchJob``s for ``wireroom.ingest``, one at a time or in bulk (one Redis pipeline).

Bulk enqueue writes Celery protocol-2 messages straight into kombu's Redis lists (``LPUSH <queue>`` for priority 0,
``LPUSH <queue>\\x06\\x16<n>`` for priority n), exactly as ``Task.apply_async`` would, so any Celery worker of the
queue consumes them. The message format is documented in ``docs/service.md``.
"""

from __future__ import annotations

import base64
import json
import os
import socket
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import redis
import redis.exceptions
from celery import Celery
from kombu.exceptions import OperationalError
from pydantic import JsonValue, ValidationError

from schemas.jobs import TASK_NAME, FetchJob, derive_job_id
from worker.broker.jobstatus import JobStatusStore
from worker.errors import InvalidURL, JobIdConflict, StoreUnavailable
from worker.fetch.urls import normalize_url
from worker.settings import Settings
from worker.store import keys
from worker.store.client import redis_client, store_errors

CHUNK_SIZE = 1000
_EMBED_JSON = '{"callbacks":null,"errbacks":null,"chain":null,"chord":null}'
_ORIGIN = json.dumps(f"wireroom-enqueue@{socket.gethostname()}:{os.getpid()}")
_MESSAGE_TEMPLATE = (
    '{{"body":"{body}","content-encoding":"utf-8","content-type":"application/json",'
    '"headers":{{"lang":"py","task":"' + TASK_NAME + '","id":{id},"shadow":null,"eta":null,"expires":null,'
    '"group":null,"group_index":null,"retries":{retries},"timelimit":[null,null],"root_id":{id},"parent_id":null,'
    '"argsrepr":{argsrepr},"kwargsrepr":"{{}}","origin":' + _ORIGIN.replace("{", "{{").replace("}", "}}") + ","
    '"ignore_result":true}},'
    '"properties":{{"correlation_id":{id},"reply_to":null,"delivery_mode":2,'
    '"delivery_info":{{"exchange":"","routing_key":{queue}}},"priority":{priority},"body_encoding":"base64",'
    '"delivery_tag":"{tag}"}}}}'
)


@dataclass
class Prepared:
    """The outcome of validating producer input: jobs ready to queue, and the inputs refused (in input order)."""

    jobs: list[FetchJob] = field(default_factory=list)
    invalid: list[tuple[int, str, InvalidURL]] = field(default_factory=list)


def make_job(
    url: str,
    *,
    priority: int | None = None,
    source: str | None = None,
    metadata: Mapping[str, JsonValue] | None = None,
) -> FetchJob:
    """A validated ``FetchJob`` for ``url`` (normalised), with a fresh ``requested_at`` and derived ``job_id``.

    Raises:
        InvalidURL: the URL is not acceptable, or the other fields are out of range.
    """
    normalized = normalize_url(url)
    try:
        return FetchJob(url=normalized, priority=priority, source=source, metadata=dict(metadata or {}))
    except ValidationError as exc:
        raise InvalidURL(f"invalid job for {normalized}: {exc.errors()[0]['msg']}", url=url) from exc


def prepare(
    items: Iterable[str | FetchJob],
    *,
    priority: int | None = None,
    source: str | None = None,
    metadata: Mapping[str, JsonValue] | None = None,
) -> Prepared:
    """Validate URLs (and pass ``FetchJob``s through): every input ends in ``jobs`` or in ``invalid``."""
    prepared = Prepared()
    for index, item in enumerate(items):
        if isinstance(item, FetchJob):
            prepared.jobs.append(item)
            continue
        try:
            prepared.jobs.append(make_job(item, priority=priority, source=source, metadata=metadata))
        except InvalidURL as exc:
            prepared.invalid.append((index, item, exc))
    return prepared


def build_message(job: FetchJob, queue: str, retries: int = 0, *, dumped: str | None = None) -> str:
    """The kombu/Celery protocol-2 message (JSON text) that runs ``wireroom.ingest(job)`` from ``queue``
    (as Celery's retry number ``retries``: 0 for a new job).

    The task id is the job id, so a job and its task are the same thing in logs and tools. Built from a template
    (only the job, its id, the URL, priority and delivery tag vary) because bulk enqueue makes thousands a second.
    """
    body = f"[[{dumped or job.model_dump_json()}],{{}},{_EMBED_JSON}]"
    job_id = json.dumps(job.job_id)
    return _MESSAGE_TEMPLATE.format(
        body=base64.b64encode(body.encode()).decode("ascii"),
        id=job_id,
        argsrepr=json.dumps(repr(job.url)),
        queue=json.dumps(queue),
        priority=job.priority or 0,
        tag=os.urandom(16).hex(),  # unique per message: kombu keys its unacked bookkeeping on it
        retries=int(retries),
    )


def push(
    jobs: Iterable[FetchJob],
    client: redis.Redis,
    queue: str,
    chunk_size: int = CHUNK_SIZE,
    status: JobStatusStore | None = None,
) -> list[str]:
    """LPUSH the jobs' messages in one pipeline (chunks of ``chunk_size`` per command); returns their job ids.

    With ``status``, the same pipeline records each job as ``queued`` (``worker.broker.jobstatus``).

    Raises:
        JobIdConflict: a job's chosen id is already recorded for another URL (nothing is queued).
        StoreUnavailable: Redis is unreachable or refused the write.
    """
    by_key: dict[str, list[str]] = defaultdict(list)
    batch = list(jobs)
    if status is not None:
        _refuse_reused_ids(batch, status)
    dumped = [job.model_dump_json() for job in batch]
    for job, text in zip(batch, dumped, strict=True):
        by_key[keys.queue_list(queue, job.priority)].append(build_message(job, queue, dumped=text))
    with store_errors("broker"):
        pipe = client.pipeline(transaction=False)
        if status is not None:
            status.mark_queued(batch, pipe, dumped=dumped, queue=queue)
        for key, messages in by_key.items():
            for start in range(0, len(messages), chunk_size):
                pipe.lpush(key, *messages[start : start + chunk_size])
        pipe.execute()
    return [job.job_id for job in batch]


def _refuse_reused_ids(jobs: list[FetchJob], status: JobStatusStore) -> None:
    """Raise ``JobIdConflict`` if a producer-chosen job id is already recorded for another URL.

    Ids derived from the URL (the default) cannot collide this way and are not looked up.

    Raises:
        JobIdConflict: the first job whose id is taken by another URL (nothing is queued).
        StoreUnavailable: the job-status records could not be read.
    """
    chosen = [job for job in jobs if job.job_id != derive_job_id(job.url, job.requested_at)]
    if not chosen:
        return
    known = status.urls_of([job.job_id for job in chosen])
    for job, url in zip(chosen, known, strict=True):
        if url is not None and url != job.url:
            raise JobIdConflict(f"job id {job.job_id!r} is already used for another URL", url=job.url)


def enqueue(
    url: str,
    *,
    priority: int | None = None,
    source: str | None = None,
    metadata: Mapping[str, JsonValue] | None = None,
    settings: Settings | None = None,
    app: Celery | None = None,
) -> str:
    """Queue one URL; returns its job id. With ``app``, sends through Celery (``send_task``); else LPUSHes to
    the broker of ``settings`` directly.

    Raises:
        InvalidURL: the URL is not acceptable.
        StoreUnavailable: the broker could not be reached.
        ValueError: neither ``settings`` nor ``app`` given.
    """
    job = make_job(url, priority=priority, source=source, metadata=metadata)
    if app is not None:
        queue = app.conf.task_default_queue
        try:
            app.send_task(
                TASK_NAME, args=[job.model_dump(mode="json")], task_id=job.job_id, queue=queue, priority=job.priority
            )
        except (OperationalError, redis.exceptions.RedisError, OSError) as exc:
            raise StoreUnavailable(f"broker unavailable: {exc}") from exc
        return job.job_id
    if settings is None:
        raise ValueError("enqueue() needs settings or app")
    client = redis_client(settings)
    try:
        return push([job], client, settings.queue_name, status=JobStatusStore.from_settings(client, settings))[0]
    finally:
        client.close()


def enqueue_many(
    items: Iterable[str | FetchJob],
    *,
    settings: Settings,
    client: redis.Redis | None = None,
    priority: int | None = None,
    source: str | None = None,
    chunk_size: int = CHUNK_SIZE,
) -> list[str]:
    """Queue many URLs (or ready ``FetchJob``s) in one Redis pipeline; returns the job ids in input order.

    All inputs are validated before anything is sent: one invalid URL queues nothing.

    Raises:
        InvalidURL: an input is not acceptable (the first one found).
        JobIdConflict: a job's chosen id is already recorded for another URL (nothing is queued).
        StoreUnavailable: the broker could not be reached.
    """
    prepared = prepare(items, priority=priority, source=source)
    if prepared.invalid:
        _, _, first = prepared.invalid[0]
        raise first
    own = client is None
    the_client = client or redis_client(settings)
    try:
        status = JobStatusStore.from_settings(the_client, settings)
        return push(prepared.jobs, the_client, settings.queue_name, chunk_size, status=status)
    finally:
        if own:
            the_client.close()


__all__ = ["CHUNK_SIZE", "Prepared", "build_message", "enqueue", "enqueue_many", "make_job", "prepare", "push"]
