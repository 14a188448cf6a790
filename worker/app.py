"""Build the Celery application from ``Settings``: JSON only, late acks, bounded time limits. No tasks here."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import Any

from celery import Celery
from celery.signals import task_revoked

from worker.broker.deadletter import DeadLetters
from worker.broker.kombu_layout import transport_options
from worker.broker.transport import gated_transport
from worker.ops import observability
from worker.ops.tracking import JobTracker
from worker.settings import Settings
from worker.store.client import redis_client


def create_app(settings: Settings) -> Celery:
    """A Celery app configured from ``settings`` (broker = ``settings.redis_url``, no result backend)."""
    app = Celery("wireroom", broker=settings.redis_url, set_as_current=False)
    dead_letters = _dead_letters_of(settings)
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
        broker_transport=gated_transport(dead_letters),  # unrunnable queue entries go to the dead-letter list
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
    _fail_jobs_expired_in_the_worker(app, settings, dead_letters)
    observability.install(app, settings)
    return app


def _dead_letters_of(settings: Settings) -> Callable[[], DeadLetters]:
    """This process's dead-letter list of ``settings``, built on first use (after the worker forked)."""
    holder: list[DeadLetters] = []

    def dead_letters() -> DeadLetters:
        if not holder:
            holder.append(DeadLetters(settings, redis_client(settings), lambda: JobTracker.from_settings(settings)))
        return holder[0]

    return dead_letters


def _fail_jobs_expired_in_the_worker(app: Celery, settings: Settings, dead_letters: Callable[[], DeadLetters]) -> None:
    """Connect Celery's ``task_revoked`` signal: a job of this app that expired while the worker held it (never run,
    discarded by Celery without a trace) gets its failed event and a dead-letter entry (``broker.deadletter``)."""

    def on_revoked(sender: Any = None, request: Any = None, expired: bool = False, **_: Any) -> None:
        if not expired or getattr(sender, "app", None) is not app:
            return
        queue = (getattr(request, "delivery_info", None) or {}).get("routing_key") or settings.queue_name
        dead_letters().expired_in_worker(request, str(queue))

    task_revoked.connect(on_revoked, weak=False)


__all__ = ["create_app"]
