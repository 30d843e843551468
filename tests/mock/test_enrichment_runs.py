"""An enrichment run is found on the id its start returned, by every operation that takes that id.

The contract test's stateful phase follows the spec's links from ``createEnrichment`` (started with a catalog
slug, which the docs name as the ``enrichmentId``) to the run's status, items and cancel. A cancel on a run
that is already finished answers the 409 its page documents, in the error envelope the spec declares.

What a run reports agrees with what it did: its items exist (``pending``) from the start, so ``resolvedCount``
equals the ``leadCount`` the start answered; success completes them, a cancel skips the pending ones with reason
``run_cancelled`` (the page's side effects), a failure fails them.
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


def _run(http: httpx.Client, run: str) -> dict[str, Any]:
    return dict(http.get(f"/api/enrichment/{run}").json()["run"])


def _item_states(http: httpx.Client, run: str) -> list[tuple[str, str | None]]:
    return [(i["status"], i.get("skippedReason")) for i in http.get(f"/api/enrichment/{run}/items").json()["items"]]


def test_a_run_reports_its_leads_from_the_start_and_completes_them(fresh: MockProcess, http: httpx.Client) -> None:
    started = http.post("/api/enrichment", json=_body(http, ["a", "b", "c"])).json()
    run = started["enrichmentRunId"]
    assert started["leadCount"] == 3
    assert _item_states(http, run) == [("pending", None)] * 3
    running = _run(http, run)
    assert (running["status"], running["scope"]["resolvedCount"]) == ("running", 3)
    assert running["scope"]["counts"]["pending"] == 3
    assert running["timing"]["completedAt"] is None and running["timing"]["cancelledAt"] is None
    assert running["trigger"]["triggerRunId"] == started["triggerRunId"]
    done = _run(http, run)
    assert done["status"] == "completed"
    assert done["scope"]["counts"] == {"pending": 0, "running": 0, "completed": 3, "skipped": 0, "failed": 0}
    assert done["timing"]["completedAt"] is not None
    assert _item_states(http, run) == [("completed", None)] * 3
    other = http.post("/api/enrichment", json=_body(http, ["d"])).json()
    assert other["triggerRunId"] != started["triggerRunId"]


def test_a_cancel_skips_the_pending_items(fresh: MockProcess, http: httpx.Client) -> None:
    run = http.post("/api/enrichment", json=_body(http, ["a", "b"])).json()["enrichmentRunId"]
    cancelled = http.post(f"/api/enrichment/{run}/cancel").json()["run"]
    assert cancelled["status"] == "cancelled"
    assert cancelled["scope"]["counts"] == {"pending": 0, "running": 0, "completed": 0, "skipped": 2, "failed": 0}
    assert cancelled["timing"]["cancelledAt"] == cancelled["timing"]["completedAt"] is not None
    assert _item_states(http, run) == [("skipped", "run_cancelled")] * 2
    assert _run(http, run)["status"] == "cancelled"  # polling no longer moves it


def test_a_failed_run_fails_its_items_and_says_why(fresh: MockProcess, http: httpx.Client) -> None:
    body = _body(http, ["a", "b"])
    run = http.post("/api/enrichment", json=body, headers={"X-Puffle-Mock-Fault": "fail-task=1"}).json()["runId"]
    states = [_run(http, run) for _ in range(2)]
    assert [s["status"] for s in states] == ["running", "failed"]
    assert states[-1]["scope"]["counts"]["failed"] == 2 and states[-1]["error"]["message"]
    assert _item_states(http, run) == [("failed", None)] * 2


def _body(http: httpx.Client, lead_ids: list[str]) -> dict[str, Any]:
    slug = http.get("/api/enrichments").json()["enrichments"][0]["slug"]
    return {"enrichmentId": slug, "scope": {"type": "explicit_leads", "leadIds": lead_ids}, "input": {}}
