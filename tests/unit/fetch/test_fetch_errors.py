"""fetch(): every HTTP outcome maps to the right page or typed error, against a real server on 127.0.0.1."""

from __future__ import annotations

import gzip
import socket
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import pytest
import requests
import urllib3.exceptions
from support.http import HTML, Reply, TestHTTPServer, page

from worker.errors import (
    ConnectionFailed,
    FetchTimeout,
    InvalidURL,
    NotHTML,
    PageGone,
    TooLarge,
    TooManyRedirects,
    UpstreamUnavailable,
)
from worker.fetch.fetch import fetch, make_session, map_requests_errors, parse_retry_after
from worker.fetch.netguard import AddressPolicy, GuardedAdapter
from worker.settings import Settings


@pytest.fixture(scope="module")
def settings(http_server: TestHTTPServer) -> Settings:
    return Settings(
        fetch_allow_networks=["127.0.0.0/8", "::1/128"],
        fetch_allowed_ports=[http_server.port],
        fetch_connect_timeout=1.0,
        fetch_read_timeout=1.0,
        fetch_deadline=2.5,
        fetch_max_bytes=50_000,
        fetch_max_redirects=3,
        respect_robots=False,
        host_min_delay=0,
        user_agent="wireroom-test/1.0",
    )


@pytest.fixture
def session(settings: Settings) -> Iterator[requests.Session]:
    with make_session(settings) as s:
        yield s


