"""kombu's Redis transport as wireroom configures it: a list per priority, the unacked bookkeeping under our prefix.

The key names are in ``worker.store.keys``. ``worker.broker.enqueue`` writes the queue lists,
``worker.broker.reconcile``/``orphans`` and ``worker.ops.snapshot`` read them; what they assume of kombu is checked
by ``tests/integration/test_kombu_layout.py``.
"""

from __future__ import annotations

from typing import Any

from worker.settings import Settings
from worker.store import keys

PRIORITY_STEPS = list(range(10))
"""One Redis list per priority 0..9 (kombu's Redis transport: 0 is served first)."""


def transport_options(settings: Settings) -> dict[str, Any]:
    """kombu Redis transport options: visibility timeout, unacked bookkeeping under ``key_prefix``, priorities."""
    prefix = settings.key_prefix
    return {
        "visibility_timeout": settings.visibility_timeout,
        "unacked_restore_interval": settings.unacked_restore_interval,
        "unacked_restore_throttle": 1,
        "unacked_key": keys.unacked(prefix),
        "unacked_index_key": keys.unacked_index(prefix),
        "unacked_mutex_key": keys.unacked_mutex(prefix),
        "priority_steps": PRIORITY_STEPS,
        "sep": keys.PRIORITY_SEPARATOR,
        "queue_order_strategy": "priority",
        "socket_timeout": 30,
        "socket_connect_timeout": 5,
    }


__all__ = ["PRIORITY_STEPS", "transport_options"]
