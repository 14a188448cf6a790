"""Settings and environments of a test namespace (its own key prefix, queue and stream)."""

from __future__ import annotations

import tempfile
import uuid
from pathlib import Path
from typing import Any

from support.redisdb import REDIS_URL, redis_url
from worker.settings import Settings

FAST_RECOVERY: dict[str, Any] = {
    # Time limits under a short visibility timeout, so an abandoned message is restored within seconds
    "fetch_deadline": 4.0,
    "task_soft_time_limit": 6,
    "task_time_limit": 8,
    "visibility_timeout": 10,
    "unacked_restore_interval": 1.0,
}


def namespace_values(prefix: str, port: int | None = None) -> dict[str, Any]:
    """Settings values putting every Redis key under ``prefix`` and letting fetches reach 127.0.0.1:``port``."""
    return {
        "redis_url": REDIS_URL,
        "key_prefix": prefix,
        "queue_name": f"{prefix}queue",
        "events_stream": f"{prefix}events",
        "fetch_allow_networks": ["127.0.0.0/8", "::1/128"],
        "fetch_allowed_ports": [80, 443] + ([port] if port else []),
        "respect_robots": False,
        "host_min_delay": 0.0,
        "retry_backoff_base": 0.2,
        "max_retries": 3,
    }


def make_settings(prefix: str, port: int | None = None, **overrides: Any) -> Settings:
    values = namespace_values(prefix, port)
    values.update(overrides)
    return Settings(**values)


TOKEN = "test-token-" + "x" * 24


def ops_settings(**overrides: Any) -> Settings:
    """Settings whose every key (prefix, queue, stream) is unique to the calling test."""
    tag = uuid.uuid4().hex[:10]
    values: dict[str, Any] = {
        "redis_url": redis_url(),
        "key_prefix": f"wrtest:{tag}:",
        "queue_name": f"wrtest:{tag}:queue",
        "events_stream": f"wrtest:{tag}:events",
        "api_token": TOKEN,
        "api_rate_limit": 1000.0,
        "api_rate_burst": 1000,
        "heartbeat_file": Path(tempfile.gettempdir()) / f"wrtest-{tag}.heartbeat",
    }
    values.update(overrides)
    return Settings(**values)


__all__ = ["FAST_RECOVERY", "TOKEN", "make_settings", "namespace_values", "ops_settings"]
