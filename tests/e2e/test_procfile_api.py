"""End to end, as deployed: the Procfile's ``api`` command serves jobs and probes, and stops on SIGTERM."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
import redis
import requests
from support.processes import WorkerProcess, procfile_command, worker_env
from support.waiting import wait_for

pytestmark = pytest.mark.e2e

TOKEN = "e2e-token-" + "z" * 24


def _up(base: str) -> bool:
    try:
        return requests.get(f"{base}/healthz", timeout=1).status_code == 200
    except requests.ConnectionError:
        return False


def test_procfile_api_takes_a_job_and_stops_cleanly(prefix: str, redis_client: redis.Redis, tmp_path: Path) -> None:
    # Given the Procfile's api process, started the way honcho starts it (sh -c, cwd = repository)
    command = procfile_command("api")
    port = int(command.rsplit("--port", 1)[1].split()[0])
    base = f"http://127.0.0.1:{port}"
    if _up(base):
        pytest.skip(f"something already answers on port {port}")
    env = worker_env(prefix, api_token=TOKEN)
    api = WorkerProcess(["/bin/sh", "-c", command], env, tmp_path / "api.log").start()
    try:
        wait_for(lambda: _up(base), 60, "the API to answer")
        # When a job is posted with the token
        answer = requests.post(
            f"{base}/v1/jobs", json={"url": "https://news.example/e2e"}, headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=10,
        )  # fmt: skip
        # Then it is queued in Redis and its status is readable
        assert answer.status_code == 202, answer.text
        job_id = answer.json()["jobs"][0]["job_id"]
        assert redis_client.llen(f"{prefix}queue") == 1
        status = requests.get(f"{base}/v1/jobs/{job_id}", headers={"Authorization": f"Bearer {TOKEN}"}, timeout=10)
        assert status.json()["state"] == "queued"
    finally:
        assert api.proc is not None
        api.proc.send_signal(signal.SIGTERM)
        api.proc.wait(30)
    # And SIGTERM stops it (uvicorn's graceful shutdown), leaving JSON log lines behind
    assert api.proc.returncode in (0, -signal.SIGTERM)
    assert '"path": "/v1/jobs"' in api.log()
    assert TOKEN not in api.log()
