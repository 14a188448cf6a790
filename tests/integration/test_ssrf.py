"""SSRF probes: every loopback spelling, redirect and private range is refused before a connection is made.

Live probes only ever target loopback, each with a real server listening there, so a missing check would show up
as a fetched page. An autouse fixture fails the test on any connection outside 127.0.0.0/8 and ::1.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from ipaddress import IPv4Address, IPv6Address, ip_address
from typing import Any

import pytest
import redis
from hostile.server import HostileServer
from support.events import wait_event_for_job
from support.settings import make_settings

from schemas.article import ArticleRecord
from worker.broker.enqueue import enqueue
from worker.errors import BlockedDestination, WireroomError
from worker.fetch.fetch import fetch, make_session
from worker.parse import parse_article
from worker.settings import Settings

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_loopback(address: object) -> bool:
    if not isinstance(address, tuple):
        return True  # AF_UNIX paths
    try:
        ip = ip_address(str(address[0]).split("%", 1)[0])
    except ValueError:
        return False
    if isinstance(ip, IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_loopback


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Fail the test on any connection to a non-loopback destination (a broken guard must not reach it)."""
    refused: list[object] = []

    def connect(self: socket.socket, address: Any) -> None:
        if not _is_loopback(address):
            refused.append(address)
            raise AssertionError(f"test tried to connect to non-loopback {address!r}")
        _real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if not _is_loopback(address):
            refused.append(address)
            raise AssertionError(f"test tried to connect to non-loopback {address!r}")
        return _real_connect_ex(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    yield refused
    assert not refused


class _V6Server(HostileServer):
    address_family = socket.AF_INET6


@pytest.fixture(scope="module")
def target() -> Iterator[HostileServer]:
    """The server a successful SSRF would reach: 127.0.0.1, serving an article."""
    with HostileServer() as srv:
        yield srv


@pytest.fixture(scope="module")
def target_v6(target: HostileServer) -> Iterator[HostileServer]:
    """The same on ::1 (same port when free, so one allowed port covers both)."""
    try:
        srv = _V6Server("::1", target.port)
    except OSError:
        srv = _V6Server("::1", 0)
    with srv:
        yield srv


@pytest.fixture(scope="module")
def relay(target: HostileServer) -> Iterator[HostileServer]:
    """An allow-listed 'public' host (127.0.0.2) whose pages redirect to the target."""
    with HostileServer("127.0.0.2", target.port) as srv:
        yield srv


def strict(*ports: int, **overrides: Any) -> Settings:
    """Default SSRF policy (no allow list) with the test ports open, so the ADDRESS check is what refuses."""
    return Settings(
        fetch_allowed_ports=",".join(map(str, ports)), fetch_deadline=5.0, respect_robots=False, **overrides
    )


def attempt(url: str, settings: Settings) -> object:
    with make_session(settings) as session:
        try:
            page = fetch(url, session, settings)
            return parse_article(page.body, page.url, page.headers)
        except WireroomError as exc:
            return exc


LOOPBACK_SPELLINGS = [
    "127.0.0.1",
    "localhost",
    "127.0.0.1.",
    "2130706433",
    "0177.0.0.1",
    "0x7f.0.0.1",
    "0x7f000001",
    "127.1",
    "127.0.1",
    "127.000.000.001",
    "0.0.0.0",
    "0",
    "[::ffff:127.0.0.1]",
    "[0:0:0:0:0:ffff:7f00:1]",
]


@pytest.mark.parametrize("host", LOOPBACK_SPELLINGS)
def test_loopback_spelling_is_refused(target: HostileServer, host: str) -> None:
    # Given a real server on 127.0.0.1 and the default policy (only the port opened)
    before = len(target.hits)
    # When fetching it through a spelling of loopback
    result = attempt(f"http://{host}:{target.port}/ok", strict(target.port))
    # Then a permanent BlockedDestination about the address, and the server saw nothing
    assert isinstance(result, BlockedDestination), result
    assert not result.retryable
    assert "address" in result.message
    assert len(target.hits) == before


def test_ipv6_loopback_is_refused(target_v6: HostileServer) -> None:
    before = len(target_v6.hits)
    result = attempt(f"http://[::1]:{target_v6.port}/ok", strict(target_v6.port))
    assert isinstance(result, BlockedDestination), result
    assert len(target_v6.hits) == before


def test_other_loopback_address_is_refused(relay: HostileServer) -> None:
    before = len(relay.hits)
    result = attempt(relay.url("/ok", host="127.0.0.2"), strict(relay.port))
    assert isinstance(result, BlockedDestination), result
    assert len(relay.hits) == before


@pytest.mark.parametrize(
    "to",
    ["http://127.0.0.1:{port}/ok", "http://localhost:{port}/ok", "http://2130706433:{port}/ok", "http://[::1]:{port}/ok",
     "http://0x7f.0.0.1:{port}/ok", "http://127.0.0.2:{port}/hop?to=http://127.0.0.1:{port}/ok"],
)  # fmt: skip
def test_redirect_from_allowed_host_to_loopback_is_refused(
    target: HostileServer, target_v6: HostileServer, relay: HostileServer, to: str
) -> None:
    # Given an allow list with only the relay host (127.0.0.2), which redirects to the target
    settings = strict(target.port, target_v6.port, fetch_allow_networks="127.0.0.2/32")
    relay_hits, target_hits, v6_hits = len(relay.hits), len(target.hits), len(target_v6.hits)
    # When fetching the relay's redirect
    result = attempt(relay.url(f"/hop?to={to.format(port=target.port)}", host="127.0.0.2"), settings)
    # Then the relay was asked, the hop to loopback was refused, and the target saw nothing
    assert isinstance(result, BlockedDestination), result
    assert len(relay.hits) > relay_hits
    assert len(target.hits) == target_hits
    assert len(target_v6.hits) == v6_hits


def test_allow_list_makes_the_same_server_reachable(target: HostileServer) -> None:
    # Given the operator's allow list naming loopback
    settings = strict(target.port, fetch_allow_networks="127.0.0.0/8")
    # Then the very server the probes could not reach serves its article
    for host in ("127.0.0.1", "localhost", "2130706433", "0x7f.0.0.1", "127.1", "[::ffff:127.0.0.1]"):
        assert isinstance(attempt(f"http://{host}:{target.port}/ok", settings), ArticleRecord), host


def test_disallowed_port_is_refused(target: HostileServer) -> None:
    result = attempt(f"http://127.0.0.1:{target.port}/ok", Settings(respect_robots=False))
    assert isinstance(result, BlockedDestination)


@pytest.mark.parametrize(
    "url",
    [
        "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://100.100.100.200/latest/meta-data/",
        "http://10.0.0.1/",
        "http://172.16.0.1/",
        "http://192.168.0.1/",
        "http://100.64.0.1/",
        "http://0251.0376.0251.0376/",
        "http://2852039166/",
        "http://[::ffff:169.254.169.254]/",
        "http://[64:ff9b::a9fe:a9fe]/",
        "http://[2002:a9fe:a9fe::]/",
        "http://[fe80::1]/",
        "http://224.0.0.1/",
    ],
)
def test_private_and_metadata_ranges_refused_without_connecting(url: str, _loopback_only: list[object]) -> None:
    # The autouse fixture fails this test if any connection to these is even attempted
    result = attempt(url, Settings(respect_robots=False))
    assert isinstance(result, BlockedDestination), result
    assert not _loopback_only


def test_name_resolving_to_metadata_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a DNS name that resolves (as rebinding would) only to the metadata address and a private one
    real = socket.getaddrinfo

    def resolve(host: str, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host == "metadata.example":
            return [
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", (str(IPv4Address("169.254.169.254")), port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.1.2.3", port)),
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    # Then the connect-time check refuses every candidate
    result = attempt("http://metadata.example/latest/meta-data/", Settings(respect_robots=False))
    assert isinstance(result, BlockedDestination), result
    assert "169.254.169.254" in result.message or "10.1.2.3" in result.message


@pytest.mark.integration
def test_worker_publishes_failed_event_for_ssrf_probe(
    target: HostileServer, prefix: str, redis_client: redis.Redis, worker_factory: Any
) -> None:
    # Given a real worker with the default SSRF policy (no allow list; only the target's port opened)
    overrides = {"fetch_allow_networks": [], "fetch_allowed_ports": [80, 443, target.port]}
    worker_factory(prefix, target.port, concurrency=1, **overrides)
    settings = make_settings(prefix, target.port, **overrides)
    before = len(target.hits)
    # When jobs for loopback spellings are queued
    jobs = [enqueue(f"http://{host}:{target.port}/ok", settings=settings) for host in ("127.0.0.1", "2130706433")]
    # Then each ends in one failed event naming BlockedDestination, and the target saw nothing
    for job_id in jobs:
        event = wait_event_for_job(redis_client, settings.events_stream, job_id, timeout=60)
        assert event.type == "wireroom.article.failed"
        assert event.data.error.type == "BlockedDestination"
        assert event.data.error.retryable is False
    assert len(target.hits) == before


def test_session_refuses_proxies(target: HostileServer) -> None:
    settings = strict(target.port, fetch_allow_networks="127.0.0.0/8")
    with make_session(settings) as session, pytest.raises(BlockedDestination, match="proxy"):
        session.get(target.url("/ok"), proxies={"http": f"http://127.0.0.1:{target.port}"}, timeout=2)
