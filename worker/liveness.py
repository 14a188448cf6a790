"""Is the worker alive? The heartbeat file's age, checked with the standard library only.

Run ``python -m worker.liveness``: it imports nothing heavy, so a container HEALTHCHECK or a watchdog can run it
every few seconds for a few milliseconds of CPU (``celery inspect ping`` costs seconds). ``wireroom health`` runs
the same check.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_FILE = Path(tempfile.gettempdir()) / "wireroom-worker.heartbeat"
"""The default of ``Settings.heartbeat_file`` (kept here so this check needs no pydantic)."""
DEFAULT_MAX_AGE = 60.0
"""The default of ``Settings.heartbeat_max_age``."""


def file_age(path: Path, now: float | None = None) -> float | None:
    """Seconds since ``path`` was last touched, or None if it does not exist."""
    try:
        mtime = path.stat().st_mtime
    except FileNotFoundError:
        return None
    return max(0.0, (time.time() if now is None else now) - mtime)


def check(path: Path, max_age: float) -> tuple[bool, str]:
    """Whether the heartbeat at ``path`` is at most ``max_age`` seconds old, and a one-line verdict."""
    age = file_age(path)
    if age is None:
        return False, f"unhealthy: no heartbeat file {path}"
    if age > max_age:
        return False, f"unhealthy: heartbeat {age:.1f}s old (max {max_age:g}s): {path}"
    return True, f"healthy: heartbeat {age:.1f}s old"


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``python -m worker.liveness [--file F] [--max-age S] [-q]``: exit 0 healthy, 1 not."""
    parser = argparse.ArgumentParser(prog="python -m worker.liveness", description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=Path(os.environ.get("WIREROOM_HEARTBEAT_FILE", DEFAULT_FILE)))
    parser.add_argument(
        "--max-age", type=float, default=float(os.environ.get("WIREROOM_HEARTBEAT_MAX_AGE", DEFAULT_MAX_AGE))
    )
    parser.add_argument("-q", "--quiet", action="store_true")
    args = parser.parse_args(argv)
    healthy, verdict = check(args.file, args.max_age)
    if not args.quiet:
        print(verdict, file=sys.stdout if healthy else sys.stderr)
    return 0 if healthy else 1


if __name__ == "__main__":
    raise SystemExit(main())
