"""A misbehaving HTTP server on 127.0.0.1 for tests: raw sockets, so it can trickle, stall, lie and bomb."""

from __future__ import annotations

import contextlib
import functools
import os
import random
import signal
import socket
import socketserver
import threading
import time
import zlib
from collections.abc import Callable
from email.utils import formatdate
from pathlib import Path
from urllib.parse import unquote

ARTICLE = (
    b"<!doctype html><html><head><meta charset='utf-8'><title>Council approves new harbour bridge</title></head>"
    b"<body><article><h1>Council approves new harbour bridge</h1>"
    + b"".join(
        b"<p>The city council voted on Tuesday to approve the long-debated harbour bridge, paragraph %d of the "
        b"story, quoting residents, engineers and the mayor about costs, timelines and traffic.</p>" % i
        for i in range(12)
    )
    + b"</article></body></html>"
)

BOMB_DECODED_SIZE = 200 * 1024 * 1024
BIG_PAGE_SIZE = 50 * 1024 * 1024

Route = Callable[["HostileHandler"], None]
ROUTES: dict[str, Route] = {}


def route(path: str) -> Callable[[Route], Route]:
    """Register a handler for an exact path."""

    def register(fn: Route) -> Route:
        ROUTES[path] = fn
        return fn

    return register


@functools.cache
def _bomb(wbits: int) -> bytes:
    """``BOMB_DECODED_SIZE`` zero bytes compressed (gzip for wbits 31, zlib-deflate for 15, raw for -15)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(1024 * 1024)
    parts = [compressor.compress(block) for _ in range(BOMB_DECODED_SIZE // len(block))]
    parts.append(compressor.flush())
    return b"".join(parts)


class HostileHandler(socketserver.BaseRequestHandler):
    """Reads one request, then lets the route misbehave on the raw socket."""

    server: HostileServer
    method: str
    path: str

    def handle(self) -> None:
        self.request.settimeout(10)
        data = b""
        try:
            while b"\r\n\r\n" not in data:
                more = self.request.recv(65536)
                if not more:
                    return
                data += more
        except OSError:
            return
        line = data.split(b"\r\n", 1)[0].decode("latin-1")
        parts = line.split(" ")
        self.method, self.path = (parts[0], parts[1]) if len(parts) >= 2 else ("GET", "/")
        self.server.hits.append(self.path)
        fn = ROUTES.get(self.path.split("?", 1)[0])
        try:
            if fn is None:
                self.respond(404, b"<html><body>not here</body></html>")
            elif self.method == "HEAD" and self.path != "/head-ok":
                self.respond(405, b"", extra={"Allow": "GET"})
            else:
                fn(self)
        except OSError:
            pass  # the client gave up: that is the point of most routes

    # building blocks
    def send(self, data: bytes) -> None:
        self.request.sendall(data)

    def head(self, status: int, headers: dict[str, str]) -> None:
        reason = {200: "OK", 301: "Moved", 302: "Found", 307: "Temporary Redirect"}.get(status, "Status")
        lines = [f"HTTP/1.1 {status} {reason}"] + [f"{k}: {v}" for k, v in headers.items()]
        self.send(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def respond(
        self,
        status: int,
        body: bytes,
        content_type: str | None = "text/html; charset=utf-8",
        extra: dict[str, str] | None = None,
    ) -> None:
        headers = {"Content-Length": str(len(body)), "Connection": "close"}
        if content_type is not None:
            headers["Content-Type"] = content_type
        headers.update(extra or {})
        self.head(status, headers)
        if self.method != "HEAD":
            self.send(body)

    def redirect(self, location: str, status: int = 302) -> None:
        self.respond(status, b"", extra={"Location": location})

    def stall(self, seconds: float) -> None:
        self.server.stopping.wait(seconds)


class HostileServer(socketserver.ThreadingTCPServer):
    """The server; ``url(path)`` builds a URL to it. Use as a context manager."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), HostileHandler)
        self.hits: list[str] = []
        self.stopping = threading.Event()
        self.robots_reply: tuple[int, bytes] = (200, b"User-agent: *\nDisallow: /private\n")  # status 0: trickle
        self.kill_parent: int | None = None  # /kill-children SIGKILLs this process's children
        self.kills = 0
        self.seen: set[str] = set()
        self.lock = threading.Lock()
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> HostileServer:
        for wbits in (31, 15):
            _bomb(wbits)  # built before serving, so building it never looks like a stall
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        self._thread.join(5)


# --- well-behaved references ---------------------------------------------------------------------------------


@route("/ok")
def _ok(h: HostileHandler) -> None:
    h.respond(200, ARTICLE)


@route("/slow")
def _slow(h: HostileHandler) -> None:
    h.stall(3)
    h.respond(200, ARTICLE)


