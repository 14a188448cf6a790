"""Settings: precedence (init kwargs > WIREROOM_* env > defaults), parsing of lists, validation at start-up,
and the Celery configuration built from them."""

from __future__ import annotations

from ipaddress import ip_network

import pytest
from pydantic import ValidationError

from worker.app import create_app
from worker.settings import Settings


@pytest.fixture(autouse=True)
def clean_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    for key in list(os.environ):
        if key.startswith("WIREROOM_"):
            monkeypatch.delenv(key)


def test_defaults() -> None:
    settings = Settings()
    assert settings.queue_name == "wireroom"
    assert settings.max_retries == 5
    assert settings.worker_pool == "prefork"


def test_environment_overrides_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREROOM_QUEUE_NAME", "from-env")
    monkeypatch.setenv("WIREROOM_MAX_RETRIES", "7")
    monkeypatch.setenv("WIREROOM_RETRY_JITTER", "false")
    settings = Settings()
    assert (settings.queue_name, settings.max_retries, settings.retry_jitter) == ("from-env", 7, False)


def test_init_kwargs_override_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREROOM_QUEUE_NAME", "from-env")
    assert Settings(queue_name="from-init").queue_name == "from-init"


def test_comma_separated_lists_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREROOM_FETCH_ALLOW_NETWORKS", "127.0.0.0/8, ::1/128")
    monkeypatch.setenv("WIREROOM_FETCH_ALLOWED_PORTS", "80,443,8080")
    monkeypatch.setenv("WIREROOM_RETRY_HTTP_CODES", "429,503")
    settings = Settings()
    assert settings.fetch_allow_networks == [ip_network("127.0.0.0/8"), ip_network("::1/128")]
    assert settings.fetch_allowed_ports == [80, 443, 8080]
    assert settings.retry_http_codes == [429, 503]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"redis_url": "http://127.0.0.1:6379/0"},
        {"task_soft_time_limit": 130, "task_time_limit": 120},
        {"task_time_limit": 400, "visibility_timeout": 300},
        {"fetch_deadline": 95},
        {"max_retries": -1},
        {"retry_backoff_base": 0},
        {"worker_pool": "gevent"},
        {"worker_concurrency": -2},
        {"unknown_setting": 1},
        {"events_maxlen": 10},
    ],
)
def test_invalid_settings_fail_at_start_up(kwargs: dict[str, object]) -> None:
    with pytest.raises(ValidationError):
        Settings(**kwargs)  # type: ignore[arg-type]


def test_invalid_environment_fails_at_start_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIREROOM_MAX_RETRIES", "many")
    with pytest.raises(ValidationError):
        Settings()


def test_settings_are_frozen() -> None:
    settings = Settings()
    with pytest.raises(ValidationError):
        settings.queue_name = "x"  # type: ignore[misc]


def test_celery_configuration_follows_settings() -> None:
    settings = Settings(queue_name="q1", key_prefix="p1:", visibility_timeout=200, worker_concurrency=3)
    conf = create_app(settings).conf
    assert conf.accept_content == ["json"] and conf.task_serializer == "json"
    assert conf.task_acks_late and conf.task_reject_on_worker_lost
    assert conf.worker_prefetch_multiplier == 1
    assert conf.task_default_queue == "q1"
    assert conf.task_ignore_result and conf.result_backend is None
    assert conf.task_soft_time_limit < conf.task_time_limit < conf.broker_transport_options["visibility_timeout"]
    assert conf.broker_transport_options["visibility_timeout"] == 200
    assert conf.broker_transport_options["unacked_key"] == "p1:unacked"
    assert conf.worker_concurrency == 3
    assert conf.broker_connection_retry_on_startup


def test_pool_children_are_replaced_above_a_memory_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a memory bound per pool child from the environment, and one turned off
    monkeypatch.setenv("WIREROOM_WORKER_MAX_MEMORY_PER_CHILD", "300000")
    bounded = create_app(Settings())
    off = create_app(Settings(worker_max_memory_per_child=0))
    # Then Celery replaces a child whose RSS passed the bound after a task (a big page's memory is given back)
    assert bounded.conf.worker_max_memory_per_child == 300_000
    assert off.conf.worker_max_memory_per_child is None
    assert Settings().worker_max_memory_per_child > 0  # on by default


@pytest.mark.parametrize(
    ("kwargs", "cap"),
    [
        ({"retry_backoff_max": 600, "visibility_timeout": 300, "task_time_limit": 120}, 180.0),  # the broker bounds it
        ({"retry_backoff_max": 60, "visibility_timeout": 300, "task_time_limit": 120}, 60.0),  # the setting bounds it
    ],
)
def test_retry_wait_cap_keeps_a_retry_within_the_visibility_timeout(kwargs: dict[str, int], cap: float) -> None:
    assert Settings(**kwargs).retry_wait_cap == cap  # type: ignore[arg-type]


def test_liveness_check_defaults_agree_with_settings() -> None:
    # `python -m worker.liveness` reads no Settings (standard library only); its defaults must be the same
    from worker import liveness

    settings = Settings()
    assert (settings.heartbeat_file, settings.heartbeat_max_age) == (liveness.DEFAULT_FILE, liveness.DEFAULT_MAX_AGE)
