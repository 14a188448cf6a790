"""Composition root: build the ``Settings`` and the Celery app with its tasks (``celery -A worker.main worker``)."""

from __future__ import annotations

from celery import Celery

from worker.app import create_app
from worker.settings import Settings
from worker.tasks import register_tasks


def build_app(settings: Settings | None = None) -> Celery:
    """The wireroom Celery app with ``wireroom.ingest`` registered (settings from ``WIREROOM_*`` if not given).

    Raises:
        pydantic.ValidationError: the settings are invalid (fails start-up, by design).
    """
    settings = settings or Settings()
    app = create_app(settings)
    register_tasks(app, settings)
    return app


app = build_app()

__all__ = ["app", "build_app"]
