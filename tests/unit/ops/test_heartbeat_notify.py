"""The heartbeat pings systemd's watchdog through NOTIFY_SOCKET and never raises when Redis is down."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis

from worker.ops.heartbeat import Heartbeat
from worker.settings import Settings


@pytest.fixture
def notify_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[socket.socket]:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(5)
    monkeypatch.setenv("NOTIFY_SOCKET", str(path))
    yield sock
    sock.close()


def test_beats_notify_systemd_and_touch_the_file_even_without_redis(
    notify_socket: socket.socket, tmp_path: Path
) -> None:
    # Given a heartbeat whose Redis is unreachable
    settings = Settings(redis_url="redis://127.0.0.1:1/0", heartbeat_file=tmp_path / "beat")
    client = redis.Redis.from_url(settings.redis_url, socket_connect_timeout=1)
    beat = Heartbeat(client, settings, "w@test")
    # When it beats twice
    beat.beat()
    beat.beat()
    # Then systemd heard READY then WATCHDOG, and the file exists (Redis errors were only logged)
    assert notify_socket.recv(64) == b"READY=1\nWATCHDOG=1"
    assert notify_socket.recv(64) == b"WATCHDOG=1"
    assert (tmp_path / "beat").exists()
