"""The committed JSON Schemas in schemas/json/ are exactly what ``python -m schemas.export`` generates."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from schemas.export import JSON_DIR, MODELS, render, write


def test_committed_schema_files_are_current() -> None:
    # Given the schemas generated from the models now
    fresh = render()
    # Then every committed file equals its regenerated text (run `python -m schemas.export` if this fails)
    stale = [
        name for name, text in fresh.items() if not (JSON_DIR / name).exists() or (JSON_DIR / name).read_text() != text
    ]
    assert stale == [], f"stale schema files, run `python -m schemas.export`: {stale}"


def test_every_model_has_a_valid_schema(tmp_path: Path) -> None:
    written = write(tmp_path)
    assert sorted(p.name for p in written) == sorted(f"{name}.schema.json" for name in MODELS)
    for path in written:
        jsonschema.Draft202012Validator.check_schema(json.loads(path.read_text()))
