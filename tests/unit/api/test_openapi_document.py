"""The committed OpenAPI document is exactly what ``python -m worker.api.openapi`` generates from the app."""

from __future__ import annotations

import json

from worker.api.openapi import OPENAPI_PATH, render


def test_committed_openapi_document_is_current() -> None:
    # Given the document generated from the app now
    fresh = render()
    # Then the committed file is identical (run `python -m worker.api.openapi` if this fails)
    assert OPENAPI_PATH.read_text(encoding="utf-8") == fresh, "stale: run `python -m worker.api.openapi`"


def test_document_declares_every_route_and_bearer_auth() -> None:
    document = json.loads(render())
    assert set(document["paths"]) == {"/v1/jobs", "/v1/jobs/{job_id}", "/healthz", "/readyz"}
    assert document["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"
    post = document["paths"]["/v1/jobs"]["post"]
    assert {"202", "401", "413", "422", "429", "503"} <= set(post["responses"])
    body = post["requestBody"]["content"]["application/json"]["schema"]
    assert body["oneOf"][1]["maxItems"] == 500
