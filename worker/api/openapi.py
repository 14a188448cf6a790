"""Render the API's OpenAPI document to ``schemas/json/openapi.json`` (run ``python -m worker.api.openapi``)."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path

from schemas.jobs import FetchJob
from worker.api.app import create_api
from worker.settings import Settings
from worker.store.client import redis_client

OPENAPI_PATH = Path(__file__).resolve().parents[2] / "schemas" / "json" / "openapi.json"


def _never_enqueue(jobs: Sequence[FetchJob]) -> list[str]:
    raise RuntimeError("the document builder never enqueues")


def render(settings: Settings | None = None) -> str:
    """The OpenAPI document of the API built with default settings (plus a placeholder token), as stable JSON."""
    settings = settings or Settings(api_token="0" * 32)
    client = redis_client(settings, "status")  # never connected: building the app does no I/O
    app = create_api(settings, client=client, enqueue=_never_enqueue)
    return json.dumps(app.openapi(), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def main() -> int:
    """Entry point of ``python -m worker.api.openapi``: write the document, print its path."""
    OPENAPI_PATH.write_text(render(), encoding="utf-8")
    print(OPENAPI_PATH, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
