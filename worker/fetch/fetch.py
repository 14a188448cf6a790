"""Fetch one page over HTTP(S) with hard limits: timeouts, a deadline, a byte cap, checked redirects, HTML only.

Connections are made in one place, ``worker.fetch.netguard.GuardedAdapter`` (mounted by ``make_session``): it checks the
address actually connected to, on every redirect hop, before any byte is sent (SSRF guard). Library exceptions are
translated into ``worker.errors`` types in ``map_requests_errors`` only.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

import requests
import urllib3.exceptions
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict

from worker.errors import (
    ConnectionFailed,
    FetchTimeout,
    InvalidURL,
    NotHTML,
    PageGone,
    TooLarge,
    TooManyRedirects,
    UpstreamUnavailable,
    WireroomError,
)
from worker.fetch.admission import Admission, admitted
from worker.fetch.deadline import enforced as deadline_enforced
from worker.fetch.netguard import AddressPolicy, GuardedAdapter
from worker.fetch.urls import normalize_url
from worker.settings import Settings

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
CHUNK_SIZE = 64 * 1024
SNIFF_BYTES = 1024
_HTML_MARKERS = (b"<!doctype html", b"<html", b"<head", b"<body", b"<title", b"<meta", b"<!--")


@dataclass(frozen=True)
class FetchedPage:
    """One fetched HTML page: the final URL after redirects, the response headers (charset!) and the body."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    requested_url: str
    redirects: tuple[str, ...] = field(default_factory=tuple)
    elapsed: float = 0.0


def make_session(settings: Settings, adapter: HTTPAdapter | None = None) -> requests.Session:
    """A ``requests.Session`` for ``fetch``: wireroom's adapter on http(s), the configured User-Agent, no proxies
    or .netrc taken from the environment (every connection goes through ``GuardedAdapter``)."""
    session = requests.Session()
    session.trust_env = False
    session.max_redirects = settings.fetch_max_redirects
    policy = AddressPolicy.from_settings(settings)
    mounted = adapter or GuardedAdapter(policy, pool_connections=16, pool_maxsize=16, max_retries=0)
    session.mount("http://", mounted)
    session.mount("https://", mounted)
    session.headers.update(
        {
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
            "Accept-Language": "en;q=0.9,*;q=0.5",
        }
    )
    return session


@contextmanager
def map_requests_errors(url: str) -> Iterator[None]:
    """Translate requests/urllib3/socket exceptions raised in the block into ``worker.errors`` types.

    Raises:
        FetchTimeout, ConnectionFailed, TooManyRedirects, InvalidURL, NotHTML: mapped from library errors;
        any ``WireroomError`` raised in the block passes through unchanged.
    """
    try:
        yield
    except WireroomError:
        raise
    except (requests.Timeout, urllib3.exceptions.TimeoutError, TimeoutError) as exc:
        raise FetchTimeout(f"timed out: {exc}", url=url) from exc
    except requests.TooManyRedirects as exc:
        raise TooManyRedirects(str(exc), url=url) from exc
    except (
        requests.exceptions.InvalidURL,
        requests.exceptions.MissingSchema,
        requests.exceptions.InvalidSchema,
        urllib3.exceptions.LocationParseError,
        UnicodeError,
    ) as exc:
        raise InvalidURL(f"cannot request URL: {exc}", url=url) from exc
    except (requests.exceptions.ContentDecodingError, urllib3.exceptions.DecodeError) as exc:
        raise NotHTML(f"undecodable content encoding: {exc}", url=url) from exc
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
        raise ConnectionFailed(f"connection failed: {exc}", url=url) from exc


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delay-seconds or HTTP-date); ``None`` if absent or invalid."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def check_status(response: requests.Response, url: str, retry_codes: frozenset[int]) -> None:
    """Accept a 2xx response.

    Raises:
        UpstreamUnavailable: status in ``retry_codes`` (408/429/5xx), with ``retry_after`` from Retry-After.
        PageGone: any other status outside 2xx.
    """
    status = response.status_code
    if 200 <= status < 300:
        return
    if status in retry_codes:
        retry_after = parse_retry_after(response.headers.get("Retry-After"))
        raise UpstreamUnavailable(f"HTTP {status}", url=url, retry_after=retry_after)
    raise PageGone(f"HTTP {status}", url=url)


