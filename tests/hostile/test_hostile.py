"""Hostile servers: every misbehaviour ends in the right typed outcome of fetch + parse_article, in time and memory."""

from __future__ import annotations

import time
import tracemalloc
from collections.abc import Iterator

import pytest
import requests

from hostile.server import BIG_PAGE_SIZE, BOMB_DECODED_SIZE, HostileServer
from schemas.article import ArticleRecord
from worker.errors import (
    ConnectionFailed,
    FetchTimeout,
    InvalidURL,
    NoArticleContent,
    NotHTML,
    PageGone,
    TooLarge,
    TooManyRedirects,
    UpstreamUnavailable,
    WireroomError,
)
from worker.fetch.fetch import fetch, make_session
from worker.parse import parse_article
from worker.settings import Settings

DEADLINE = 3.0
SLACK = 2.5
MAX_BYTES = 8_000_000

Outcome = type[WireroomError] | type[ArticleRecord] | tuple[type[WireroomError] | type[ArticleRecord], ...]


@pytest.fixture(scope="module")
def server() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def settings(server: HostileServer) -> Settings:
    return Settings(
        fetch_allow_networks="127.0.0.0/8",
        fetch_allowed_ports=str(server.port),
        fetch_connect_timeout=1.0,
        fetch_read_timeout=1.0,
        fetch_deadline=DEADLINE,
        fetch_max_bytes=MAX_BYTES,
        fetch_max_redirects=5,
        respect_robots=False,
    )


@pytest.fixture(scope="module")
def session(settings: Settings) -> Iterator[requests.Session]:
    with make_session(settings) as sess:
        yield sess


def run(url: str, session: requests.Session, settings: Settings) -> ArticleRecord:
    """The worker's path for one URL, minus publishing: fetch, then parse."""
    page = fetch(url, session, settings)
    return parse_article(page.body, page.url, page.headers)


def outcome_of(url: str, session: requests.Session, settings: Settings) -> tuple[object, float]:
    started = time.monotonic()
    try:
        result: object = run(url, session, settings)
    except WireroomError as exc:
        result = exc
    return result, time.monotonic() - started


CASES: list[tuple[str, Outcome]] = [
    # reference
    ("/ok", ArticleRecord),
    ("/gzip-article", ArticleRecord),
    ("/xhtml", ArticleRecord),
    ("/no-content-type-html", ArticleRecord),
    # slow, stalled
    ("/trickle", FetchTimeout),
    ("/trickle-chunked", FetchTimeout),
    ("/trickle-headers", FetchTimeout),
    ("/never", FetchTimeout),
    ("/stall-after-headers", FetchTimeout),
    # broken framing
    ("/close-mid-body", ConnectionFailed),
    ("/close-mid-chunk", ConnectionFailed),
    ("/length-too-short", (ArticleRecord, NoArticleContent)),
    ("/length-not-a-number", ArticleRecord),  # ignored, read to the end, like browsers
    ("/no-status-line", ConnectionFailed),
    ("/close-at-once", ConnectionFailed),
    ("/huge-header", ConnectionFailed),
    ("/many-headers", ConnectionFailed),
    # size and compression
    ("/gzip-bomb", TooLarge),
    ("/deflate-bomb", TooLarge),
    ("/gzip-bomb-chunked", TooLarge),
    ("/gzip-invalid", NotHTML),
    ("/big", TooLarge),
    ("/big-chunked", TooLarge),
    # redirects
    ("/loop", TooManyRedirects),
    ("/loop-a", TooManyRedirects),
    ("/chain?n=3", ArticleRecord),
    ("/chain?n=4", ArticleRecord),  # exactly 5 redirects
    ("/chain?n=5", TooManyRedirects),
    ("/chain?n=40", TooManyRedirects),
    ("/to-file", InvalidURL),
    ("/to-ftp", InvalidURL),
    ("/to-javascript", InvalidURL),
    ("/to-data", InvalidURL),
    ("/redirect-no-location", PageGone),
    # content and encodings
    ("/charset-wrong", ArticleRecord),
    ("/charset-bogus", ArticleRecord),
    ("/charset-missing-meta-sjis", ArticleRecord),
    ("/mixed-encodings", ArticleRecord),
    ("/utf16", ArticleRecord),
    ("/binary-as-html", NotHTML),
    ("/png-as-html", NotHTML),
    ("/empty", NotHTML),
    ("/whitespace", NotHTML),
    ("/no-content", NotHTML),
    ("/deep-nesting", TooLarge),  # 100,000 nested elements: over the parser's element budget
    ("/huge-attributes", ArticleRecord),
    ("/many-links", ArticleRecord),
    ("/no-article", NoArticleContent),
    ("/no-content-type-binary", NotHTML),
    ("/pdf", NotHTML),
    ("/json", NotHTML),
    ("/image", NotHTML),
    ("/octet-stream-html", NotHTML),
    # statuses
    *[(f"/status/{code}", PageGone) for code in (400, 401, 403, 404, 405, 410, 418, 451, 501)],
    *[(f"/status/{code}", UpstreamUnavailable) for code in (408, 429, 500, 502, 503, 504, 520)],
    ("/status/599", PageGone),
    ("/retry-after-garbage", UpstreamUnavailable),
]


