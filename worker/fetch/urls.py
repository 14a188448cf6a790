"""Validate and normalise article URLs at enqueue time (w3lib does the encoding; this module says yes or no)."""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string

from schemas.jobs import MAX_URL_LENGTH
from worker.errors import InvalidURL

_HOST_LABEL = re.compile(r"^(?!-)[a-z0-9_-]{1,63}(?<!-)$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _check_host(host: str, url: str) -> None:
    if ":" in host:
        try:
            ipaddress.IPv6Address(host)
        except ValueError as exc:
            raise InvalidURL(f"bad IPv6 host {host!r}", url=url) from exc
        return
    labels = host.rstrip(".").split(".")
    if len(host) > 253 or not all(_HOST_LABEL.match(label) for label in labels):
        raise InvalidURL(f"bad host name {host!r}", url=url)


def _check_authority(host: str, port: int | None, url: str, *, has_credentials: bool) -> None:
    """Refuse credentials, port 0 and a host holding whitespace (by name here, whatever w3lib's encoding error says)."""
    if has_credentials:
        raise InvalidURL("credentials in URLs are not accepted", url=url)
    if port == 0:
        raise InvalidURL("port 0 is not valid", url=url)
    if any(char.isspace() for char in host):
        raise InvalidURL(f"bad host name {host!r}", url=url)


def normalize_url(url: str, *, max_length: int = MAX_URL_LENGTH) -> str:
    """Return the URL in the form wireroom fetches: IDNA host, percent-encoded path and query, no fragment.

    Raises:
        InvalidURL: not a string, empty, over ``max_length``, not http(s), no host, credentials in the URL,
            a bad port, or a host that is neither a DNS name nor an IP literal.
    """
    if not isinstance(url, str):
        raise InvalidURL(f"URL must be a string, not {type(url).__name__}")
    candidate = url.strip()
    if not candidate:
        raise InvalidURL("empty URL", url=url)
    if len(candidate) > max_length:
        raise InvalidURL(f"URL longer than {max_length} characters", url=url[:max_length])
    if _CONTROL.search(candidate):
        raise InvalidURL("URL contains control characters", url=url)
    try:
        parts = urlsplit(candidate)
        port = parts.port
    except ValueError as exc:
        raise InvalidURL(f"malformed URL: {exc}", url=url) from exc
    if parts.scheme.lower() not in ("http", "https"):
        raise InvalidURL(f"scheme must be http or https, not {parts.scheme or 'none'!r}", url=url)
    if not parts.hostname:
        raise InvalidURL("URL has no host", url=url)
    _check_authority(
        parts.hostname, port, url, has_credentials=parts.username is not None or parts.password is not None
    )
    try:
        safe = safe_url_string(urlunsplit(parts._replace(fragment="")))
    except (ValueError, UnicodeError) as exc:
        raise InvalidURL(f"URL cannot be encoded: {exc}", url=url) from exc
    safe_parts = urlsplit(safe)
    _check_host(safe_parts.hostname or "", url)
    if len(safe) > max_length:
        raise InvalidURL(f"URL longer than {max_length} characters once encoded", url=url[:max_length])
    if not safe_parts.path:
        safe = urlunsplit(safe_parts._replace(path="/"))
    return safe


def canonical_url(url: str) -> str:
    """The canonical form of a normalised URL (sorted query, no fragment), used as an identity key.

    Raises:
        InvalidURL: as ``normalize_url``.
    """
    return str(canonicalize_url(normalize_url(url), keep_fragments=False))


__all__ = ["canonical_url", "normalize_url"]
