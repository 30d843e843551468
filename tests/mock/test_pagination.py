"""Every pagination style, walked to the end with `puffle.paginate` through the real client.

The counts must equal what the server seeded (from the spec's ``x-puffle-mock.seed``), pages must come in a
stable order, cursors must stay valid, and the limit bounds of every paginated operation's spec are enforced.
"""

from __future__ import annotations

import uuid
from collections import Counter
from typing import Any

import httpx
import pytest

import puffle
from puffle.mock import MockProcess
from puffle_client.api.campaigns import list_campaign_leads
from puffle_client.api.enrichment import create_enrichment, list_enrichment_results
from puffle_client.api.lead_search import create_lead_search, list_lead_search_results
from puffle_client.api.leads import list_leads
from puffle_client.api.lists import list_list_leads
from puffle_client.api.signals import get_signal_analytics, list_signal_leads, list_signals
from puffle_client.api.unibox import list_thread_messages, list_threads
from puffle_client.models.enrichment_run_request import EnrichmentRunRequest
from puffle_client.models.get_signal_analytics_type import GetSignalAnalyticsType
from puffle_client.models.lead_search_create_request import LeadSearchCreateRequest
from tests.mock.helpers import SPEC, assert_error, items


def _ids(found: list[Any]) -> list[str]:
    return [str(item.id) for item in found]


def test_cursor_style_walks_every_seeded_signal(fresh: MockProcess, api: puffle.Puffle) -> None:
    walked = _ids(list(puffle.paginate(list_signals, client=api)))
    assert len(walked) == SPEC.resources["signals"].seed == 2000
    assert len(set(walked)) == len(walked)
    again = _ids(list(puffle.paginate(list_signals, client=api, limit=333)))
    assert again == walked, "the order must not depend on the page size"
    assert fresh.stats()["operations"]["listSignals"] == 40 + 7  # default page size 50, then 333 per page


@pytest.mark.parametrize(
    ("module", "resource", "params"),
    [
        (list_signal_leads, "signalLeads", {}),
        (get_signal_analytics, "signalKeywords", {"type_": GetSignalAnalyticsType.KEYWORDS}),
    ],
)
def test_other_cursor_lists_walk_to_their_seeded_size(
    fresh: MockProcess, api: puffle.Puffle, module: Any, resource: str, params: dict[str, Any]
) -> None:
    walked = list(puffle.paginate(module, client=api, limit=17, **params))
    assert len(walked) == SPEC.resources[resource].seed


def test_next_cursor_style_walks_every_seeded_lead(fresh: MockProcess, api: puffle.Puffle) -> None:
    walked = _ids(list(puffle.paginate(list_leads, client=api, limit=128)))
    assert len(walked) == SPEC.resources["leads"].seed == 1000
    assert len(set(walked)) == 1000


def test_list_members_walk_with_total_and_has_more(fresh: MockProcess, api: puffle.Puffle) -> None:
    memberships = Counter(list_id for row in items(fresh, "leads") for list_id in row["links"].get("lists", []))
    assert len(memberships) == SPEC.resources["lists"].seed
    assert sum(memberships.values()) > SPEC.resources["leads"].seed, "some leads sit in several lists"
    for list_id, expected in memberships.items():
        pages = list(puffle.paginate_pages(list_list_leads, client=api, id=list_id, limit=40))
        assert sum(len(page.leads) for page in pages) == expected
        assert {page.total for page in pages} == {expected}
        assert [page.has_more for page in pages] == [True] * (len(pages) - 1) + [False]


def test_page_style_walks_threads_and_campaign_prospects(fresh: MockProcess, api: puffle.Puffle) -> None:
    assert len(list(puffle.paginate(list_threads, client=api))) == SPEC.resources["threads"].seed == 200
    campaigns = [row["id"] for row in items(fresh, "campaigns")]
    assert len(campaigns) == 20
    per_campaign = [len(list(puffle.paginate(list_campaign_leads, client=api, id=c, limit=7))) for c in campaigns]
    assert sum(per_campaign) == SPEC.resources["campaignLeads"].seed == 600
    assert min(per_campaign) > 0, "every seeded campaign has leads"


def test_page_style_walks_a_threads_messages(fresh: MockProcess, api: puffle.Puffle) -> None:
    by_thread = Counter(row["links"]["threads"][0] for row in items(fresh, "messages"))
    assert sum(by_thread.values()) == SPEC.resources["messages"].seed
    thread_id, expected = by_thread.most_common(1)[0]
    pages = list(puffle.paginate_pages(list_thread_messages, client=api, id=thread_id, limit=2))
    assert sum(len(page.messages) for page in pages) == expected
    assert [page.page for page in pages] == list(range(1, len(pages) + 1))


