"""The store: one client factory with named timeout profiles, one error for "Redis is down", one key table, the
Lua scripts shipped as package files."""

from __future__ import annotations

import re
from pathlib import Path
from typing import get_args

import pytest
import redis

from worker.errors import RetryableError, StoreUnavailable
from worker.settings import Settings
from worker.store import keys, scripts
from worker.store.client import Profile, redis_client, store_errors

WORKER = Path(__file__).resolve().parents[3] / "worker"


def _timeouts(client: redis.Redis) -> tuple[object, object]:
    kwargs = client.connection_pool.connection_kwargs
    return kwargs["socket_timeout"], kwargs["socket_connect_timeout"]


def test_each_profile_takes_its_timeouts_from_the_settings() -> None:
    # Given settings with distinct timeouts, When a client of each profile is built, Then it carries that profile's
    settings = Settings(
        redis_socket_timeout=11.0, redis_status_timeout=4.0, redis_probe_timeout=0.5, redis_connect_timeout=3.0
    )
    assert _timeouts(redis_client(settings)) == (11.0, 3.0)
    assert _timeouts(redis_client(settings, "status")) == (4.0, 3.0)
    assert _timeouts(redis_client(settings, "probe")) == (0.5, 0.5)
    assert set(get_args(Profile)) == {"worker", "status", "probe"}


def test_a_down_redis_is_one_retryable_error() -> None:
    # Given a Redis that refuses connections, When a command runs under store_errors, Then it is StoreUnavailable
    client = redis_client(Settings(redis_url="redis://127.0.0.1:1/0", redis_connect_timeout=0.5))
    with (
        pytest.raises(StoreUnavailable, match="job status unavailable") as caught,
        store_errors("job status", url="https://news.example/a"),
    ):
        client.ping()
    assert isinstance(caught.value, RetryableError)
    assert caught.value.url == "https://news.example/a"
    assert isinstance(caught.value.__cause__, redis.ConnectionError)


def test_other_errors_pass_through_store_errors() -> None:
    with pytest.raises(KeyError), store_errors("anything"):
        raise KeyError("not a Redis failure")


def test_every_script_is_a_shipped_lua_file() -> None:
    # Given the script names, When each is read, Then it is the file under worker/store/lua, and every file is named
    names = set(get_args(scripts.ScriptName))
    files = {path.stem for path in (WORKER / "store" / "lua").glob("*.lua")}
    assert names == files
    for name in names:
        text = scripts.source(name)
        assert "redis.call(" in text and "return" in text


def test_no_lua_or_client_construction_outside_the_store() -> None:
    # Given the service modules, Then none builds a Redis client or holds a Lua script of its own
    offenders = []
    for path in WORKER.rglob("*.py"):
        if "store" in path.relative_to(WORKER).parts:
            continue
        text = path.read_text()
        if re.search(r"Redis\.from_url|redis\.Redis\(|register_script|redis\.call\(", text):
            offenders.append(str(path.relative_to(WORKER)))
    assert offenders == []


def test_keys_live_under_the_prefix_and_follow_kombu_for_queue_lists() -> None:
    prefix = "p:"
    named = [
        keys.job(prefix, "j"),
        keys.jobs_retrying(prefix),
        keys.jobs_queued(prefix, "q"),
        keys.jobs_suspect(prefix, "q"),
        keys.reconcile_lock(prefix, "q"),
        keys.holders(prefix),
        keys.alive(prefix, "h"),
        keys.published(prefix, "e"),
        keys.outcome(prefix, "j"),
        keys.host_next(prefix, "Example.COM"),
        keys.host_leases(prefix, "example.com"),
        keys.deliveries(prefix, "j", 0),
        keys.robots(prefix, "https://example.com"),
        keys.workers(prefix),
        keys.heartbeat(prefix, "w"),
        keys.rate_limit(prefix, "c"),
        keys.unacked(prefix),
        keys.unacked_index(prefix),
        keys.unacked_mutex(prefix),
        keys.dead_letters(prefix, "deadletter"),
        keys.dead_letter_count(prefix, "deadletter"),
    ]
    assert all(name.startswith(prefix) for name in named)
    assert len(set(named)) == len(named)
    assert keys.host_next(prefix, "Example.COM") == "p:host:example.com:next"
    assert keys.queue_list("q", None) == keys.queue_list("q", 0) == "q"
    assert keys.queue_list("q", 7) == "q\x06\x167"
    assert keys.queue_list("q", 42) == "q\x06\x169"
