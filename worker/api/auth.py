"""Bearer-token authentication of the API, and the start-up check that refuses an open API by accident."""

from __future__ import annotations

import hmac
import math

from fastapi import HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials
from starlette.types import ASGIApp, Receive, Scope, Send

from worker.api.limits import RateLimiter, refuse
from worker.settings import Settings

MIN_TOKEN_LENGTH = 16
PROTECTED_PREFIX = "/v1/"


class ApiConfigError(ValueError):
    """The API's settings are unsafe or inconsistent (no token without explicit anonymous access, short token)."""


def check_auth_config(settings: Settings) -> None:
    """Raise ``ApiConfigError`` unless a token of at least 16 characters is set or anonymous access is explicit."""
    if settings.api_token is None:
        if not settings.api_allow_anonymous:
            raise ApiConfigError(
                "no WIREROOM_API_TOKEN set: set one, or set WIREROOM_API_ALLOW_ANONYMOUS=true to run without auth"
            )
        return
    if len(settings.api_token.get_secret_value()) < MIN_TOKEN_LENGTH:
        raise ApiConfigError(f"WIREROOM_API_TOKEN must be at least {MIN_TOKEN_LENGTH} characters")


def authorize(settings: Settings, credentials: HTTPAuthorizationCredentials | None) -> None:
    """Raise a 401 ``HTTPException`` unless the request carries the configured token (or no token is configured).

    The comparison is constant-time (``hmac.compare_digest``).
    """
    if settings.api_token is None:
        return
    expected = settings.api_token.get_secret_value().encode()
    given = credentials.credentials.encode() if credentials is not None else b""
    if credentials is None or not hmac.compare_digest(given, expected):
        raise HTTPException(
            status_code=status.HTTP_401_UNAUTHORIZED,
            detail="missing or invalid bearer token",
            headers={"WWW-Authenticate": "Bearer"},
        )


def bearer_matches(settings: Settings, header: bytes) -> bool:
    """True if the ``Authorization`` header value carries the configured token (constant-time), or none is set."""
    if settings.api_token is None:
        return True
    scheme, _, token = header.strip().partition(b" ")
    expected = settings.api_token.get_secret_value().encode()
    return scheme.lower() == b"bearer" and hmac.compare_digest(token.strip(), expected)


class AuthFirstMiddleware:
    """Authenticates ``/v1/`` requests before anything reads their body, and rate-limits failed attempts.

    A request without the right bearer token gets 401 at once (never a 422 that parsed its body); a client
    address that fails more than ``api_auth_failure_burst`` times in a burst gets 429 with ``Retry-After``.
    """

    def __init__(self, app: ASGIApp, settings: Settings, failures: RateLimiter) -> None:
        self.app = app
        self.settings = settings
        self.failures = failures

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not str(scope.get("path", "")).startswith(PROTECTED_PREFIX):
            await self.app(scope, receive, send)
            return
        header = next((value for name, value in scope.get("headers", ()) if name == b"authorization"), b"")
        if bearer_matches(self.settings, header):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        decision = self.failures.check(f"authfail:{client[0] if client else 'unknown'}")
        if not decision.allowed:
            retry = str(max(1, math.ceil(decision.retry_after))).encode()
            await refuse(send, 429, "too many failed authentications", [(b"retry-after", retry)])
            return
        await refuse(send, 401, "missing or invalid bearer token", [(b"www-authenticate", b"Bearer")])


__all__ = [
    "MIN_TOKEN_LENGTH",
    "ApiConfigError",
    "AuthFirstMiddleware",
    "authorize",
    "bearer_matches",
    "check_auth_config",
]
