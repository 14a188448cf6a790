"""End to end, as deployed: the Procfile's worker command, ``wireroom enqueue --file``, ``wireroom consume``."""

from __future__ import annotations

import subprocess
import uuid
from pathlib import Path

import pytest
import redis
from support.http import Reply, TestHTTPServer, page
from support.processes import REPO, WorkerProcess, procfile_command, wireroom_cmd, worker_env

from schemas.events import EVENT_ADAPTER, ArticleFailed, ArticleIngested

pytestmark = pytest.mark.e2e

N_URLS = 50


def test_procfile_worker_ingests_what_the_cli_enqueues(
    prefix: str, http_server: TestHTTPServer, redis_client: redis.Redis, tmp_path: Path
) -> None:
    # Given the Procfile's worker, started the way honcho starts it (sh -c, cwd = repository)
    env = worker_env(prefix, http_server.port, worker_concurrency=2)
    worker = WorkerProcess(["/bin/sh", "-c", procfile_command("worker")], env, tmp_path / "worker.log").start()
    try:
        worker.wait_ready()
        # And a file of 50 distinct article URLs
        base = f"/e2e/{uuid.uuid4().hex}/"
        route = http_server.add_prefix(base, page("service-article.html"))
        urls = [http_server.url(f"{base}{i}.html") for i in range(N_URLS)]
        url_file = tmp_path / "urls.txt"
        url_file.write_text("# test URLs\n" + "\n".join(urls) + "\n")
        # When they are enqueued with the CLI
        enqueued = subprocess.run(
            [*wireroom_cmd(), "enqueue", "--file", str(url_file)],
            env=env, cwd=REPO, capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert enqueued.returncode == 0, enqueued.stderr
        job_ids = enqueued.stdout.split()
        assert len(set(job_ids)) == N_URLS
        # Then the consumer CLI prints 50 valid ingested events, one per job
        consumed = subprocess.run(
            [*wireroom_cmd(), "consume", "--group", "e2e", "--count", str(N_URLS), "--timeout", "120"],
            env=env, cwd=REPO, capture_output=True, text=True, timeout=150, check=False,
        )  # fmt: skip
        assert consumed.returncode == 0, consumed.stderr + worker.log()[-3000:]
        events = [EVENT_ADAPTER.validate_json(line) for line in consumed.stdout.splitlines()]
        assert all(isinstance(event, ArticleIngested) for event in events)
        assert sorted(event.jobid for event in events) == sorted(job_ids)
        assert sorted(event.subject or "" for event in events) == sorted(urls)
        assert len(route.hits) == N_URLS
        # And every event was acked by the consumer
        assert redis_client.xpending(env["WIREROOM_EVENTS_STREAM"], "e2e")["pending"] == 0
    finally:
        status = worker.stop()
    assert status == 0, worker.log()[-3000:]
    assert "Warm shutdown" in worker.log()


def test_enqueue_cli_reports_invalid_urls_and_queues_the_rest(
    prefix: str, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    env = worker_env(prefix, http_server.port)
    result = subprocess.run(
        [*wireroom_cmd(), "enqueue", "https://example.com/ok", "ftp://example.com/no", "https://example.com/ok2"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 2
    assert "invalid URL 'ftp://example.com/no'" in result.stderr
    assert len(result.stdout.split()) == 2
    assert redis_client.llen(env["WIREROOM_QUEUE_NAME"]) == 2


def test_enqueue_cli_refuses_what_every_entry_refuses_and_echoes_no_secret(
    prefix: str, http_server: TestHTTPServer, redis_client: redis.Redis
) -> None:
    # Given URLs with a password, a CR/LF, a NUL-free but over-long path, and one good URL
    env = worker_env(prefix, http_server.port)
    bad = [
        "https://alice:hunter2secret@news.example/a",
        "https://news.example/a\r\nX: 1",
        "https://news.example/" + "a" * 5000,
    ]
    result = subprocess.run(
        [*wireroom_cmd(), "enqueue", *bad, "https://news.example/ok"],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    # Then the three are refused (exit 2), only the good one is queued, and stderr shows no password or huge URL
    assert result.returncode == 2
    assert result.stderr.count("invalid URL") == 3
    assert "hunter2secret" not in result.stderr and len(result.stderr) < 2000
    assert redis_client.llen(env["WIREROOM_QUEUE_NAME"]) == 1


def test_ingest_cli_prints_events_without_redis(http_server: TestHTTPServer, prefix: str) -> None:
    # Given no reachable Redis at all
    env = worker_env(prefix, http_server.port, redis_url="redis://127.0.0.1:1/0")
    good, _ = http_server.unique(page("service-article.html"))
    gone, _ = http_server.unique(page("service-article.html", status=410))
    result = subprocess.run(
        [*wireroom_cmd(), "ingest", good, gone],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    events = [EVENT_ADAPTER.validate_json(line) for line in result.stdout.splitlines()]
    assert [event.type for event in events] == ["wireroom.article.ingested", "wireroom.article.failed"]
    assert result.returncode == 1


def test_ingest_cli_respects_robots_and_spaces_requests_per_host(http_server: TestHTTPServer, prefix: str) -> None:
    # Given a site whose robots.txt disallows /private, no Redis, and a minimum delay of 1 s per host
    http_server.add("/robots.txt", Reply(body=b"User-agent: *\nDisallow: /private\n"))
    private = http_server.add("/private/story.html", page("service-article.html"))
    env = worker_env(
        prefix, http_server.port, redis_url="redis://127.0.0.1:1/0", respect_robots=True, host_min_delay=1.0
    )
    (first, one), (second, two) = (http_server.unique(page("service-article.html")) for _ in range(2))
    # When three of its URLs are ingested from the command line
    result = subprocess.run(
        [*wireroom_cmd(), "ingest", first, second, http_server.url("/private/story.html")],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    # Then the disallowed one is refused without being requested, and the other two came a second apart
    events = [EVENT_ADAPTER.validate_json(line) for line in result.stdout.splitlines()]
    assert [event.type for event in events] == ["wireroom.article.ingested"] * 2 + ["wireroom.article.failed"]
    assert isinstance(events[2], ArticleFailed) and events[2].data.error.type == "BlockedDestination"
    assert private.hits == []
    assert two.hits[0] - one.hits[0] >= 0.95
