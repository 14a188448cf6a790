"""Reading the events a test caused from the stream."""

from __future__ import annotations

import time

import redis

from schemas.events import EVENT_ADAPTER, ArticleFailed, ArticleIngested

Event = ArticleIngested | ArticleFailed


def read_events(
    client: redis.Redis, stream: str, count: int, timeout: float = 30.0, start: str = "0-0"
) -> list[tuple[str, Event]]:
    """Block (XREAD) until the stream holds ``count`` entries after ``start``; returns them validated."""
    found: list[tuple[str, Event]] = []
    last = start
    deadline = time.monotonic() + timeout
    while len(found) < count:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"only {len(found)} of {count} events on {stream} after {timeout}s: {found}")
        reply = client.xread({stream: last}, count=count - len(found), block=max(1, int(min(left, 1.0) * 1000)))
        for _, entries in reply or []:
            for entry_id, fields in entries:
                last = entry_id.decode()
                found.append((last, EVENT_ADAPTER.validate_json(fields[b"event"])))
    return found


def events_for_job(client: redis.Redis, stream: str, job_id: str) -> list[Event]:
    """Every event on the stream about ``job_id`` (a full scan; test streams are small)."""
    events = [EVENT_ADAPTER.validate_json(fields[b"event"]) for _, fields in client.xrange(stream)]
    return [event for event in events if event.jobid == job_id]


def wait_event_for_job(client: redis.Redis, stream: str, job_id: str, timeout: float = 30.0) -> Event:
    """Block until an event about ``job_id`` is on the stream; returns it."""
    found: list[Event] = []
    last = "0-0"
    deadline = time.monotonic() + timeout
    while not found:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"no event for job {job_id} on {stream} after {timeout}s")
        reply = client.xread({stream: last}, count=100, block=max(1, int(min(left, 1.0) * 1000)))
        for _, entries in reply or []:
            for entry_id, fields in entries:
                last = entry_id.decode()
                event = EVENT_ADAPTER.validate_json(fields[b"event"])
                if event.jobid == job_id:
                    found.append(event)
    return found[0]


__all__ = ["Event", "events_for_job", "read_events", "wait_event_for_job"]
