"""The SSRF guard: which addresses and ports a fetch may connect to, enforced on the socket actually opened.

Policy: only globally routable unicast addresses, on the allowed ports, unless the operator's allow list
(``Settings.fetch_allow_networks``) names the address. Two checks must both pass: ``ipaddress``'s
``is_global`` (which has had wrong ranges, CVE-2024-4032) and an explicit denylist kept here. IPv6 forms that
embed an IPv4 address (IPv4-mapped, 6to4, NAT64, Teredo) are judged by the embedded address as well.

The decisive check is in :class:`GuardedAdapter`: its urllib3 connections resolve the host themselves, check
every candidate address and connect only to an allowed one, on every request and so on every redirect hop.
They also put their socket under the calling thread's fetch deadline (``worker.fetch.deadline``).
Host-string parsing (:func:`literal_address`) only refuses obvious cases early, without any DNS lookup.
"""

from __future__ import annotations

import re
import socket
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from ipaddress import IPv4Address, IPv4Network, IPv6Address, IPv6Network, ip_address, ip_network
from typing import TYPE_CHECKING, Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NameResolutionError, NewConnectionError
from urllib3.response import HTTPResponse
from urllib3.util.connection import allowed_gai_family

from worker.errors import BlockedDestination
from worker.fetch import deadline

if TYPE_CHECKING:
    from worker.settings import Settings

IPAddress = IPv4Address | IPv6Address
Network = IPv4Network | IPv6Network

DEFAULT_PORTS: frozenset[int] = frozenset({80, 443})

_BLOCKED_V4: tuple[tuple[str, str], ...] = (
    ("0.0.0.0/8", "'this network' / unspecified"),
    ("10.0.0.0/8", "private (RFC 1918)"),
    ("100.64.0.0/10", "shared address space / CGNAT (RFC 6598)"),
    ("127.0.0.0/8", "loopback"),
    ("168.63.129.16/32", "cloud platform endpoint (Azure WireServer)"),
    ("169.254.0.0/16", "link-local (cloud metadata lives here)"),
    ("172.16.0.0/12", "private (RFC 1918)"),
    ("192.0.0.0/24", "IETF protocol assignments"),
    ("192.0.2.0/24", "documentation (TEST-NET-1)"),
    ("192.88.99.0/24", "6to4 relay anycast (deprecated)"),
    ("192.168.0.0/16", "private (RFC 1918)"),
    ("198.18.0.0/15", "benchmarking"),
    ("198.51.100.0/24", "documentation (TEST-NET-2)"),
    ("203.0.113.0/24", "documentation (TEST-NET-3)"),
    ("224.0.0.0/4", "multicast"),
    ("240.0.0.0/4", "reserved (incl. broadcast)"),
)
_BLOCKED_V6: tuple[tuple[str, str], ...] = (
    ("::/128", "unspecified"),
    ("::1/128", "loopback"),
    ("::/96", "IPv4-compatible (deprecated)"),
    ("64:ff9b:1::/48", "local-use NAT64"),
    ("100::/64", "discard-only"),
    ("2001::/23", "IETF protocol assignments (incl. Teredo, benchmarking, ORCHID)"),
    ("2001:db8::/32", "documentation"),
    ("3fff::/20", "documentation"),
    ("5f00::/16", "segment routing SIDs"),
    ("fc00::/7", "unique local (ULA; incl. fd00:ec2::254 metadata)"),
    ("fe80::/10", "link-local"),
    ("fec0::/10", "site-local (deprecated)"),
    ("ff00::/8", "multicast"),
)
DENYLIST: tuple[tuple[Network, str], ...] = tuple((ip_network(cidr), why) for cidr, why in (*_BLOCKED_V4, *_BLOCKED_V6))
"""Every range refused regardless of what ``ipaddress.is_global`` says, with the reason given in errors."""

_NAT64 = IPv6Network("64:ff9b::/96")
_TRANSLATED = IPv6Network("::ffff:0:0:0/96")
"""IPv4-translated addresses (RFC 2765 SIIT): the socket ends up at the IPv4 address in the low 32 bits."""
_LEGACY_V4 = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)(?:\.(?:0x[0-9a-f]*|[0-9]+)){0,3}$", re.IGNORECASE)


