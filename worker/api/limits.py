"""Request limits of the API: a body-size cap (declared and streamed) and a per-client token bucket in Redis."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import redis
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from worker.store import keys, scripts

log = logging.getLogger(__name__)

BODYLESS_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "DELETE"})


async def refuse(send: Send, status: int, detail: str, extra: Sequence[tuple[bytes, bytes]] = ()) -> None:
    """Answer ``status`` with ``{"detail": detail}`` and close the connection (before the app sees the request)."""
    body = json.dumps({"detail": detail}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"connection", b"close"),
        *extra,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimitMiddleware:
    """Refuses bodies over ``max_bytes`` with 413: at once on a larger Content-Length, else while reading.

    The body is read here, up to the cap, and replayed to the app: a chunked upload cannot slip past.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in BODYLESS_METHODS:
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None:
            if not declared.isdigit():
                await refuse(send, 400, "invalid Content-Length")
                return
            if int(declared) > self.max_bytes:
                await refuse(send, 413, f"request body over {self.max_bytes} bytes")
                return
        chunks: list[bytes] = []
        total = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            total += len(chunk)
            if total > self.max_bytes:
                await refuse(send, 413, f"request body over {self.max_bytes} bytes")
                return
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        await self.app(scope, _replay(b"".join(chunks), receive), send)


def _replay(body: bytes, receive: Receive) -> Receive:
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if not delivered:
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


@dataclass(frozen=True)
class Decision:
    """The rate limiter's answer for one request."""

    allowed: bool
    retry_after: float = 0.0


class RateLimiter:
    """A token bucket per client key in Redis: ``rate`` requests per second, bursts of ``burst``.

    Fails open: when Redis cannot be asked, the request is allowed (and the endpoint's own Redis call
    will answer 503 anyway).
    """

    def __init__(self, client: redis.Redis, *, key_prefix: str, rate: float, burst: int) -> None:
        self._script = scripts.register(client, "token_bucket")
        self._prefix = key_prefix
        self.rate = rate
        self.burst = burst

    def check(self, client_key: str) -> Decision:
        """Take one token for ``client_key``. Never raises."""
        try:
            reply: Any = self._script(keys=[keys.rate_limit(self._prefix, client_key)], args=[self.rate, self.burst])
        except redis.RedisError as exc:
            log.warning("rate limiter unavailable, allowing request: %s", exc)
            return Decision(True)
        return Decision(bool(int(reply[0])), float(reply[1]))


__all__ = ["BodyLimitMiddleware", "Decision", "RateLimiter", "refuse"]
