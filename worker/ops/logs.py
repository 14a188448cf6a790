"""Structured logs: one JSON line per event (human-readable on a TTY), with secrets masked and bodies kept out."""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import Iterable
from typing import Any, TextIO

from celery import signals

EVENT_FIELDS = (
    "job_id",
    "url",
    "outcome",
    "attempt",
    "duration_s",
    "fetch_s",
    "parse_s",
    "bytes",
    "error_type",
    "event_id",
    "status",
    "task_id",
    "hostname",
    "method",
    "path",
    "client",
)
"""The ``extra=`` keys a log line may carry. Any other extra (a page body, a header dict) is dropped."""

MAX_MESSAGE_CHARS = 2000

_PATTERNS = (
    (re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"), r"\1 ***"),
    (re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+"), r"\1***"),
    # The scheme may not start inside a longer run of scheme characters: without that lookbehind every position
    # of a long word would start a scan to its end (quadratic on a 100 KB URL).
    (re.compile(r"(?i)(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*://[^/\s:@]*:)[^@\s/]+@"), r"\1***@"),
    (
        re.compile(
            r"(?i)([?&](?:access_token|api_key|apikey|key|token|secret|password|passwd|sig|signature)=)[^&#\s]+"
        ),
        r"\1***",
    ),
)


class Redactor:
    """Masks credentials in text: known secret values, bearer/basic tokens, URL passwords, secret query values."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self._secrets = sorted({s for s in secrets if len(s) >= 4}, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        """``text`` with every secret masked."""
        for secret in self._secrets:
            text = text.replace(secret, "***")
        for pattern, replacement in _PATTERNS:
            text = pattern.sub(replacement, text)
        return text


def _event(record: logging.LogRecord, redact: Redactor) -> dict[str, Any]:
    message = redact(record.getMessage())
    if len(message) > MAX_MESSAGE_CHARS:
        message = message[:MAX_MESSAGE_CHARS] + "…"
    event: dict[str, Any] = {
        "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
        "level": record.levelname.lower(),
        "logger": record.name,
        "msg": message,
    }
    for name in EVENT_FIELDS:
        value = record.__dict__.get(name)
        if value is None:
            continue
        event[name] = redact(value)[:MAX_MESSAGE_CHARS] if isinstance(value, str) else value
    if record.exc_info and record.exc_info[0] is not None:
        event["exc_type"] = record.exc_info[0].__name__
        event["exc"] = redact(logging.Formatter().formatException(record.exc_info))[-4000:]
    return event


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, the allowed event fields, and the exception if any."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        super().__init__()
        self.redact = redactor or Redactor()

    def format(self, record: logging.LogRecord) -> str:
        """The record as one line of JSON."""
        return json.dumps(_event(record, self.redact), ensure_ascii=False, default=str)


class HumanFormatter(logging.Formatter):
    """``time level logger: msg key=value ...`` for a person at a terminal; same masking as JSON."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        super().__init__()
        self.redact = redactor or Redactor()

    def format(self, record: logging.LogRecord) -> str:
        """The record as one readable line (plus the traceback, if any)."""
        event = _event(record, self.redact)
        extras = " ".join(f"{k}={event[k]}" for k in EVENT_FIELDS if k in event)
        line = f"{event['ts'][11:23]} {record.levelname:<7} {record.name}: {event['msg']}"
        line = f"{line}  {extras}" if extras else line
        return f"{line}\n{event['exc']}" if "exc" in event else line


def make_formatter(stream: TextIO, json_output: bool | None = None, secrets: Iterable[str] = ()) -> logging.Formatter:
    """JSON unless ``stream`` is a terminal (or ``json_output`` says otherwise)."""
    redactor = Redactor(secrets)
    if json_output is None:
        json_output = not stream.isatty()
    return JsonFormatter(redactor) if json_output else HumanFormatter(redactor)


def configure_logging(
    level: int | str = logging.INFO,
    *,
    stream: TextIO | None = None,
    logfile: str | None = None,
    json_output: bool | None = None,
    secrets: Iterable[str] = (),
) -> logging.Handler:
    """Send the root logger to ``logfile`` (appended), else ``stream`` (default stderr), through the wireroom
    formatter; returns the handler. Raises ``OSError`` if the log file cannot be opened."""
    handler: logging.StreamHandler[Any] = (
        logging.FileHandler(logfile, encoding="utf-8") if logfile else logging.StreamHandler(stream or sys.stderr)
    )
    handler.setFormatter(make_formatter(handler.stream, json_output, secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_wireroom", False):
            root.removeHandler(old)
    handler._wireroom = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return handler


def install_celery_logging(secrets: Iterable[str] = ()) -> None:
    """Make Celery workers log through ``configure_logging`` (its ``setup_logging`` and task-logger signals)."""
    kept = tuple(secrets)

    def _setup(loglevel: int | str | None = None, logfile: str | None = None, **_: Any) -> None:
        configure_logging(loglevel or logging.INFO, logfile=logfile, secrets=kept)

    def _task_logger(logger: logging.Logger, **_: Any) -> None:
        for handler in logger.handlers:
            handler.setFormatter(make_formatter(getattr(handler, "stream", sys.stderr), secrets=kept))

    # Replace any earlier install (another app in this process), so the latest secrets are the ones masked.
    signals.setup_logging.disconnect(dispatch_uid="wireroom-logs-setup")
    signals.after_setup_task_logger.disconnect(dispatch_uid="wireroom-logs-task")
    signals.setup_logging.connect(_setup, weak=False, dispatch_uid="wireroom-logs-setup")
    signals.after_setup_task_logger.connect(_task_logger, weak=False, dispatch_uid="wireroom-logs-task")


__all__ = [
    "EVENT_FIELDS",
    "HumanFormatter",
    "JsonFormatter",
    "Redactor",
    "configure_logging",
    "install_celery_logging",
    "make_formatter",
]
