"""The events wireroom publishes: CloudEvents 1.0 JSON envelopes, one per job (ingested or failed)."""

from __future__ import annotations

from typing import Annotated, Any, Final, Literal

from pydantic import (
    AwareDatetime,
    BaseModel,
    ConfigDict,
    Field,
    JsonValue,
    SerializerFunctionWrapHandler,
    TypeAdapter,
    model_serializer,
)

from schemas.article import ArticleRecord

SCHEMA_VERSION: Final = 2
"""Bumped on any incompatible change of the envelope or of its ``data``."""

INGESTED_TYPE: Final = "wireroom.article.ingested"
FAILED_TYPE: Final = "wireroom.article.failed"
INGESTED_DATASCHEMA: Final = "urn:wireroom:schema:article-record:2"
FAILED_DATASCHEMA: Final = "urn:wireroom:schema:article-failure:2"
_OPTIONAL_ATTRIBUTES: Final = ("subject", "jobsource")
"""Attributes left out of the envelope when they have no value (CloudEvents attributes are never null)."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _CloudEvent(_Frozen):
    """The CloudEvents 1.0 attributes shared by every wireroom event (JSON event format, structured mode).

    Extension attribute names follow the CloudEvents rule (lower-case letters and digits only), hence
    ``schemaversion`` and ``jobid``; their values are strings or integers, as the CloudEvents type system requires.
    An attribute without a value (``subject`` of a job with no URL, ``jobsource``) is left out, never null. The
    producer's ``FetchJob.metadata`` (a JSON object) travels in ``data.job_metadata``.
    """

    specversion: Literal["1.0"] = "1.0"
    id: str = Field(min_length=1, description="Event id, derived from the job: a redelivered job repeats it.")
    source: str = Field(min_length=1, description="URI-reference naming the producer (settings.event_source).")
    time: AwareDatetime
    subject: str | None = Field(
        default=None,
        min_length=1,
        description="The article URL the event is about (absent only for jobs whose URL could not be read).",
    )
    datacontenttype: Literal["application/json"] = "application/json"
    schemaversion: Literal[2] = SCHEMA_VERSION
    jobid: str = Field(min_length=1, description="The FetchJob's job_id.")
    jobsource: str | None = Field(default=None, min_length=1, description="The FetchJob's source; absent if none.")

    @model_serializer(mode="wrap")
    def _omit_absent(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        dumped: dict[str, Any] = handler(self)
        for name in _OPTIONAL_ATTRIBUTES:
            if dumped.get(name) is None:
                dumped.pop(name, None)
        return dumped


class IngestedData(ArticleRecord):
    """The ``data`` of an ingested event: the article record, and the producer's metadata echoed."""

    job_metadata: dict[str, JsonValue] = Field(default_factory=dict, description="The FetchJob's metadata.")


class ArticleIngested(_CloudEvent):
    """An article was fetched, parsed and validated; ``data`` is its record."""

    type: Literal["wireroom.article.ingested"] = INGESTED_TYPE
    dataschema: Literal["urn:wireroom:schema:article-record:2"] = INGESTED_DATASCHEMA
    data: IngestedData


class FailureError(_Frozen):
    """Why a job failed: the wireroom error type name, its message and whether it was retryable."""

    type: str = Field(min_length=1, description="Error class name from worker.errors, e.g. 'PageGone'.")
    message: str
    retryable: bool = Field(description="True when retries were exhausted on a retryable error.")


class FailureData(_Frozen):
    """The ``data`` of a failed event."""

    url: str | None = Field(description="The job's URL as sent (null when the payload had none).")
    job_id: str = Field(min_length=1)
    error: FailureError
    attempts: int = Field(ge=1, description="Deliveries of the job that ran, including the last one.")
    job_metadata: dict[str, JsonValue] = Field(
        default_factory=dict, description="The FetchJob's metadata (empty when the job could not be decoded)."
    )


class ArticleFailed(_CloudEvent):
    """A job ended without an article: a permanent error, or retries exhausted."""

    type: Literal["wireroom.article.failed"] = FAILED_TYPE
    dataschema: Literal["urn:wireroom:schema:article-failure:2"] = FAILED_DATASCHEMA
    data: FailureData


Event = Annotated[ArticleIngested | ArticleFailed, Field(discriminator="type")]
"""Either event, told apart by ``type``."""

EVENT_ADAPTER: TypeAdapter[ArticleIngested | ArticleFailed] = TypeAdapter(Event)
"""Validates one event from JSON: ``EVENT_ADAPTER.validate_json(raw)`` (raises pydantic ``ValidationError``)."""

__all__ = [
    "EVENT_ADAPTER",
    "FAILED_DATASCHEMA",
    "FAILED_TYPE",
    "INGESTED_DATASCHEMA",
    "INGESTED_TYPE",
    "SCHEMA_VERSION",
    "ArticleFailed",
    "ArticleIngested",
    "Event",
    "FailureData",
    "FailureError",
    "IngestedData",
]
