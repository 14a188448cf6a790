"""Run ``wireroom parse``'s per-file work in forked processes that share the parent's loaded model, in input order."""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Final

Render = Callable[[str], tuple[bool, str]]
"""One input's work: its name → (failed, the line to print)."""

CHUNK: Final[int] = 2
"""Inputs handed to a process at a time: enough to keep the queue busy, few enough to balance uneven pages."""

_render: Render | None = None
"""The parent's ``Render``, inherited by each forked process (closures and models are never pickled)."""


class ProcessesDied(Exception):
    """A forked process died mid-batch (killed, out of memory): ``remaining`` names the inputs with no result."""

    def __init__(self, remaining: Sequence[str], reason: str) -> None:
        super().__init__(f"a parsing process died ({reason}); {len(remaining)} input(s) not parsed")
        self.remaining = list(remaining)
        self.reason = reason


MAX_DEFAULT_JOBS: Final[int] = 16
"""The most processes ``default_jobs`` gives, however many CPUs (each parses a page in memory of its own)."""


def default_jobs() -> int:
    """Processes for ``--jobs 0``: one per CPU, at most ``MAX_DEFAULT_JOBS`` (trafilatura's ``--parallel`` default)."""
    return min(cpu_count(), MAX_DEFAULT_JOBS)


def cpu_count() -> int:
    """The CPUs this process may run on (its affinity where the platform tells it), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    """Whether the work may go to forked processes here: on Linux. Elsewhere ``render_all`` runs in this process
    (macOS can fork, but a process forked after numpy's and spaCy's libraries are loaded is not safe there)."""
    return sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods()


def render_all(names: Sequence[str], render: Render, jobs: int) -> Iterator[tuple[bool, str]]:
    """``render`` of each name, in order, spread over ``jobs`` forked processes (this process alone if ``jobs`` is
    1, there is one name, a name is ``-``, which only this process may read, or the platform cannot fork).

    The processes are forked after the caller loaded the model, so they share its memory and none loads it again.
    An error ``render`` raises reaches the caller as in one process; a process that dies (killed, out of memory)
    raises ``ProcessesDied`` naming the inputs not rendered. Leaving the iterator early cancels what has not run.
    """
    workers = min(jobs, len(names))
    if workers <= 1 or "-" in names or not can_fork():
        yield from map(render, names)
        return
    global _render  # noqa: PLW0603 (set for the forked processes to inherit, cleared when they are gone)
    _render = render
    executor = ProcessPoolExecutor(
        workers, mp_context=multiprocessing.get_context("fork"), initializer=die_with_parent, initargs=(os.getpid(),)
    )
    try:
        with warnings.catch_warnings():  # Python 3.12+ warns on fork in a threaded process; BLAS threads are fork-safe
            warnings.simplefilter("ignore", DeprecationWarning)
            results = executor.map(_render_one, names, chunksize=CHUNK)
        done = 0
        try:
            for result in results:
                yield result
                done += 1
        except BrokenProcessPool as exc:
            raise ProcessesDied(names[done:], str(exc) or type(exc).__name__) from exc
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
        _render = None


_PR_SET_PDEATHSIG: Final[int] = 1


def die_with_parent(parent: int) -> None:
    """Have the kernel kill this forked process when its parent dies (Linux ``PR_SET_PDEATHSIG``; ``render_all``
    forks only there): a parent killed by a signal (``kill``, an out-of-memory kill) cannot shut its pool down, and
    the processes would wait on its queue for ever. If the parent is already gone, exit now."""
    ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def _render_one(name: str) -> tuple[bool, str]:
    assert _render is not None, "render_all sets the render before forking"
    return _render(name)


__all__ = [
    "CHUNK",
    "MAX_DEFAULT_JOBS",
    "ProcessesDied",
    "Render",
    "can_fork",
    "cpu_count",
    "default_jobs",
    "die_with_parent",
    "render_all",
]
