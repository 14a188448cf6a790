"""Build the CloudEvents of a job: ids derived from the job, so a redelivered job repeats its event id."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from schemas.article import ArticleRecord
from schemas.events import (
    FAILED_TYPE,
    INGESTED_TYPE,
    ArticleFailed,
    ArticleIngested,
    FailureData,
    FailureError,
    IngestedData,
)
from schemas.jobs import FetchJob
from worker.errors import WireroomError

EVENT_ID_NAMESPACE = uuid.UUID("0b7e3c52-45a1-4c8e-9b0e-2f0f6d1c8a77")


def event_id(job_id: str, event_type: str) -> str:
    """The id of the event of type ``event_type`` for job ``job_id``: uuid5, the same on every delivery."""
    return str(uuid.uuid5(EVENT_ID_NAMESPACE, f"{event_type}\n{job_id}"))


def ingested(job: FetchJob, record: ArticleRecord, source: str, now: datetime | None = None) -> ArticleIngested:
    """The ``wireroom.article.ingested`` event of ``job``, carrying ``record``."""
    return ArticleIngested(
        id=event_id(job.job_id, INGESTED_TYPE),
        source=source,
        time=now or datetime.now(UTC),
        subject=job.url,
        jobid=job.job_id,
        jobsource=job.source,
        data=IngestedData.model_construct(
            **dict(record),
            job_metadata=job.metadata,  # both validated already: no second pass over the record
        ),
    )


def failed(
    job_id: str,
    url: str | None,
    error: WireroomError,
    attempts: int,
    source: str,
    *,
    job: FetchJob | None = None,
    now: datetime | None = None,
) -> ArticleFailed:
    """The ``wireroom.article.failed`` event of a job (``job`` is None when its payload could not be decoded)."""
    return ArticleFailed(
        id=event_id(job_id, FAILED_TYPE),
        source=source,
        time=now or datetime.now(UTC),
        subject=url,
        jobid=job_id,
        jobsource=job.source if job else None,
        data=FailureData(
            url=url,
            job_id=job_id,
            error=FailureError(type=error.type_name, message=error.message, retryable=error.retryable),
            attempts=max(1, attempts),
            job_metadata=job.metadata if job else {},
        ),
    )


__all__ = ["EVENT_ID_NAMESPACE", "event_id", "failed", "ingested"]
