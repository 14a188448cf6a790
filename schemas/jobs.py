"""The fetch job: the wire format producers send to ask for one URL to be ingested."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, JsonValue, model_validator

from schemas.article import HttpUrlStr

JOB_ID_NAMESPACE = uuid.UUID("5d0c7f0e-6f2b-4a44-9a43-7c1b2f3e9a01")
"""Namespace of the uuid5 job ids derived from ``url`` and ``requested_at``."""

MAX_URL_LENGTH = 2048


def derive_job_id(url: str, requested_at: datetime) -> str:
    """The default job id: uuid5 over the URL and the request time (UTC, microseconds).

    Deterministic on purpose: a payload that names no ``job_id`` decodes to the same id every time it is
    delivered, so a redelivered job republishes the same event id (see ``worker.events``). Two requests for
    the same URL at different times are different jobs with different ids.
    """
    stamp = requested_at.astimezone(UTC).isoformat(timespec="microseconds")
    return str(uuid.uuid5(JOB_ID_NAMESPACE, f"{url}\n{stamp}"))


class FetchJob(BaseModel):
    """A request to fetch, parse and publish one article URL. Sent as the single argument of ``wireroom.ingest``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: HttpUrlStr = Field(max_length=MAX_URL_LENGTH, description="The article's absolute http(s) URL.")
    priority: int | None = Field(
        default=None, ge=0, le=9, description="Queue priority, Redis convention: 0 is served first, 9 last."
    )
    source: str | None = Field(default=None, min_length=1, max_length=200, description="Who asked, e.g. 'rss:bbc'.")
    metadata: dict[str, JsonValue] = Field(
        default_factory=dict, description="Opaque producer data, echoed back in the job's events."
    )
    requested_at: AwareDatetime = Field(default_factory=lambda: datetime.now(UTC))
    job_id: str = Field(
        default_factory=str,
        min_length=1,
        max_length=200,
        pattern=r"^[!-~]+$",
        description="Unique id of this request (printable ASCII, no spaces); default: uuid5 over url and "
        "requested_at (deterministic).",
    )

    @model_validator(mode="before")
    @classmethod
    def _default_job_id(cls, data: Any) -> Any:
        if isinstance(data, dict) and not data.get("job_id") and "url" in data:
            data = dict(data)
            if not data.get("requested_at"):
                data["requested_at"] = datetime.now(UTC)
            when = data["requested_at"]
            if isinstance(when, str):
                try:
                    when = datetime.fromisoformat(when.replace("Z", "+00:00"))
                except ValueError:
                    return data  # the field validator reports the bad timestamp
            if isinstance(when, datetime) and when.tzinfo is not None:
                data["job_id"] = derive_job_id(str(data["url"]), when)
        return data


__all__ = ["JOB_ID_NAMESPACE", "MAX_URL_LENGTH", "FetchJob", "derive_job_id"]
