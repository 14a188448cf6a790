"""Hostile page shapes and CLI inputs: each ends in a record or a typed error within 5 s and 500 MB of RSS."""

from __future__ import annotations

import gzip
import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest
from celery.exceptions import SoftTimeLimitExceeded

from worker.errors import ParseTimeout, WireroomError
from worker.parse import parse_article
from worker.parse import record as record_module
from worker.tasks import time_limit_error

SECONDS = 5.0
RSS_MB = 500
ADDRESS_SPACE = 2 << 30
"""The child's address-space limit: a runaway parse fails there instead of taking the machine's memory."""
CHILD_TIMEOUT = 30.0

# Each shape is built in the child from a Python expression (no megabytes through the command line).
SHAPES = {
    "unclosed-meta": 'b"<html><body>" + b"<meta " * 40_000',
    "unclosed-script": 'b"<html><body>" + b"<script>" * 40_000',
    "unclosed-style": 'b"<html><body>" + b"<style>" * 40_000',
    "unclosed-comment": 'b"<html><body>" + b"<!--" * 150_000',
    "closer-first-script": 'b"<html><body></script>" + b"<script x=1>" * 30_000',
    "unclosed-span-open": 'b"<html><body>" + b"<span " * 40_000',
    "charset-punycode": 'b"<html><head><meta charset=punycode></head><body>-" + b"a" * 400_000',
    "nested-span": 'b"<html><body>" + b"<span>" * 430_000',
    "br-flood": 'b"<html><body><p>" + b"<br>" * 2_400_000',
    "comment-flood-at-cap": 'b"<html><body>" + b"<!--" * 2_490_000',
    "long-link-address": (
        'b"<html><head><title>A story</title></head><body><h1>A story</h1><p>Words of the story, long enough to be"'
        '+ b" its body.</p><p><a href=/" + b"a" * 400_000 + b">A linked line of a title</a></p></body></html>"'
    ),
}

_CHILD = """
import json, resource, sys, time
resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
from worker.errors import WireroomError
from worker.parse import parse_article
data = {shape}
started = time.monotonic()
try:
    parse_article(data, "https://news.example.com/a")
    outcome = "ArticleRecord"
except WireroomError as exc:
    outcome = exc.type_name
seconds = time.monotonic() - started
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({{"outcome": outcome, "seconds": seconds, "rss_mb": rss, "bytes": len(data)}}))
"""


def parse_in_child(shape: str) -> dict[str, object]:
    """Parse one shape in a fresh interpreter under an address-space limit; its outcome, time and peak RSS."""
    code = _CHILD.format(limit=ADDRESS_SPACE, shape=shape)
    try:
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, timeout=CHILD_TIMEOUT, check=False, text=True
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"the parse did not end within {CHILD_TIMEOUT:.0f} s")
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_hostile_shape_parses_in_bounded_time_and_memory(name: str) -> None:
    # Given a page shape that used to take quadratic time or superlinear memory
    # When it is parsed in a fresh process
    result = parse_in_child(SHAPES[name])
    # Then it ends in a typed outcome within the time and memory bounds
    assert isinstance(result["outcome"], str)
    assert isinstance(result["seconds"], float) and result["seconds"] < SECONDS, result
    assert isinstance(result["rss_mb"], float) and result["rss_mb"] < RSS_MB, result


def test_too_many_elements_is_too_large() -> None:
    # Given a page of nested elements far over the parser's element budget
    result = parse_in_child(SHAPES["nested-span"])
    # Then it is refused as TooLarge (permanent), not parsed into gigabytes of tree
    assert result["outcome"] == "TooLarge", result


LONG_PAGE = (
    b"<html><head><title>Long</title></head><body><h1>Long read</h1>"
    + b"<p>One more paragraph of the long article text here.</p>" * 2_000
    + b"</body></html>"
)
"""A legitimate page, long enough that the soft time limit may fire in any stage of its parse."""


@pytest.mark.parametrize("stage", ["load_document", "extract_headline", "extract_dates", "extract_body"])
def test_soft_time_limit_while_parsing_is_a_retryable_parse_timeout(
    stage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Given the task's soft time limit firing inside a stage of the parse (Celery raises SoftTimeLimitExceeded in
    # whatever the worker is running; a stage is patched to raise it there, deterministically)
    def interrupted(*_: object, **__: object) -> None:
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(record_module, stage, interrupted)
    with pytest.raises(WireroomError) as caught:
        parse_article(LONG_PAGE, "https://news.example.com/long")
    # Then the task takes the error for a retryable ParseTimeout, not a permanent NotHTML/InvalidRecord
    timeout = time_limit_error(caught.value, "https://news.example.com/long")
    assert isinstance(timeout, ParseTimeout), repr(caught.value)
    assert timeout.retryable


def test_a_page_error_that_is_not_a_time_limit_stays_permanent() -> None:
    with pytest.raises(WireroomError) as caught:
        parse_article(b"<html><body></body></html>", "https://news.example.com/empty")
    assert time_limit_error(caught.value, None) is None


# --- the command line ------------------------------------------------------------------------------------------

CLI_LIMIT = 1 << 30


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CLI_LIMIT, CLI_LIMIT))


def wireroom(*args: str, stdin: int | None = None) -> subprocess.CompletedProcess[str]:
    """The installed console script, run with NER off and a 1 GB address-space limit."""
    script = Path(sys.executable).with_name("wireroom")
    env = {**os.environ, "WIREROOM_NER_ENABLED": "false", "WIREROOM_REDIS_URL": _redis_url()}
    return subprocess.run(
        [str(script), *args],
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
        preexec_fn=_limit_memory,
    )


def _redis_url() -> str:
    return f"redis://127.0.0.1:6379/{os.environ.get('WIREROOM_TEST_REDIS_DB', '15')}"


def assert_one_error_line(done: subprocess.CompletedProcess[str], name: str) -> None:
    assert done.returncode == 1, done.stderr[-2000:]
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr[-2000:]
    lines = done.stdout.splitlines()
    assert len(lines) == 1, done.stdout[:2000]
    line = json.loads(lines[0])
    assert line["file"] == name
    assert line["error"]["type"] == "TooLarge", line


def test_parse_dev_zero_is_one_error_line() -> None:
    assert_one_error_line(wireroom("parse", "/dev/zero"), "/dev/zero")


def test_parse_stdin_dev_zero_is_one_error_line() -> None:
    with open("/dev/zero", "rb") as zero:
        assert_one_error_line(wireroom("parse", "-", stdin=zero.fileno()), "-")


def test_parse_gzip_bomb_is_one_error_line(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.html.gz"
    chunk = b"a" * (1 << 20)
    with gzip.open(bomb, "wb", compresslevel=1) as handle:
        handle.write(b"<html><body><p>")
        for _ in range(200):  # 200 MB decompressed, well under 1 MB on disk
            handle.write(chunk)
    assert_one_error_line(wireroom("parse", str(bomb)), str(bomb))


def test_parse_sparse_2gb_file_is_one_error_line(tmp_path: Path) -> None:
    sparse = tmp_path / "sparse.html"
    with sparse.open("wb") as handle:
        handle.write(b"<html><body><p>")
        handle.truncate(2 << 30)
    assert_one_error_line(wireroom("parse", str(sparse)), str(sparse))


def test_enqueue_file_dev_zero_is_one_clear_error() -> None:
    done = wireroom("enqueue", "--file", "/dev/zero")
    assert done.returncode != 0
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr[-2000:]
    errors = [line for line in done.stderr.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1 and "--file" in errors[0], done.stderr[-2000:]