def test_page_next_cursor_style_walks_an_enrichment_runs_results(fresh: MockProcess, api: puffle.Puffle) -> None:
    catalog = items(fresh, "enrichments")
    lead_ids = [row["id"] for row in items(fresh, "leads")[:123]]
    body = EnrichmentRunRequest.from_dict(
        {"enrichmentId": catalog[0]["id"], "scope": {"type": "explicit_leads", "leadIds": lead_ids}, "input": {}}
    )
    started = create_enrichment.sync(client=api, body=body)
    puffle.wait_for(create_enrichment, started, client=api, interval=0.001, timeout=10)
    results = list(puffle.paginate(list_enrichment_results, client=api, id=started.enrichment_run_id, limit=20))
    assert sorted(str(r.lead_id) for r in results) == sorted(lead_ids)
    assert {r.status for r in results} == {"completed"}


def test_offset_style_walks_a_lead_searchs_results(fresh: MockProcess, api: puffle.Puffle) -> None:
    started = create_lead_search.sync(client=api, body=LeadSearchCreateRequest(prompt="Fintech CTOs", fetch_count=130))
    puffle.wait_for(create_lead_search, started, client=api, interval=0.001, timeout=10)
    found = list(puffle.paginate(list_lead_search_results, client=api, task_id=str(started.task.id), limit=25))
    assert len(found) == 130
    assert len(list(puffle.paginate(list_lead_search_results, client=api, task_id=str(started.task.id)))) == 130


def _paginated_with_limits() -> list[tuple[str, str, dict[str, Any]]]:
    cases = []
    for op in SPEC.operations:
        limit = op.pagination.limit_param if op.pagination else None
        param = op.param(str(limit), "query") if limit else None
        if param is not None:
            cases.append((op.operation_id, str(limit), param.schema))
    return cases


@pytest.mark.parametrize(("operation_id", "limit_param", "schema"), _paginated_with_limits())
def test_limit_bounds_from_the_spec_are_enforced(
    fresh: MockProcess, http: httpx.Client, operation_id: str, limit_param: str, schema: dict[str, Any]
) -> None:
    op = SPEC.by_id[operation_id]
    path, exists = op.path, True
    for name in op.path_params:
        rows = items(fresh, str(op.mock.get("parent") or op.resource))
        exists = exists and bool(rows)
        path = path.replace("{" + name + "}", rows[0]["id"] if rows else str(uuid.uuid4()))
    query = {p.name: "keywords" if p.name == "type" else "x" for p in op.params if p.location == "query" and p.required}
    exists = exists and "taskId" not in query  # a lead search only exists once one was started
    too_small = http.get(path, params={**query, limit_param: schema["minimum"] - 1})
    assert_error(too_small, 400, code="invalid_request", mentions=limit_param)
    if "maximum" in schema:
        at_maximum = http.get(path, params={**query, limit_param: schema["maximum"]})
        assert at_maximum.status_code == (200 if exists else 404)
        too_big = http.get(path, params={**query, limit_param: schema["maximum"] + 1})
        assert_error(too_big, 400, code="invalid_request", mentions=limit_param)


def test_default_limits_come_from_the_spec(fresh: MockProcess, api: puffle.Puffle) -> None:
    page = list_threads.sync(client=api)
    assert len(page.threads) == page.limit == 50  # listThreads: limit default 50
    assert page.total == 200
    assert page.page == 1
    signals = list_signals.sync(client=api)
    assert len(signals.signals) == 50  # no default in the spec: the server's --page-size
    assert signals.pagination.has_more is True


def test_cursors_stay_valid_while_data_is_unchanged(fresh: MockProcess, http: httpx.Client) -> None:
    first = http.get("/api/signals", params={"limit": 10}).json()
    cursor = first["pagination"]["cursor"]
    assert cursor == first["signals"][-1]["id"], "the cursor is the id of the last item"
    second = http.get("/api/signals", params={"limit": 10, "cursor": cursor}).json()
    again = http.get("/api/signals", params={"limit": 10, "cursor": cursor}).json()
    assert second == again
    assert {s["id"] for s in first["signals"]}.isdisjoint(s["id"] for s in second["signals"])
    assert_error(http.get("/api/signals", params={"cursor": "not-an-id"}), 404, code="not_found", mentions="cursor")


def test_page_past_the_end_is_empty(fresh: MockProcess, http: httpx.Client) -> None:
    body = http.get("/api/threads", params={"page": 99, "limit": 100}).json()
    assert body["threads"] == []
    assert body["total"] == 200
