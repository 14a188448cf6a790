"""Broker messages a worker cannot run: recognised before Celery sees them, kept in a dead-letter list, reported.

A raw queue entry must be a kombu/Celery protocol-2 message for ``wireroom.ingest`` with a JSON body. Anything
else (not JSON, not an object, no ``properties`` or ``headers``, no task id, a body that is not base64 or not
``[args, kwargs, embed]``, a content type other than JSON, an ``expires`` in the past) would otherwise kill the
worker, drop its broker connection or be discarded without a trace. ``inspect_message`` says why an entry is
refused and what job it names; ``DeadLetters.reject`` keeps the entry, counts it and publishes the job's one
``wireroom.article.failed`` event when a job id and URL can be recovered.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

import redis

from schemas.jobs import TASK_NAME, job_url_or_none
from worker.errors import InvalidJob, JobExpired, PermanentError, WireroomError
from worker.settings import Settings
from worker.store import keys
from worker.stream import events
from worker.stream.publish import OutcomeExists, RedisStreamPublisher

log = logging.getLogger(__name__)

MAX_KEPT_BYTES = 65_536
"""Largest raw entry kept whole in the dead-letter list; a larger one is kept truncated (its reason says so)."""


@dataclass(frozen=True)
class Rejection:
    """Why a raw queue entry cannot run, and the job it names (when that can be told)."""

    reason: str
    job_id: str | None = None
    url: str | None = None
    expired: bool = False

    def error(self) -> PermanentError:
        """The typed error the job's failed event carries."""
        cls = JobExpired if self.expired else InvalidJob
        return cls(f"unrunnable broker message: {self.reason}", url=self.url)


def inspect_message(raw: bytes | str, now: datetime | None = None) -> Rejection | None:
    """None if ``raw`` is a runnable ``wireroom.ingest`` message, else why not (never raises)."""
    try:
        message = json.loads(raw)
    except ValueError:
        return Rejection("not JSON")
    if not isinstance(message, dict):
        return Rejection(f"a JSON {type(message).__name__}, not an object")
    headers, properties = message.get("headers"), message.get("properties")
    body = _decode_body(message)
    job_id, url = _named_job(headers, body)
    problem = _envelope_problem(message, headers, properties, body)
    if problem is not None:
        return Rejection(problem, job_id, url)
    assert isinstance(headers, dict)
    if _expired(headers.get("expires"), now or datetime.now(UTC)):
        return Rejection(f"expired at {headers.get('expires')}", job_id, url, expired=True)
    return None


def _envelope_problem(message: dict[str, Any], headers: Any, properties: Any, body: Any) -> str | None:
    """What makes ``message`` unrunnable by Celery, or None."""
    if not isinstance(properties, dict) or not isinstance(properties.get("delivery_info"), dict):
        return "no properties.delivery_info"
    if not isinstance(properties.get("delivery_tag"), str):
        return "no properties.delivery_tag"
    if not isinstance(headers, dict):
        return "no headers"
    if not isinstance(headers.get("id"), str) or not headers["id"]:
        return "no task id (headers.id)"
    if headers.get("task") != TASK_NAME:
        return f"not a {TASK_NAME} message (task {str(headers.get('task'))[:100]!r})"
    if message.get("content-type") != "application/json":
        return f"content type {str(message.get('content-type'))[:100]!r}, not application/json"
    if body is _UNDECODABLE:
        return "body is not base64-encoded UTF-8 JSON"
    if not (
        isinstance(body, list)
        and len(body) == 3
        and isinstance(body[0], list)
        and isinstance(body[1], dict)
        and isinstance(body[2], dict | None)
    ):
        return "body is not [args, kwargs, embed]"
    return None


_UNDECODABLE = object()


def _decode_body(message: dict[str, Any]) -> Any:
    """The message body as JSON (base64-decoded when its properties say so), or ``_UNDECODABLE``."""
    body = message.get("body")
    properties = message.get("properties")
    encoding = properties.get("body_encoding") if isinstance(properties, dict) else None
    if not isinstance(body, str):
        return _UNDECODABLE
    # Without properties the encoding is unknown: try it as Celery writes it (base64) as well as plain.
    attempts = ("base64",) if encoding == "base64" else ("plain", "base64") if encoding is None else ("plain",)
    for attempt in attempts:
        try:
            text = base64.b64decode(body, validate=True).decode("utf-8") if attempt == "base64" else body
            return json.loads(text)
        except (ValueError, binascii.Error):
            continue
    return _UNDECODABLE


