"""kombu's Redis layout as wireroom uses it: a list per priority, the unacked bookkeeping, the dead-letter list.

``worker.enqueue`` writes these lists, ``worker.reconcile``/``worker.orphans``/``worker.snapshot`` read them; what
they assume of kombu is checked by ``tests/integration/test_kombu_layout.py``.
"""

from __future__ import annotations

from typing import Any

from worker.settings import Settings

PRIORITY_STEPS = list(range(10))
"""One Redis list per priority 0..9 (kombu's Redis transport: 0 is served first)."""

PRIORITY_SEPARATOR = "\x06\x16"
"""kombu's separator between a queue name and its priority in Redis list keys."""


def transport_options(settings: Settings) -> dict[str, Any]:
    """kombu Redis transport options: visibility timeout, unacked bookkeeping under ``key_prefix``, priorities."""
    prefix = settings.key_prefix
    return {
        "visibility_timeout": settings.visibility_timeout,
        "unacked_restore_interval": settings.unacked_restore_interval,
        "unacked_restore_throttle": 1,
        "unacked_key": f"{prefix}unacked",
        "unacked_index_key": f"{prefix}unacked_index",
        "unacked_mutex_key": f"{prefix}unacked_mutex",
        "priority_steps": PRIORITY_STEPS,
        "sep": PRIORITY_SEPARATOR,
        "queue_order_strategy": "priority",
        "socket_timeout": 30,
        "socket_connect_timeout": 5,
    }


def dead_letter_key(settings: Settings) -> str:
    """The Redis list of queue entries no worker can run (``worker.deadletter``), newest first; its counter is
    this key plus ``:count``."""
    return settings.key_prefix + settings.dead_letter_list


def queue_key(queue: str, priority: int | None) -> str:
    """The Redis list a message of ``priority`` waits in (what kombu's transport LPUSHes to and BRPOPs from)."""
    if not priority:
        return queue
    return f"{queue}{PRIORITY_SEPARATOR}{max(0, min(9, priority))}"


__all__ = ["PRIORITY_SEPARATOR", "PRIORITY_STEPS", "dead_letter_key", "queue_key", "transport_options"]
