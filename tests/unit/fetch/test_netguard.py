"""The SSRF address policy: every blocked range, the allow list, ports and host spellings; no connection made."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from ipaddress import IPv4Address, IPv6Address, ip_address, ip_network
from typing import Any

import pytest

from worker.errors import BlockedDestination
from worker.fetch.netguard import AddressPolicy, check_address, check_port, embedded_ipv4, literal_address
from worker.settings import Settings


@pytest.fixture(autouse=True)
def _no_sockets(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail the test if anything here tries to connect anywhere."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError(f"unit test tried to connect: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


BLOCKED = [
    # IPv4: loopback, RFC 1918, CGNAT, link-local and metadata, this-network, multicast, broadcast, reserved
    "127.0.0.1",
    "127.255.255.254",
    "10.0.0.1",
    "10.255.255.255",
    "172.16.0.1",
    "172.31.255.254",
    "192.168.1.1",
    "100.64.0.1",
    "100.127.255.254",
    "169.254.169.254",
    "169.254.0.1",
    "0.0.0.0",
    "0.1.2.3",
    "224.0.0.1",
    "224.0.1.1",  # is_global says True on some Pythons: the denylist catches it
    "239.255.255.250",
    "255.255.255.255",
    "240.0.0.1",
    # IETF, documentation and benchmark ranges
    "192.0.0.1",
    "192.0.0.9",
    "192.0.2.1",
    "198.51.100.7",
    "203.0.113.9",
    "198.18.0.1",
    "198.19.255.255",
    "192.88.99.1",
    # IPv6: loopback, unspecified, ULA (incl. AWS metadata), link-local, site-local, multicast, documentation
    "::1",
    "::",
    "fc00::1",
    "fd00:ec2::254",
    "fe80::1",
    "fe80::1%1",
    "fec0::1",
    "ff02::1",
    "ff0e::1",
    "2001:db8::1",
    "3fff::1",
    "100::1",
    "5f00::1",
    "2001:2::1",
    "2001:10::1",
    "64:ff9b:1::1",
    # IPv6 forms embedding a blocked IPv4 address
    "::ffff:127.0.0.1",
    "::ffff:169.254.169.254",
    "::ffff:10.0.0.1",
    "::7f00:1",  # IPv4-compatible 127.0.0.1 (is_global says True on 3.11.7)
    "::a00:1",
    "2002:7f00:1::",  # 6to4 of 127.0.0.1
    "2002:a9fe:a9fe::1",  # 6to4 of 169.254.169.254
    "2002:c0a8:101::1",  # 6to4 of 192.168.1.1
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "64:ff9b::a9fe:a9fe",  # NAT64 of 169.254.169.254
    "2001:0:4136:e378:8000:63bf:80ff:fffe",  # Teredo, client 127.0.0.1
]

PUBLIC = [
    "8.8.8.8",
    "1.1.1.1",
    "93.184.216.34",
    "151.101.1.69",
    "2606:4700:4700::1111",
    "2a00:1450:4001:82a::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
]


@pytest.mark.parametrize("address", BLOCKED)
def test_blocked_ranges_are_refused(address: str) -> None:
    # Given an address outside the public unicast space
    ip = IPv6Address(address) if "%" in address else ip_address(address)
    # When/Then checking it with no allow list refuses it with a permanent, typed error
    with pytest.raises(BlockedDestination, match="not allowed") as caught:
        check_address(ip, ())
    assert not caught.value.retryable


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_pass(address: str) -> None:
    check_address(ip_address(address), ())


def test_denylist_wins_where_is_global_is_wrong() -> None:
    # Given addresses for which this Python's ipaddress.is_global has said True
    for address in ("224.0.1.1", "::7f00:1", "2002:7f00:1::", "64:ff9b::7f00:1", "192.0.0.9", "5f00::1"):
        # Then the guard refuses each of them anyway
        with pytest.raises(BlockedDestination):
            check_address(ip_address(address), ())


def test_allow_list_is_the_only_way_through() -> None:
    allow = [ip_network("127.0.0.0/8"), ip_network("fd00::/8")]
    check_address(IPv4Address("127.0.0.1"), allow)
    check_address(ip_address("::ffff:127.0.0.1"), allow)
    check_address(ip_address("fd00:ec2::254"), allow)
    with pytest.raises(BlockedDestination):
        check_address(IPv4Address("10.0.0.1"), allow)
    with pytest.raises(BlockedDestination):
        check_address(ip_address("::1"), allow)
    with pytest.raises(BlockedDestination):
        check_address(IPv4Address("169.254.169.254"), allow)


def test_allow_list_reaches_embedded_ipv4() -> None:
    # Given an allow list naming 10.0.0.0/8, a NAT64 form of 10.0.0.1 is judged by its embedded address
    check_address(ip_address("64:ff9b::a00:1"), [ip_network("10.0.0.0/8")])
    with pytest.raises(BlockedDestination):
        check_address(ip_address("64:ff9b::a00:1"), [])


@pytest.mark.parametrize(
    ("spelling", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("0177.0.0.1", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0x7F000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("127.0.1", "127.0.0.1"),
        ("0", "0.0.0.0"),
        ("0.0.0.0", "0.0.0.0"),
        ("[::1]", "::1"),
        ("[::ffff:127.0.0.1]", "::ffff:127.0.0.1"),
        ("[0:0:0:0:0:ffff:7f00:1]", "::ffff:127.0.0.1"),
        ("0251.0376.0251.0376", "169.254.169.254"),
        ("2852039166", "169.254.169.254"),
        ("127.0.0.1.", "127.0.0.1"),
    ],
)
def test_literal_spellings_are_recognised(spelling: str, address: str) -> None:
    literal = literal_address(spelling)
    assert literal == ip_address(address)
    with pytest.raises(BlockedDestination):
        check_address(literal)


@pytest.mark.parametrize("name", ["example.com", "news.example.co.uk", "127.0.0.1 x", "1.2.3.4.5", "0x", "localhost"])
def test_names_are_not_literals(name: str) -> None:
    # A name (even one that resolves to loopback) is left to the connect-time check
    if name == "0x":
        assert literal_address(name) in (None, IPv4Address("0.0.0.0"))
    else:
        assert literal_address(name) is None


def test_embedded_ipv4_extraction() -> None:
    assert embedded_ipv4(IPv6Address("::ffff:1.2.3.4")) == IPv4Address("1.2.3.4")
    assert embedded_ipv4(IPv6Address("2002:102:304::")) == IPv4Address("1.2.3.4")
    assert embedded_ipv4(IPv6Address("64:ff9b::102:304")) == IPv4Address("1.2.3.4")
    assert embedded_ipv4(IPv6Address("::102:304")) == IPv4Address("1.2.3.4")
    assert embedded_ipv4(IPv6Address("2606:4700:4700::1111")) is None


def test_ports() -> None:
    check_port(80)
    check_port(443)
    for port in (22, 25, 6379, 8080, 0):
        with pytest.raises(BlockedDestination, match="port"):
            check_port(port)
    check_port(8080, {80, 443, 8080})


def test_policy_from_settings() -> None:
    # Given settings with an allow list and an extra port
    settings = Settings(fetch_allow_networks="127.0.0.0/8", fetch_allowed_ports="8080")
    policy = AddressPolicy.from_settings(settings)
    # Then 80 and 443 stay allowed, the extra port is added, and allowed networks pass on the allowed ports only
    assert policy.ports == frozenset({80, 443, 8080})
    policy.check(IPv4Address("8.8.8.8"), 8080)
    policy.check(IPv4Address("127.0.0.1"), 8080)
    policy.check(IPv6Address("::ffff:127.0.0.1"), 80)
    with pytest.raises(BlockedDestination, match="port 6379"):
        policy.check(IPv4Address("127.0.0.1"), 6379)  # the worker's own Redis, in an allowed network
    with pytest.raises(BlockedDestination):
        policy.check(IPv4Address("8.8.8.8"), 6379)
    with pytest.raises(BlockedDestination):
        policy.check(IPv4Address("10.1.1.1"), 80)


def test_default_settings_allow_nothing_private() -> None:
    policy = AddressPolicy.from_settings(Settings())
    assert policy.allow == ()
    with pytest.raises(BlockedDestination):
        policy.check(IPv4Address("127.0.0.1"), 80)


@pytest.mark.parametrize(
    ("address", "blocked"),
    [
        ("::ffff:0:127.0.0.1", True),  # IPv4-translated loopback
        ("::ffff:0:a9fe:a9fe", True),  # IPv4-translated 169.254.169.254 (metadata)
        ("::ffff:0:10.0.0.1", True),
        ("::ffff:0:8.8.8.8", False),  # translated public address: classified as that address
        ("168.63.129.16", True),  # cloud platform endpoint
        ("::ffff:168.63.129.16", True),
    ],
)
def test_translated_addresses_are_classified_by_their_ipv4(address: str, blocked: bool) -> None:
    ip = ip_address(address)
    if blocked:
        with pytest.raises(BlockedDestination):
            check_address(ip)
    else:
        check_address(ip)


def test_an_allowed_network_is_allowed_in_translated_form_too() -> None:
    check_address(ip_address("::ffff:0:127.0.0.1"), [ip_network("127.0.0.0/8")])
