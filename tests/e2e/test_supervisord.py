"""The supervisord program of deploy/supervisord/ really runs the worker, and ``supervisorctl stop`` is warm."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from support.events import wait_event_for_job
from support.http import TestHTTPServer, page
from support.processes import REPO, VENV_BIN, WorkerProcess, worker_env
from support.waiting import wait_for

from schemas.events import ArticleIngested
from worker.broker.enqueue import enqueue
from worker.settings import Settings

pytestmark = pytest.mark.e2e

PROGRAM = "wireroom-worker"
SUPERVISORD_CONF = """\
[unix_http_server]
file={here}/supervisor.sock

[supervisord]
logfile={here}/supervisord.log
pidfile={here}/supervisord.pid
childlogdir={here}
nodaemon=true

[rpcinterface:supervisor]
supervisor.rpcinterface_factory = supervisor.rpcinterface:make_main_rpcinterface

[supervisorctl]
serverurl=unix://{here}/supervisor.sock

[include]
files = {here}/wireroom-worker.conf
"""


def _program_conf(here: Path, env_file: Path) -> str:
    """The deployed program section with its paths pointed at this checkout and the test's files."""
    text = (REPO / "deploy" / "supervisord" / "wireroom-worker.conf").read_text()
    text = text.replace("/opt/wireroom/.venv/bin/", f"{VENV_BIN}/").replace("/opt/wireroom", str(REPO))
    text = text.replace("/etc/wireroom/wireroom.env", str(env_file)).replace("/var/log/wireroom", str(here))
    return "\n".join(line for line in text.splitlines() if not line.startswith("user="))


def _group_alive(pgid: int) -> list[int]:
    alive = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if os.getpgid(int(entry.name)) == pgid:
                    alive.append(int(entry.name))
            except ProcessLookupError:
                pass
    return alive


@pytest.fixture
def supervisor(prefix: str, http_server: TestHTTPServer, tmp_path: Path) -> Iterator[tuple[Path, dict[str, str]]]:
    env = worker_env(prefix, http_server.port, worker_concurrency=1)
    env_file = tmp_path / "wireroom.env"
    env_file.write_text("".join(f"{k}={v}\n" for k, v in env.items() if k.startswith("WIREROOM_")))
    base_env = {k: v for k, v in env.items() if not k.startswith("WIREROOM_")}  # settings come from the env file
    (tmp_path / "wireroom-worker.conf").write_text(_program_conf(tmp_path, env_file))
    conf = tmp_path / "supervisord.conf"
    conf.write_text(SUPERVISORD_CONF.format(here=tmp_path))
    daemon = WorkerProcess([str(VENV_BIN / "supervisord"), "-c", str(conf)], base_env, tmp_path / "daemon.log")
    daemon.start()
    yield conf, env
    daemon.proc.send_signal(signal.SIGTERM)  # type: ignore[union-attr]
    daemon.proc.wait(60)  # type: ignore[union-attr]


def _ctl(conf: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(VENV_BIN / "supervisorctl"), "-c", str(conf), *args],
        capture_output=True, text=True, timeout=200, check=False,
    )  # fmt: skip


def test_supervisorctl_stop_is_a_warm_shutdown(
    supervisor: tuple[Path, dict[str, str]], http_server: TestHTTPServer, redis_client: redis.Redis, prefix: str
) -> None:
    conf, env = supervisor
    settings = Settings(
        redis_url=env["WIREROOM_REDIS_URL"],
        queue_name=env["WIREROOM_QUEUE_NAME"],
        events_stream=env["WIREROOM_EVENTS_STREAM"],
        key_prefix=env["WIREROOM_KEY_PREFIX"],
    )
    # Given the worker under supervisord has come up (it ingests a job)
    url, _ = http_server.unique(page("service-article.html"))
    first = enqueue(url, settings=settings)
    assert isinstance(wait_event_for_job(redis_client, settings.events_stream, first, timeout=90), ArticleIngested)
    pid = int(_ctl(conf, "pid", PROGRAM).stdout.strip())
    assert pid > 0
    # And a slow job is running (its server waits 3 s before answering)
    slow_url, slow_route = http_server.unique(page("service-article.html", delay=3.0))
    slow = enqueue(slow_url, settings=settings)
    wait_for(lambda: slow_route.hits, 30, "the slow job to start")
    # When supervisorctl stops the program
    stopped = _ctl(conf, "stop", PROGRAM)
    assert "stopped" in stopped.stdout, stopped.stdout + stopped.stderr
    # Then the running job was finished (warm shutdown), not cut, and the worker's processes are all gone
    assert isinstance(wait_event_for_job(redis_client, settings.events_stream, slow, timeout=5), ArticleIngested)
    assert "STOPPED" in _ctl(conf, "status", PROGRAM).stdout
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    assert _group_alive(pid) == []
    log = (conf.parent / "worker.log").read_text()
    assert "Warm shutdown" in log
