"""Bearer-token authentication of the API, and the start-up check that refuses an open API by accident."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials

from worker.settings import Settings

MIN_TOKEN_LENGTH = 16


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


__all__ = ["MIN_TOKEN_LENGTH", "ApiConfigError", "authorize", "check_auth_config"]
