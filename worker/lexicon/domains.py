"""URL helpers of the parser: absolute http(s) links and registrable domains (the public-suffix list that
``publicsuffixlist`` ships, read offline: nothing is downloaded at run time)."""

from __future__ import annotations

import functools
import re
from urllib.parse import urljoin, urlsplit

from publicsuffixlist import PublicSuffixList
from w3lib.url import safe_url_string

_SUFFIXES = PublicSuffixList(accept_encoded_idn=False)
"""The bundled list, ICANN and private sections (blogspot.com, github.io), its rules as written (Unicode): enough for
a host with no punycoded label ("xn--"), as no rule of those the library adds by encoding the others could match it.
Built at import in 13 ms instead of 39 ms (median of 15): IDNA-encoding its ~500 non-ASCII rules is most of the work."""


@functools.cache
def _punycode_suffixes() -> PublicSuffixList:
    """The bundled list with each rule punycoded too, for the rare host with an "xn--" label (the form
    ``absolute_url`` gives an IDN host): built the first time one is seen."""
    return PublicSuffixList()


# Hosting platforms that give each user a sub-domain but are not in the public-suffix list.
_USER_SUBDOMAIN_HOSTS = frozenset({"wordpress.com", "tumblr.com", "substack.com"})


def absolute_url(value: str | None, base: str | None) -> str | None:
    """Resolve ``value`` against ``base`` into a safe absolute http(s) URL, or None if that is not possible."""
    if not value:
        return None
    value = value.strip()
    if not value or value.startswith(("javascript:", "mailto:", "data:", "#", "tel:")):
        return None
    if value.startswith("//"):
        scheme = urlsplit(base).scheme if base else ""
        value = f"{scheme or 'https'}:{value}"
    joined = urljoin(base, value) if base else value
    try:
        safe = safe_url_string(joined)
        parts = urlsplit(safe)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return str(safe)


def host_of(url: str | None) -> str | None:
    """The lower-cased host name of ``url`` without a leading ``www.``, or None."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.")


def registrable_domain(url: str | None) -> str | None:
    """The registrable domain ("example.co.uk", "example.com") of ``url``'s host, or None.

    A host that is itself a public suffix, an IP address or a single label is its own site; hosting platforms
    that give each user a sub-domain (``name.blogspot.com``, ``name.wordpress.com``) count one level deeper.
    """
    host = host_of(url)
    if not host:
        return None
    labels = host.split(".")
    if len(labels) <= 2 or all(label.isdigit() for label in labels):
        return host
    if ".".join(labels[-2:]) in _USER_SUBDOMAIN_HOSTS:
        return ".".join(labels[-3:])
    suffixes = _punycode_suffixes() if "xn--" in host else _SUFFIXES
    return suffixes.privatesuffix(host) or host


def same_site(first: str | None, second: str | None) -> bool:
    """Whether two URLs belong to the same registrable domain (False if either is unknown)."""
    left, right = registrable_domain(first), registrable_domain(second)
    return left is not None and left == right


_WAYBACK = re.compile(r"^https?://web\.archive\.org/web/\d{4,14}[a-z_]*/(?P<url>https?://.+)$", re.IGNORECASE)
"""A Wayback Machine snapshot URL and the address it archives."""


def unarchived(url: str | None) -> str | None:
    """The page a Wayback Machine snapshot URL archives ("https://web.archive.org/web/2014.../http://a.example/x"
    → "http://a.example/x"); any other URL as it is."""
    found = _WAYBACK.match(url or "")
    return found.group("url") if found else url


def same_site_unarchived(first: str | None, second: str | None) -> bool:
    """``same_site`` of the pages two URLs show, archived snapshots compared by the addresses they archive."""
    return same_site(unarchived(first), unarchived(second))


__all__ = ["absolute_url", "host_of", "registrable_domain", "same_site", "same_site_unarchived", "unarchived"]