def _named_job(headers: Any, body: Any) -> tuple[str | None, str | None]:
    """The job id and URL a message names, as far as they can be read (URL only if of an acceptable length)."""
    job: Any = None
    if isinstance(body, list) and body and isinstance(body[0], list) and body[0]:
        job = body[0][0]
        if isinstance(job, str):
            try:
                job = json.loads(job)
            except ValueError:
                job = None
    job_id = job.get("job_id") if isinstance(job, dict) else None
    if not (isinstance(job_id, str) and 0 < len(job_id) <= 200):
        header_id = headers.get("id") if isinstance(headers, dict) else None
        job_id = header_id if isinstance(header_id, str) and 0 < len(header_id) <= 200 else None
    return job_id, job_url_or_none(job.get("url") if isinstance(job, dict) else None)


def _expired(expires: Any, now: datetime) -> bool:
    """True if ``expires`` (an ISO 8601 time, as Celery writes it) is in the past."""
    if not isinstance(expires, str):
        return False
    try:
        when = datetime.fromisoformat(expires.replace("Z", "+00:00"))
    except ValueError:
        return False
    return (when if when.tzinfo else when.replace(tzinfo=UTC)) < now


class FailureRecorder(Protocol):
    """Where a refused job's failure is recorded (job status, metrics, log): ``worker.ops.tracking.JobTracker``."""

    def failed(self, job_id: str, url: str | None, attempt: int, error: WireroomError, event_id: str) -> None: ...


class DeadLetters:
    """Keeps refused queue entries in ``settings.dead_letter_list``, counts them, and fails the jobs they name.

    ``recorder`` builds, on first use, what records a failed job's outcome (the ops side's job tracker).
    """

    def __init__(self, settings: Settings, client: redis.Redis, recorder: Callable[[], FailureRecorder]) -> None:
        self._settings = settings
        self._client = client
        self._key = keys.dead_letters(settings.key_prefix, settings.dead_letter_list)
        self._count_key = keys.dead_letter_count(settings.key_prefix, settings.dead_letter_list)
        self._publisher = RedisStreamPublisher.from_settings(settings, client)
        self._new_recorder = recorder
        self._recorder: FailureRecorder | None = None

    def reject(self, raw: bytes | str, rejection: Rejection, queue: str, *, fail_job: bool = True) -> None:
        """Keep ``raw``, count it, log it, and (``fail_job``) publish the failed event of the job it names.
        Never raises."""
        data = raw if isinstance(raw, bytes) else raw.encode("utf-8", "replace")
        entry = {
            "queue": queue,
            "reason": rejection.reason if len(data) <= MAX_KEPT_BYTES else f"{rejection.reason} (truncated)",
            "job_id": rejection.job_id,
            "url": rejection.url,
            "at": datetime.now(UTC).isoformat(),
            "message": data[:MAX_KEPT_BYTES].decode("utf-8", "replace"),
        }
        try:
            with self._client.pipeline(transaction=True) as pipe:
                pipe.lpush(self._key, json.dumps(entry))
                pipe.ltrim(self._key, 0, self._settings.dead_letter_max - 1)
                pipe.incr(self._count_key)
                pipe.execute()
        except redis.RedisError:
            log.exception("could not keep a refused broker message in %s (%s)", self._key, rejection.reason)
        log.error(
            "refused a broker message from %s: %s",
            queue,
            rejection.reason,
            extra={"job_id": rejection.job_id, "url": rejection.url},
        )
        if fail_job and rejection.job_id is not None and rejection.url is not None:
            self._fail(rejection.job_id, rejection.url, rejection.error())

    def expired_in_worker(self, request: Any, queue: str) -> None:
        """Celery discarded a job whose ``expires`` passed while the worker held it (an ETA or a retry countdown):
        keep it and fail it like an entry that expired in the queue. Never raises."""
        args = getattr(request, "args", None)
        job = args[0] if isinstance(args, list | tuple) and args and isinstance(args[0], dict) else {}
        job_id = job.get("job_id") if isinstance(job.get("job_id"), str) and job.get("job_id") else None
        task_id = getattr(request, "id", None)
        rejection = Rejection(
            "expired while the worker held it",
            job_id or (task_id if isinstance(task_id, str) else None),
            job_url_or_none(job.get("url")),
            expired=True,
        )
        self.reject(json.dumps({"id": task_id, "args": args}, default=str), rejection, queue)

    def _fail(self, job_id: str, url: str, error: WireroomError) -> None:
        """Publish the job's failed event and record its outcome; a failure to do so is logged, not raised."""
        event = events.failed(job_id, url, error, 1, self._settings.event_source)
        try:
            self._publisher.publish(event)
            if self._recorder is None:
                self._recorder = self._new_recorder()
            self._recorder.failed(job_id, url, 0, error, event.id)
        except OutcomeExists:
            pass
        except WireroomError:
            log.exception("could not publish the failed event of refused job %s", job_id)

    def count(self) -> int:
        """How many entries have been refused since the counter was created."""
        value = self._client.get(self._count_key)
        return int(value) if value is not None else 0


__all__ = ["MAX_KEPT_BYTES", "DeadLetters", "FailureRecorder", "Rejection", "inspect_message"]
