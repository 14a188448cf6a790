"""The intake API over real HTTP on 127.0.0.1, with a real Redis: jobs in, status out, auth, limits, probes."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import requests
from support.api import free_port, serve_in_thread
from support.redisdb import delete_settings_namespace
from support.settings import TOKEN, ops_settings
from support.waiting import wait_for

from worker.api import create_api
from worker.api.auth import ApiConfigError
from worker.broker.jobstatus import JobStatusStore
from worker.ops.heartbeat import Heartbeat
from worker.ops.snapshot import queue_keys
from worker.settings import Settings

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def api(client: redis.Redis, request: pytest.FixtureRequest) -> Iterator[tuple[str, Settings]]:
    """A running API (settings overridable with ``@pytest.mark.parametrize('api', [{...}], indirect=True)``)."""
    overrides: dict[str, Any] = getattr(request, "param", {})
    settings = ops_settings(**overrides)
    try:
        with serve_in_thread(create_api(settings), settings) as base:
            yield base, settings
    finally:
        delete_settings_namespace(client, settings)


def _nested(depth: int) -> dict[str, Any]:
    """A metadata object nested ``depth`` deep."""
    value: dict[str, Any] = {}
    for _ in range(depth - 1):
        value = {"a": value}
    return value


def queued_messages(client: redis.Redis, settings: Settings) -> list[dict[str, Any]]:
    """The Celery messages waiting in the test's queue, oldest first."""
    raw: list[bytes] = []
    for key in queue_keys(settings.queue_name):
        raw.extend(reversed(client.lrange(key, 0, -1)))
    return [json.loads(m) for m in raw]


def test_a_job_id_taken_by_another_url_is_409_and_a_resend_is_accepted(
    api: tuple[str, Settings], client: redis.Redis
) -> None:
    base, settings = api
    # Given a job accepted under a producer-chosen id
    first = {"url": "https://news.example/first", "job_id": "producer-id-1"}
    assert requests.post(f"{base}/v1/jobs", json=first, headers=AUTH, timeout=10).status_code == 202
    # When another URL is posted under the same id
    second = {"url": "https://news.example/second", "job_id": "producer-id-1"}
    answer = requests.post(f"{base}/v1/jobs", json=second, headers=AUTH, timeout=10)
    # Then it is refused with 409, nothing more is queued, and the status still names the first URL
    assert answer.status_code == 409, answer.text
    assert len(queued_messages(client, settings)) == 1
    status = JobStatusStore.from_settings(client, settings).get("producer-id-1")
    assert status is not None and status.url == "https://news.example/first"
    # And resending the first job itself (same id, same URL) is still accepted
    assert requests.post(f"{base}/v1/jobs", json=first, headers=AUTH, timeout=10).status_code == 202


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong-token-0123456789"}])
def test_malformed_json_without_the_token_is_401_not_422(api: tuple[str, Settings], headers: dict[str, str]) -> None:
    base, _ = api
    # Given a body that is not JSON, sent without the right token
    answer = requests.post(
        f"{base}/v1/jobs", data=b"{not json", headers={**headers, "Content-Type": "application/json"}, timeout=10
    )
    # Then it is refused as unauthenticated, and nothing of the body is parsed or echoed
    assert answer.status_code == 401, answer.text
    assert answer.json() == {"detail": "missing or invalid bearer token"}


@pytest.mark.parametrize("api", [{"api_auth_failure_burst": 5, "api_auth_failure_rate": 0.01}], indirect=True)
def test_repeated_wrong_tokens_are_rate_limited(api: tuple[str, Settings]) -> None:
    base, _ = api
    wrong = {"Authorization": "Bearer wrong-token-0123456789"}
    # Given a client that keeps sending a wrong token
    codes = [
        requests.post(f"{base}/v1/jobs", json={"url": "https://news.example/a"}, headers=wrong, timeout=10)
        for _ in range(20)
    ]
    # Then the first attempts get 401, and past the burst every attempt gets 429 with Retry-After
    assert [c.status_code for c in codes[:5]] == [401] * 5
    assert {c.status_code for c in codes[5:]} == {429}
    assert all(int(c.headers["Retry-After"]) >= 1 for c in codes[5:])
    # And the right token still passes: only failed attempts count against that bucket
    assert requests.post(f"{base}/v1/jobs", json={"url": "https://news.example/b"}, headers=AUTH, timeout=10).ok


