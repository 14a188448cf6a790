"""Run the recognizer's matrix products on numpy's OpenBLAS, one thread per process, when that can be arranged."""

from __future__ import annotations

import ctypes
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

_SETTER = "openblas_set_num_threads_local"
"""OpenBLAS (0.3.27+) call that sets the calling thread's BLAS thread count and returns the previous one."""


@functools.lru_cache(maxsize=1)
def thread_setter() -> Callable[[int], int] | None:
    """``openblas_set_num_threads_local`` of the OpenBLAS that numpy's wheel bundles, or ``None`` if there is none
    (another BLAS, another platform's layout, an older OpenBLAS). Raises nothing."""
    try:
        import numpy  # noqa: PLC0415 (only taggers need it)

        libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
        for path in sorted(libs.glob("*openblas*.so*")):
            function = getattr(ctypes.CDLL(str(path)), _SETTER, None)
            if function is not None:
                function.argtypes = [ctypes.c_int]
                function.restype = ctypes.c_int
                return function  # type: ignore[no-any-return]
    except (ImportError, OSError):
        pass
    return None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Keep numpy's OpenBLAS to one thread inside the block, then restore the caller's setting.

    Extra BLAS threads only spin on the recognizer's small products: on 2 cores they doubled the CPU time of a
    page for a few per cent of wall time, and worker processes already use every core.
    """
    setter = thread_setter()
    if setter is None:
        yield
        return
    previous = setter(1)
    try:
        yield
    finally:
        setter(previous)


__all__ = ["one_blas_thread", "thread_setter"]
