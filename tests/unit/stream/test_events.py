"""Events: CloudEvents envelopes, ids derived from the job, JSON Schema conformance, in-process publishers."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from typing import Any

import jsonschema
import pytest
from cloudevents.core.formats.json import JSONFormat
from pydantic import ValidationError

from schemas.article import ArticleRecord
from schemas.events import EVENT_ADAPTER, ArticleFailed, ArticleIngested
from schemas.export import JSON_DIR
from schemas.jobs import FetchJob
from worker.errors import PageGone, StoreUnavailable, UpstreamUnavailable
from worker.stream import events
from worker.stream.publish import StdoutPublisher

JOB = FetchJob(
    url="https://example.com/news/1",
    source="rss:example",
    metadata={"feed": "top", "rank": 3},
    requested_at=datetime(2024, 5, 1, tzinfo=UTC),
)
RECORD = ArticleRecord(
    url=JOB.url,
    headline="A headline",
    body="First paragraph.\n\nSecond paragraph.",
    word_count=4,
    content_hash="0" * 64,
    parser_version="test",
)


def _schema(name: str) -> dict[str, Any]:
    return json.loads((JSON_DIR / f"{name}.schema.json").read_text())  # type: ignore[no-any-return]


def test_ingested_event_envelope() -> None:
    event = events.ingested(JOB, RECORD, "urn:wireroom:test")
    assert event.specversion == "1.0"
    assert event.type == "wireroom.article.ingested"
    assert event.subject == JOB.url
    assert event.source == "urn:wireroom:test"
    assert event.datacontenttype == "application/json"
    assert event.dataschema.startswith("urn:wireroom:schema:article-record:")
    assert event.schemaversion == 2
    assert event.time.tzinfo is not None
    assert (event.jobid, event.jobsource) == (JOB.job_id, "rss:example")
    assert event.data.job_metadata == {"feed": "top", "rank": 3}
    assert ArticleRecord.model_validate(event.data.model_dump(exclude={"job_metadata"})) == RECORD


def test_event_ids_are_derived_from_the_job() -> None:
    first = events.ingested(JOB, RECORD, "urn:x", now=datetime(2024, 1, 1, tzinfo=UTC))
    again = events.ingested(JOB, RECORD, "urn:x", now=datetime(2025, 1, 1, tzinfo=UTC))
    other_job = events.ingested(JOB.model_copy(update={"job_id": "other"}), RECORD, "urn:x")
    failure = events.failed(JOB.job_id, JOB.url, PageGone("HTTP 404"), 1, "urn:x", job=JOB)
    assert first.id == again.id
    assert len({first.id, other_job.id, failure.id}) == 3


def test_failed_event_data() -> None:
    error = UpstreamUnavailable("HTTP 503", url=JOB.url, retry_after=3)
    event = events.failed(JOB.job_id, JOB.url, error, 4, "urn:x", job=JOB)
    assert event.type == "wireroom.article.failed"
    assert event.data.model_dump() == {
        "url": JOB.url,
        "job_id": JOB.job_id,
        "error": {"type": "UpstreamUnavailable", "message": "HTTP 503", "retryable": True},
        "attempts": 4,
        "job_metadata": JOB.metadata,
    }


def test_failed_event_without_a_decodable_job() -> None:
    event = events.failed("task-9", None, PageGone("x"), 1, "urn:x")
    assert event.subject is None and event.data.url is None and event.data.job_metadata == {}
    # And the envelope leaves the attributes without a value out: CloudEvents attributes are never null
    envelope = json.loads(event.model_dump_json())
    assert "subject" not in envelope and "jobsource" not in envelope
    assert EVENT_ADAPTER.validate_json(event.model_dump_json()) == event


def _events_of_every_shape() -> list[ArticleIngested | ArticleFailed]:
    return [
        events.ingested(JOB, RECORD, "urn:x"),
        events.ingested(JOB.model_copy(update={"source": None, "metadata": {}}), RECORD, "urn:x"),
        events.failed(JOB.job_id, JOB.url, PageGone("HTTP 410"), 1, "urn:x", job=JOB),
        events.failed("task-9", None, PageGone("x"), 1, "urn:x"),
    ]


@pytest.mark.parametrize("event", _events_of_every_shape(), ids=["ingested", "no-source", "failed", "no-url"])
def test_the_official_cloudevents_sdk_reads_every_event(event: ArticleIngested | ArticleFailed) -> None:
    # Given an event as wireroom publishes it, When the CloudEvents SDK reads it (validating its attributes)
    parsed = JSONFormat().read(None, event.model_dump_json())
    # Then its attributes are the event's, and every attribute value is of a CloudEvents type (no object, no null)
    assert parsed.get_id() == event.id and parsed.get_type() == event.type
    assert parsed.get_subject() == event.subject
    envelope = json.loads(event.model_dump_json())
    assert all(isinstance(v, str | int | bool) for k, v in envelope.items() if k != "data")


@pytest.mark.parametrize(
    ("event", "schema"),
    [
        (events.ingested(JOB, RECORD, "urn:x"), "article-ingested"),
        (events.failed(JOB.job_id, JOB.url, PageGone("HTTP 410"), 1, "urn:x", job=JOB), "article-failed"),
    ],
)
def test_events_validate_against_the_committed_json_schemas(
    event: ArticleIngested | ArticleFailed, schema: str
) -> None:
    jsonschema.validate(json.loads(event.model_dump_json()), _schema(schema))


def test_event_adapter_tells_the_types_apart() -> None:
    ingested = events.ingested(JOB, RECORD, "urn:x")
    failed = events.failed(JOB.job_id, JOB.url, PageGone("HTTP 410"), 1, "urn:x", job=JOB)
    assert EVENT_ADAPTER.validate_json(ingested.model_dump_json()) == ingested
    assert EVENT_ADAPTER.validate_json(failed.model_dump_json()) == failed
    tampered = json.loads(ingested.model_dump_json()) | {"type": "wireroom.article.deleted"}
    with pytest.raises(ValidationError):
        EVENT_ADAPTER.validate_python(tampered)


def test_stdout_publisher_writes_one_json_line_per_event() -> None:
    out = io.StringIO()
    publisher = StdoutPublisher(out)
    publisher.publish(events.ingested(JOB, RECORD, "urn:x"))
    publisher.publish(events.failed("j2", "https://example.com/2", PageGone("x"), 1, "urn:x"))
    lines = out.getvalue().splitlines()
    assert [json.loads(line)["type"] for line in lines] == ["wireroom.article.ingested", "wireroom.article.failed"]


def test_stdout_publisher_maps_a_closed_stream() -> None:
    out = io.StringIO()
    out.close()
    with pytest.raises(StoreUnavailable):
        StdoutPublisher(out).publish(events.ingested(JOB, RECORD, "urn:x"))
