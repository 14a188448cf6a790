"""The broker side: the Celery/kombu message format on Redis, enqueueing, job status, reconcile and orphans."""
