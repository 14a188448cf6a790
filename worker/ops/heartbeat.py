"""Worker liveness without ``celery inspect``: a heartbeat file and a Redis key, refreshed by a worker bootstep."""

from __future__ import annotations

import json
import logging
import os
import socket
import time
from dataclasses import dataclass
from typing import Any, ClassVar, cast

import redis
from celery import bootsteps

from worker.liveness import file_age
from worker.settings import Settings
from worker.store import keys
from worker.store.client import redis_client, store_errors

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class WorkerBeat:
    """The last heartbeat of one worker."""

    hostname: str
    pid: int
    last_seen: float
    started_at: float

    @property
    def age(self) -> float:
        """Seconds since this heartbeat."""
        return max(0.0, time.time() - self.last_seen)


def live_workers(client: redis.Redis, key_prefix: str, max_age: float) -> list[WorkerBeat]:
    """Workers whose heartbeat is younger than ``max_age`` seconds, most recent first.

    Raises ``StoreUnavailable`` when Redis fails.
    """
    now = time.time()
    with store_errors("heartbeats"):
        names = cast(list[bytes], client.zrevrangebyscore(keys.workers(key_prefix), "+inf", now - max_age))
        if not names:
            return []
        blobs = cast(list[bytes | None], client.mget([keys.heartbeat(key_prefix, n.decode()) for n in names]))
    beats = []
    for blob in blobs:
        if blob is None:
            continue
        data = json.loads(blob)
        beats.append(WorkerBeat(data["hostname"], int(data["pid"]), float(data["ts"]), float(data["started_at"])))
    return beats


def _sd_notify(message: str) -> None:
    """Send ``message`` to systemd's notify socket, if the process runs under one (``WatchdogSec=``)."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return
    if address.startswith("@"):
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode())
    except OSError as exc:
        log.warning("systemd notify failed: %s", exc)


class Heartbeat:
    """Touches the heartbeat file, refreshes the Redis heartbeat and pings the systemd watchdog."""

    def __init__(self, client: redis.Redis, settings: Settings, hostname: str) -> None:
        self._redis = client
        self._settings = settings
        self.hostname = hostname
        self.path = settings.heartbeat_file
        self.started_at = time.time()
        self._ready_sent = False

    def beat(self) -> None:
        """One heartbeat. Never raises: a Redis outage is logged and the file is still touched."""
        now = time.time()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.touch()
            os.utime(self.path, (now, now))
        except OSError as exc:
            log.warning("heartbeat file %s not writable: %s", self.path, exc)
        prefix = self._settings.key_prefix
        blob = json.dumps({"hostname": self.hostname, "pid": os.getpid(), "ts": now, "started_at": self.started_at})
        ttl = max(1, int(self._settings.heartbeat_max_age))
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.set(keys.heartbeat(prefix, self.hostname), blob, ex=ttl)
            pipe.zadd(keys.workers(prefix), {self.hostname: now})
            pipe.zremrangebyscore(keys.workers(prefix), "-inf", now - 10 * ttl)
            pipe.execute()
        except redis.RedisError as exc:
            log.warning("heartbeat not written to Redis: %s", exc)
        _sd_notify("WATCHDOG=1" if self._ready_sent else "READY=1\nWATCHDOG=1")
        self._ready_sent = True

    def stop(self) -> None:
        """Withdraw this worker's heartbeat (clean shutdown). Never raises."""
        prefix = self._settings.key_prefix
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.delete(keys.heartbeat(prefix, self.hostname))
            pipe.zrem(keys.workers(prefix), self.hostname)
            pipe.execute()
        except redis.RedisError as exc:
            log.warning("heartbeat not withdrawn from Redis: %s", exc)
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("heartbeat file %s not removed: %s", self.path, exc)


def heartbeat_step(settings: Settings) -> type[bootsteps.StartStopStep]:
    """A worker bootstep that beats every ``settings.heartbeat_interval`` seconds on the worker's timer.

    Register it with ``app.steps["worker"].add(heartbeat_step(settings))``. The timer runs in the main
    worker process, so a stalled event loop stops the heartbeat.
    """

    class HeartbeatStep(bootsteps.StartStopStep):  # type: ignore[misc]
        """Periodic heartbeat of this worker."""

        requires: ClassVar[set[str]] = {"celery.worker.components:Timer"}

        def __init__(self, parent: Any, **kwargs: Any) -> None:
            super().__init__(parent, **kwargs)
            self.heartbeat: Heartbeat | None = None
            self.timer_ref: Any = None

        def start(self, parent: Any) -> None:
            # Short timeouts: the beat runs on the worker's event loop, which must not stall on a sick Redis.
            client = redis_client(settings, "probe")
            self.heartbeat = Heartbeat(client, settings, parent.hostname)
            self.heartbeat.beat()
            self.timer_ref = parent.timer.call_repeatedly(settings.heartbeat_interval, self.heartbeat.beat)

        def stop(self, parent: Any) -> None:
            if self.timer_ref is not None:
                self.timer_ref.cancel()
                self.timer_ref = None
            if self.heartbeat is not None:
                self.heartbeat.stop()
                self.heartbeat = None

    return HeartbeatStep


__all__ = [
    "Heartbeat",
    "WorkerBeat",
    "file_age",
    "heartbeat_step",
    "live_workers",
]
