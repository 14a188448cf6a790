"""Every Redis key wireroom reads or writes, in one table. ``<prefix>`` is ``Settings.key_prefix``.

================================  ======  ==========================================================================
key                               type    what
================================  ======  ==========================================================================
``<queue>``, ``<queue>␆␖<n>``     list    kombu's queue lists, one per priority (``broker.kombu_layout``)
``<prefix>unacked``               hash    kombu's delivered, unacknowledged messages (``_index``, ``_mutex`` beside)
``<prefix>deadletter``            list    refused broker messages (``Settings.dead_letter_list``); ``:count`` beside
``<prefix>job:<job id>``          hash    one job's status (``broker.jobstatus``)
``<prefix>jobs:retrying``         zset    jobs waiting for a retry, by when they failed
``<prefix>jobs:queued:<queue>``   zset    jobs queued and not yet started, by when they were queued
``<prefix>jobs:suspect:<queue>``  hash    jobs a reconcile pass found nowhere (``broker.reconcile``)
``<prefix>reconcile:lock:<q>``    string  one reconcile pass per interval and queue
``<prefix>holders``               hash    delivery tag → the worker process holding it (``broker.orphans``)
``<prefix>alive:<holder>``        string  a worker process's liveness, expiring
``<events stream>``               stream  the events (``Settings.events_stream``)
``<prefix>published:<event id>``  string  the stream entry of a published event (publish-once marker)
``<prefix>outcome:<job id>``      string  the type and id of the job's one outcome event
``<prefix>host:<host>:next``      string  earliest time of the host's next fetch (``fetch.politeness``)
``<prefix>host:<host>:leases``    zset    fetches of the host in flight
``<prefix>deliveries:<id>:<n>``   string  deliveries of one attempt of a job (``fetch.admission``)
``<prefix>robots:<origin>``       string  a site's robots.txt, shared between workers (``fetch.robots``)
``<prefix>workers``               zset    worker host names by last heartbeat (``ops.heartbeat``)
``<prefix>heartbeat:<host>``      string  one worker's last heartbeat (JSON)
``<prefix>ratelimit:<client>``    hash    the API's token bucket of one client (``api.limits``)
================================  ======  ==========================================================================
"""

from __future__ import annotations

PRIORITY_SEPARATOR = "\x06\x16"
"""kombu's separator between a queue name and its priority in Redis list keys."""


def queue_list(queue: str, priority: int | None) -> str:
    """The Redis list a message of ``priority`` waits in (what kombu's transport LPUSHes to and BRPOPs from)."""
    if not priority:
        return queue
    return f"{queue}{PRIORITY_SEPARATOR}{max(0, min(9, priority))}"


def unacked(prefix: str) -> str:
    """kombu's hash of delivered, unacknowledged messages (including retries waiting for their countdown)."""
    return f"{prefix}unacked"


def unacked_index(prefix: str) -> str:
    """kombu's sorted set of unacked delivery tags by delivery time."""
    return f"{prefix}unacked_index"


def unacked_mutex(prefix: str) -> str:
    """kombu's lock of the unacked restore."""
    return f"{prefix}unacked_mutex"


def dead_letters(prefix: str, name: str) -> str:
    """The list of refused broker messages, newest first."""
    return f"{prefix}{name}"


def dead_letter_count(prefix: str, name: str) -> str:
    """How many messages were ever refused into ``dead_letters``."""
    return f"{dead_letters(prefix, name)}:count"


def job(prefix: str, job_id: str) -> str:
    """One job's status hash."""
    return f"{prefix}job:{job_id}"


def jobs_retrying(prefix: str) -> str:
    """Jobs waiting for a retry, scored by when they failed."""
    return f"{prefix}jobs:retrying"


def jobs_queued(prefix: str, queue: str) -> str:
    """Jobs queued on ``queue`` and not yet started, scored by when they were queued."""
    return f"{prefix}jobs:queued:{queue}"


def jobs_suspect(prefix: str, queue: str) -> str:
    """Jobs of ``queue`` a reconcile pass found in no list and held by no worker, with when it first did."""
    return f"{prefix}jobs:suspect:{queue}"


def reconcile_lock(prefix: str, queue: str) -> str:
    """Held for an interval by the process running the reconcile pass of ``queue``."""
    return f"{prefix}reconcile:lock:{queue}"


def holders(prefix: str) -> str:
    """Delivery tag → identity of the worker process holding the message."""
    return f"{prefix}holders"


def alive(prefix: str, identity: str) -> str:
    """Set while the worker process ``identity`` lives (expires otherwise)."""
    return f"{prefix}alive:{identity}"


def published(prefix: str, event_id: str) -> str:
    """The stream entry id of a published event (the publish-once marker)."""
    return f"{prefix}published:{event_id}"


def outcome(prefix: str, job_id: str) -> str:
    """``<event type> <event id>`` of the job's one outcome event."""
    return f"{prefix}outcome:{job_id}"


def host_next(prefix: str, host: str) -> str:
    """The earliest time (Redis clock, ms) of the host's next fetch."""
    return f"{prefix}host:{host.lower()}:next"


def host_leases(prefix: str, host: str) -> str:
    """The host's fetches in flight, scored by when their lease expires."""
    return f"{prefix}host:{host.lower()}:leases"


def deliveries(prefix: str, job_id: str, attempt: int) -> str:
    """How many times attempt ``attempt`` of the job was delivered."""
    return f"{prefix}deliveries:{job_id}:{attempt}"


def robots(prefix: str, origin: str) -> str:
    """The robots.txt of ``origin`` (``scheme://host:port``), shared between workers."""
    return f"{prefix}robots:{origin}"


def workers(prefix: str) -> str:
    """Worker host names scored by their last heartbeat."""
    return f"{prefix}workers"


def heartbeat(prefix: str, hostname: str) -> str:
    """One worker's last heartbeat (JSON)."""
    return f"{prefix}heartbeat:{hostname}"


def rate_limit(prefix: str, client: str) -> str:
    """The API's token bucket of one client."""
    return f"{prefix}ratelimit:{client}"


__all__ = [
    "PRIORITY_SEPARATOR",
    "alive",
    "dead_letter_count",
    "dead_letters",
    "deliveries",
    "heartbeat",
    "holders",
    "host_leases",
    "host_next",
    "job",
    "jobs_queued",
    "jobs_retrying",
    "jobs_suspect",
    "outcome",
    "published",
    "queue_list",
    "rate_limit",
    "reconcile_lock",
    "robots",
    "unacked",
    "unacked_index",
    "unacked_mutex",
    "workers",
]
