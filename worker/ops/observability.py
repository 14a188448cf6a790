"""Plug wireroom's operations into a Celery app: heartbeat, metrics and reconcile bootsteps, structured worker logs."""

from __future__ import annotations

from celery import Celery

from worker.broker.reconcile import reconcile_step
from worker.ops.heartbeat import heartbeat_step
from worker.ops.logs import install_celery_logging
from worker.ops.metrics import metrics_step
from worker.settings import Settings


def install(app: Celery, settings: Settings) -> None:
    """Add the heartbeat, metrics and reconcile bootsteps to ``app``'s workers; Celery's logging to ``worker.ops.logs``.

    The metrics step only serves when ``settings.metrics_port`` is set.
    """
    app.steps["worker"].add(heartbeat_step(settings))
    app.steps["worker"].add(metrics_step(settings))
    app.steps["worker"].add(reconcile_step(settings))
    secrets = [settings.api_token.get_secret_value()] if settings.api_token is not None else []
    install_celery_logging(secrets=secrets)


__all__ = ["install"]
