"""The cyclic garbage collector at start-up: what a command imports and loads lives as long as the process."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived() -> Iterator[None]:
    """Run the block with the collector paused, then freeze what exists (``gc.freeze``) and resume it.

    Imports and the entity model's load make hundreds of thousands of objects that live as long as the command;
    the collector would scan them again at each full collection it runs meanwhile (about a quarter of the start-up
    CPU of ``wireroom parse``), and never free one. Frozen, later collections skip them (``gc.unfreeze`` undoes it).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if enabled:
            gc.enable()


__all__ = ["long_lived"]
