"""Operations of a real worker process: metrics scraped from its port, heartbeat file and health, status, JSON logs,
and the API following real jobs to ``ingested`` / ``failed``."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import requests
from support.api import free_port, serve_in_thread
from support.events import wait_event_for_job
from support.http import Reply, TestHTTPServer, page
from support.processes import WorkerProcess, wireroom_cmd, worker_env
from support.settings import TOKEN, make_settings
from support.waiting import wait_for

from schemas.events import ArticleFailed, ArticleIngested
from worker.api import create_api
from worker.broker.enqueue import enqueue, make_job
from worker.broker.jobstatus import JobStatusStore
from worker.settings import Settings

pytestmark = pytest.mark.integration

AUTH = {"Authorization": f"Bearer {TOKEN}"}
OPS = {
    "heartbeat_interval": 0.5,
    "heartbeat_max_age": 5.0,
    "api_token": TOKEN,
    "api_rate_limit": 1e4,
    "api_rate_burst": 10_000,
    "reconcile_interval": 0.5,
    "reconcile_grace": 1.0,
}


@pytest.fixture(scope="module")
def beat_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("beat") / "worker.ops.heartbeat"


@pytest.fixture(scope="module")
def metrics_port() -> int:
    return free_port()


@pytest.fixture(scope="module")
def settings(module_prefix: str, http_server: TestHTTPServer, beat_file: Path, metrics_port: int) -> Settings:
    return make_settings(
        module_prefix, http_server.port, max_retries=2, heartbeat_file=beat_file, metrics_port=metrics_port, **OPS
    )


@pytest.fixture(scope="module")
def worker(
    module_worker_factory: Any, module_prefix: str, http_server: TestHTTPServer, beat_file: Path, metrics_port: int
) -> WorkerProcess:
    proc: WorkerProcess = module_worker_factory(
        module_prefix, http_server.port, max_retries=2, heartbeat_file=beat_file, metrics_port=metrics_port, **OPS
    )
    return proc


@pytest.fixture(scope="module")
def api(worker: WorkerProcess, settings: Settings) -> Iterator[str]:
    with serve_in_thread(create_api(settings)) as base:
        yield base


def scrape(port: int) -> dict[str, float]:
    """The worker's /metrics as {'name{labels}': value}."""
    text = requests.get(f"http://127.0.0.1:{port}/metrics", timeout=10).text
    samples = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            name, _, value = line.rpartition(" ")
            samples[name] = float(value)
    return samples


def follow(api: str, job_id: str, until: set[str], timeout: float = 60.0) -> dict[str, Any]:
    """Poll GET /v1/jobs/{id} until its state is one of ``until``; returns the last answer."""

    def done() -> dict[str, Any] | None:
        body: dict[str, Any] = requests.get(f"{api}/v1/jobs/{job_id}", headers=AUTH, timeout=10).json()
        return body if body.get("state") in until else None

    return dict(wait_for(done, timeout, f"job {job_id} to reach {until}"))


def submit(api: str, url: str) -> str:
    answer = requests.post(f"{api}/v1/jobs", json={"url": url}, headers=AUTH, timeout=10)
    assert answer.status_code == 202, answer.text
    return str(answer.json()["jobs"][0]["job_id"])