def test_single_job_is_accepted_queued_and_followable(api: tuple[str, Settings], client: redis.Redis) -> None:
    base, settings = api
    # Given one job
    # When it is posted
    answer = requests.post(f"{base}/v1/jobs", json={"url": "https://news.example/a"}, headers=AUTH, timeout=10)
    # Then it is accepted with an id, a Location, a queued message and a "queued" status
    assert answer.status_code == 202, answer.text
    jobs = answer.json()["jobs"]
    assert len(jobs) == 1
    job_id = jobs[0]["job_id"]
    assert answer.headers["Location"] == f"/v1/jobs/{job_id}"
    messages = queued_messages(client, settings)
    assert [m["headers"]["id"] for m in messages] == [job_id]
    status = requests.get(f"{base}{jobs[0]['status_url']}", headers=AUTH, timeout=10)
    assert status.status_code == 200
    body = status.json()
    assert body["state"] == "queued"
    assert body["url"] == "https://news.example/a"
    assert body["event_id"] is None


def test_bulk_jobs_keep_order(api: tuple[str, Settings], client: redis.Redis) -> None:
    base, settings = api
    urls = [f"https://news.example/story/{n}" for n in range(5)]
    answer = requests.post(f"{base}/v1/jobs", json=[{"url": u} for u in urls], headers=AUTH, timeout=10)
    assert answer.status_code == 202, answer.text
    jobs = answer.json()["jobs"]
    assert [j["url"] for j in jobs] == urls
    assert len({j["job_id"] for j in jobs}) == 5
    assert {m["headers"]["id"] for m in queued_messages(client, settings)} == {j["job_id"] for j in jobs}


@pytest.mark.parametrize("api", [{"api_max_bulk": 3}], indirect=True)
def test_bulk_over_the_cap_is_refused_and_nothing_is_queued(api: tuple[str, Settings], client: redis.Redis) -> None:
    base, settings = api
    answer = requests.post(
        f"{base}/v1/jobs", json=[{"url": f"https://news.example/{n}"} for n in range(4)], headers=AUTH, timeout=10
    )
    assert answer.status_code == 422
    assert queued_messages(client, settings) == []


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"url": "ftp://news.example/a"}, "url"),
        ({"url": "https://news.example/a", "priority": 12}, "priority"),
        ({"url": "https://news.example/a", "surprise": 1}, "surprise"),
        ({}, "url"),
        ([{"url": "https://news.example/ok"}, {"url": "nope"}], "url"),
        ({"url": "https://news.example/a\u0000b"}, "url"),
        ({"url": "https://news.example/a\r\nX-Injected: 1"}, "url"),
        ({"url": "https://user:secret@news.example/a"}, "url"),
        ({"url": "https://news.example/" + "a" * 3000}, "url"),
        ({"url": "https://news.example/a", "metadata": _nested(200)}, "metadata"),
        ({"url": "https://news.example/a", "metadata": {"blob": "x" * 20_000}}, "metadata"),
    ],
)
def test_invalid_jobs_get_422_with_field_errors(
    api: tuple[str, Settings], client: redis.Redis, payload: Any, field: str
) -> None:
    base, settings = api
    answer = requests.post(f"{base}/v1/jobs", json=payload, headers=AUTH, timeout=10)
    assert answer.status_code == 422
    locations = [error["loc"] for error in answer.json()["detail"]]
    assert any(field in loc for loc in locations), locations
    assert "secret" not in answer.text  # errors carry no input: a refused URL's password is not echoed
    assert queued_messages(client, settings) == []


def test_malformed_json_is_422(api: tuple[str, Settings]) -> None:
    base, _ = api
    answer = requests.post(
        f"{base}/v1/jobs", data=b"{not json", headers={**AUTH, "Content-Type": "application/json"}, timeout=10
    )
    assert answer.status_code == 422


@pytest.mark.parametrize("api", [{"api_max_body_bytes": 4096}], indirect=True)
def test_oversized_body_is_413_by_content_length(api: tuple[str, Settings], client: redis.Redis) -> None:
    base, settings = api
    big = [{"url": f"https://news.example/{n}"} for n in range(200)]
    answer = requests.post(f"{base}/v1/jobs", json=big, headers=AUTH, timeout=10)
    assert answer.status_code == 413
    assert queued_messages(client, settings) == []


