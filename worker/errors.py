"""The error tree of wireroom: every failure a URL can meet, typed as retryable or permanent.

::

    WireroomError
    ├── RetryableError              the same job may succeed later; retried with backoff
    │   ├── FetchTimeout            connect/read timeout or the overall deadline passed
    │   ├── ConnectionFailed        DNS failure, refused or reset connection, TLS handshake cut
    │   ├── UpstreamUnavailable     HTTP 408, 429 or 5xx (honours Retry-After)
    │   ├── HostBusy                the per-host politeness slot is taken (honours its retry_after)
    │   ├── ParseTimeout            parsing the page ran into the task's soft time limit
    │   └── StoreUnavailable        Redis (queue, events stream, job status, host slots) could not be used
    └── PermanentError              retrying cannot help; published at once as a failed event
        ├── InvalidURL              not http(s), no host, too long, malformed
        ├── InvalidJob              the job payload is not a valid FetchJob, or its message is malformed
        ├── JobExpired              the message's ``expires`` time passed before a worker took it
        ├── JobIdConflict           the job id is already taken by a job for another URL
        ├── BlockedDestination      address or port not allowed (SSRF guard), or robots.txt disallows
        ├── PageGone                HTTP 4xx other than 408/429
        ├── TooManyRedirects        redirect loop or chain over the limit
        ├── TooLarge                body over the byte cap (compressed or decompressed), or too many elements
        ├── NotHTML                 content type or content is not an HTML document
        ├── NoArticleContent        an HTML page with no article in it
        ├── InvalidRecord           the extracted record failed validation
        └── PoisonJob               the job killed its worker too many times
"""

from __future__ import annotations


class WireroomError(Exception):
    """Base of all wireroom errors. Carries the URL concerned and, where known, a retry delay."""

    retryable: bool = False

    def __init__(self, message: str, *, url: str | None = None, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.url = url
        self.retry_after = retry_after

    @property
    def type_name(self) -> str:
        """The stable name of this error type, as used in failure events."""
        return type(self).__name__


class RetryableError(WireroomError):
    """A failure that may pass: the job is retried with exponential backoff, up to a bound."""

    retryable = True


class FetchTimeout(RetryableError):
    """Connect or read timeout, or the overall fetch deadline passed."""


class ConnectionFailed(RetryableError):
    """The server could not be reached or the connection broke."""


class UpstreamUnavailable(RetryableError):
    """The server answered 408, 429 or 5xx."""


class HostBusy(RetryableError):
    """Another fetch holds this host's politeness slot (delay or concurrency cap); retry after ``retry_after``."""


class ParseTimeout(RetryableError):
    """Parsing ran into the task's soft time limit (a slow page or a busy machine): retried like a timeout."""


class StoreUnavailable(RetryableError):
    """Redis could not be reached or failed a command: every "Redis is down" path raises this (``worker.store``)."""


class PermanentError(WireroomError):
    """A failure that retrying cannot mend: published at once as a failed event."""


class InvalidURL(PermanentError):
    """The URL is not an absolute http(s) URL with a host, or is too long."""


class InvalidJob(PermanentError):
    """The job payload could not be decoded into a ``FetchJob``."""


class JobExpired(PermanentError):
    """The job's message carried an ``expires`` time that passed before a worker took it."""


class JobIdConflict(PermanentError):
    """The job id names a known job for another URL (a job id is one request: one URL, one outcome)."""


class BlockedDestination(PermanentError):
    """The destination is not allowed: a non-global address, a port not allowed, or robots.txt."""


class PageGone(PermanentError):
    """The server answered with a 4xx status other than 408 and 429."""


class TooManyRedirects(PermanentError):
    """A redirect loop, or a chain longer than the limit."""


class TooLarge(PermanentError):
    """The body exceeded the byte cap, or the page has more elements than the parser builds."""


class NotHTML(PermanentError):
    """The response or input is not an HTML document."""


class NoArticleContent(PermanentError):
    """The page is HTML but holds no article text."""


class InvalidRecord(PermanentError):
    """The extracted record failed validation."""


class PoisonJob(PermanentError):
    """The job was delivered too many times without finishing (it keeps killing its worker)."""


def is_failure(exc: BaseException) -> bool:
    """Whether ``exc`` is a failure to report rather than an interrupt or exit: an ``Exception``, or a Rust
    extension's panic (pyo3's ``PanicException``, raised by w3lib's scanners), which derives from ``BaseException``
    and so passes a handler of ``Exception``."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


__all__ = [
    "BlockedDestination",
    "ConnectionFailed",
    "FetchTimeout",
    "HostBusy",
    "InvalidJob",
    "InvalidRecord",
    "InvalidURL",
    "JobExpired",
    "JobIdConflict",
    "NoArticleContent",
    "NotHTML",
    "PageGone",
    "ParseTimeout",
    "PermanentError",
    "PoisonJob",
    "RetryableError",
    "StoreUnavailable",
    "TooLarge",
    "TooManyRedirects",
    "UpstreamUnavailable",
    "WireroomError",
    "is_failure",
]
