"""``wireroom parse --no-entities`` parses without tagging; without the flag the same page gets its entities."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from worker.cli import main

SEED = Path(__file__).parents[2] / "fixtures" / "pages" / "seed_asian_correspondent.html"


def _entities(*flags: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(main, ["parse", "--jsonl", *flags, str(SEED)])
    assert result.exit_code == 0, result.output
    entities: list[dict[str, object]] = json.loads(result.stdout)["entities"]
    return entities


def test_no_entities_flag_skips_tagging(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given entity tagging switched on in the configuration
    monkeypatch.setenv("WIREROOM_NER_ENABLED", "true")
    # When the seed page is parsed with and without --no-entities
    tagged, untagged = _entities(), _entities("--no-entities")
    # Then only the run without the flag carries entities
    assert any(e["text"] == "Jack Ma" for e in tagged)
    assert untagged == []
