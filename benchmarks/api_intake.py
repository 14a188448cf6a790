"""Measure the intake API: single-job POSTs per second, bulk POSTs, and the cost of liveness probes.

Run: ``.venv/bin/python benchmarks/api_intake.py`` (needs Redis on 127.0.0.1:6379; uses db 11 and deletes its keys).
"""

from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import redis
import requests
import uvicorn

from worker.api import create_api
from worker.settings import Settings

REPO = Path(__file__).resolve().parents[1]
TOKEN = "bench-token-" + "b" * 24


def child_cpu(argv: list[str], runs: int) -> float:
    """Mean CPU seconds (user + system) of ``argv`` run ``runs`` times."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(runs):
        subprocess.run(argv, cwd=REPO, capture_output=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) / runs


def main() -> int:
    """Print the measurements."""
    tag = uuid.uuid4().hex[:8]
    settings = Settings(
        redis_url="redis://127.0.0.1:6379/11",
        key_prefix=f"bench:{tag}:",
        queue_name=f"bench:{tag}:queue",
        events_stream=f"bench:{tag}:events",
        api_token=TOKEN,
        api_rate_limit=1e6,
        api_rate_burst=1_000_000,
    )
    server = uvicorn.Server(uvicorn.Config(create_api(settings), port=0, log_level="warning", ws="none"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not (server.started and server.servers):
        time.sleep(0.01)
    base = f"http://127.0.0.1:{server.servers[0].sockets[0].getsockname()[1]}"
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {TOKEN}"
    try:
        n = 500
        started = time.perf_counter()
        for i in range(n):
            session.post(f"{base}/v1/jobs", json={"url": f"https://news.example/{i}"}, timeout=10).raise_for_status()
        single = n / (time.perf_counter() - started)
        batches, size = 10, 500
        started = time.perf_counter()
        for b in range(batches):
            jobs = [{"url": f"https://news.example/{b}/{i}"} for i in range(size)]
            session.post(f"{base}/v1/jobs", json=jobs, timeout=30).raise_for_status()
        bulk = batches * size / (time.perf_counter() - started)
        print(f"single-job POST: {single:.0f} jobs/s; bulk POST of {size}: {bulk:.0f} jobs/s (one client, in-process)")
    finally:
        server.should_exit = True
        thread.join(10)
        client = redis.Redis.from_url(settings.redis_url)
        for pattern in (f"bench:{tag}:*",):
            keys = list(client.scan_iter(match=pattern, count=1000))
            for start in range(0, len(keys), 1000):
                client.delete(*keys[start : start + 1000])
    beat = Path(tempfile.gettempdir()) / f"bench-{tag}.beat"
    beat.touch()
    liveness = child_cpu([sys.executable, "-m", "worker.liveness", "--file", str(beat)], 10)
    health = child_cpu([sys.executable, "-c", "from worker.cli import main; main()", "health", "--file", str(beat)], 5)
    beat.unlink()
    print(f"probe CPU: python -m worker.liveness {liveness * 1000:.0f} ms; wireroom health {health * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
