"""Resource methods against a real mock server: keywords, dicts and enum strings, pages, tasks, options."""

from __future__ import annotations

import io
import json

import httpx
import pytest

import puffle
from puffle.mock import MockProcess
from puffle_client.models import LeadName, LeadType
from tests.support.mock_server import API_KEY


def ops(mock: MockProcess) -> dict[str, int]:
    return dict(mock.stats()["operations"])


def test_nested_dict_and_enum_string_are_sent_like_models(api: puffle.Puffle) -> None:
    from_dict = api.leads.create(type_="person", name={"first": "Ada", "last": "Lovelace"}, title="CTO")
    from_model = api.leads.create(type_=LeadType.PERSON, name=LeadName(first="Ada", last="Lovelace"), title="CTO")
    for made in (from_dict, from_model):
        assert made.lead.name and made.lead.name.first == "Ada"
        assert made.lead.title == "CTO"


def test_path_parameter_positional_and_keyword(api: puffle.Puffle) -> None:
    target = api.lists.create(name="call site")
    lead_ids = [lead.id for lead in api.leads.list(max_items=3)]
    added = api.lists.leads.add(target.list_.id, lead_ids=lead_ids)
    assert added.list_.id == target.list_.id
    listed = [lead.id for lead in api.lists.leads.list(id=target.list_.id)]
    assert sorted(listed) == sorted(lead_ids)


def test_unknown_keyword_is_a_typeerror_with_close_matches_before_sending(
    api: puffle.Puffle, mock: MockProcess
) -> None:
    before = ops(mock)
    with pytest.raises(TypeError, match=r"'tittle' \(did you mean 'title'\?\)") as caught:
        api.leads.create(tittle="CTO")  # type: ignore[call-arg]
    assert "extra_body" in str(caught.value)
    with pytest.raises(TypeError, match="min_scor"):
        api.signals.list(min_scor=2)  # type: ignore[call-arg]
    assert ops(mock) == before


def test_typeerror_raised_inside_a_method_is_not_rewritten(api: puffle.Puffle) -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        api.leads.create(title=object())  # type: ignore[arg-type]


def test_pages_iterate_every_item_and_step_by_hand(api: puffle.Puffle) -> None:
    every = list(api.signals.list(limit=50, max_items=120))
    assert len(every) == 120
    assert len({s.id for s in every}) == 120
    page = api.signals.list(limit=50)
    first = [s.id for s in page.data]
    assert first == [s.id for s in every[:50]]
    assert page.has_next_page()
    assert [s.id for s in page.next_page().data] == [s.id for s in every[50:100]]
    assert sum(1 for _ in api.signals.list(limit=50, max_items=70).pages()) == 2


def test_task_handle_waits_for_the_typed_final_task(api: puffle.Puffle) -> None:
    search = api.lead_search.create(prompt="CTOs in Berlin", fetch_count=5)
    final = search.wait(timeout=60, interval=0.01)
    assert final.tasks[0].id == search.started.task.id
    assert final.tasks[0].status == "completed"


def test_task_whose_poll_id_comes_from_the_request(api: puffle.Puffle) -> None:
    sender = api.senders.list(type_="email").accounts[0]
    campaign = api.campaigns.create(type_="email", name="launch me", sender_account_ids=[sender.id]).campaign
    api.campaigns.leads.import_from_list(campaign.id, list_id=api.lists.list().lists[0].id)
    final = api.campaigns.launch(campaign.id).wait(timeout=60, interval=0.01)
    assert final.campaign.id == campaign.id


def test_raw_response_has_status_headers_request_id_and_model(api: puffle.Puffle) -> None:
    raw = api.with_raw_response.leads.create(title="raw")
    assert 200 <= raw.status_code < 300
    assert raw.request_id and raw.request_id == raw.headers.get("x-request-id")
    assert raw.parsed.lead.title == "raw"
    assert "raw" not in repr(API_KEY) and API_KEY not in repr(raw)


def test_multipart_upload(api: puffle.Puffle) -> None:
    thread = api.threads.list(limit=1).data[0]
    uploaded = api.threads.attachments.upload(
        thread.id, file=puffle.File(payload=io.BytesIO(b"hello"), file_name="hello.txt", mime_type="text/plain")
    )
    assert "hello.txt" in json.dumps(uploaded.to_dict())


def test_per_request_options_reach_the_wire() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"lead": {"id": "l1", "title": "x"}}, headers={"x-request-id": "req_1"})

    client = puffle.Puffle(
        api_key="pk_test_opts", base_url="http://127.0.0.1:9", transport=httpx.MockTransport(handler), rate_limit=None
    )
    client.leads.create(
        title="x",
        extra_headers={"X-Trace": "t1"},
        extra_query={"dry": "1"},
        extra_body={"undocumented": True},
        timeout=3,
    )
    request = seen[-1]
    assert request.headers["X-Trace"] == "t1"
    assert request.url.params["dry"] == "1"
    assert json.loads(request.content) == {"title": "x", "undocumented": True}
    # the per-attempt deadline hands httpx what is left of the 3 s, never more
    assert 2.0 < request.extensions["timeout"]["read"] <= 3


def test_max_retries_per_request(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, json={"error": {"code": "unavailable", "message": "busy"}})

    monkeypatch.setattr("puffle._transport.sleep", lambda s: None)
    client = puffle.Puffle(
        api_key="pk_test_opts", base_url="http://127.0.0.1:9", transport=httpx.MockTransport(handler), rate_limit=None
    )
    with pytest.raises(puffle.errors.APIStatusError):
        client.account.retrieve(max_retries=0)
    assert len(calls) == 1
    with pytest.raises(puffle.errors.APIStatusError):
        client.account.retrieve(max_retries=3)
    assert len(calls) == 1 + 4


async def test_async_pages_and_tasks(mock: MockProcess) -> None:
    async with puffle.AsyncPuffle(api_key=API_KEY, base_url=mock.url, rate_limit=None) as client:
        items = [s async for s in client.signals.list(limit=20, max_items=30)]
        assert len(items) == 30
        page = client.signals.list(limit=20)
        assert len(await page.data()) == 20
        assert await page.has_next_page()
        search = await client.lead_search.create(prompt="async", fetch_count=3)
        final = await search.wait(timeout=60, interval=0.01)
        assert final.tasks[0].id == search.started.task.id
        raw = await client.with_raw_response.account.retrieve()
        assert raw.status_code == 200


def test_low_level_paginate_rejects_unknown_parameters(api: puffle.Puffle) -> None:
    from puffle_client.api.signals import list_signals

    with pytest.raises(TypeError, match=r"min_scor.*min_score"):
        puffle.paginate(list_signals, client=api, min_scor=2)  # type: ignore[call-arg]
    assert len(list(puffle.paginate(list_signals, client=api, min_score=0, max_items=3))) == 3


def test_list_methods_take_per_request_options(api: puffle.Puffle) -> None:
    items = list(api.signals.list(limit=10, max_items=15, extra_headers={"X-Trace": "1"}, timeout=5, max_retries=1))
    assert len(items) == 15
    page = api.signals.list(limit=10, extra_query={"debug": "1"})
    assert len(page.data) == 10


def test_pages_repr_and_handles_never_show_the_key(api: puffle.Puffle) -> None:
    page = api.signals.list(limit=5)
    search = api.lead_search.create(prompt="repr", fetch_count=1)
    for obj in (page, search, api.signals, api.with_raw_response.signals):
        assert API_KEY not in repr(obj)
