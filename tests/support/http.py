"""A programmable HTTP server in a thread, serving routes and fixture pages."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from support.processes import REPO

PAGES = REPO / "tests" / "fixtures" / "pages"


HTML = "text/html; charset=utf-8"


@dataclass
class Reply:
    """One programmed response: status, headers, body; ``delay`` before the headers, ``drip`` between chunks."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": HTML})
    delay: float = 0.0
    chunks: int = 1
    drip: float = 0.0
    content_length: bool = True


@dataclass
class Route:
    """Replies served in order (the last one repeats) and the monotonic time of every hit."""

    replies: list[Reply]
    hits: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self) -> Reply:
        with self.lock:
            index = min(len(self.hits), len(self.replies) - 1)
            self.hits.append(time.monotonic())
            return self.replies[index]


def page(name: str, **kwargs: Any) -> Reply:
    """A reply serving the fixture page ``tests/fixtures/pages/<name>``."""
    return Reply(body=(PAGES / name).read_bytes(), **kwargs)


class _Handler(BaseHTTPRequestHandler):
    server: TestHTTPServer

    def do_GET(self) -> None:
        route = self.server.find(self.path.split("?", 1)[0])
        reply = route.take() if route is not None else Reply(status=404, body=b"<html><body>none</body></html>")
        if reply.delay:
            time.sleep(reply.delay)
        try:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.content_length:
                self.send_header("Content-Length", str(len(reply.body)))
            self.end_headers()
            size = max(1, -(-len(reply.body) // max(1, reply.chunks)))
            for start in range(0, len(reply.body), size):
                self.wfile.write(reply.body[start : start + size])
                self.wfile.flush()
                if reply.drip:
                    time.sleep(reply.drip)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass


class TestHTTPServer(ThreadingHTTPServer):
    """A real HTTP server on 127.0.0.1:<free port>, in a thread; routes are programmed by the tests."""

    daemon_threads = True
    __test__ = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes: dict[str, Route] = {}
        self.prefixes: dict[str, Route] = {}
        self.add("/robots.txt", Reply(body=b"User-agent: *\nAllow: /\n", headers={"Content-Type": "text/plain"}))
        self._thread = threading.Thread(target=self.serve_forever, name="test-http", daemon=True)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def add(self, path: str, *replies: Reply) -> Route:
        """Serve ``replies`` at exactly ``path``; returns the route (its ``hits``)."""
        route = Route(list(replies))
        self.routes[path] = route
        return route

    def add_prefix(self, prefix: str, *replies: Reply) -> Route:
        """Serve ``replies`` at every path starting with ``prefix`` (one shared route)."""
        route = Route(list(replies))
        self.prefixes[prefix] = route
        return route

    def unique(self, *replies: Reply, suffix: str = ".html") -> tuple[str, Route]:
        """A fresh path serving ``replies``: (its URL, its route)."""
        path = f"/t/{uuid.uuid4().hex}{suffix}"
        return self.url(path), self.add(path, *replies)

    def find(self, path: str) -> Route | None:
        if path in self.routes:
            return self.routes[path]
        for prefix, route in self.prefixes.items():
            if path.startswith(prefix):
                return route
        return None

    def __enter__(self) -> TestHTTPServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.shutdown()
        self.server_close()
        self._thread.join(5)


__all__ = ["HTML", "PAGES", "Reply", "Route", "TestHTTPServer", "page"]
