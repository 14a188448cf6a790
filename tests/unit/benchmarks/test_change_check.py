"""The change check's diff: changed development-side pages are shown, held-out ones only counted."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType

import pytest
from support.scripts import load_benchmark

PARTS = Path(__file__).resolve().parents[2] / "data" / "split_parts.json"


@pytest.fixture(scope="module")
def check() -> ModuleType:
    return load_benchmark("change_check")


def _url_in(part: str) -> str:
    parts: dict[str, str] = json.loads(PARTS.read_text(encoding="utf-8"))["parts"]
    return next(url for url, drawn in sorted(parts.items()) if drawn == part and url.startswith("http"))


def test_held_out_changes_are_counted_not_shown(check: ModuleType) -> None:
    # Given two dumps where a development page, a held-out page and a probe page changed, and one did not
    dev, held = f"news:{_url_in('development')}", f"news:{_url_in('held-out')}"
    before = {
        dev: {"key": dev, "see_also": [], "body": "a"},
        held: {"key": held, "origin": None},
        "probe:set/n1.html": {"key": "probe:set/n1.html", "origin": None},
        "probe:set/n2.html": {"key": "probe:set/n2.html", "origin": None},
    }
    after = {
        dev: {"key": dev, "see_also": ["x"], "body": "b"},
        held: {"key": held, "origin": "Secret Outlet"},
        "probe:set/n1.html": {"key": "probe:set/n1.html", "origin": "X"},
        "probe:set/n2.html": {"key": "probe:set/n2.html", "origin": None},
    }
    # When diffing them
    lines, held_changed = check.diff(before, after)
    # Then the development and probe pages are named with their changed fields (the body named, not printed), the
    # held-out one only counted, and nothing of it shown
    assert held_changed == 1
    assert lines[0] == f"{dev} ['body', 'see_also']"
    assert lines[1:3] == ["   - []", '   + ["x"]']
    assert "probe:set/n1.html ['origin']" in lines
    assert not any("Secret Outlet" in line or held in line for line in lines)