BUDGET: dict[str, float] = {}
PARAMS = [pytest.param(path, expected, id=path) for path, expected in CASES]


@pytest.mark.parametrize(("path", "expected"), PARAMS)
def test_hostile_case_has_typed_outcome_in_time(
    server: HostileServer, session: requests.Session, settings: Settings, path: str, expected: Outcome
) -> None:
    # Given a server misbehaving at `path`
    # When the worker's fetch + parse runs on it
    result, elapsed = outcome_of(server.url(path), session, settings)
    # Then the outcome is the expected type (never an untyped exception), within the fetch deadline
    assert isinstance(result, expected), f"{path}: got {result!r}"
    assert elapsed < BUDGET.get(path, DEADLINE + SLACK), f"{path}: took {elapsed:.1f}s"


def test_retry_after_seconds_is_honoured(server: HostileServer, session: requests.Session, settings: Settings) -> None:
    result, _ = outcome_of(server.url("/retry-after-seconds"), session, settings)
    assert isinstance(result, UpstreamUnavailable)
    assert result.retry_after == 7


def test_retry_after_http_date_is_honoured(
    server: HostileServer, session: requests.Session, settings: Settings
) -> None:
    result, _ = outcome_of(server.url("/retry-after-date"), session, settings)
    assert isinstance(result, UpstreamUnavailable)
    assert result.retry_after is not None
    assert 100 <= result.retry_after <= 121


def test_head_less_server_is_fetched_with_get(
    server: HostileServer, session: requests.Session, settings: Settings
) -> None:
    # Given a server that answers 405 to HEAD
    assert session.head(server.url("/ok"), timeout=2).status_code == 405
    # Then fetching still works (no HEAD probe is needed)
    result, _ = outcome_of(server.url("/ok"), session, settings)
    assert isinstance(result, ArticleRecord)


def test_redirect_to_disallowed_port_is_refused(server: HostileServer, session: requests.Session) -> None:
    # With no allow list the loopback redirect target is refused before any connection to it is made
    strict = Settings(fetch_deadline=DEADLINE, fetch_allowed_ports=str(server.port))
    with make_session(strict) as guarded:
        result, _ = outcome_of(server.url("/to-gopher-port"), guarded, strict)
    assert isinstance(result, WireroomError) and not result.retryable


@pytest.mark.parametrize("path", ["/gzip-bomb", "/deflate-bomb", "/gzip-bomb-chunked", "/big", "/big-chunked"])
def test_big_cases_stay_small_in_memory(
    server: HostileServer, session: requests.Session, settings: Settings, path: str
) -> None:
    # Given a response that decodes to 50-200 MB
    assert BOMB_DECODED_SIZE > 20 * MAX_BYTES
    assert BIG_PAGE_SIZE > 5 * MAX_BYTES
    tracemalloc.start()
    try:
        result, _ = outcome_of(server.url(path), session, settings)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # Then it is refused as too large, and the fetch never held much more than the cap in memory
    assert isinstance(result, TooLarge)
    assert peak < 4 * MAX_BYTES + 8_000_000, f"peak {peak / 1e6:.1f} MB"
