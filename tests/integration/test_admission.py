"""robots.txt (RFC 9309 outcomes, caching), per-host politeness in Redis, and the poison-job delivery counter."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import redis
import requests
from hostile.server import ARTICLE, HostileServer
from support.waiting import wait_for

from worker.errors import (
    BlockedDestination,
    HostBusy,
    PoisonJob,
    RetryableError,
    StoreUnavailable,
    UpstreamUnavailable,
)
from worker.fetch.admission import Admission
from worker.fetch.fetch import fetch, make_session
from worker.fetch.politeness import HostGate
from worker.fetch.robots import ROBOTS_MAX_BYTES, RobotsCache
from worker.settings import Settings

pytestmark = pytest.mark.integration


@pytest.fixture
def server() -> Iterator[HostileServer]:
    with HostileServer() as srv:
        yield srv


@pytest.fixture
def settings(prefix: str, redis_url: str, server: HostileServer) -> Settings:
    return Settings(
        redis_url=redis_url,
        key_prefix=prefix,
        fetch_allow_networks="127.0.0.0/8",
        fetch_allowed_ports=str(server.port),
        fetch_deadline=3.0,
        fetch_read_timeout=1.0,
        host_min_delay=0.0,
        host_max_concurrency=2,
    )


@pytest.fixture
def session(settings: Settings) -> Iterator[requests.Session]:
    with make_session(settings) as sess:
        yield sess


def robots_hits(server: HostileServer) -> int:
    return server.hits.count("/robots.txt")


# --- robots.txt ----------------------------------------------------------------------------------------------


def test_robots_disallow_is_a_permanent_block(
    server: HostileServer, session: requests.Session, settings: Settings
) -> None:
    robots = RobotsCache(session, settings)
    robots.check(server.url("/ok"))
    with pytest.raises(BlockedDestination, match=r"robots\.txt") as caught:
        robots.check(server.url("/private/ok"))
    assert not caught.value.retryable
    assert robots_hits(server) == 1  # cached per origin


@pytest.mark.parametrize("status", [401, 403, 404, 410])
def test_robots_4xx_allows_everything(
    server: HostileServer, session: requests.Session, settings: Settings, status: int
) -> None:
    server.robots_reply = (status, b"User-agent: *\nDisallow: /\n")
    RobotsCache(session, settings).check(server.url("/private/ok"))


@pytest.mark.parametrize("status", [429, 500, 503])
def test_robots_5xx_disallows_for_now(
    server: HostileServer, session: requests.Session, settings: Settings, status: int
) -> None:
    server.robots_reply = (status, b"busy")
    robots = RobotsCache(session, settings, unreachable_ttl=30)
    for _ in range(3):
        with pytest.raises(UpstreamUnavailable, match="unreachable") as caught:
            robots.check(server.url("/ok"))
        assert caught.value.retryable
        assert caught.value.retry_after is not None and 1 <= caught.value.retry_after <= 30
    assert robots_hits(server) == 1


def test_robots_unreachable_server_disallows_for_now(session: requests.Session, settings: Settings) -> None:
    with HostileServer() as gone:
        url = gone.url("/ok")
        allowed = settings.model_copy(update={"fetch_allowed_ports": [gone.port]})
    with make_session(allowed) as own, pytest.raises(RetryableError):
        RobotsCache(own, allowed).check(url)


def test_robots_trickle_is_cut_by_its_deadline(
    server: HostileServer, session: requests.Session, settings: Settings
) -> None:
    server.robots_reply = (0, b"")
    started = time.monotonic()
    with pytest.raises(RetryableError):
        RobotsCache(session, settings, timeout=1.0).check(server.url("/ok"))
    assert time.monotonic() - started < 4


def test_robots_oversized_file_is_read_up_to_the_cap(
    server: HostileServer, session: requests.Session, settings: Settings
) -> None:
    padding = b"# " + b"x" * 100 + b"\n"
    body = b"User-agent: *\nDisallow: /private\n" + padding * (2 * ROBOTS_MAX_BYTES // len(padding))
    server.robots_reply = (200, body + b"Disallow: /ok\n")
    robots = RobotsCache(session, settings)
    robots.check(server.url("/ok"))  # the rule past the cap is not seen
    with pytest.raises(BlockedDestination):
        robots.check(server.url("/private/ok"))


def test_robots_cache_is_shared_through_redis(
    server: HostileServer, session: requests.Session, settings: Settings, redis_client: redis.Redis
) -> None:
    RobotsCache(session, settings, client=redis_client).check(server.url("/ok"))
    other_worker = RobotsCache(session, settings, client=redis_client)
    with pytest.raises(BlockedDestination):
        other_worker.check(server.url("/private/ok"))
    assert robots_hits(server) == 1


def test_robots_off_when_not_respected(server: HostileServer, session: requests.Session, settings: Settings) -> None:
    RobotsCache(session, settings.model_copy(update={"respect_robots": False})).check(server.url("/private/ok"))
    assert robots_hits(server) == 0


def test_fetch_checks_robots_on_every_redirect_hop(
    server: HostileServer, session: requests.Session, settings: Settings, redis_client: redis.Redis
) -> None:
    admission = Admission.from_settings(settings, session, redis_client)
    page = fetch(server.url("/ok"), session, settings, admission=admission)
    assert page.body == ARTICLE
    with pytest.raises(BlockedDestination, match=r"robots\.txt"):
        fetch(server.url(f"/hop?to={server.url('/private/ok')}"), session, settings, admission=admission)
    assert "/private/ok" not in server.hits


# --- Crawl-delay ---------------------------------------------------------------------------------------------


def admit_twice(admission: Admission, url: str) -> float:
    """Seconds the second of two back-to-back admissions to ``url`` was held up."""
    with admission.admit(url):
        pass
    started = time.monotonic()
    with admission.admit(url):
        return time.monotonic() - started


def test_crawl_delay_spaces_requests_to_the_host(
    server: HostileServer, session: requests.Session, settings: Settings, redis_client: redis.Redis
) -> None:
    # Given a robots.txt asking for 2 s between requests, and host_min_delay 0
    server.robots_reply = (200, b"User-agent: otherbot\nCrawl-delay: 9\n\nUser-agent: *\nCrawl-delay: 2\n")
    admission = Admission.from_settings(settings, session, redis_client)
    # When two requests are admitted one after the other, then the second waits out the Crawl-delay
    assert admit_twice(admission, server.url("/ok")) >= 1.5
    # and other workers sharing Redis see the host's next turn
    next_key = f"{settings.key_prefix}host:127.0.0.1:next"
    assert 0 < redis_client.pttl(next_key) <= 2000


def test_crawl_delay_is_capped(
    server: HostileServer, session: requests.Session, settings: Settings, redis_client: redis.Redis
) -> None:
    # Given a hostile robots.txt asking for an hour between requests, capped at 0.5 s
    server.robots_reply = (200, b"User-agent: *\nCrawl-delay: 3600\n")
    capped = settings.model_copy(update={"robots_max_crawl_delay": 0.5})
    admission = Admission.from_settings(capped, session, redis_client)
    # Then the second request waits the cap, not the hour
    held = admit_twice(admission, server.url("/ok"))
    assert 0.35 <= held < 4.5
    assert admission.robots is not None and admission.robots.crawl_delay(server.url("/ok")) == 0.5


def test_host_min_delay_wins_over_a_shorter_crawl_delay(
    server: HostileServer, session: requests.Session, settings: Settings, redis_client: redis.Redis
) -> None:
    server.robots_reply = (200, b"User-agent: *\nCrawl-delay: 0.1\n")
    slower = settings.model_copy(update={"host_min_delay": 1.0})
    assert admit_twice(Admission.from_settings(slower, session, redis_client), server.url("/ok")) >= 0.8


def test_crawl_delay_in_embedded_mode(server: HostileServer, session: requests.Session, settings: Settings) -> None:
    server.robots_reply = (200, b"User-agent: *\nCrawl-delay: 1\n")
    assert admit_twice(Admission.embedded(settings, session), server.url("/ok")) >= 0.8


# --- politeness ----------------------------------------------------------------------------------------------


def test_min_delay_between_requests_to_one_host(redis_client: redis.Redis, settings: Settings) -> None:
    gate = HostGate(redis_client, settings.model_copy(update={"host_min_delay": 0.5}))
    token, wait = gate.try_acquire("news.example")
    assert token is not None and wait == 0
    gate.release("news.example", token)
    token2, wait2 = gate.try_acquire("news.example")
    assert token2 is None and 0 < wait2 <= 0.5
    other, _ = gate.try_acquire("other.example")  # another host is not held up
    assert other is not None


def test_concurrency_cap_across_workers(redis_client: redis.Redis, settings: Settings) -> None:
    # Two gates = two workers sharing Redis; the cap is 2 per host
    first, second = HostGate(redis_client, settings), HostGate(redis_client, settings)
    a, _ = first.try_acquire("h.example")
    b, _ = second.try_acquire("h.example")
    c, wait = first.try_acquire("h.example")
    assert a and b and c is None and wait > 0
    assert a is not None
    first.release("h.example", a)
    d, _ = second.try_acquire("h.example")
    assert d is not None


def test_lease_of_a_dead_worker_expires(redis_client: redis.Redis, settings: Settings) -> None:
    gate = HostGate(redis_client, settings.model_copy(update={"host_max_concurrency": 1}), lease_ttl=0.3)
    token, _ = gate.try_acquire("dead.example")  # never released: the worker "died"
    assert token is not None
    held_at = time.monotonic()
    assert gate.try_acquire("dead.example")[0] is None
    wait_for(lambda: gate.try_acquire("dead.example")[0] is not None, 5, "the dead worker's lease to expire")
    assert time.monotonic() - held_at >= 0.2


def test_slot_waits_briefly_then_raises_host_busy(redis_client: redis.Redis, settings: Settings) -> None:
    gate = HostGate(redis_client, settings.model_copy(update={"host_min_delay": 0.3}), max_wait=5.0)
    with gate.slot("wait.example"):
        pass
    started = time.monotonic()
    with gate.slot("wait.example"):  # waits out (what is left of) the 0.3 s delay
        assert time.monotonic() - started < 5.0
    busy = HostGate(redis_client, settings.model_copy(update={"host_min_delay": 5.0}), max_wait=0.2)
    with busy.slot("busy.example"), pytest.raises(HostBusy) as caught, busy.slot("busy.example"):
        pass
    assert caught.value.retryable and caught.value.retry_after is not None and 4 < caught.value.retry_after <= 5


def test_gate_keys_live_under_the_prefix(redis_client: redis.Redis, settings: Settings) -> None:
    gate = HostGate(redis_client, settings.model_copy(update={"host_min_delay": 1.0}))
    gate.try_acquire("keys.example")
    keys = {k.decode() for k in redis_client.scan_iter(match="*keys.example*")}
    assert keys and all(k.startswith(settings.key_prefix) for k in keys)


def test_gate_without_redis_is_a_retryable_error(settings: Settings) -> None:
    dead = redis.Redis(port=1, socket_connect_timeout=0.5)
    with pytest.raises(StoreUnavailable):
        HostGate(dead, settings).try_acquire("x.example")


# --- delivery counter ----------------------------------------------------------------------------------------


def test_delivery_counter_flags_poison(redis_client: redis.Redis, settings: Settings) -> None:
    admission = Admission(redis_client, None, None, settings.key_prefix, max_deliveries=3)
    assert [admission.count_delivery("job-1", 0) for _ in range(3)] == [1, 2, 3]
    with pytest.raises(PoisonJob) as caught:
        admission.count_delivery("job-1", 0)
    assert not caught.value.retryable
    assert admission.count_delivery("job-1", 1) == 1  # a planned retry is a new attempt
    ttl = redis_client.ttl(f"{settings.key_prefix}deliveries:job-1:0")
    assert isinstance(ttl, int) and 0 < ttl <= 86_400
