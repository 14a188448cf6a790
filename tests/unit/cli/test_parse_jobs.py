"""``wireroom parse --jobs``: forked processes share the work, the output keeps input order, failures stay in place."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from worker.cli import parse_jobs
from worker.cli.parse_jobs import MAX_DEFAULT_JOBS, ProcessesDied, can_fork, cpu_count, default_jobs, render_all

PAGES = Path(__file__).parents[2] / "fixtures" / "pages"
SCRIPT = Path(sys.executable).with_name("wireroom")

pytestmark = pytest.mark.skipif(not can_fork(), reason="no fork on this platform: render_all runs in one process")


def _pid_of(name: str) -> tuple[bool, str]:
    time.sleep(0.03)  # long enough that both processes get a share
    return name == "bad", f"{name}:{os.getpid()}"


def test_render_all_keeps_order_and_uses_other_processes() -> None:
    names = [f"page{i}" for i in range(12)] + ["bad", "last"]

    results = list(render_all(names, _pid_of, jobs=2))

    assert [line.split(":")[0] for _, line in results] == names
    assert [failed for failed, _ in results] == [name == "bad" for name in names]
    pids = {int(line.split(":")[1]) for _, line in results}
    assert os.getpid() not in pids
    assert len(pids) == 2


@pytest.mark.parametrize(("names", "jobs"), [(["a", "b", "c"], 1), (["only"], 4), (["a", "-", "b"], 2)])
def test_render_all_stays_in_this_process(names: list[str], jobs: int) -> None:
    # one job, one name, or stdin among the names (only this process may read it)
    results = list(render_all(names, _pid_of, jobs=jobs))

    assert [line for _, line in results] == [f"{name}:{os.getpid()}" for name in names]


def _dies_on_boom(name: str) -> tuple[bool, str]:
    if name == "boom":
        os._exit(3)  # a process killed mid-page (out of memory, a signal)
    return False, name


def test_a_process_that_dies_is_reported_with_the_inputs_left_not_waited_for() -> None:
    names = ["a", "b", "boom", "c", "d", "e"]
    rendered: list[str] = []
    with pytest.raises(ProcessesDied) as died:
        rendered.extend(line for _, line in render_all(names, _dies_on_boom, jobs=2))
    # every input is either rendered, in order, or named as left
    assert rendered + died.value.remaining == names
    assert "boom" in died.value.remaining


def test_cpu_count_is_positive() -> None:
    assert 1 <= cpu_count() <= (os.cpu_count() or 1)


@pytest.mark.parametrize(("cpus", "jobs"), [(1, 1), (8, 8), (64, MAX_DEFAULT_JOBS)])
def test_the_default_is_one_process_per_cpu_up_to_the_cap(
    monkeypatch: pytest.MonkeyPatch, cpus: int, jobs: int
) -> None:
    monkeypatch.setattr(parse_jobs, "cpu_count", lambda: cpus)
    assert default_jobs() == jobs


def test_console_script_output_is_the_same_with_one_or_several_jobs(tmp_path: Path) -> None:
    # Given several pages with a missing file among them
    if not SCRIPT.exists():
        pytest.fail(f"console script not installed at {SCRIPT}: run `make setup`")
    files = [str(p) for p in sorted(PAGES.glob("parse_*.html"))]
    files.insert(3, str(tmp_path / "missing.html"))

    def run(*flags: str) -> subprocess.CompletedProcess[bytes]:
        command = [str(SCRIPT), "parse", "--jsonl", "--no-entities", *flags, *files]
        return subprocess.run(command, capture_output=True, timeout=120, check=False)

    # When they are parsed in one process and in three
    one, three = run("--jobs", "1"), run("--jobs", "3")

    # Then both print the same lines in input order, the failure in its place, and exit 1
    assert one.returncode == three.returncode == 1, three.stderr.decode()
    assert three.stdout == one.stdout
    lines = [json.loads(line) for line in three.stdout.decode().splitlines()]
    assert len(lines) == len(files)
    assert lines[3]["error"]["type"] == "FileNotFoundError"
    assert all("headline" in line for i, line in enumerate(lines) if i != 3)


def test_a_negative_job_count_is_a_usage_error() -> None:
    done = subprocess.run(
        [str(SCRIPT), "parse", "--jobs", "-1", "x.html"], capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 2
    assert b"--jobs" in done.stderr


def _children(pid: int) -> list[int]:
    """Live (not zombie) child processes of ``pid``, read from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if fields[1] == str(pid) and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def _start_batch(pages: list[str], output: int) -> tuple[subprocess.Popen[bytes], list[int]]:
    """``wireroom parse --jobs 2`` over ``pages`` (stdout and stderr to ``output``), once both processes run."""
    command = [str(SCRIPT), "parse", "--jsonl", "--no-entities", "--jobs", "2", *pages]
    parent = subprocess.Popen(command, stdout=output, stderr=output)
    deadline = time.monotonic() + 30
    while len(children := _children(parent.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    if len(children) < 2:
        parent.kill()
        pytest.fail("the parse processes never started")
    return parent, children


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
def test_processes_die_with_a_killed_parent() -> None:
    # Given a long batch running in forked processes
    pages = [str(PAGES / "seed_asian_correspondent.html")] * 2000
    parent, children = _start_batch(pages, subprocess.DEVNULL)
    try:
        # When the parent is killed outright, with no chance to shut its pool down
        parent.kill()
        parent.wait(timeout=30)

        # Then its processes go too, instead of waiting on its queue for ever
        deadline = time.monotonic() + 10
        while (alive := [c for c in children if Path(f"/proc/{c}").exists() and _state(c) != "Z"]) and (
            time.monotonic() < deadline
        ):
            time.sleep(0.05)
        assert alive == []
    finally:
        if parent.poll() is None:
            parent.kill()


def _state(pid: int) -> str:
    try:
        return (Path(f"/proc/{pid}") / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "gone"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the process tree from /proc")
def test_a_killed_process_leaves_a_failure_line_for_each_input_it_did_not_finish() -> None:
    # Given a long batch running in forked processes
    pages = [str(PAGES / "parse_wire_ap.html")] * 1500
    parent, children = _start_batch(pages, subprocess.PIPE)
    try:
        # When one of them is killed outright mid-batch
        time.sleep(0.5)
        os.kill(children[0], 9)
        out, err = parent.communicate(timeout=120)
    finally:
        if parent.poll() is None:
            parent.kill()

    # Then there is still one line per input, in order: records, then a WorkerDied failure for each one left
    lines = [json.loads(line) for line in out.decode().splitlines()]
    assert parent.returncode == 1, err.decode()[-2000:]
    assert len(lines) == len(pages)
    kinds = ["error" if "error" in line else "record" for line in lines]
    lost = kinds.index("error")
    assert lost > 0 and set(kinds[lost:]) == {"error"}
    assert {line["error"]["type"] for line in lines[lost:]} == {"WorkerDied"}