@pytest.mark.parametrize("api", [{"api_max_body_bytes": 4096}], indirect=True)
def test_oversized_chunked_body_is_413_while_reading(api: tuple[str, Settings], client: redis.Redis) -> None:
    base, settings = api
    chunks_sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal chunks_sent
        yield b"["
        for n in range(10_000):
            chunks_sent += 1
            yield json.dumps({"url": f"https://news.example/{n}"}).encode() + b","
        yield b'{"url": "https://news.example/last"}]'

    # Given a body with no Content-Length (chunked transfer encoding) far over the cap
    try:
        answer = requests.post(
            f"{base}/v1/jobs", data=chunks(), headers={**AUTH, "Content-Type": "application/json"}, timeout=10
        )
    except requests.ConnectionError:
        # The server may close the connection while the client is still sending; what matters is below.
        answer = None
    # Then it is refused (413) before the whole body was taken, and nothing was queued
    if answer is not None:
        assert answer.status_code == 413
        assert "Content-Length" not in answer.request.headers
    assert queued_messages(client, settings) == []


def test_missing_or_wrong_token_is_401(api: tuple[str, Settings], client: redis.Redis) -> None:
    base, settings = api
    job = {"url": "https://news.example/a"}
    missing = requests.post(f"{base}/v1/jobs", json=job, timeout=10)
    wrong = requests.post(f"{base}/v1/jobs", json=job, headers={"Authorization": "Bearer " + "y" * 35}, timeout=10)
    other_scheme = requests.post(f"{base}/v1/jobs", json=job, headers={"Authorization": f"Basic {TOKEN}"}, timeout=10)
    read = requests.get(f"{base}/v1/jobs/whatever", timeout=10)
    for answer in (missing, wrong, other_scheme, read):
        assert answer.status_code == 401
        assert answer.headers["WWW-Authenticate"] == "Bearer"
    assert queued_messages(client, settings) == []


@pytest.mark.parametrize("job_id", ["sp ace", "été", "form\ffeed", "new\nline", "x" * 201])
def test_job_ids_outside_printable_ascii_are_refused(api: tuple[str, Settings], job_id: str) -> None:
    # Given a producer-chosen job id with spaces, non-ASCII or control characters, or too long
    base, _ = api
    job = {"url": "https://news.example/odd-id", "job_id": job_id}
    answer = requests.post(f"{base}/v1/jobs", json=job, headers=AUTH, timeout=10)
    # Then it is refused with the field named, and nothing is queued under it
    assert answer.status_code == 422, answer.text
    assert "job_id" in answer.text


@pytest.mark.parametrize("job_id", ["a/b", "%2F", "q?x=1#f", "x" * 200])
def test_any_job_id_gets_a_working_status_url(api: tuple[str, Settings], job_id: str) -> None:
    # Given a producer-chosen job id with characters that are not safe in a URL or a header
    base, _ = api
    job = {"url": "https://news.example/odd-id", "job_id": job_id}
    answer = requests.post(f"{base}/v1/jobs", json=job, headers=AUTH, timeout=10)
    # Then it is accepted, with an ASCII Location, and its status URL finds the job
    assert answer.status_code == 202, answer.text
    location = answer.headers["Location"]
    assert location.isascii() and location == answer.json()["jobs"][0]["status_url"]
    status = requests.get(f"{base}{location}", headers=AUTH, timeout=10)
    assert status.status_code == 200
    assert status.json()["job_id"] == job_id


def test_unknown_job_is_404(api: tuple[str, Settings]) -> None:
    base, _ = api
    answer = requests.get(f"{base}/v1/jobs/no-such-job", headers=AUTH, timeout=10)
    assert answer.status_code == 404


@pytest.mark.parametrize("api", [{"api_rate_limit": 0.01, "api_rate_burst": 3}], indirect=True)
def test_rate_limit_answers_429_with_retry_after(api: tuple[str, Settings]) -> None:
    base, _ = api
    codes = [requests.get(f"{base}/v1/jobs/x", headers=AUTH, timeout=10).status_code for _ in range(4)]
    assert codes == [404, 404, 404, 429]
    refused = requests.get(f"{base}/v1/jobs/x", headers=AUTH, timeout=10)
    assert refused.status_code == 429
    assert int(refused.headers["Retry-After"]) >= 1
    # Probes are never rate-limited
    assert requests.get(f"{base}/healthz", timeout=10).status_code == 200


