"""Property-based API tests: schemathesis generates requests from the committed OpenAPI document; no answer is a 5xx."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import negative_data_rejection, positive_data_acceptance
from support.api import serve_in_thread
from support.redisdb import connect, delete_settings_namespace
from support.settings import TOKEN, ops_settings

from worker.api import create_api
from worker.ops.heartbeat import Heartbeat

pytestmark = pytest.mark.integration

OPENAPI = Path(__file__).resolve().parents[2] / "schemas" / "json" / "openapi.json"
schema = schemathesis.openapi.from_path(str(OPENAPI))


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    client: redis.Redis = connect()
    app_settings = ops_settings(
        api_rate_limit=10_000.0,
        api_rate_burst=10_000,
        api_auth_failure_rate=10_000.0,
        api_auth_failure_burst=10_000,
        api_max_bulk=20,
    )
    # A worker heartbeat, so /readyz answers 200 (its 503 is by design when no worker is alive)
    Heartbeat(client, app_settings, "schemathesis@test").beat()
    try:
        with serve_in_thread(create_api(app_settings, client=client)) as base:
            yield base
    finally:
        delete_settings_namespace(client, app_settings)
        client.close()


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_conforms_and_never_fails(case: schemathesis.Case, base_url: str) -> None:
    # Given any request the document allows (and near misses), with the token
    # When it is sent to the running API
    # Then the answer conforms to the document, and is never a server error
    response = case.call_and_validate(
        base_url=base_url,
        headers={"Authorization": f"Bearer {TOKEN}"},
        # The FetchJob JSON Schema cannot say everything its validator checks, in both directions: "http://"
        # matches the documented pattern but has no host (rightly 422), and IRIs such as https://bücher.example
        # are accepted although the format says "uri". Those two data-acceptance checks would flag the schema's
        # expressiveness, not the API; every check on the answers (status, headers, body schema, no 5xx) runs.
        excluded_checks=[negative_data_rejection, positive_data_acceptance],
    )
    assert response.status_code < 500
