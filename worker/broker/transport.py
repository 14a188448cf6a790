"""kombu's Redis transport with a gate: a queue entry no worker can run goes to the dead-letter list, not to Celery.

kombu decodes each entry it pops (``BRPOP``) and hands it to Celery. An entry that is not a runnable message makes
that raise inside the worker's event loop, which kills the worker or drops its broker connection, and the entry is
lost (or restored and popped again, stalling every worker). The gated channel checks the raw entry first
(``worker.broker.deadletter.inspect_message``) and hands refused entries to ``DeadLetters`` instead.

It reimplements kombu's ``Channel._brpop_read`` (kombu pinned to the tested minor in ``pyproject.toml``;
``tests/integration/test_kombu_layout.py`` fails if the layout it relies on changes).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from queue import Empty
from typing import Any

from kombu.transport import redis as kombu_redis
from kombu.utils.encoding import bytes_to_str
from kombu.utils.json import loads

from worker.broker.deadletter import DeadLetters, inspect_message

log = logging.getLogger(__name__)


def gated_transport(dead_letters: Callable[[], DeadLetters]) -> type[kombu_redis.Transport]:
    """A kombu Redis ``Transport`` class whose channels refuse unrunnable entries into ``dead_letters()``."""

    class GatedChannel(kombu_redis.Channel):
        """A Redis channel that checks every popped entry before kombu decodes it."""

        def _brpop_read(self, **options: Any) -> bool:
            try:
                try:
                    dest__item = self.client.parse_response(self.client.connection, "BRPOP", **options)
                except self.connection_errors:
                    self.client.connection.disconnect()
                    raise
                if not dest__item:
                    raise Empty()
                dest, item = dest__item
                dest = bytes_to_str(dest).rsplit(self.sep, 1)[0]
                self._queue_cycle.rotate(dest)
                rejection = inspect_message(item)
                if rejection is not None:
                    dead_letters().reject(item, rejection, dest)
                    return True
                self.connection._deliver(loads(bytes_to_str(item)), dest)
                return True
            finally:
                self._in_poll = None  # type: ignore[assignment]  # as kombu's own _brpop_read leaves it
                flush = getattr(self, "_flush_brpop_reauth", None)
                if flush is not None:
                    flush()

        def _get(self, queue: str, timeout: Any = None) -> Any:
            with self.conn_or_acquire() as client:
                for pri in self.priority_steps:
                    item = client.rpop(self._q_for_pri(queue, pri))
                    if not item:
                        continue
                    self._maybe_update_queues_expire(client, queue)
                    rejection = inspect_message(item)
                    if rejection is not None:
                        dead_letters().reject(item, rejection, queue)
                        continue
                    return loads(bytes_to_str(item))
                self._maybe_update_queues_expire(client, queue)
                raise Empty()

    class GatedTransport(kombu_redis.Transport):
        """kombu's Redis transport with ``GatedChannel``."""

        Channel = GatedChannel

    return GatedTransport


__all__ = ["gated_transport"]
