"""Build the Celery application from ``Settings``: JSON only, late acks, bounded time limits. No tasks here."""

from __future__ import annotations

import os
from typing import Any

from celery import Celery
from celery.signals import task_revoked

from worker.deadletter import DeadLetters
from worker.kombu_layout import transport_options
from worker.publish import redis_client
from worker.settings import Settings
from worker.transport import gated_transport


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
        broker_transport=gated_transport(settings),  # unrunnable queue entries go to the dead-letter list
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
    _fail_jobs_expired_in_the_worker(app, settings)
    from worker import observability  # noqa: PLC0415 (here: it reads this module's key layout, a cycle at import)

    observability.install(app, settings)
    return app


def _fail_jobs_expired_in_the_worker(app: Celery, settings: Settings) -> None:
    """Connect Celery's ``task_revoked`` signal: a job of this app that expired while the worker held it (never run,
    discarded by Celery without a trace) gets its failed event and a dead-letter entry (``worker.deadletter``)."""
    holder: list[DeadLetters] = []

    def on_revoked(sender: Any = None, request: Any = None, expired: bool = False, **_: Any) -> None:
        if not expired or getattr(sender, "app", None) is not app:
            return
        if not holder:
            holder.append(DeadLetters(settings, redis_client(settings)))
        queue = (getattr(request, "delivery_info", None) or {}).get("routing_key") or settings.queue_name
        holder[0].expired_in_worker(request, str(queue))

    task_revoked.connect(on_revoked, weak=False)


__all__ = ["create_app"]
