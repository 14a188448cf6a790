"""The fetch deadline: sockets registered under a watch are shut down when it passes, and only then."""

from __future__ import annotations

import socket
import time

import pytest

from worker.errors import ConnectionFailed, FetchTimeout
from worker.fetch import deadline


def test_blocked_read_is_cut_at_the_deadline() -> None:
    # Given a socket whose peer never sends anything, registered under a 0.2 s watch
    left, right = socket.socketpair()
    with left, right:
        left.settimeout(10)
        started = time.monotonic()
        with deadline.watch(0.2) as current:
            deadline.register(left)
            # When reading blocks, Then the read returns (EOF) at the deadline, not after the 10 s timeout
            assert left.recv(1) == b""
        assert current.expired
        assert time.monotonic() - started < 5


def test_finished_block_leaves_sockets_alone() -> None:
    left, right = socket.socketpair()
    with left, right:
        with deadline.watch(0.2) as current:
            deadline.register(left)
        time.sleep(0.3)  # past the (cancelled) deadline: the socket must still work
        right.sendall(b"x")
        assert left.recv(1) == b"x"
        assert not current.expired


def test_enforced_turns_errors_after_the_deadline_into_timeouts() -> None:
    left, right = socket.socketpair()
    with left, right, pytest.raises(FetchTimeout), deadline.enforced(0.1, url="http://x.example/"):
        deadline.register(left)
        left.recv(1)  # cut short at the deadline
        raise ConnectionFailed("connection closed")


def test_enforced_passes_errors_before_the_deadline() -> None:
    with pytest.raises(ConnectionFailed), deadline.enforced(10):
        raise ConnectionFailed("refused")


def test_register_without_a_watch_is_a_no_op() -> None:
    left, right = socket.socketpair()
    with left, right:
        deadline.register(left)
        right.sendall(b"y")
        assert left.recv(1) == b"y"
