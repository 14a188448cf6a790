"""FetchJob: the wire format of a job, its derived id, the task's payload decoding and the bulk message format."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from celery import Celery
from pydantic import ValidationError

from schemas.jobs import (
    MAX_METADATA_BYTES,
    MAX_METADATA_DEPTH,
    FetchJob,
    derive_job_id,
    job_url_or_none,
    metadata_depth,
)
from worker.app import create_app
from worker.broker.enqueue import build_message, make_job, prepare
from worker.errors import InvalidJob, InvalidURL
from worker.settings import Settings
from worker.store import keys
from worker.tasks import TASK_NAME, decode_job

WHEN = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)


def test_defaults() -> None:
    job = FetchJob(url="https://example.com/a")
    assert job.priority is None and job.source is None and job.metadata == {}
    assert job.requested_at.tzinfo is not None
    assert abs((datetime.now(UTC) - job.requested_at).total_seconds()) < 5
    assert job.job_id == derive_job_id(job.url, job.requested_at)


def test_job_id_is_deterministic_over_url_and_time() -> None:
    a = FetchJob(url="https://example.com/a", requested_at=WHEN)
    b = FetchJob.model_validate_json(
        json.dumps({"url": "https://example.com/a", "requested_at": "2024-05-01T12:00:00Z"})
    )
    later = FetchJob(url="https://example.com/a", requested_at=WHEN + timedelta(microseconds=1))
    other = FetchJob(url="https://example.com/b", requested_at=WHEN)
    same_instant = FetchJob(url="https://example.com/a", requested_at=WHEN.astimezone(timezone(timedelta(hours=2))))
    assert a.job_id == b.job_id == same_instant.job_id
    assert len({a.job_id, later.job_id, other.job_id}) == 3


def test_explicit_job_id_is_kept() -> None:
    assert FetchJob(url="https://example.com/", job_id="mine-1").job_id == "mine-1"


def test_round_trip_through_json() -> None:
    job = FetchJob(url="https://example.com/", priority=3, source="rss:x", metadata={"feed": [1, "a", None]})
    assert FetchJob.model_validate_json(job.model_dump_json()) == job


@pytest.mark.parametrize(
    "payload",
    [
        {"url": "ftp://example.com/"},
        {"url": "https://example.com/", "priority": 10},
        {"url": "https://example.com/", "priority": -1},
        {"url": "https://example.com/", "requested_at": "2024-05-01T12:00:00"},  # naive
        {"url": "https://example.com/", "requested_at": "yesterday"},
        {"url": "https://example.com/", "surprise": 1},
        {"url": "https://example.com/", "metadata": "not-a-dict"},
        {"url": "https://example.com/" + "a" * 2100},
        {"priority": 1},
    ],
)
def test_invalid_jobs_are_refused(payload: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        FetchJob.model_validate(payload)


def test_jobs_are_frozen() -> None:
    job = FetchJob(url="https://example.com/")
    with pytest.raises(ValidationError):
        job.url = "https://other.example/"  # type: ignore[misc]


def test_decode_job_accepts_dicts_and_json_text_and_fills_the_task_id() -> None:
    job = decode_job({"url": "https://example.com/"}, fallback_job_id="task-1")
    assert job.job_id == "task-1"
    assert decode_job('{"url": "https://example.com/", "job_id": "j"}', "task-1").job_id == "j"


@pytest.mark.parametrize("payload", [None, 42, ["https://example.com/"], "not json", {"url": 5}, {}])
def test_decode_job_raises_invalid_job(payload: object) -> None:
    with pytest.raises(InvalidJob):
        decode_job(payload, "task-1")


def test_make_job_normalises_and_refuses() -> None:
    assert make_job("https://Example.com/x#frag").url == "https://example.com/x"
    with pytest.raises(InvalidURL):
        make_job("mailto:someone@example.com")
    with pytest.raises(InvalidURL):
        make_job("https://example.com/", priority=12)


def test_prepare_keeps_order_and_reports_invalid() -> None:
    prepared = prepare(["https://a.example/", "nope", "https://b.example/"], source="test")
    assert [job.url for job in prepared.jobs] == ["https://a.example/", "https://b.example/"]
    assert [(index, url) for index, url, _ in prepared.invalid] == [(1, "nope")]
    assert all(job.source == "test" for job in prepared.jobs)


def test_bulk_message_matches_what_celery_sends() -> None:
    # Given the message Celery itself builds for the same task call
    app: Celery = create_app(Settings())
    job = FetchJob(url="https://example.com/", priority=4, job_id="job-1")
    celery_msg = app.amqp.as_task_v2("job-1", TASK_NAME, args=[job.model_dump(mode="json")])
    # When wireroom builds its bulk message
    message = json.loads(build_message(job, "wireroom"))
    body = json.loads(base64.b64decode(message["body"]))
    # Then body, headers and routing agree with Celery's protocol 2
    assert body == json.loads(json.dumps(list(celery_msg.body)))
    for key in ("lang", "task", "id", "root_id", "parent_id", "group", "retries", "eta", "expires", "timelimit"):
        assert message["headers"][key] == json.loads(json.dumps(celery_msg.headers[key])), key
    assert message["content-type"] == "application/json" and message["content-encoding"] == "utf-8"
    assert message["properties"]["priority"] == 4
    assert message["properties"]["delivery_info"] == {"exchange": "", "routing_key": "wireroom"}
    assert message["properties"]["body_encoding"] == "base64"


def test_queue_key_follows_kombu_priorities() -> None:
    assert keys.queue_list("q", None) == "q"
    assert keys.queue_list("q", 0) == "q"
    assert keys.queue_list("q", 7) == "q\x06\x167"


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/a\x00b",
        "https://news.example/a\r\nX-Injected: 1",
        "https://news.example/a\tb",
        "https://user:secret@news.example/a",
        "https://user@news.example/a",
        "https://news.example:99999/a",
        "https://news.example/" + "a" * 3000,
    ],
)
def test_fetch_job_refuses_urls_no_entry_may_queue(url: str) -> None:
    # Given a URL with control characters, credentials, a bad port or over the length cap
    # When it is validated as a FetchJob (what the API, enqueue, the CLI and the worker all do)
    # Then it is refused, and the error names no credential
    with pytest.raises(ValidationError) as caught:
        FetchJob(url=url)
    assert "secret" not in str(caught.value.errors(include_input=False))


@pytest.mark.parametrize("depth", [17, 200, 254, 5000])
def test_fetch_job_refuses_metadata_nested_too_deep(depth: int) -> None:
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"a": value}
    with pytest.raises(ValidationError, match="nested deeper"):
        FetchJob(url="https://news.example/a", metadata=value)


def test_fetch_job_takes_metadata_up_to_its_limits() -> None:
    # Given metadata exactly at the depth limit and just under the size limit, Then it is accepted
    value: dict[str, Any] = {"leaf": 1}
    for _ in range(MAX_METADATA_DEPTH - 1):
        value = {"a": value}
    assert metadata_depth(value) == MAX_METADATA_DEPTH
    FetchJob(url="https://news.example/a", metadata=value)
    blob = "x" * (MAX_METADATA_BYTES - len('{"b":""}'))
    FetchJob(url="https://news.example/a", metadata={"b": blob})
    with pytest.raises(ValidationError, match="larger than"):
        FetchJob(url="https://news.example/a", metadata={"b": blob + "x"})


def test_job_url_or_none_never_names_a_credential_or_an_overlong_url() -> None:
    assert job_url_or_none("https://news.example/a") == "https://news.example/a"
    assert job_url_or_none("https://u:p@news.example/a") is None
    assert job_url_or_none("https://news.example/" + "a" * 3000) is None
    assert job_url_or_none(None) is None
