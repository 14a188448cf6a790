"""Fixtures of the integration tests that use the operations namespace (``support.settings.ops_settings``)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import redis
from support.redisdb import connect


@pytest.fixture
def client() -> Iterator[redis.Redis]:
    """A client of the test Redis's operations database (keys namespaced per test by ``ops_settings``)."""
    conn = connect()
    yield conn
    conn.close()
