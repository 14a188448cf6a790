"""The kombu Redis-transport layout that enqueue, reconcile and orphans rely on, checked against the installed kombu.

``worker.broker.enqueue`` writes messages straight into kombu's queue lists, ``broker.reconcile`` reads job ids out of
them and ``broker.orphans`` moves entries of kombu's unacked hash back to their queue. None of that is kombu's public
API, so these tests fail loudly when an upgrade changes it: message shape, list names per priority, the unacked hash
entry ``[message, exchange, routing_key]`` keyed by delivery tag, and its index.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
import redis
from support.settings import make_settings

from schemas.jobs import FetchJob
from worker.app import create_app
from worker.broker.enqueue import build_message
from worker.broker.kombu_layout import transport_options
from worker.broker.reconcile import message_job_id
from worker.store import keys
from worker.tasks import TASK_NAME

pytestmark = pytest.mark.integration


def _job(url: str = "http://127.0.0.1/layout", priority: int | None = None) -> FetchJob:
    return FetchJob(url=url, priority=priority)


def _shape(message: dict[str, Any]) -> dict[str, set[str]]:
    """The keys of a protocol-2 message and of its headers, properties and delivery_info (values vary)."""
    return {
        "top": set(message),
        "headers": set(message["headers"]),
        "properties": set(message["properties"]),
        "delivery_info": set(message["properties"]["delivery_info"]),
    }


@pytest.mark.parametrize("priority", [None, 5])
def test_celery_send_task_writes_the_list_and_shape_enqueue_writes(
    redis_client: redis.Redis, prefix: str, priority: int | None
) -> None:
    # Given a Celery app configured as the workers are, and the message worker.broker.enqueue would build
    settings = make_settings(prefix)
    app = create_app(settings)
    job = _job(priority=priority)
    ours = json.loads(build_message(job, settings.queue_name))

    # When Celery itself sends the same task to the same queue
    app.send_task(TASK_NAME, args=[job.model_dump(mode="json")], queue=settings.queue_name, priority=priority)
    app.close()

    # Then it lands in the list keys.queue_list names for that priority, and every field enqueue writes is one Celery
    # writes (Celery adds optional headers of its own, such as stamps, that a worker does not need)
    raw = redis_client.lpop(keys.queue_list(settings.queue_name, priority))
    assert raw is not None, "kombu no longer writes priority messages to the list worker.store.keys.queue_list names"
    theirs = json.loads(raw)
    for part, fields in _shape(ours).items():
        assert fields <= _shape(theirs)[part], f"{part}: enqueue writes {sorted(fields - _shape(theirs)[part])}"
    assert theirs["headers"]["task"] == TASK_NAME
    assert theirs["properties"]["priority"] == ours["properties"]["priority"]
    assert theirs["properties"]["body_encoding"] == "base64"
    # And the reconciler's fast regex reads the task id out of kombu's own serialisation
    assert message_job_id(raw) == theirs["headers"]["id"]


def test_an_unacked_delivery_is_kept_where_orphans_and_reconcile_look(redis_client: redis.Redis, prefix: str) -> None:
    # Given a message enqueued by worker.broker.enqueue's format
    settings = make_settings(prefix)
    app = create_app(settings)
    job = _job()
    redis_client.lpush(keys.queue_list(settings.queue_name, None), build_message(job, settings.queue_name))
    options = transport_options(settings)

    # When a kombu consumer of the queue receives it and does not acknowledge it
    received: list[Any] = []
    with app.connection_for_read() as conn:
        queue = app.amqp.queues[settings.queue_name]
        with conn.Consumer(queue, callbacks=[lambda _body, message: received.append(message)], accept=["json"]):
            for _ in range(20):
                if received:
                    break
                try:
                    conn.drain_events(timeout=0.5)
                except TimeoutError:
                    continue
            assert len(received) == 1, "the consumer got no message from the list enqueue writes to"
            tag = received[0].delivery_tag

            # Then kombu keeps it in the unacked hash under its delivery tag as [message, exchange, routing_key]
            stored = redis_client.hget(options["unacked_key"], tag)
            assert stored is not None, (
                "kombu no longer keeps deliveries in the unacked hash worker.broker.orphans reads"
            )
            message, _exchange, routing_key = json.loads(stored)
            assert routing_key == settings.queue_name
            assert message["headers"]["id"] == job.job_id
            assert message["properties"]["delivery_tag"] == tag
            # And indexes it by delivery time in the unacked index
            assert redis_client.zscore(options["unacked_index_key"], tag) is not None
            received[0].ack()
    app.close()

    # And an acknowledged message leaves both
    assert redis_client.hget(options["unacked_key"], tag) is None
    assert redis_client.zscore(options["unacked_index_key"], tag) is None
