"""robots.txt rules per origin (RFC 9309), parsed by Protego, fetched through the guarded session and cached.

Outcomes of fetching ``/robots.txt``: 2xx → its rules; other 4xx → everything allowed; 429, 5xx, a timeout or a
connection failure → "unreachable": everything disallowed for now, raised as a retryable error and remembered
for a short while. A disallowed URL raises ``BlockedDestination`` (permanent) saying robots.txt. A
``Crawl-delay`` for wireroom's user agent is reported (capped by ``robots_max_crawl_delay``) so the host gate
can space requests by it.

The cache is in-process (LRU with a TTL) and, when a Redis client is given, shared through Redis too.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import redis
import requests
from protego import Protego

from worker.errors import (
    BlockedDestination,
    ConnectionFailed,
    FetchTimeout,
    InvalidURL,
    RetryableError,
    UpstreamUnavailable,
    WireroomError,
)
from worker.fetch.deadline import enforced as deadline_enforced
from worker.store import keys

if TYPE_CHECKING:
    from worker.settings import Settings

ROBOTS_MAX_BYTES = 512 * 1024
"""RFC 9309 asks parsers to read at least 500 KiB; the rest is ignored."""


@dataclass
class _Entry:
    """What is known of one origin's robots.txt: rules (or None for allow-all), or unreachable."""

    body: str | None
    unreachable: bool
    expires: float

    @cached_property
    def rules(self) -> Protego | None:
        """The parsed rules, or None when everything is allowed."""
        return Protego.parse(self.body) if self.body is not None else None


class RobotsCache:
    """Answers "may this URL be fetched?" for wireroom's user agent.

    Parameters:
        session: the guarded ``requests.Session`` fetches go through (the SSRF guard applies to robots.txt too).
        settings: ``user_agent``, ``key_prefix``, ``fetch_connect_timeout``, ``respect_robots`` and
            ``robots_max_crawl_delay`` are used.
        client: optional Redis connection to share the cache between workers.
        ttl: how long fetched rules are kept; ``unreachable_ttl``: how long an unreachable robots.txt is.
    """

    def __init__(
        self,
        session: requests.Session,
        settings: Settings,
        *,
        client: redis.Redis | None = None,
        ttl: float = 3600.0,
        unreachable_ttl: float = 60.0,
        maxsize: int = 1024,
        timeout: float = 5.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._session = session
        self._enabled = settings.respect_robots
        self._user_agent = settings.user_agent
        self._agent_token = settings.user_agent.split("/", 1)[0].strip() or "*"
        self._prefix = settings.key_prefix
        self._max_crawl_delay = settings.robots_max_crawl_delay
        self._client = client
        self._ttl = ttl
        self._unreachable_ttl = unreachable_ttl
        self._maxsize = maxsize
        self._timeout = (min(timeout, settings.fetch_connect_timeout), timeout)
        self._clock = clock
        self._entries: OrderedDict[str, _Entry] = OrderedDict()

    def check(self, url: str) -> None:
        """Refuse ``url`` if its origin's robots.txt disallows it for wireroom, or cannot be read right now.

        Raises:
            BlockedDestination: robots.txt disallows the URL (or its host is itself a blocked destination).
            UpstreamUnavailable, FetchTimeout, ConnectionFailed: robots.txt is unreachable (retry later).
            InvalidURL: the URL has no scheme or host.
        """
        if not self._enabled:
            return
        origin = _origin(url)
        entry = self._entry(origin)
        if entry.unreachable:
            raise UpstreamUnavailable(
                f"robots.txt of {origin} is unreachable; not fetching for now",
                url=url,
                retry_after=max(1.0, entry.expires - self._clock()),
            )
        if entry.rules is not None and not entry.rules.can_fetch(url, self._agent_token):
            raise BlockedDestination(f"robots.txt of {origin} disallows this URL", url=url)

    def crawl_delay(self, url: str) -> float | None:
        """The Crawl-delay robots.txt asks of wireroom for this URL's origin, capped by ``robots_max_crawl_delay``;
        None when there is none or the rules are not cached in this process (``check`` caches them)."""
        if not self._enabled:
            return None
        entry = self._entries.get(_origin(url))
        if entry is None or entry.rules is None:
            return None
        delay = entry.rules.crawl_delay(self._agent_token)
        if delay is None or not float(delay) >= 0:  # absent, negative or NaN
            return None
        return min(float(delay), self._max_crawl_delay)

    def _entry(self, origin: str) -> _Entry:
        now = self._clock()
        entry = self._entries.get(origin)
        if entry is None or entry.expires <= now:
            entry = self._shared_get(origin, now) or self._fetch(origin, now)
            self._entries[origin] = entry
            while len(self._entries) > self._maxsize:
                self._entries.popitem(last=False)
        self._entries.move_to_end(origin)
        return entry

    def _fetch(self, origin: str, now: float) -> _Entry:
        try:
            body, status = self._download(f"{origin}/robots.txt")
        except RetryableError:
            entry = _Entry(None, True, now + self._unreachable_ttl)
        else:
            if 200 <= status < 300:
                entry = _Entry(body, False, now + self._ttl)
            elif status == 429 or status >= 500:
                entry = _Entry(None, True, now + self._unreachable_ttl)
            else:  # 4xx (and any odd status): "unavailable", everything allowed
                entry = _Entry(None, False, now + self._ttl)
        self._shared_put(origin, entry, now)
        return entry

    def _download(self, robots_url: str) -> tuple[str, int]:
        try:
            with (
                deadline_enforced(self._timeout[1] * 2, url=robots_url),
                self._session.get(
                    robots_url,
                    timeout=self._timeout,
                    stream=True,
                    allow_redirects=True,
                    headers={"User-Agent": self._user_agent},
                ) as response,
            ):
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_content(16384):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size >= ROBOTS_MAX_BYTES:
                        break
                data = b"".join(chunks)[:ROBOTS_MAX_BYTES]
                return data.decode("utf-8", "replace"), response.status_code
        except WireroomError:
            raise
        except requests.Timeout as exc:
            raise FetchTimeout(f"robots.txt timed out: {exc}", url=robots_url) from exc
        except requests.TooManyRedirects as exc:
            # RFC 9309: more than five redirects may be treated as unavailable (allow all)
            del exc
            return "", 404
        except (requests.RequestException, OSError) as exc:
            raise ConnectionFailed(f"robots.txt unreachable: {exc}", url=robots_url) from exc

    def _shared_key(self, origin: str) -> str:
        return keys.robots(self._prefix, origin)

    def _shared_get(self, origin: str, now: float) -> _Entry | None:
        if self._client is None:
            return None
        try:
            raw = self._client.get(self._shared_key(origin))
        except redis.RedisError:
            return None
        if raw is None:
            return None
        try:
            data = json.loads(raw)
            return _Entry(data["body"], bool(data["unreachable"]), float(data["expires"]))
        except (ValueError, KeyError, TypeError):
            return None

    def _shared_put(self, origin: str, entry: _Entry, now: float) -> None:
        if self._client is None:
            return
        payload = json.dumps({"body": entry.body, "unreachable": entry.unreachable, "expires": entry.expires})
        with contextlib.suppress(redis.RedisError):
            self._client.set(self._shared_key(origin), payload, px=max(1, round((entry.expires - now) * 1000)))


def _origin(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidURL(f"not an absolute http(s) URL: {url!r}", url=url)
    return f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1].lower()}"


__all__ = ["ROBOTS_MAX_BYTES", "RobotsCache"]