def test_api_follows_a_real_job_to_ingested(
    api: str, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given an article page, submitted through the API
    url, _ = http_server.unique(page("service-article.html"))
    job_id = submit(api, url)
    # When the worker has processed it
    final = follow(api, job_id, {"ingested", "failed"})
    # Then the API reports "ingested" with the id of the event that is on the stream
    event = wait_event_for_job(redis_client, settings.events_stream, job_id)
    assert isinstance(event, ArticleIngested)
    assert (final["state"], final["event_id"], final["attempt"]) == ("ingested", event.id, 0)


def test_api_follows_a_retried_job_and_a_failed_one(
    api: str, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a page that answers 503 once, then the article; and a page that is gone
    flaky, route = http_server.unique(Reply(status=503, body=b"busy"), page("service-article.html"))
    gone, _ = http_server.unique(Reply(status=404, body=b"<html><body>gone</body></html>"))
    flaky_id, gone_id = submit(api, flaky), submit(api, gone)
    # Then the flaky job is ingested on its second attempt, the gone one fails with its error type
    retried = follow(api, flaky_id, {"ingested", "failed"})
    assert (retried["state"], retried["attempt"], retried["error_type"]) == ("ingested", 1, None)
    assert len(route.hits) == 2
    failed = follow(api, gone_id, {"ingested", "failed"})
    event = wait_event_for_job(redis_client, settings.events_stream, gone_id)
    assert isinstance(event, ArticleFailed)
    assert (failed["state"], failed["error_type"], failed["event_id"]) == ("failed", "PageGone", event.id)


def test_worker_metrics_move_after_jobs(
    worker: WorkerProcess, api: str, metrics_port: int, http_server: TestHTTPServer
) -> None:
    # Given the counters before
    before = scrape(metrics_port)
    # When one more article is ingested
    url, _ = http_server.unique(page("service-article.html"))
    follow(api, submit(api, url), {"ingested"})

    # Then the counters of the pool (summed over the prefork children) moved by one
    def moved() -> dict[str, float] | None:
        after = scrape(metrics_port)
        key = "wireroom_jobs_succeeded_total"
        return after if after.get(key, 0) > before.get(key, 0) else None

    after = wait_for(moved, 10, "the succeeded counter to move")
    for name in ("wireroom_jobs_received_total", "wireroom_jobs_succeeded_total",
                 "wireroom_fetch_duration_seconds_count", "wireroom_parse_duration_seconds_count"):  # fmt: skip
        assert after[name] == before.get(name, 0) + 1, name
    assert after['wireroom_events_published_total{type="ingested"}'] >= 1
    assert after["wireroom_fetched_bytes_total"] > before.get("wireroom_fetched_bytes_total", 0)
    # and the Redis gauges are served from the same port
    assert after["wireroom_redis_up"] == 1 and after["wireroom_workers_live"] >= 1


def test_a_queued_job_whose_message_vanished_still_gets_its_event(
    worker: WorkerProcess, settings: Settings, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given a job recorded as queued whose broker message is gone (what a Redis restart mid-BRPOP leaves)
    url, _ = http_server.unique(page("service-article.html"))
    job = make_job(url)
    store = JobStatusStore.from_settings(redis_client, settings)
    store.mark_queued([job])
    # When the worker's reconciler has passed over it twice
    event = wait_event_for_job(redis_client, settings.events_stream, job.job_id, timeout=30)
    # Then the job was queued again once and ingested: one event, as if nothing had happened
    assert isinstance(event, ArticleIngested)
    assert redis_client.hget(store.key(job.job_id), "requeued") == b"1"
    status = wait_for(lambda: (s := store.get(job.job_id)) is not None and s.state == "ingested" and s, 10, "state")
    assert status.event_id == event.id


def test_failure_and_retry_counters_by_error_type(worker: WorkerProcess, metrics_port: int, api: str) -> None:
    # Set by the previous test's jobs (503 then 200, and a 404); scraped in the same module's worker
    samples = scrape(metrics_port)
    assert samples.get('wireroom_jobs_retried_total{error_type="UpstreamUnavailable"}', 0) >= 1
    assert samples.get('wireroom_jobs_failed_total{error_type="PageGone"}', 0) >= 1
    assert samples.get('wireroom_events_published_total{type="failed"}', 0) >= 1


def test_heartbeat_file_is_fresh_and_health_passes(worker: WorkerProcess, settings: Settings) -> None:
    beat = settings.heartbeat_file
    first = wait_for(lambda: beat.exists() and beat.stat().st_mtime, 10, "the heartbeat file")
    # The file keeps being touched (interval 0.5 s)
    wait_for(lambda: beat.stat().st_mtime > first, 10, "a second heartbeat")
    env = worker_env(settings.key_prefix, heartbeat_file=beat)
    ok = subprocess.run([*wireroom_cmd(), "health", "--max-age", "5"], env=env, capture_output=True, check=False)
    assert ok.returncode == 0, ok.stderr
    probe_argv = [sys.executable, "-m", "worker.liveness", "--max-age", "5"]
    probe = subprocess.run(probe_argv, env=env, capture_output=True, check=False)
    assert probe.returncode == 0, probe.stderr


def test_status_shows_the_live_worker(worker: WorkerProcess, settings: Settings) -> None:
    env = worker_env(settings.key_prefix)
    done = subprocess.run([*wireroom_cmd(), "status", "--json"], env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert len(data["workers"]) == 1
    assert data["workers"][0]["age_s"] < 5
    assert data["queue"] == settings.queue_name


def test_worker_logs_are_json_lines_without_bodies(worker: WorkerProcess, api: str) -> None:
    entries = [json.loads(line) for line in worker.log().splitlines() if line.startswith("{")]
    outcomes = [e for e in entries if e.get("logger") == "wireroom.jobs"]
    assert outcomes, worker.log()[-2000:]
    ingested = [e for e in outcomes if e["outcome"] == "ingested"]
    assert ingested and {"job_id", "url", "duration_s", "fetch_s", "parse_s", "event_id"} <= set(ingested[0])
    assert any(e["outcome"] == "failed" and e["error_type"] == "PageGone" for e in outcomes)
    # The article's text never reaches the log
    assert "48 million euros" not in worker.log()


def test_heartbeat_stops_when_the_worker_stops(
    worker_factory: Any, module_prefix: str, tmp_path: Path, redis_client: redis.Redis
) -> None:
    # Given a second worker with its own heartbeat file
    beat = tmp_path / "second.heartbeat"
    proc: WorkerProcess = worker_factory(module_prefix, None, pool="solo", heartbeat_file=beat, heartbeat_interval=0.5)
    wait_for(beat.exists, 10, "the heartbeat file")
    env = worker_env(module_prefix, heartbeat_file=beat)
    # When it shuts down
    proc.stop()
    # Then the file is withdrawn and health fails
    assert not beat.exists()
    result = subprocess.run([*wireroom_cmd(), "health", "--max-age", "5"], env=env, capture_output=True, check=False)
    assert result.returncode == 1
    # and a stale file (a hung worker) fails too
    beat.touch()
    then = time.time() - 60
    os.utime(beat, (then, then))
    result = subprocess.run([*wireroom_cmd(), "health", "--max-age", "5"], env=env, capture_output=True, check=False)
    assert result.returncode == 1
    assert re.search(rb"heartbeat 6\d\.\ds old", result.stderr)


def test_prefork_metrics_use_the_multiprocess_dir_and_drop_dead_children(
    worker_factory: Any,
    prefix: str,
    *,
    http_server: TestHTTPServer,
    redis_client: redis.Redis,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Given a prefork worker whose metrics directory is set by the operator
    metrics_dir = tmp_path / "prom"
    metrics_dir.mkdir()
    (metrics_dir / "counter_999999.db").write_bytes(b"stale file of an earlier run")
    monkeypatch.setenv("PROMETHEUS_MULTIPROC_DIR", str(metrics_dir))
    port = free_port()
    proc: WorkerProcess = worker_factory(
        prefix, http_server.port, concurrency=2, metrics_port=port, heartbeat_file=tmp_path / "beat"
    )
    # When it ingests one job
    url, _ = http_server.unique(page("service-article.html"))
    job_id = enqueue(url, settings=make_settings(prefix, http_server.port))
    wait_event_for_job(redis_client, f"{prefix}events", job_id)
    # Then the main process serves the child's counters, and no job is in progress
    samples = wait_for(lambda: (s := scrape(port)).get("wireroom_jobs_succeeded_total") == 1 and s, 10, "metrics")
    assert samples["wireroom_jobs_received_total"] == 1
    assert samples["wireroom_jobs_in_progress"] == 0
    files = {p.name for p in metrics_dir.iterdir()}
    assert "counter_999999.db" not in files  # stale files are cleared at start
    live = {name for name in files if name.startswith("gauge_livesum_")}
    assert live and any(name.startswith("counter_") for name in files)
    # When the worker stops, its children's live gauges are marked dead (files removed); counters stay
    proc.stop()
    left = {p.name for p in metrics_dir.iterdir()}
    assert not (left & live)
    assert any(name.startswith("counter_") for name in left)