def test_status_follows_worker_transitions(api: tuple[str, Settings], client: redis.Redis) -> None:
    base, settings = api
    answer = requests.post(f"{base}/v1/jobs", json={"url": "https://news.example/t"}, headers=AUTH, timeout=10)
    job_id = answer.json()["jobs"][0]["job_id"]
    store = JobStatusStore.from_settings(client, settings)

    def state() -> dict[str, Any]:
        return dict(requests.get(f"{base}/v1/jobs/{job_id}", headers=AUTH, timeout=10).json())

    # The writes a worker makes, in order; a late write of an older attempt must not win
    store.mark_running(job_id, 0)
    assert state()["state"] == "running"
    store.mark_retrying(job_id, 0, "FetchTimeout")
    assert (state()["state"], state()["error_type"]) == ("retrying", "FetchTimeout")
    store.mark_running(job_id, 1)
    assert store.mark_retrying(job_id, 0, "FetchTimeout") is False
    assert (state()["state"], state()["attempt"]) == ("running", 1)
    store.mark_ingested(job_id, 1, "evt-1")
    final = state()
    assert (final["state"], final["event_id"], final["error_type"]) == ("ingested", "evt-1", None)


def test_healthz_and_readyz(api: tuple[str, Settings], client: redis.Redis) -> None:
    base, settings = api
    assert requests.get(f"{base}/healthz", timeout=10).json() == {"status": "ok"}
    # No worker heartbeat yet: not ready
    not_ready = requests.get(f"{base}/readyz", timeout=10)
    assert not_ready.status_code == 503
    assert not_ready.json() == {"ready": False, "redis": True, "workers": 0}
    # A worker beats: ready
    Heartbeat(client, settings, "worker-a@test").beat()
    ready = requests.get(f"{base}/readyz", timeout=10)
    assert ready.status_code == 200
    assert ready.json() == {"ready": True, "redis": True, "workers": 1}


def test_readyz_is_503_when_redis_is_down() -> None:
    settings = ops_settings(redis_url=f"redis://127.0.0.1:{free_port()}/0")
    with serve_in_thread(create_api(settings)) as base:
        answer = requests.get(f"{base}/readyz", timeout=20)
        assert answer.status_code == 503
        assert answer.json()["redis"] is False
        # and a job cannot be taken: 503, not 500
        job = requests.post(f"{base}/v1/jobs", json={"url": "https://news.example/a"}, headers=AUTH, timeout=20)
        assert job.status_code == 503


def test_metrics_endpoint_counts_requests_and_reads_queue_depth(api: tuple[str, Settings]) -> None:
    base, _ = api
    requests.post(
        f"{base}/v1/jobs",
        json=[{"url": "https://news.example/m1"}, {"url": "https://news.example/m2"}],
        headers=AUTH,
        timeout=10,
    )
    text = requests.get(f"{base}/metrics", timeout=10).text
    assert "wireroom_api_jobs_accepted_total 2.0" in text
    assert 'wireroom_api_requests_total{route="/v1/jobs",status="202"} 1.0' in text
    assert "wireroom_redis_up 1.0" in text
    assert any(line.startswith("wireroom_queue_depth{") and line.endswith(" 2.0") for line in text.splitlines())


def test_api_refuses_to_start_without_auth_configured() -> None:
    with pytest.raises(ApiConfigError):
        create_api(ops_settings(api_token=None))
    with pytest.raises(ApiConfigError):
        create_api(ops_settings(api_token="short"))
    create_api(ops_settings(api_token=None, api_allow_anonymous=True))


def test_anonymous_api_takes_jobs_without_token(client: redis.Redis) -> None:
    settings = ops_settings(api_token=None, api_allow_anonymous=True)
    try:
        with serve_in_thread(create_api(settings), settings) as base:
            answer = requests.post(f"{base}/v1/jobs", json={"url": "https://news.example/anon"}, timeout=10)
            assert answer.status_code == 202
    finally:
        delete_settings_namespace(client, settings)


