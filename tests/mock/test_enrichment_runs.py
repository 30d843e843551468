"""An enrichment run is found on the id its start returned, by every operation that takes that id.

The contract test's stateful phase follows the spec's links from ``createEnrichment`` (started with a catalog
slug, which the docs name as the ``enrichmentId``) to the run's status, items and cancel. A cancel on a run
that is already finished answers the 409 its page documents, in the error envelope the spec declares.
"""

from __future__ import annotations

from typing import Any

import httpx

from puffle.mock import MockProcess
from tests.mock.helpers import assert_error


def _start(http: httpx.Client, **extra: Any) -> str:
    slug = http.get("/api/enrichments").json()["enrichments"][0]["slug"]
    body = {"enrichmentId": slug, "scope": {"type": "explicit_leads", "leadIds": ["a", "b"]}, "input": {}, **extra}
    started = http.post("/api/enrichment", json=body)
    assert started.status_code == 200, started.text
    return str(started.json()["enrichmentRunId"])


def test_a_run_started_by_slug_is_found_by_status_items_and_cancel(fresh: MockProcess, http: httpx.Client) -> None:
    run = _start(http)
    assert http.get(f"/api/enrichment/{run}").json()["run"]["id"] == run
    assert http.get(f"/api/enrichment/{run}/items").status_code == 200
    cancelled = http.post(f"/api/enrichment/{run}/cancel")
    assert cancelled.status_code == 200, cancelled.text
    assert cancelled.json()["run"] == {**cancelled.json()["run"], "id": run, "status": "cancelled"}


def test_a_finished_run_refuses_cancel_with_409(fresh: MockProcess, http: httpx.Client) -> None:
    run = _start(http)
    statuses = [http.get(f"/api/enrichment/{run}").json()["run"]["status"] for _ in range(2)]
    assert statuses == ["running", "completed"]
    refused = http.post(f"/api/enrichment/{run}/cancel")
    assert_error(refused, 409, code="conflict", mentions="completed")
    assert refused.json()["error"]["reason"] == "run_not_cancellable"  # the page's reason for this case
    # The refused cancel changed nothing: the run and its items stay as the finished run left them.
    assert http.get(f"/api/enrichment/{run}").json()["run"]["status"] == "completed"
    assert len(http.get(f"/api/enrichment/{run}/items").json()["items"]) == 2


def test_a_run_replayed_by_idempotency_key_is_the_one_cancel_finds(fresh: MockProcess, http: httpx.Client) -> None:
    first = _start(http, idempotencyKey="once")
    assert _start(http, idempotencyKey="once") == first
    assert http.post(f"/api/enrichment/{first}/cancel").status_code == 200
    assert_error(http.post(f"/api/enrichment/{first}/cancel"), 409, code="conflict")


def test_a_run_started_without_mode_shows_the_documented_default(fresh: MockProcess, http: httpx.Client) -> None:
    # `mode` defaults to `persisted` (the request schema's default); the mock applies it rather than inventing one.
    assert http.get(f"/api/enrichment/{_start(http)}").json()["run"]["mode"] == "persisted"
    assert http.get(f"/api/enrichment/{_start(http, mode='preview')}").json()["run"]["mode"] == "preview"
