"""URL helpers of the parser: absolute http(s) links and registrable domains (offline, no suffix list download)."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from w3lib.url import safe_url_string

# Second-level labels under which a registrable name sits one level deeper (example.co.uk, example.com.au).
# A compact, offline stand-in for the public-suffix list that covers the country-code conventions in wide use.
_SECOND_LEVEL = frozenset({"co", "com", "net", "org", "gov", "edu", "ac", "or", "ne", "go", "gv", "mil", "nic", "sch"})
_MULTI_LABEL_HOSTS = frozenset({"blogspot.com", "wordpress.com", "github.io", "tumblr.com", "substack.com"})


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

    Hosting platforms that give each user a sub-domain (``name.wordpress.com``) count one level deeper.
    """
    host = host_of(url)
    if not host:
        return None
    labels = host.split(".")
    if len(labels) <= 2 or all(label.isdigit() for label in labels):
        return host
    if ".".join(labels[-2:]) in _MULTI_LABEL_HOSTS:
        return ".".join(labels[-3:])
    if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def same_site(first: str | None, second: str | None) -> bool:
    """Whether two URLs belong to the same registrable domain (False if either is unknown)."""
    left, right = registrable_domain(first), registrable_domain(second)
    return left is not None and left == right


__all__ = ["absolute_url", "host_of", "registrable_domain", "same_site"]
