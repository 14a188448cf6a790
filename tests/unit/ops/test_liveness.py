"""The heartbeat-file check behind ``wireroom health`` and ``python -m worker.liveness``: exit 0 fresh, 1 not."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from worker.cli.health import health_command
from worker.liveness import check, file_age

REPO = Path(__file__).resolve().parents[3]


def age_file(path: Path, seconds: float) -> None:
    path.touch()
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_file_age(tmp_path: Path) -> None:
    beat = tmp_path / "beat"
    assert file_age(beat) is None
    age_file(beat, 30)
    age = file_age(beat)
    assert age is not None and 29 <= age <= 35


def test_check_verdicts(tmp_path: Path) -> None:
    beat = tmp_path / "beat"
    assert check(beat, 10)[0] is False
    age_file(beat, 1)
    assert check(beat, 10) == (True, check(beat, 10)[1])
    age_file(beat, 30)
    healthy, verdict = check(beat, 10)
    assert not healthy and "30." in verdict


def test_wireroom_health_exit_codes(tmp_path: Path) -> None:
    beat = tmp_path / "beat"
    runner = CliRunner()
    missing = runner.invoke(health_command, ["--file", str(beat), "--max-age", "10"])
    assert missing.exit_code == 1
    age_file(beat, 2)
    fresh = runner.invoke(health_command, ["--file", str(beat), "--max-age", "10"])
    assert fresh.exit_code == 0 and "healthy" in fresh.output
    stale = runner.invoke(health_command, ["--file", str(beat), "--max-age", "1", "-q"])
    assert stale.exit_code == 1 and stale.output == ""


def test_health_defaults_come_from_settings(tmp_path: Path) -> None:
    beat = tmp_path / "beat"
    age_file(beat, 20)
    env = {"WIREROOM_HEARTBEAT_FILE": str(beat), "WIREROOM_HEARTBEAT_MAX_AGE": "60"}
    assert CliRunner().invoke(health_command, [], env=env).exit_code == 0
    env["WIREROOM_HEARTBEAT_MAX_AGE"] = "5"
    assert CliRunner().invoke(health_command, [], env=env).exit_code == 1


def test_module_probe_exit_codes_and_light_imports(tmp_path: Path) -> None:
    beat = tmp_path / "beat"
    env = {**os.environ, "PYTHONPATH": str(REPO), "WIREROOM_HEARTBEAT_FILE": str(beat)}
    command = [sys.executable, "-m", "worker.liveness", "--max-age", "10"]
    assert subprocess.run(command, env=env, capture_output=True, check=False).returncode == 1
    age_file(beat, 1)
    done = subprocess.run(command, env=env, capture_output=True, check=False)
    assert done.returncode == 0
    # It imports nothing heavy: no celery, redis or pydantic in the probe process
    probe = "import sys, worker.liveness; print(sorted(m for m in ('celery','redis','pydantic') if m in sys.modules))"
    loaded = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    assert loaded.stdout.strip() == "[]"
