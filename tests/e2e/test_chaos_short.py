"""Short chaos run in the suite: 100 URLs, one worker SIGKILL, one Redis restart; nothing lost, nothing doubled."""

from __future__ import annotations

import shutil
from types import ModuleType

import pytest
from support.scripts import load_benchmark


def _chaos() -> ModuleType:
    return load_benchmark("chaos")


@pytest.mark.e2e
@pytest.mark.timeout(150)
@pytest.mark.skipif(shutil.which("redis-server") is None, reason="needs the redis-server binary")
def test_short_chaos_run_loses_and_doubles_nothing() -> None:
    # Given 100 URLs (some slow, some 404/503), two deployed workers and a Redis of our own with AOF
    chaos = _chaos()
    # When one worker is SIGKILLed mid-run (and restarted) and Redis is restarted once
    report = chaos.run(urls=100, kills=1, redis_restarts=1, timeout=60)
    # Then no event id appears twice, no job has two outcomes, and the kill's in-flight jobs finished within 15 s
    assert report.urls_enqueued == 100
    assert report.duplicate_event_ids == 0, report
    assert report.jobs_with_two_outcomes == 0, report
    assert report.redis_restarts == 1
    assert len(report.kills) == 1
    assert report.max_recovery_s is not None and report.max_recovery_s <= 15.0, report
    # And every URL has exactly one outcome, including a message taken off the queue as Redis went down
    # (worker.broker.reconcile queues those again: report.requeued names them)
    assert report.lost == 0, report
    assert report.outcome_events == 100, report
    assert report.failed_by_type.get("PageGone") == 2
    assert report.failed_by_type.get("UpstreamUnavailable") == 2
