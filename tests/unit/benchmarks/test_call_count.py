"""The call-count benchmark counts the calls a step makes, and nothing of its own."""

from __future__ import annotations

from types import ModuleType

import pytest
from support.scripts import load_benchmark


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_benchmark("call_count")


def _one() -> int:
    return 1


@pytest.mark.parametrize("times", [0, 1, 7])
def test_counts_the_calls_a_step_makes(bench: ModuleType, times: int) -> None:
    def step() -> None:
        for _ in range(times):
            _one()

    assert bench.count_calls(step) == times
