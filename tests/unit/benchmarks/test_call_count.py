"""The call-count benchmark counts the calls a step makes, and nothing of its own."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).parents[3] / "benchmarks" / "call_count.py"


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("call_count_benchmark", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _one() -> int:
    return 1


@pytest.mark.parametrize("times", [0, 1, 7])
def test_counts_the_calls_a_step_makes(bench: ModuleType, times: int) -> None:
    def step() -> None:
        for _ in range(times):
            _one()

    assert bench.count_calls(step) == times