def as_ipv4(ip: IPAddress) -> IPAddress:
    """The IPv4 address a mapped (``::ffff:a.b.c.d``) or translated (``::ffff:0:a.b.c.d``) IPv6 address stands
    for, scope dropped; any other address unchanged."""
    if isinstance(ip, IPv6Address) and ip.scope_id:
        ip = IPv6Address(ip.compressed.split("%", 1)[0])
    if isinstance(ip, IPv6Address) and ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if isinstance(ip, IPv6Address) and ip in _TRANSLATED:
        return IPv4Address(int(ip) & 0xFFFFFFFF)
    return ip


def embedded_ipv4(ip: IPv6Address) -> IPv4Address | None:
    """The IPv4 address an IPv6 address carries (mapped, compatible, 6to4, NAT64, Teredo client), if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    if ip in _NAT64 or (ip in IPv6Network("::/96") and int(ip) > 1):
        return IPv4Address(int(ip) & 0xFFFFFFFF)
    return None


def _is_allowed(ip: IPAddress, allow: Sequence[Network]) -> bool:
    return any(ip.version == net.version and ip in net for net in allow)


def _denial(ip: IPAddress) -> str | None:
    """Why ``ip`` itself (not counting embedded addresses) is not a public destination, or None."""
    for net, why in DENYLIST:
        if ip.version == net.version and ip in net:
            return why
    if ip.is_multicast:
        return "multicast"
    if not ip.is_global:
        return "not globally routable"
    return None


def check_address(ip: IPAddress, allow: Sequence[Network] = ()) -> None:
    """Refuse an address that is not a public unicast destination, unless ``allow`` names it.

    Raises:
        BlockedDestination: the address (or the IPv4 address it embeds) is loopback, private, link-local,
            multicast, reserved, documentation, unspecified or otherwise not globally routable.
    """
    ip = as_ipv4(ip)  # a mapped or translated address: the socket ends up talking IPv4 to it
    if _is_allowed(ip, allow):
        return
    why = _denial(ip)
    if why is None and isinstance(ip, IPv6Address):
        inner = embedded_ipv4(ip)
        if inner is not None and not _is_allowed(inner, allow):
            inner_why = _denial(inner)
            if inner_why is not None:
                why = f"embeds {inner} ({inner_why})"
    if why is not None:
        raise BlockedDestination(f"destination address {ip} is not allowed: {why}")


def check_port(port: int, allowed: Iterable[int] = DEFAULT_PORTS) -> None:
    """Refuse a port outside ``allowed``.

    Raises:
        BlockedDestination: the port is not in ``allowed``.
    """
    if port not in set(allowed):
        raise BlockedDestination(f"destination port {port} is not allowed")


def literal_address(host: str) -> IPAddress | None:
    """The address a URL host denotes literally, in any form a resolver accepts, or None for a name.

    Recognises ``[::1]``, ``::ffff:127.0.0.1``, dotted quads and the legacy ``inet_aton`` forms:
    decimal ``2130706433``, octal ``0177.0.0.1``, hex ``0x7f.0.0.1`` and short ``127.1``.
    """
    text = host.strip().strip("[]").rstrip(".")
    try:
        return ip_address(text.split("%", 1)[0])
    except ValueError:
        pass
    if _LEGACY_V4.match(text):
        try:
            return IPv4Address(socket.inet_aton(text))
        except OSError:
            return None
    return None


@dataclass(frozen=True)
class AddressPolicy:
    """Where fetches may connect: public addresses, plus the addresses in ``allow``; on ``ports`` only, always."""

    allow: tuple[Network, ...] = ()
    ports: frozenset[int] = field(default=DEFAULT_PORTS)

    @classmethod
    def from_settings(cls, settings: Settings) -> AddressPolicy:
        """The policy of ``settings``: its allow list, and ports 80, 443 plus ``fetch_allowed_ports``."""
        return cls(tuple(settings.fetch_allow_networks), DEFAULT_PORTS | frozenset(settings.fetch_allowed_ports))

    def check(self, ip: IPAddress, port: int) -> None:
        """Refuse a destination this policy does not allow.

        Raises:
            BlockedDestination: the address or the port is not allowed.
        """
        check_port(port, self.ports)  # an allowed network is not a licence to talk to its Redis or SSH port
        check_address(ip, self.allow)


def _connect_guarded(conn: HTTPConnection, policy: AddressPolicy) -> socket.socket:
    """Resolve, check every candidate and connect to the first allowed, reachable one (urllib3 ``_new_conn``)."""
    host = conn._dns_host.strip("[]")
    port = conn.port or 80
    literal = literal_address(conn.host)
    if literal is not None:  # refuse a blocked address however it is spelled, before any lookup
        policy.check(literal, port)
    try:
        candidates = socket.getaddrinfo(host, port, allowed_gai_family(), socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise NameResolutionError(conn.host, conn, exc) from exc
    refusal: BlockedDestination | None = None
    error: OSError | None = None
    for family, socktype, proto, _name, sockaddr in candidates:
        try:
            policy.check(ip_address(str(sockaddr[0]).split("%", 1)[0]), port)
        except BlockedDestination as exc:
            refusal = exc
            continue
        sock = socket.socket(family, socktype, proto)
        try:
            for opt in conn.socket_options or ():
                sock.setsockopt(*opt)
            if conn.timeout is None or isinstance(conn.timeout, int | float):
                sock.settimeout(conn.timeout)
            if conn.source_address:
                sock.bind(conn.source_address)
            sock.connect(sockaddr)
        except TimeoutError as exc:
            sock.close()
            raise ConnectTimeoutError(conn, f"Connection to {conn.host} timed out") from exc
        except OSError as exc:
            sock.close()
            error = exc
            continue
        sys.audit("http.client.connect", conn, conn.host, conn.port)
        return sock
    if error is not None:
        raise NewConnectionError(conn, f"Failed to establish a new connection: {error}") from error
    if refusal is not None:
        raise BlockedDestination(f"{conn.host}: {refusal.message}")
    raise NewConnectionError(conn, f"no address found for {conn.host}")


def _guarded_pool_classes(policy: AddressPolicy) -> dict[str, type[HTTPConnectionPool]]:
    class GuardedHTTPConnection(HTTPConnection):
        def _new_conn(self) -> socket.socket:
            return _connect_guarded(self, policy)

        def getresponse(self) -> HTTPResponse:  # type: ignore[override]
            deadline.register(self.sock)
            return super().getresponse()

    class GuardedHTTPSConnection(HTTPSConnection):
        def _new_conn(self) -> socket.socket:
            return _connect_guarded(self, policy)

        def getresponse(self) -> HTTPResponse:  # type: ignore[override]
            deadline.register(self.sock)
            return super().getresponse()

    class GuardedHTTPConnectionPool(HTTPConnectionPool):
        ConnectionCls = GuardedHTTPConnection

    class GuardedHTTPSConnectionPool(HTTPSConnectionPool):
        ConnectionCls = GuardedHTTPSConnection

    return {"http": GuardedHTTPConnectionPool, "https": GuardedHTTPSConnectionPool}


class GuardedAdapter(HTTPAdapter):
    """A requests adapter whose every connection goes through the SSRF guard; proxies are refused.

    TLS stays verified: the socket is checked before the handshake, and SNI and hostname checks still use the
    URL's host name. Mount it on ``http://`` and ``https://`` of a session with ``trust_env = False``.
    """

    def __init__(self, policy: AddressPolicy, **kwargs: Any) -> None:
        self.policy = policy
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any) -> None:
        """Build the pool manager with guarded connection classes."""
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = _guarded_pool_classes(self.policy)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        """Refuse proxies: the guard must see the real destination.

        Raises:
            BlockedDestination: always.
        """
        raise BlockedDestination("fetching through a proxy is not supported by the SSRF guard")


__all__ = [
    "DEFAULT_PORTS",
    "DENYLIST",
    "AddressPolicy",
    "GuardedAdapter",
    "check_address",
    "check_port",
    "embedded_ipv4",
    "literal_address",
]
