"""What a user's integration test relies on: lookups by slug, varied seed data, counts that match the work done."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from puffle.mock import MockProcess
from tests.mock.helpers import SPEC


@pytest.fixture
def scratch(mock: MockProcess) -> Iterator[MockProcess]:
    """The shared server, reset before and after: these tests change what other tests read."""
    mock.reset()
    yield mock
    mock.reset()


def test_the_enrichment_catalog_has_unique_slugs_and_is_looked_up_by_slug(http: httpx.Client) -> None:
    catalog = http.get("/api/enrichments").json()["enrichments"]
    slugs = [entry["slug"] for entry in catalog]
    assert len(set(slugs)) == len(slugs) > 1, slugs
    assert len({entry["name"] for entry in catalog}) == len(catalog)
    one = http.get("/api/enrichments", params={"id": slugs[-1]}).json()["enrichments"]
    assert [entry["slug"] for entry in one] == [slugs[-1]]


def test_an_enrichment_run_over_n_leads_reports_n_everywhere(scratch: MockProcess, http: httpx.Client) -> None:
    slug = http.get("/api/enrichments").json()["enrichments"][0]["slug"]
    leads = [lead["id"] for lead in http.get("/api/leads", params={"limit": 50}).json()["leads"]]
    assert len(leads) == 50
    body = {"enrichmentId": slug, "scope": {"type": "explicit_leads", "leadIds": leads}, "input": {}}
    started = http.post("/api/enrichment", json=body)
    assert started.status_code == 200, started.text
    assert started.json()["leadCount"] == 50
    run_id = started.json()["runId"]
    run = {}
    for _ in range(10):
        run = http.get(f"/api/enrichment/{run_id}").json()["run"]
        if run["status"] == "completed":
            break
    assert run["status"] == "completed"
    assert run["enrichment"]["slug"] == slug
    assert run["scope"]["resolvedCount"] == 50
    assert run["scope"]["counts"]["completed"] == 50
    results = http.get(f"/api/enrichment/{run_id}/items", params={"limit": 100}).json()["items"]
    assert sorted(item["leadId"] for item in results) == sorted(leads)


def test_an_unknown_enrichment_slug_is_refused(http: httpx.Client) -> None:
    body = {"enrichmentId": "no_such_enrichment", "scope": {"type": "explicit_leads", "leadIds": []}, "input": {}}
    assert http.post("/api/enrichment", json=body).status_code in (404, 409)


def test_unread_threads_can_be_found_and_read(scratch: MockProcess, http: httpx.Client) -> None:
    """The job the fidelity issue names: reply to unread threads. Reading one takes it out of the filter."""
    page = http.get("/api/threads", params={"unread": "true", "limit": 100}).json()
    unread = page["threads"]
    assert unread and page["total"] < http.get("/api/threads").json()["total"]
    assert all(thread["unread_count"] > 0 for thread in unread)
    http.get(f"/api/threads/{unread[0]['id']}")
    again = http.get("/api/threads", params={"unread": "true", "limit": 100}).json()["threads"]
    assert unread[0]["id"] not in {thread["id"] for thread in again}


def test_a_dismissed_signal_leaves_the_feed_unless_asked_for(scratch: MockProcess, http: httpx.Client) -> None:
    first = http.get("/api/signals", params={"limit": 5}).json()["signals"][0]["id"]
    patched = http.patch("/api/signals", json={"items": [{"id": first, "entityStatus": "dismissed"}]})
    assert patched.status_code == 200, patched.text
    shown = {s["id"] for s in http.get("/api/signals", params={"limit": 100}).json()["signals"]}
    assert first not in shown
    everything = http.get("/api/signals", params={"limit": 100, "includeDismissed": "true"}).json()["signals"]
    assert first in {s["id"] for s in everything}


def test_filtered_fields_are_seeded_with_varied_values(mock: MockProcess) -> None:
    """Every single-field eq/flag filter has at least two distinct seeded values to tell apart."""
    same = []
    for op in SPEC.operations:
        if op.action != "list" or op.mock.get("parent") or not op.resource:
            continue
        stored = httpx.get(f"{mock.url}/__mock/items/{op.resource}").json()["items"]
        for param, spec in (op.mock.get("filters") or {}).items():
            field = spec.get("field")
            simple = spec.get("op", "eq") in ("eq", "flag") and field and "." not in field and field != "id"
            if simple and len(Counter(repr(item["item"].get(field)) for item in stored)) < 2:
                same.append(f"{op.operation_id}.{param}")
    assert not same, same
