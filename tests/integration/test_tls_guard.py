"""The SSRF guard keeps TLS intact: certificates verified, hostname checked, SNI sent, refusal before handshake."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hostile.server import HostileServer

from schemas.article import ArticleRecord
from worker.errors import BlockedDestination, ConnectionFailed, WireroomError
from worker.fetch.fetch import fetch, make_session
from worker.parse import parse_article
from worker.settings import Settings

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")


class TLSServer(HostileServer):
    """The hostile server behind TLS; records the SNI names clients sent."""

    def __init__(self, cert: Path, key: Path) -> None:
        super().__init__()
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(cert, key)
        self.sni: list[str | None] = []
        self.context.sni_callback = lambda sock, name, ctx: self.sni.append(name)

    def get_request(self) -> tuple[Any, Any]:
        sock, address = super().get_request()
        sock.settimeout(5)
        try:
            return self.context.wrap_socket(sock, server_side=True), address
        except (ssl.SSLError, OSError):
            sock.close()
            raise


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    directory = tmp_path_factory.mktemp("tls")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@pytest.fixture(scope="module")
def server(certificate: tuple[Path, Path]) -> Iterator[TLSServer]:
    srv = TLSServer(*certificate)
    with srv:
        yield srv


def attempt(url: str, settings: Settings, verify: str | bool = True) -> object:
    with make_session(settings) as session:
        session.verify = verify
        try:
            page = fetch(url, session, settings)
            return parse_article(page.body, page.url, page.headers)
        except WireroomError as exc:
            return exc


def allowed(port: int) -> Settings:
    return Settings(fetch_allow_networks="127.0.0.0/8", fetch_allowed_ports=str(port), fetch_deadline=5.0)


def test_https_through_the_guard_verifies_and_sends_sni(server: TLSServer, certificate: tuple[Path, Path]) -> None:
    result = attempt(f"https://localhost:{server.port}/ok", allowed(server.port), verify=str(certificate[0]))
    assert isinstance(result, ArticleRecord), result
    assert "localhost" in server.sni


def test_hostname_mismatch_is_refused(server: TLSServer, certificate: tuple[Path, Path]) -> None:
    # The certificate names localhost only: connecting by address must fail verification
    result = attempt(f"https://127.0.0.1:{server.port}/ok", allowed(server.port), verify=str(certificate[0]))
    assert isinstance(result, ConnectionFailed), result
    assert "127.0.0.1" in result.message and "certificate" in result.message.lower()


def test_untrusted_certificate_is_refused(server: TLSServer) -> None:
    result = attempt(f"https://localhost:{server.port}/ok", allowed(server.port))
    assert isinstance(result, ConnectionFailed), result
    assert "certificate" in result.message.lower()


def test_blocked_destination_is_refused_before_any_handshake(server: TLSServer) -> None:
    before = len(server.sni)
    settings = Settings(fetch_allowed_ports=str(server.port), fetch_deadline=5.0)
    result = attempt(f"https://localhost:{server.port}/ok", settings)
    assert isinstance(result, BlockedDestination), result
    assert len(server.sni) == before


def test_port_probe_is_refused_without_connecting(monkeypatch: pytest.MonkeyPatch) -> None:
    connects: list[object] = []
    real = socket.socket.connect

    def spy(self: socket.socket, address: Any) -> None:
        connects.append(address)
        real(self, address)

    monkeypatch.setattr(socket.socket, "connect", spy)
    result = attempt("https://127.0.0.1:6379/", Settings(fetch_deadline=5.0))
    assert isinstance(result, BlockedDestination)
    assert connects == []