def test_html_page_is_returned_with_headers_and_body(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    # Given a page served as HTML with a charset
    url, route = http_server.unique(page("service-latin1.html", headers={"Content-Type": "text/html; charset=latin-1"}))
    # When it is fetched
    fetched = fetch(url, session, settings)
    # Then the body, status and charset header come back unchanged
    assert fetched.status == 200
    assert fetched.body.startswith(b"<!DOCTYPE html>")
    assert fetched.headers["content-type"] == "text/html; charset=latin-1"
    assert fetched.url == url and fetched.redirects == ()
    assert len(route.hits) == 1


def test_user_agent_comes_from_settings(http_server: TestHTTPServer, settings: Settings) -> None:
    seen: list[str] = []

    class Recording(GuardedAdapter):
        def send(self, request: requests.PreparedRequest, **kwargs: Any) -> requests.Response:
            seen.append(str(request.headers.get("User-Agent")))
            return super().send(request, **kwargs)

    url, _ = http_server.unique(page("service-article.html"))
    with make_session(settings, Recording(AddressPolicy.from_settings(settings))) as session:
        fetch(url, session, settings)
    assert seen == ["wireroom-test/1.0"]


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451])
def test_client_errors_are_page_gone(
    status: int, http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    url, _ = http_server.unique(Reply(status=status, body=b"<html>no</html>"))
    with pytest.raises(PageGone, match=f"HTTP {status}") as caught:
        fetch(url, session, settings)
    assert caught.value.url == url and not caught.value.retryable


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_are_upstream_unavailable(
    status: int, http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    url, _ = http_server.unique(Reply(status=status, body=b"busy"))
    with pytest.raises(UpstreamUnavailable) as caught:
        fetch(url, session, settings)
    assert caught.value.retryable and caught.value.retry_after is None


def test_retry_after_seconds_is_carried(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    url, _ = http_server.unique(Reply(status=503, headers={"Retry-After": "17"}))
    with pytest.raises(UpstreamUnavailable) as caught:
        fetch(url, session, settings)
    assert caught.value.retry_after == 17.0


def test_retry_after_http_date_is_carried(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=120), usegmt=True)
    url, _ = http_server.unique(Reply(status=429, headers={"Retry-After": when}))
    with pytest.raises(UpstreamUnavailable) as caught:
        fetch(url, session, settings)
    assert caught.value.retry_after is not None and 100 < caught.value.retry_after <= 120


def test_parse_retry_after_forms() -> None:
    now = datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_retry_after("5", now) == 5.0
    assert parse_retry_after("Mon, 01 Jan 2024 00:01:00 GMT", now) == 60.0
    assert parse_retry_after("Sun, 31 Dec 2023 00:00:00 GMT", now) == 0.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after(None, now) is None


def test_unlisted_5xx_is_permanent(http_server: TestHTTPServer, session: requests.Session, settings: Settings) -> None:
    url, _ = http_server.unique(Reply(status=501))
    with pytest.raises(PageGone):
        fetch(url, session, settings)


def test_redirects_are_followed_by_hand(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    final, _ = http_server.unique(page("service-article.html"))
    middle, _ = http_server.unique(Reply(status=302, headers={"Location": final}))
    first, _ = http_server.unique(Reply(status=301, headers={"Location": middle.replace(http_server.url(""), "")}))
    fetched = fetch(first, session, settings)
    assert fetched.url == final
    assert fetched.redirects == (middle, final)
    assert fetched.requested_url == first


def test_redirect_loop_is_detected(http_server: TestHTTPServer, session: requests.Session, settings: Settings) -> None:
    a = http_server.url("/loop/a")
    b = http_server.url("/loop/b")
    http_server.add("/loop/a", Reply(status=302, headers={"Location": b}))
    http_server.add("/loop/b", Reply(status=307, headers={"Location": a}))
    with pytest.raises(TooManyRedirects, match="loop"):
        fetch(a, session, settings)


def test_redirect_chain_over_the_limit(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    target, _ = http_server.unique(page("service-article.html"))
    for _ in range(settings.fetch_max_redirects + 1):
        target, _ = http_server.unique(Reply(status=302, headers={"Location": target}))
    with pytest.raises(TooManyRedirects, match="more than 3"):
        fetch(target, session, settings)


def test_each_redirect_hop_is_revalidated(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    url, _ = http_server.unique(Reply(status=302, headers={"Location": "file:///etc/passwd"}))
    with pytest.raises(InvalidURL, match="scheme"):
        fetch(url, session, settings)


def test_non_html_content_type_is_refused(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    url, _ = http_server.unique(Reply(body=b"%PDF-1.7", headers={"Content-Type": "application/pdf"}))
    with pytest.raises(NotHTML, match="application/pdf"):
        fetch(url, session, settings)


def test_xhtml_is_accepted(http_server: TestHTTPServer, session: requests.Session, settings: Settings) -> None:
    url, _ = http_server.unique(page("service-article.html", headers={"Content-Type": "application/xhtml+xml"}))
    assert fetch(url, session, settings).status == 200


def test_missing_content_type_is_sniffed(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    html_url, _ = http_server.unique(page("service-article.html", headers={}))
    binary_url, _ = http_server.unique(Reply(body=b"\x89PNG\r\n\x1a\n" + bytes(200), headers={}))
    assert fetch(html_url, session, settings).body.startswith(b"<!DOCTYPE")
    with pytest.raises(NotHTML, match="does not look like HTML"):
        fetch(binary_url, session, settings)


def test_body_over_the_cap_is_too_large(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    url, _ = http_server.unique(Reply(body=b"<html>" + b"x" * 60_000, chunks=8))
    with pytest.raises(TooLarge):
        fetch(url, session, settings)


def test_cap_counts_decoded_bytes(http_server: TestHTTPServer, session: requests.Session, settings: Settings) -> None:
    # Given a gzip body far under the cap on the wire but far over it decoded
    bomb = gzip.compress(b"<html>" + b" " * 5_000_000)
    assert len(bomb) < settings.fetch_max_bytes
    url, _ = http_server.unique(Reply(body=bomb, headers={"Content-Type": HTML, "Content-Encoding": "gzip"}))
    # Then it is refused as too large, without decoding it all
    with pytest.raises(TooLarge, match="decoded"):
        fetch(url, session, settings)


def test_gzip_body_is_decoded(http_server: TestHTTPServer, session: requests.Session, settings: Settings) -> None:
    raw = b"<html><body><p>compressed</p></body></html>"
    url, _ = http_server.unique(
        Reply(body=gzip.compress(raw), headers={"Content-Type": HTML, "Content-Encoding": "gzip"})
    )
    assert fetch(url, session, settings).body == raw


def test_slow_headers_are_a_read_timeout(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    url, _ = http_server.unique(Reply(body=b"<html></html>", delay=settings.fetch_read_timeout + 0.5))
    with pytest.raises(FetchTimeout):
        fetch(url, session, settings)


def test_dripping_body_hits_the_deadline(
    http_server: TestHTTPServer, session: requests.Session, settings: Settings
) -> None:
    # Given a body sent in small pieces, each under the read timeout, together over the deadline
    url, _ = http_server.unique(Reply(body=b"<html>" + b"y" * 30_000, chunks=10, drip=0.4))
    started = time.monotonic()
    with pytest.raises(FetchTimeout, match="deadline"):
        fetch(url, session, settings)
    assert time.monotonic() - started < settings.fetch_deadline + settings.fetch_read_timeout + 0.5


def test_refused_connection_is_connection_failed(session: requests.Session, settings: Settings) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    allowed = settings.model_copy(update={"fetch_allowed_ports": [port]})
    with make_session(allowed) as own, pytest.raises(ConnectionFailed):
        fetch(f"http://127.0.0.1:{port}/", own, allowed)


def test_invalid_url_is_refused_before_any_request(session: requests.Session, settings: Settings) -> None:
    with pytest.raises(InvalidURL):
        fetch("gopher://example.com/", session, settings)


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (requests.ConnectTimeout("c"), FetchTimeout),
        (requests.ReadTimeout("r"), FetchTimeout),
        (urllib3.exceptions.ReadTimeoutError(None, "/", "slow"), FetchTimeout),  # type: ignore[arg-type]
        (requests.ConnectionError("reset"), ConnectionFailed),
        (requests.exceptions.SSLError("tls"), ConnectionFailed),
        (requests.exceptions.ChunkedEncodingError("cut"), ConnectionFailed),
        (urllib3.exceptions.ProtocolError("cut"), ConnectionFailed),
        (ConnectionResetError(104, "reset"), ConnectionFailed),
        (requests.TooManyRedirects("many"), TooManyRedirects),
        (requests.exceptions.InvalidURL("bad"), InvalidURL),
        (urllib3.exceptions.LocationParseError("bad"), InvalidURL),
        (requests.exceptions.ContentDecodingError("zlib"), NotHTML),
        (PageGone("kept"), PageGone),
    ],
)
def test_map_requests_errors(raised: Exception, expected: type[Exception]) -> None:
    with pytest.raises(expected) as caught, map_requests_errors("http://example.com/"):
        raise raised
    assert getattr(caught.value, "url", None) == ("http://example.com/" if expected is not PageGone else None)
