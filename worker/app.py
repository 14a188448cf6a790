"""Build the Celery application from ``Settings``: JSON only, late acks, bounded time limits. No tasks here."""

from __future__ import annotations

import os

from celery import Celery

from worker.kombu_layout import transport_options
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
        worker_disable_rate_limits=True,
        worker_send_task_events=False,
        task_send_sent_event=False,
        enable_utc=True,
    )
    from worker import observability  # noqa: PLC0415 (here: it reads this module's key layout, a cycle at import)

    observability.install(app, settings)
    return app


__all__ = ["create_app"]