def _media_type(headers: Mapping[str, str]) -> str | None:
    value = headers.get("Content-Type")
    if not value or not value.strip():
        return None
    return value.split(";", 1)[0].strip().lower()


def looks_like_html(head: bytes) -> bool:
    """Whether the first bytes of a body look like an HTML document (used when no Content-Type is sent)."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return start.startswith(_HTML_MARKERS) or b"<html" in start[:SNIFF_BYTES]


def _read_body(response: requests.Response, url: str, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > max_bytes and "Content-Encoding" not in response.headers:
        raise TooLarge(f"Content-Length {declared} over the cap of {max_bytes} bytes", url=url)
    chunks: list[bytes] = []
    total = 0
    for chunk in response.raw.stream(CHUNK_SIZE, decode_content=True):
        total += len(chunk)
        if total > max_bytes:
            raise TooLarge(f"body over the cap of {max_bytes} bytes (decoded)", url=url)
        if time.monotonic() > deadline:
            raise FetchTimeout("fetch deadline passed while reading the body", url=url)
        chunks.append(chunk)
    return b"".join(chunks)


def _redirect_target(response: requests.Response, current: str, seen: set[str], hops: int, limit: int) -> str:
    location = response.headers.get("Location", "")
    if not location.strip():
        raise PageGone(f"HTTP {response.status_code} without a Location", url=current)
    target = normalize_url(urljoin(current, location.strip()))
    if target in seen:
        raise TooManyRedirects(f"redirect loop back to {target}", url=current)
    if hops >= limit:
        raise TooManyRedirects(f"more than {limit} redirects", url=current)
    return target


def fetch(url: str, session: requests.Session, settings: Settings, admission: Admission | None = None) -> FetchedPage:
    """Fetch ``url`` (following up to ``settings.fetch_max_redirects`` redirects by hand) and return the page.

    Raises:
        InvalidURL: the URL, or a redirect target, is not a valid http(s) URL.
        FetchTimeout: connect/read timeout, or ``settings.fetch_deadline`` passed.
        ConnectionFailed: DNS failure, refused/reset connection, TLS failure.
        UpstreamUnavailable: a status in ``settings.retry_http_codes`` (``retry_after`` from Retry-After).
        PageGone: another non-2xx status.
        TooManyRedirects: a loop, or more redirects than allowed.
        NotHTML: the content type is not HTML (or, when absent, the body does not look like HTML).
        TooLarge: the decoded body is over ``settings.fetch_max_bytes``.
        BlockedDestination: the SSRF guard refused an address or port (``worker.fetch.netguard``), or robots.txt
            disallows the URL (with ``admission``; checked for every hop, as is the host's politeness slot).
        HostBusy: (with ``admission``) the host's politeness slot did not come free in time.
    """
    started = time.monotonic()
    deadline = started + settings.fetch_deadline
    retry_codes = frozenset(settings.retry_http_codes)
    first = current = normalize_url(url)
    seen = {current}
    hops: list[str] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchTimeout("fetch deadline passed", url=current)
        timeout = (min(settings.fetch_connect_timeout, remaining), min(settings.fetch_read_timeout, remaining))
        with admitted(admission, current), deadline_enforced(remaining, url=current), map_requests_errors(current):
            response = session.get(current, allow_redirects=False, stream=True, timeout=timeout)
            try:
                if response.status_code in REDIRECT_CODES:
                    current = _redirect_target(response, current, seen, len(hops), settings.fetch_max_redirects)
                    seen.add(current)
                    hops.append(current)
                    continue
                check_status(response, current, retry_codes)
                media_type = _media_type(response.headers)
                if media_type is not None and media_type not in HTML_TYPES:
                    raise NotHTML(f"content type {media_type!r} is not HTML", url=current)
                body = _read_body(response, current, settings.fetch_max_bytes, deadline)
            finally:
                response.close()
        if media_type is None and not looks_like_html(body[:SNIFF_BYTES]):
            raise NotHTML("no content type and the body does not look like HTML", url=current)
        return FetchedPage(
            url=current,
            status=response.status_code,
            headers=CaseInsensitiveDict(response.headers),
            body=body,
            requested_url=first,
            redirects=tuple(hops),
            elapsed=time.monotonic() - started,
        )


__all__ = [
    "FetchedPage",
    "check_status",
    "fetch",
    "looks_like_html",
    "make_session",
    "map_requests_errors",
    "parse_retry_after",
]