@route("/private/ok")
def _private_ok(h: HostileHandler) -> None:
    h.respond(200, ARTICLE)


@route("/head-ok")
def _head_ok(h: HostileHandler) -> None:
    h.respond(200, ARTICLE)


@route("/robots.txt")
def _robots(h: HostileHandler) -> None:
    status, body = h.server.robots_reply
    if status == 0:
        _trickle(h)
    else:
        h.respond(status, body, "text/plain")


# --- slow and stalled ----------------------------------------------------------------------------------------


@route("/trickle")
def _trickle(h: HostileHandler) -> None:
    h.head(200, {"Content-Type": "text/html", "Content-Length": "100000"})
    for byte in ARTICLE * 10:
        if h.server.stopping.is_set():
            return
        h.send(bytes([byte]))
        h.stall(0.5)


@route("/trickle-chunked")
def _trickle_chunked(h: HostileHandler) -> None:
    h.head(200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
    for byte in ARTICLE * 10:
        if h.server.stopping.is_set():
            return
        h.send(b"1\r\n" + bytes([byte]) + b"\r\n")
        h.stall(0.5)


@route("/trickle-headers")
def _trickle_headers(h: HostileHandler) -> None:
    h.send(b"HTTP/1.1 200 OK\r\n")
    for i in range(1000):
        if h.server.stopping.is_set():
            return
        h.send(f"X-Slow-{i}: x\r\n".encode())
        h.stall(0.5)


@route("/never")
def _never(h: HostileHandler) -> None:
    h.stall(60)


@route("/stall-after-headers")
def _stall_after_headers(h: HostileHandler) -> None:
    h.head(200, {"Content-Type": "text/html", "Content-Length": str(len(ARTICLE))})
    h.send(ARTICLE[:100])
    h.stall(60)


@route("/stall-first")
def _stall_first(h: HostileHandler) -> None:
    """The first request for each query stalls (until the server stops); later ones get the article."""
    with h.server.lock:
        first = h.path not in h.server.seen
        h.server.seen.add(h.path)
    if first:
        h.stall(120)
    else:
        h.respond(200, ARTICLE)


def child_pids(parent: int) -> list[int]:
    """Pids whose parent is ``parent`` (from /proc)."""
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == parent:
                found.append(int(entry))
    return found


@route("/kill-children")
def _kill_children(h: HostileHandler) -> None:
    """A page that kills the worker fetching it: SIGKILL to every child of ``server.kill_parent``."""
    if h.server.kill_parent is not None:
        for pid in child_pids(h.server.kill_parent):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        with h.server.lock:
            h.server.kills += 1
    h.stall(5)


# --- broken framing ------------------------------------------------------------------------------------------


@route("/close-mid-body")
def _close_mid_body(h: HostileHandler) -> None:
    h.head(200, {"Content-Type": "text/html", "Content-Length": str(len(ARTICLE) * 4)})
    h.send(ARTICLE[:500])


@route("/close-mid-chunk")
def _close_mid_chunk(h: HostileHandler) -> None:
    h.head(200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
    h.send(b"%x\r\n" % 5000 + ARTICLE[:300])


@route("/length-too-short")
def _length_too_short(h: HostileHandler) -> None:
    # Content-Length says 200; the body goes on: the client must stop at 200 (and the rest is ignored)
    h.head(200, {"Content-Type": "text/html", "Content-Length": "200", "Connection": "close"})
    h.send(ARTICLE)


@route("/length-not-a-number")
def _length_nan(h: HostileHandler) -> None:
    h.head(200, {"Content-Type": "text/html", "Content-Length": "lots"})
    h.send(ARTICLE)


@route("/no-status-line")
def _no_status_line(h: HostileHandler) -> None:
    h.send(b"HELLO THERE\r\n\r\n" + ARTICLE)


@route("/close-at-once")
def _close_at_once(h: HostileHandler) -> None:
    h.request.shutdown(socket.SHUT_RDWR)


@route("/huge-header")
def _huge_header(h: HostileHandler) -> None:
    h.head(200, {"Content-Type": "text/html", "X-Huge": "a" * 200_000, "Content-Length": str(len(ARTICLE))})
    h.send(ARTICLE)


@route("/many-headers")
def _many_headers(h: HostileHandler) -> None:
    headers = {f"X-H{i}": "v" for i in range(500)}
    headers.update({"Content-Type": "text/html", "Content-Length": str(len(ARTICLE))})
    h.head(200, headers)
    h.send(ARTICLE)


# --- size and compression ------------------------------------------------------------------------------------


@route("/gzip-bomb")
def _gzip_bomb(h: HostileHandler) -> None:
    h.respond(200, _bomb(31), extra={"Content-Encoding": "gzip"})


@route("/deflate-bomb")
def _deflate_bomb(h: HostileHandler) -> None:
    h.respond(200, _bomb(15), extra={"Content-Encoding": "deflate"})


@route("/gzip-bomb-chunked")
def _gzip_bomb_chunked(h: HostileHandler) -> None:
    h.head(200, {"Content-Type": "text/html", "Content-Encoding": "gzip", "Transfer-Encoding": "chunked"})
    data = _bomb(31)
    for i in range(0, len(data), 8192):
        piece = data[i : i + 8192]
        h.send(b"%x\r\n" % len(piece) + piece + b"\r\n")
    h.send(b"0\r\n\r\n")


@route("/gzip-invalid")
def _gzip_invalid(h: HostileHandler) -> None:
    h.respond(200, b"this is not gzip at all" * 10, extra={"Content-Encoding": "gzip"})


@route("/gzip-article")
def _gzip_article(h: HostileHandler) -> None:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    h.respond(200, compressor.compress(ARTICLE) + compressor.flush(), extra={"Content-Encoding": "gzip"})


def _big_page_parts() -> tuple[bytes, bytes, bytes]:
    head = b"<!doctype html><html><head><title>Enormous</title></head><body><article>"
    para = b"<p>" + b"All work and no play makes a very long page. " * 20 + b"</p>\n"
    tail = b"</article></body></html>"
    return head, para, tail


@route("/big")
def _big(h: HostileHandler) -> None:
    head, para, tail = _big_page_parts()
    h.head(200, {"Content-Type": "text/html", "Content-Length": str(BIG_PAGE_SIZE)})
    sent = 0
    h.send(head)
    sent += len(head)
    block = para * 64
    while sent + len(block) + len(tail) <= BIG_PAGE_SIZE:
        h.send(block)
        sent += len(block)
    h.send(b" " * (BIG_PAGE_SIZE - sent - len(tail)) + tail)


@route("/big-chunked")
def _big_chunked(h: HostileHandler) -> None:
    head, para, tail = _big_page_parts()
    h.head(200, {"Content-Type": "text/html", "Transfer-Encoding": "chunked"})
    block = para * 64
    h.send(b"%x\r\n" % len(head) + head + b"\r\n")
    for _ in range(BIG_PAGE_SIZE // len(block)):
        h.send(b"%x\r\n" % len(block) + block + b"\r\n")
    h.send(b"%x\r\n" % len(tail) + tail + b"\r\n0\r\n\r\n")


# --- redirects -----------------------------------------------------------------------------------------------


@route("/loop")
def _loop(h: HostileHandler) -> None:
    h.redirect("/loop")


@route("/loop-a")
def _loop_a(h: HostileHandler) -> None:
    h.redirect("/loop-b", 301)


@route("/loop-b")
def _loop_b(h: HostileHandler) -> None:
    h.redirect("/loop-a", 307)


@route("/chain")
def _chain(h: HostileHandler) -> None:
    query = h.path.partition("?")[2]
    left = int(query.partition("=")[2] or "0")
    h.redirect(f"/chain?n={left - 1}" if left > 0 else "/ok")


@route("/hop")
def _hop(h: HostileHandler) -> None:
    h.redirect(unquote(h.path.partition("?to=")[2]))


@route("/to-file")
def _to_file(h: HostileHandler) -> None:
    h.redirect("file:///etc/passwd")


@route("/to-ftp")
def _to_ftp(h: HostileHandler) -> None:
    h.redirect("ftp://127.0.0.1/pub/file.html")


@route("/to-javascript")
def _to_javascript(h: HostileHandler) -> None:
    h.redirect("javascript:alert(document.cookie)")


@route("/to-data")
def _to_data(h: HostileHandler) -> None:
    h.redirect("data:text/html,<p>hi</p>")


@route("/redirect-no-location")
def _redirect_no_location(h: HostileHandler) -> None:
    h.respond(302, b"")


@route("/to-gopher-port")
def _to_gopher_port(h: HostileHandler) -> None:
    h.redirect("http://127.0.0.1:70/")


# --- content and encodings -----------------------------------------------------------------------------------


@route("/charset-wrong")
def _charset_wrong(h: HostileHandler) -> None:
    body = ARTICLE.replace(b"harbour bridge", "harbour bridge — café".encode())
    h.respond(200, body, "text/html; charset=iso-8859-1")


@route("/charset-bogus")
def _charset_bogus(h: HostileHandler) -> None:
    h.respond(200, ARTICLE, "text/html; charset=x-no-such-charset")


@route("/charset-missing-meta-sjis")
def _charset_meta(h: HostileHandler) -> None:
    text = ARTICLE.decode().replace("<meta charset='utf-8'>", "<meta charset='shift_jis'>")
    text = text.replace("Council approves", "議会が承認 Council approves")
    h.respond(200, text.encode("shift_jis"), "text/html")


@route("/mixed-encodings")
def _mixed(h: HostileHandler) -> None:
    body = ARTICLE.replace(b"residents", "résidents".encode("cp1252")).replace(b"engineers", "ingénieurs".encode())
    h.respond(200, body, "text/html")


@route("/utf16")
def _utf16(h: HostileHandler) -> None:
    h.respond(200, ARTICLE.decode().replace("utf-8", "utf-16").encode("utf-16"), "text/html; charset=utf-16")


@route("/binary-as-html")
def _binary(h: HostileHandler) -> None:
    rng = random.Random(7)
    data = bytes(b for b in rng.randbytes(200_000) if b != 0x3C)  # no '<' at all
    h.respond(200, data, "text/html")


@route("/png-as-html")
def _png(h: HostileHandler) -> None:
    h.respond(200, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(5000), "text/html")


@route("/empty")
def _empty(h: HostileHandler) -> None:
    h.respond(200, b"")


@route("/whitespace")
def _whitespace(h: HostileHandler) -> None:
    h.respond(200, b" \r\n\t " * 1000)


@route("/no-content")
def _no_content(h: HostileHandler) -> None:
    h.head(204, {"Connection": "close"})


@route("/deep-nesting")
def _deep(h: HostileHandler) -> None:
    depth = 100_000
    body = b"<html><head><title>Deep</title></head><body>" + b"<div>" * depth + b"<p>deep text</p>" + b"</div>" * depth
    h.respond(200, body + b"</body></html>")


@route("/huge-attributes")
def _huge_attrs(h: HostileHandler) -> None:
    attr = b"x" * 5_000_000
    h.respond(200, ARTICLE.replace(b"<article>", b'<article data-junk="' + attr + b'" class="' + attr[:100000] + b'">'))


@route("/many-links")
def _many_links(h: HostileHandler) -> None:
    links = b"".join(b'<a href="/story/%d">Story number %d</a> ' % (i, i) for i in range(50_000))
    h.respond(200, ARTICLE.replace(b"</article>", b"</article><nav>" + links + b"</nav>"))


@route("/no-article")
def _no_article(h: HostileHandler) -> None:
    h.respond(200, b"<html><head><title>Index</title></head><body><ul><li>nothing</li></ul></body></html>")


@route("/no-content-type-html")
def _no_ct_html(h: HostileHandler) -> None:
    h.respond(200, ARTICLE, None)


@route("/no-content-type-binary")
def _no_ct_binary(h: HostileHandler) -> None:
    h.respond(200, bytes(range(256)) * 100, None)


@route("/xhtml")
def _xhtml(h: HostileHandler) -> None:
    h.respond(200, ARTICLE, "application/xhtml+xml")


@route("/pdf")
def _pdf(h: HostileHandler) -> None:
    h.respond(200, b"%PDF-1.7\n" + bytes(1000), "application/pdf")


@route("/json")
def _json(h: HostileHandler) -> None:
    h.respond(200, b'{"headline": "not a page"}', "application/json")


@route("/image")
def _image(h: HostileHandler) -> None:
    h.respond(200, b"\x89PNG\r\n\x1a\n" + bytes(1000), "image/png")


@route("/octet-stream-html")
def _octet(h: HostileHandler) -> None:
    h.respond(200, ARTICLE, "application/octet-stream")


# --- statuses ------------------------------------------------------------------------------------------------


def _status_route(status: int) -> Route:
    def handler(h: HostileHandler) -> None:
        h.respond(status, b"<html><body>status page</body></html>")

    return handler


for _status in (400, 401, 403, 404, 405, 410, 418, 451, 408, 429, 500, 501, 502, 503, 504, 520, 599):
    ROUTES[f"/status/{_status}"] = _status_route(_status)


@route("/retry-after-seconds")
def _retry_after_seconds(h: HostileHandler) -> None:
    h.respond(503, b"busy", extra={"Retry-After": "7"})


@route("/retry-after-date")
def _retry_after_date(h: HostileHandler) -> None:
    h.respond(429, b"slow down", extra={"Retry-After": formatdate(time.time() + 120, usegmt=True)})


@route("/retry-after-garbage")
def _retry_after_garbage(h: HostileHandler) -> None:
    h.respond(503, b"busy", extra={"Retry-After": "soon-ish"})


__all__ = ["ARTICLE", "BIG_PAGE_SIZE", "BOMB_DECODED_SIZE", "ROUTES", "HostileServer"]
