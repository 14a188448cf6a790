"""Structured logs: one JSON object per line, allowed fields only, secrets masked, bodies never written."""

from __future__ import annotations

import io
import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from celery import signals

from worker.ops.logs import (
    EVENT_FIELDS,
    HumanFormatter,
    JsonFormatter,
    Redactor,
    configure_logging,
    install_celery_logging,
)

TOKEN = "s3cr3t-token-0123456789abcdef"
BODY = "<p>The whole article body, which must never reach a log line.</p>"


@pytest.fixture
def captured() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter(Redactor([TOKEN])))
    logger = logging.getLogger("wireroom.test.logs")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def lines(stream: io.StringIO) -> list[dict[str, object]]:
    return [json.loads(line) for line in stream.getvalue().splitlines()]


def test_one_json_line_with_event_fields(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    # When a job outcome is logged with its fields
    logger.info(
        "job done",
        extra={"job_id": "j1", "url": "https://news.example/a", "outcome": "ingested", "duration_s": 0.25},
    )
    # Then it is one JSON object carrying them
    [entry] = lines(stream)
    assert entry["msg"] == "job done"
    assert entry["level"] == "info"
    assert (entry["job_id"], entry["url"], entry["outcome"], entry["duration_s"]) == (
        "j1",
        "https://news.example/a",
        "ingested",
        0.25,
    )
    assert str(entry["ts"]).endswith("Z")


def test_token_and_body_never_appear(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    # Given log calls that carry a token (message, args, header text, URL) and a page body (as an extra)
    logger.warning("auth header was Authorization: Bearer %s", TOKEN)
    logger.info("token %s in a sentence", TOKEN)
    logger.info("fetched", extra={"body": BODY, "headers": {"Authorization": f"Bearer {TOKEN}"}, "job_id": "j2"})
    logger.info("fetching", extra={"url": f"https://user:{TOKEN}@news.example/a?api_key={TOKEN}&x=1"})
    try:
        raise ValueError(f"upstream said Bearer {TOKEN}")
    except ValueError:
        logger.exception("failed")
    # Then neither the token nor the body is in the output, and the lines stay valid JSON
    text = stream.getvalue()
    assert TOKEN not in text
    assert "whole article body" not in text
    entries = lines(stream)
    assert len(entries) == 5
    assert entries[2]["job_id"] == "j2" and "body" not in entries[2] and "headers" not in entries[2]
    assert entries[3]["url"] == "https://user:***@news.example/a?api_key=***&x=1"
    assert entries[4]["exc_type"] == "ValueError"


def test_redactor_masks_common_credential_shapes() -> None:
    redact = Redactor()
    assert redact("Bearer abc.def-ghi") == "Bearer ***"
    assert redact("redis://:hunter2@redis.internal:6379/0") == "redis://:***@redis.internal:6379/0"
    assert redact("https://x.example/?token=abc&page=2") == "https://x.example/?token=***&page=2"
    assert redact("nothing secret here") == "nothing secret here"


def test_redaction_is_linear_in_the_text() -> None:
    # Given a 10 MB URL-like word (quadratic matching took ~40 s on 100 KB), When it is redacted,
    # Then it takes well under a second per megabyte, and a URL password is still masked
    started = time.perf_counter()
    Redactor()("http://x/" + "a" * 10_000_000)
    assert time.perf_counter() - started < 10
    assert Redactor()("x" * 50 + "https://u:secret@h/") == "x" * 50 + "https://u:***@h/"


def test_long_messages_are_truncated(captured: tuple[logging.Logger, io.StringIO]) -> None:
    logger, stream = captured
    logger.info("x" * 10_000)
    [entry] = lines(stream)
    assert len(str(entry["msg"])) <= 2001


def test_human_format_on_a_tty() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    stream = Tty()
    handler = configure_logging(logging.INFO, stream=stream, secrets=[TOKEN])
    try:
        assert isinstance(handler.formatter, HumanFormatter)
        logging.getLogger("wireroom.test.tty").info("hello %s", TOKEN, extra={"job_id": "j3"})
        out = stream.getvalue()
        assert "hello ***" in out and "job_id=j3" in out and TOKEN not in out
    finally:
        logging.getLogger().removeHandler(handler)


def test_json_when_not_a_tty() -> None:
    stream = io.StringIO()
    handler = configure_logging(logging.INFO, stream=stream)
    try:
        assert isinstance(handler.formatter, JsonFormatter)
    finally:
        logging.getLogger().removeHandler(handler)


def test_event_fields_name_no_payloads() -> None:
    assert not {"body", "html", "headers", "token", "authorization", "data"} & set(EVENT_FIELDS)


def test_celery_setup_logging_signal_installs_json_logs(tmp_path: Path) -> None:
    # Given the wireroom receivers on Celery's logging signals
    install_celery_logging(secrets=[TOKEN])
    logfile = tmp_path / "worker.log"
    # When Celery sets up a worker's logging (with --logfile)
    signals.setup_logging.send(sender=None, loglevel=logging.INFO, logfile=str(logfile), format="", colorize=False)
    root = logging.getLogger()
    handler = next(h for h in root.handlers if getattr(h, "_wireroom", False))
    try:
        logging.getLogger("wireroom.test.celery").info("ready %s", TOKEN, extra={"job_id": "j9"})
        handler.flush()
        [entry] = [json.loads(line) for line in logfile.read_text().splitlines()]
        assert (entry["msg"], entry["job_id"]) == ("ready ***", "j9")
    finally:
        root.removeHandler(handler)
        handler.close()
