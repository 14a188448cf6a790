"""The HTTP intake API: submit jobs, follow their status, probe health, scrape metrics."""

from worker.api.app import create_api

__all__ = ["create_api"]
