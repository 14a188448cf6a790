"""Worker and CLI subprocesses: their command lines, environment, readiness and shutdown."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from support.settings import namespace_values
from support.waiting import wait_for

REPO = Path(__file__).resolve().parents[2]


VENV_BIN = Path(sys.executable).parent


def procfile_command(name: str) -> str:
    """The command of process type ``name`` in the repository's Procfile."""
    for line in (REPO / "Procfile").read_text().splitlines():
        key, sep, command = line.partition(":")
        if sep and key.strip() == name:
            return command.strip()
    raise AssertionError(f"no {name!r} process in the Procfile")


def worker_env(prefix: str, port: int | None = None, **overrides: Any) -> dict[str, str]:
    """The environment of a worker or CLI subprocess: no inherited WIREROOM_*, the test namespace, the venv."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WIREROOM_")}
    values = namespace_values(prefix, port)
    values.update(overrides)
    for key, value in values.items():
        if isinstance(value, list):
            text = ",".join(str(v) for v in value)
        elif isinstance(value, bool):
            text = "true" if value else "false"
        else:
            text = str(value)
        env[f"WIREROOM_{key.upper()}"] = text
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["PATH"] = os.pathsep.join((str(VENV_BIN), env.get("PATH", "")))
    env["PYTHONUNBUFFERED"] = "1"
    return env


def wireroom_cmd() -> list[str]:
    """How to run the ``wireroom`` CLI: the installed script, or the module when not installed."""
    script = VENV_BIN / "wireroom"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "import sys; from worker.cli import main; sys.exit(main())"]


class WorkerProcess:
    """A real worker (or any long-running command) as a subprocess in its own session, logging to a file."""

    def __init__(self, argv: list[str], env: Mapping[str, str], log_path: Path, cwd: Path = REPO) -> None:
        self.argv = argv
        self.env = dict(env)
        self.log_path = log_path
        self.cwd = cwd
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WorkerProcess:
        log = self.log_path.open("ab")
        self.proc = subprocess.Popen(
            self.argv, env=self.env, cwd=self.cwd, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        log.close()
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Wait for Celery's ``ready.`` line (and fail early, with the log, if the process died)."""

        def ready() -> bool:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise AssertionError(f"worker exited with {self.proc.returncode}:\n{self.log()[-4000:]}")
            return bool(re.search(r"celery@\S+ ready\.", self.log()))

        wait_for(ready, timeout, "the worker to be ready")

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM (warm shutdown), wait up to ``timeout`` s, then SIGKILL the process group. Returns the status."""
        assert self.proc is not None
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)
        return int(self.proc.returncode)


def celery_worker_argv(concurrency: int = 2, pool: str = "prefork") -> list[str]:
    return [
        sys.executable, "-m", "celery", "-A", "worker.main", "worker", "--loglevel=INFO",
        "--without-gossip", "--without-mingle", f"--concurrency={concurrency}", f"--pool={pool}",
    ]  # fmt: skip


__all__ = ["REPO", "VENV_BIN", "WorkerProcess", "celery_worker_argv", "procfile_command", "wireroom_cmd", "worker_env"]