def _api_process(settings: Settings, port: int, token: str | None) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREROOM_")}
    env.update(
        WIREROOM_REDIS_URL=settings.redis_url,
        WIREROOM_KEY_PREFIX=settings.key_prefix,
        WIREROOM_QUEUE_NAME=settings.queue_name,
        WIREROOM_EVENTS_STREAM=settings.events_stream,
    )
    if token:
        env["WIREROOM_API_TOKEN"] = token
    command = [sys.executable, "-c", "from worker.cli import main; main()", "api", "--port", str(port)]
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH")]))
    return subprocess.Popen(command, env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_cli_refuses_to_start_without_a_token() -> None:
    process = _api_process(ops_settings(), free_port(), token=None)
    _, err = process.communicate(timeout=60)
    assert process.returncode != 0
    assert "WIREROOM_API_TOKEN" in err


def test_cli_api_logs_json_without_token_or_body(client: redis.Redis) -> None:
    settings = ops_settings()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    body_marker = "BODY-MARKER-7f3a9c"
    process = _api_process(settings, port, TOKEN)
    try:
        wait_for(lambda: _answers(f"{base}/healthz"), timeout=60, what="the API to answer /healthz")
        # Given requests carrying the token, a wrong token, and a body string
        job = {"url": "https://news.example/logged", "metadata": {"note": body_marker}}
        assert requests.post(f"{base}/v1/jobs", json=job, headers=AUTH, timeout=10).status_code == 202
        bad = {"url": body_marker, "metadata": {"note": body_marker}}
        assert requests.post(f"{base}/v1/jobs", json=bad, headers=AUTH, timeout=10).status_code == 422
        wrong = {"Authorization": f"Bearer {body_marker}-not-the-token"}
        assert requests.post(f"{base}/v1/jobs", json=job, headers=wrong, timeout=10).status_code == 401
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
        delete_settings_namespace(client, settings)
    # Then the log is JSON lines naming each request, and neither the token nor the body appears
    lines = [json.loads(line) for line in err.splitlines() if line.strip()]
    requests_logged = [entry for entry in lines if entry.get("path") == "/v1/jobs"]
    assert [entry["status"] for entry in requests_logged] == [202, 422, 401]
    assert TOKEN not in err
    assert body_marker not in err


def _answers(url: str) -> bool:
    try:
        return requests.get(url, timeout=1).status_code == 200
    except requests.ConnectionError:
        return False


def _partial_request(base: str) -> socket.socket:
    """A connection that sends the start of a request's headers and then stalls (slowloris)."""
    host, port = base.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=5)
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: ")
    return sock


def _closed_by_server(sock: socket.socket) -> bool:
    try:
        sock.settimeout(0.05)
        return sock.recv(1024) == b""
    except TimeoutError:
        return False
    except OSError:
        return True


@pytest.mark.parametrize("api", [{"api_read_timeout": 1.0, "api_max_connections": 20}], indirect=True)
def test_stalled_requests_are_cut_and_connections_capped(api: tuple[str, Settings]) -> None:
    base, _ = api
    # Given 40 connections that each send part of a request's headers and stall (the cap is 20)
    stalled = [_partial_request(base) for _ in range(40)]
    try:
        # Then those over the cap are closed at once
        wait_for(lambda: sum(_closed_by_server(s) for s in stalled) >= 20, timeout=5, what="connections over the cap")
        # And the others are cut when their request has not arrived within the read timeout
        wait_for(lambda: all(_closed_by_server(s) for s in stalled), timeout=10, what="stalled requests cut")
        # And the API answers again
        assert requests.get(f"{base}/healthz", timeout=5).status_code == 200
    finally:
        for sock in stalled:
            sock.close()


@pytest.mark.parametrize("api", [{"api_read_timeout": 1.0}], indirect=True)
def test_a_body_that_never_ends_is_cut(api: tuple[str, Settings]) -> None:
    base, _ = api
    host, port = base.removeprefix("http://").split(":")
    # Given a request whose headers promise a body that never comes
    with socket.create_connection((host, int(port)), timeout=5) as sock:
        sock.sendall(
            f"POST /v1/jobs HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer {TOKEN}\r\n"
            "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{".encode()
        )
        # Then the server gives up on it within the read timeout instead of holding the socket
        wait_for(lambda: _closed_by_server(sock), timeout=10, what="the stalled body cut")
