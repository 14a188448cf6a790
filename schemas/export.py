"""Write the JSON Schemas of the wire formats to ``schemas/json/`` (run ``python -m schemas.export``)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pydantic import BaseModel

from schemas.article import ArticleRecord
from schemas.events import ArticleFailed, ArticleIngested
from schemas.jobs import FetchJob

JSON_DIR = Path(__file__).resolve().parent / "json"
MODELS: dict[str, type[BaseModel]] = {
    "article-record": ArticleRecord,
    "fetch-job": FetchJob,
    "article-ingested": ArticleIngested,
    "article-failed": ArticleFailed,
}


def render() -> dict[str, str]:
    """The text of every schema file, keyed by file name (deterministic: sorted keys, trailing newline)."""
    files = {}
    for name, model in MODELS.items():
        schema = {"$schema": "https://json-schema.org/draft/2020-12/schema", "$id": f"urn:wireroom:json-schema:{name}"}
        schema.update(model.model_json_schema())
        files[f"{name}.schema.json"] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return files


def write(directory: Path = JSON_DIR) -> list[Path]:
    """Write every schema file into ``directory``; returns the paths written. Raises ``OSError`` on I/O failure."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for file_name, text in render().items():
        path = directory / file_name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main() -> int:
    """Entry point of ``python -m schemas.export``."""
    for path in write():
        print(path, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

__all__ = ["JSON_DIR", "MODELS", "render", "write"]
