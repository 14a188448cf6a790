"""A wall-clock deadline on blocking socket reads: at the deadline the sockets of the current fetch are shut down.

Per-read timeouts cannot stop a server that trickles one byte a second, nor one that sends headers slowly; this
can. ``watch(seconds)`` arms a timer for the calling thread; connections made by the guarded adapter register
their socket before waiting for a response (``register``). When the timer fires, every registered socket is
shut down, the blocked read returns an error, and the caller sees ``Watch.expired`` and reports a timeout.
"""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from worker.errors import FetchTimeout, WireroomError

_local = threading.local()


class Watch:
    """The deadline of one fetch on one thread and the sockets it has used."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sockets: list[socket.socket] = []
        self.expired = False

    def add(self, sock: socket.socket) -> None:
        """Put ``sock`` under this deadline (shut at once if it has already passed)."""
        with self._lock:
            if self.expired:
                _shut(sock)
            else:
                self._sockets.append(sock)

    def expire(self) -> None:
        """Mark the deadline passed and shut down every registered socket."""
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shut(sock)
            self._sockets.clear()


def _shut(sock: socket.socket) -> None:
    # The plain socket method, even for an SSLSocket: it only touches the file descriptor, so it is safe to call
    # while another thread is blocked reading from it.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


@contextmanager
def watch(seconds: float) -> Iterator[Watch]:
    """Arm a deadline ``seconds`` from now for socket reads on this thread, for the duration of the block."""
    current = Watch()
    timer = threading.Timer(max(seconds, 0.0), current.expire)
    timer.daemon = True
    previous = getattr(_local, "watch", None)
    _local.watch = current
    timer.start()
    try:
        yield current
    finally:
        timer.cancel()
        _local.watch = previous


@contextmanager
def enforced(seconds: float, *, url: str | None = None) -> Iterator[Watch]:
    """``watch(seconds)``; if the deadline passes during the block, the block ends in ``FetchTimeout``.

    Raises:
        FetchTimeout: the deadline passed while the block was blocked on a socket (or failed after it).
    """
    with watch(seconds) as current:
        try:
            yield current
        except WireroomError as exc:
            if current.expired and not isinstance(exc, FetchTimeout):
                raise FetchTimeout(f"fetch deadline of {seconds:.1f}s passed", url=url) from exc
            raise
        if current.expired:  # the block ended normally, but on sockets cut short: what it read is incomplete
            raise FetchTimeout(f"fetch deadline of {seconds:.1f}s passed", url=url)


def register(sock: socket.socket | None) -> None:
    """Put ``sock`` under the calling thread's current deadline, if one is armed."""
    current: Watch | None = getattr(_local, "watch", None)
    if current is not None and sock is not None:
        current.add(sock)


__all__ = ["Watch", "enforced", "register", "watch"]
