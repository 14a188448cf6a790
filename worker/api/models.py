"""The API's own wire models: what ``/v1/jobs`` answers (requests are ``schemas.jobs.FetchJob``)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from worker.broker.jobstatus import JobState


class _Out(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class AcceptedJob(_Out):
    """One job taken in: its id and where to follow it."""

    job_id: str
    url: str
    status_url: str = Field(description="Path of GET /v1/jobs/{job_id} for this job (the id percent-encoded).")


class JobsAccepted(_Out):
    """The answer to POST /v1/jobs: the jobs enqueued, in request order."""

    jobs: list[AcceptedJob]


class JobStatusOut(_Out):
    """The state of one job, and the id of its event once one is published."""

    job_id: str
    state: JobState
    attempt: int = Field(ge=0, description="0 for the first run, n after n retries.")
    url: str | None = None
    event_id: str | None = Field(default=None, description="The CloudEvents id of the ingested or failed event.")
    error_type: str | None = Field(default=None, description="The last error's type while retrying or failed.")
    enqueued_at: float | None = Field(default=None, description="Epoch seconds.")
    updated_at: float = Field(description="Epoch seconds of the last state change.")


class Health(_Out):
    """Liveness: the process answers."""

    status: Literal["ok"] = "ok"


class Readiness(_Out):
    """Readiness: Redis reachable and at least one worker heartbeat recent enough."""

    ready: bool
    redis: bool
    workers: int = Field(ge=0)


class Problem(_Out):
    """An error answer (400 unparsable body, 401, 404, 409 job id taken, 413, 429, 503)."""

    detail: str


__all__ = ["AcceptedJob", "Health", "JobStatusOut", "JobsAccepted", "Problem", "Readiness"]
