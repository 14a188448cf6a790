"""Build the Celery application from ``Settings``: JSON only, late acks, bounded time limits. No tasks here."""

from __future__ import annotations

import os
from typing import Any

from celery import Celery

from worker.settings import Settings

PRIORITY_STEPS = list(range(10))
"""One Redis list per priority 0..9 (kombu's Redis transport: 0 is served first)."""

PRIORITY_SEPARATOR = "\x06\x16"
"""kombu's separator between a queue name and its priority in Redis list keys."""


def transport_options(settings: Settings) -> dict[str, Any]:
    """kombu Redis transport options: visibility timeout, unacked bookkeeping under ``key_prefix``, priorities."""
    prefix = settings.key_prefix
    return {
        "visibility_timeout": settings.visibility_timeout,
        "unacked_restore_interval": settings.unacked_restore_interval,
        "unacked_restore_throttle": 1,
        "unacked_key": f"{prefix}unacked",
        "unacked_index_key": f"{prefix}unacked_index",
        "unacked_mutex_key": f"{prefix}unacked_mutex",
        "priority_steps": PRIORITY_STEPS,
        "sep": PRIORITY_SEPARATOR,
        "queue_order_strategy": "priority",
        "socket_timeout": 30,
        "socket_connect_timeout": 5,
    }


def queue_key(queue: str, priority: int | None) -> str:
    """The Redis list a message of ``priority`` waits in (what kombu's transport LPUSHes to and BRPOPs from)."""
    if not priority:
        return queue
    return f"{queue}{PRIORITY_SEPARATOR}{max(0, min(9, priority))}"


def create_app(settings: Settings) -> Celery:
    """A Celery app configured from ``settings`` (broker = ``settings.redis_url``, no result backend)."""
    app = Celery("wireroom", broker=settings.redis_url, set_as_current=False)
    app.conf.update(
        task_serializer="json",
        accept_content=["json"],
        result_serializer="json",
        result_accept_content=["json"],
        result_backend=None,
        task_ignore_result=True,
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        task_acks_on_failure_or_timeout=True,
        worker_prefetch_multiplier=1,
        task_soft_time_limit=settings.task_soft_time_limit,
        task_time_limit=settings.task_time_limit,
        task_default_queue=settings.queue_name,
        task_default_priority=None,
        task_create_missing_queues=True,
        broker_transport_options=transport_options(settings),
        broker_connection_retry_on_startup=True,
        broker_connection_max_retries=None,
        worker_cancel_long_running_tasks_on_connection_loss=True,
        worker_pool=settings.worker_pool,
        worker_concurrency=settings.worker_concurrency or os.cpu_count() or 1,
        worker_max_memory_per_child=settings.worker_max_memory_per_child or None,
        worker_disable_rate_limits=True,
        worker_send_task_events=False,
        task_send_sent_event=False,
        enable_utc=True,
    )
    from worker import observability  # noqa: PLC0415 (here: it reads this module's key layout, a cycle at import)

    observability.install(app, settings)
    return app


__all__ = ["PRIORITY_SEPARATOR", "PRIORITY_STEPS", "create_app", "queue_key", "transport_options"]
