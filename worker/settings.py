"""The one configuration object of wireroom, read from ``WIREROOM_*`` variables and validated at start-up."""

from __future__ import annotations

from importlib.util import find_spec
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Annotated, Literal, Self

from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from worker import __version__
from worker.liveness import DEFAULT_FILE as DEFAULT_HEARTBEAT_FILE
from worker.liveness import DEFAULT_MAX_AGE as DEFAULT_HEARTBEAT_MAX_AGE

Network = IPv4Network | IPv6Network


class Settings(BaseSettings):
    """All settings of wireroom. Build it once in ``worker.main`` (or a CLI command) and pass it on."""

    model_config = SettingsConfigDict(env_prefix="WIREROOM_", frozen=True, extra="forbid")

    # Redis: broker and events
    redis_url: str = "redis://127.0.0.1:6379/0"
    redis_socket_timeout: float = Field(
        default=10.0, gt=0, description="Seconds a Redis command of the worker may take (profile 'worker')."
    )
    redis_status_timeout: float = Field(
        default=5.0, gt=0, description="Seconds a Redis read of the API, CLI, metrics or job tracker may take."
    )
    redis_probe_timeout: float = Field(
        default=2.0, gt=0, description="Seconds a Redis call of the heartbeat or reconcile timer may take."
    )
    redis_connect_timeout: float = Field(default=5.0, gt=0, description="Seconds to connect to Redis.")
    events_stream: str = Field(default="wireroom:events", min_length=1)
    events_maxlen: int = Field(default=1_000_000, ge=1000, description="Approximate MAXLEN of the events stream.")
    key_prefix: str = Field(default="wireroom:", min_length=1, description="Prefix of wireroom's own Redis keys.")
    queue_name: str = Field(default="wireroom", min_length=1)
    event_source: str = Field(default="urn:wireroom", min_length=1, description="CloudEvents 'source' attribute.")
    dead_letter_list: str = Field(
        default="deadletter", min_length=1, description="List (under key_prefix) of broker messages no worker can run."
    )
    dead_letter_max: int = Field(default=10_000, ge=1, description="Newest refused messages kept in that list.")

    # Fetching
    user_agent: str = f"wireroom/{__version__} (+https://github.com/wireroom/wireroom; news ingestion bot)"
    fetch_connect_timeout: float = Field(default=5.0, gt=0)
    fetch_read_timeout: float = Field(default=10.0, gt=0)
    fetch_deadline: float = Field(default=30.0, gt=0, description="Wall-clock limit of one whole fetch, seconds.")
    fetch_max_bytes: int = Field(default=10_000_000, ge=1024)
    fetch_max_redirects: int = Field(default=5, ge=0, le=30)
    fetch_allow_networks: Annotated[list[Network], NoDecode] = Field(
        default_factory=lambda: [],  # not ``list``: its signature costs pydantic a ``tokenize`` (~10 ms of a start)
        description="CIDRs the SSRF guard lets through (e.g. 127.0.0.0/8 for tests).",
    )
    fetch_allowed_ports: Annotated[list[int], NoDecode] = Field(default_factory=lambda: [80, 443])
    retry_http_codes: Annotated[list[int], NoDecode] = Field(
        default_factory=lambda: [408, 429, 500, 502, 503, 504, 520, 521, 522, 523, 524]
    )
    respect_robots: bool = True
    host_min_delay: float = Field(default=1.0, ge=0, description="Minimum seconds between requests to one host.")
    robots_max_crawl_delay: float = Field(
        default=30.0, ge=0, description="Cap on a robots.txt Crawl-delay honoured per host, seconds."
    )
    host_max_concurrency: int = Field(default=2, ge=1, description="Concurrent fetches per host, across workers.")
    host_busy_max_retries: int = Field(
        default=100, ge=0, description="Retries of a job whose host was busy (politeness), apart from max_retries."
    )

    # Tasks
    max_retries: int = Field(default=5, ge=0, le=50)
    retry_backoff_max: int = Field(default=600, ge=1)
    max_deliveries: int = Field(default=5, ge=1, description="Deliveries before a job counts as poison.")
    task_soft_time_limit: int = Field(default=90, ge=1)
    task_time_limit: int = Field(default=120, ge=1)
    visibility_timeout: int = Field(default=300, ge=10)
    unacked_restore_interval: float = Field(default=1.0, gt=0)
    retry_backoff_base: float = Field(default=2.0, gt=0, description="Retry n waits up to base * 2**n s (jitter).")
    retry_jitter: bool = True
    publish_dedup_ttl: int = Field(default=7 * 24 * 3600, ge=60, description="Seconds an event id stays deduped.")
    consume_claim_idle_ms: int = Field(default=60_000, ge=1, description="Idle time before XAUTOCLAIM takes over.")
    worker_pool: Literal["prefork", "threads", "solo"] = "prefork"
    worker_concurrency: int = Field(default=0, ge=0, description="Worker processes/threads; 0: one per CPU core.")
    worker_max_memory_per_child: int = Field(
        default=800_000, ge=0, description="KiB of RSS after which a prefork child is replaced (after a task); 0: never"
    )

    parse_jobs: int = Field(
        default=0, ge=0, description="Processes of `wireroom parse` over many files; 0: one per CPU, at most 16."
    )

    # Entities
    ner_enabled: bool = True
    ner_model: str | None = Field(default=None, description="spaCy pipeline; default: the English small one installed.")

    # HTTP intake API
    api_token: SecretStr | None = None
    api_allow_anonymous: bool = False
    api_max_body_bytes: int = Field(default=1_048_576, ge=1024, description="Largest request body accepted, bytes.")
    api_max_bulk: int = Field(default=500, ge=1, le=10_000, description="Most jobs in one POST /v1/jobs.")
    api_rate_limit: float = Field(default=20.0, gt=0, description="Requests per second per client (bucket refill).")
    api_rate_burst: int = Field(default=100, ge=1, description="Token bucket size per client.")
    api_read_timeout: float = Field(
        default=10.0, gt=0, description="Seconds a request has to arrive whole (headers and body) before it is cut."
    )
    api_max_connections: int = Field(
        default=512, ge=1, description="Open connections the API keeps; more are closed at once (file descriptors)."
    )
    api_auth_failure_rate: float = Field(
        default=1.0, gt=0, description="Failed authentications per second per client address (bucket refill)."
    )
    api_auth_failure_burst: int = Field(
        default=10, ge=1, description="Failed authentications in a burst before a client address gets 429."
    )
    job_status_ttl: int = Field(default=7 * 86400, ge=60, description="Seconds a job's status record is kept.")
    reconcile_interval: float = Field(
        default=5.0, gt=0, description="Seconds between reconcile passes (lost messages, dead holders)."
    )
    reconcile_grace: float = Field(
        default=60.0, ge=0, description="A job queued this long, held nowhere, is a suspect (worker.broker.reconcile)."
    )

    # Operations: metrics and liveness
    metrics_port: int | None = Field(default=None, ge=0, le=65535, description="Worker /metrics port; unset: off.")
    metrics_host: str = "127.0.0.1"
    heartbeat_file: Path = Field(default=DEFAULT_HEARTBEAT_FILE, description="Touched by the worker while it is alive.")
    heartbeat_interval: float = Field(default=10.0, gt=0, description="Seconds between worker heartbeats.")
    heartbeat_max_age: float = Field(
        default=DEFAULT_HEARTBEAT_MAX_AGE, gt=0, description="A heartbeat older than this means dead."
    )

    @property
    def retry_wait_cap(self) -> float:
        """The longest one scheduled retry waits: ``retry_backoff_max``, but short enough that the retry message
        (held by a worker until its countdown ends) is never redelivered by the broker's visibility timeout."""
        return float(min(self.retry_backoff_max, self.visibility_timeout - self.task_time_limit))

    @field_validator("fetch_allow_networks", mode="before")
    @classmethod
    def _split_networks(cls, value: object) -> object:
        if isinstance(value, str):
            return [ip_network(part.strip(), strict=False) for part in value.split(",") if part.strip()]
        return value

    @field_validator("fetch_allowed_ports", mode="before")
    @classmethod
    def _split_ints(cls, value: object) -> object:
        if isinstance(value, str):
            return [int(part) for part in value.split(",") if part.strip()]
        return value

    @field_validator("retry_http_codes", mode="before")
    @classmethod
    def _split_codes(cls, value: object) -> object:
        """``"408,429,500-504"``: codes and inclusive ranges, comma-separated."""
        if not isinstance(value, str):
            return value
        codes: list[int] = []
        for part in (p.strip() for p in value.split(",")):
            if not part:
                continue
            low, dash, high = part.partition("-")
            first, last = (int(low), int(high)) if dash else (int(part), int(part))
            if not 100 <= first <= last <= 599:
                raise ValueError(f"{part!r} is not an HTTP status code or an ascending range of them")
            codes.extend(range(first, last + 1))
        return codes

    @field_validator("redis_url")
    @classmethod
    def _check_redis_url(cls, value: str) -> str:
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("WIREROOM_REDIS_URL must be a redis://, rediss:// or unix:// URL")
        return value

    @field_validator("ner_model")
    @classmethod
    def _check_ner_model(cls, value: str | None) -> str | None:
        if value is not None and find_spec(value.split(".")[0]) is None and not (Path(value) / "config.cfg").is_file():
            raise ValueError(f"WIREROOM_NER_MODEL: spaCy pipeline {value!r} is not installed")
        return value

    @model_validator(mode="after")
    def _check_time_limits(self) -> Self:
        if not self.task_soft_time_limit < self.task_time_limit < self.visibility_timeout:
            raise ValueError("need task_soft_time_limit < task_time_limit < visibility_timeout")
        if self.fetch_deadline >= self.task_soft_time_limit:
            raise ValueError("fetch_deadline must be below task_soft_time_limit")
        return self


__all__ = ["Settings"]
