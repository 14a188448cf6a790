"""The fetch job: the wire format producers send to ask for one URL to be ingested."""

from __future__ import annotations

import json
import re
import uuid
from datetime import UTC, datetime
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    field_validator,
    model_validator,
)

from schemas.article import HttpUrlStr

JOB_ID_NAMESPACE = uuid.UUID("5d0c7f0e-6f2b-4a44-9a43-7c1b2f3e9a01")
"""Namespace of the uuid5 job ids derived from ``url`` and ``requested_at``."""

TASK_NAME = "wireroom.ingest"
"""The Celery task a job is sent to: its message carries one ``FetchJob`` as the task's only argument."""

MAX_URL_LENGTH = 2048
MAX_METADATA_BYTES = 16_384
"""Largest ``metadata`` accepted, as compact UTF-8 JSON (it is echoed in every event of the job)."""
MAX_METADATA_DEPTH = 16
"""Deepest nesting of objects and arrays accepted in ``metadata`` (the top-level object is depth 1)."""

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _check_job_url(value: str) -> str:
    if _CONTROL.search(value):
        raise ValueError("URL contains control characters (NUL, CR, LF, ...)")
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        raise ValueError(f"malformed URL: {exc}") from None
    if parts.username is not None or parts.password is not None:
        raise ValueError("credentials in URLs are not accepted")
    if not parts.hostname:
        raise ValueError("URL has no host")
    return value


JobUrl = Annotated[HttpUrlStr, AfterValidator(_check_job_url)]
"""An absolute http(s) URL with a host, no credentials and no control characters."""


def job_url_or_none(value: object) -> str | None:
    """``value`` if it may be shown in an event or a log as a job's URL (a string of an accepted length, with no
    credentials or control characters), else None. For naming the URL of a job that failed validation."""
    if not isinstance(value, str) or not value or len(value) > MAX_URL_LENGTH:
        return None
    try:
        return _check_job_url(value)
    except ValueError:
        return None


def metadata_depth(value: object) -> int:
    """How deeply objects and arrays nest in ``value`` (0 for a scalar), without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        deepest = max(deepest, depth)
        if deepest > MAX_METADATA_DEPTH:
            return deepest  # deep enough to refuse: stop walking
        stack.extend((child, depth + 1) for child in children)
    return deepest


def derive_job_id(url: str, requested_at: datetime) -> str:
    """The default job id: uuid5 over the URL and the request time (UTC, microseconds).

    Deterministic on purpose: a payload that names no ``job_id`` decodes to the same id every time it is
    delivered, so a redelivered job republishes the same event id (see ``worker.stream.events``). Two requests for
    the same URL at different times are different jobs with different ids.
    """
    stamp = requested_at.astimezone(UTC).isoformat(timespec="microseconds")
    return str(uuid.uuid5(JOB_ID_NAMESPACE, f"{url}\n{stamp}"))


class FetchJob(BaseModel):
    """A request to fetch, parse and publish one article URL. Sent as the single argument of ``wireroom.ingest``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    url: JobUrl = Field(
        max_length=MAX_URL_LENGTH,
        description="The article's absolute http(s) URL (no credentials, no control characters).",
    )
    priority: int | None = Field(
        default=None, ge=0, le=9, description="Queue priority, Redis convention: 0 is served first, 9 last."
    )
    source: str | None = Field(default=None, min_length=1, max_length=200, description="Who asked, e.g. 'rss:bbc'.")
    metadata: dict[str, JsonValue] = Field(
        default_factory=dict,
        description=f"Opaque producer data, echoed back in the job's events: a JSON object of at most "
        f"{MAX_METADATA_BYTES} bytes, nested at most {MAX_METADATA_DEPTH} deep.",
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

    @field_validator("metadata", mode="before")
    @classmethod
    def _bound_metadata(cls, value: Any) -> Any:
        if metadata_depth(value) > MAX_METADATA_DEPTH:
            raise ValueError(f"metadata nested deeper than {MAX_METADATA_DEPTH}")
        try:
            size = len(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        except (TypeError, ValueError):
            return value  # not JSON: the type check reports it
        if size > MAX_METADATA_BYTES:
            raise ValueError(f"metadata larger than {MAX_METADATA_BYTES} bytes as JSON")
        return value

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


__all__ = [
    "JOB_ID_NAMESPACE",
    "MAX_METADATA_BYTES",
    "MAX_METADATA_DEPTH",
    "MAX_URL_LENGTH",
    "TASK_NAME",
    "FetchJob",
    "JobUrl",
    "derive_job_id",
    "job_url_or_none",
    "metadata_depth",
]
