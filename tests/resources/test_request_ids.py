"""Every parsed success model carries the ``X-Request-Id`` of its response as ``model._request_id`` (real mock)."""

from __future__ import annotations

import asyncio
import copy
import pickle

import puffle
from puffle.mock import MockProcess
from puffle_client.api.account import get_account
from tests.support.mock_server import API_KEY, SESSION


def test_resource_method_result_carries_the_request_id(api: puffle.Puffle) -> None:
    first = api.account.retrieve()
    second = api.account.retrieve()
    rid: str | None = first._request_id  # typed, not Any
    assert rid is not None and rid.startswith("req_")
    assert second._request_id is not None and second._request_id != rid  # one id per response
    assert first == second  # not a field: equal data stays equal
    assert "req_" not in repr(first)
    assert "_request_id" not in first.to_dict()


def test_raw_response_and_parsed_model_agree(api: puffle.Puffle) -> None:
    raw = api.with_raw_response.account.retrieve()
    assert raw.request_id is not None and raw.parsed._request_id == raw.request_id


def test_generated_sync_and_asyncio_functions(api: puffle.Puffle, mock: MockProcess) -> None:
    assert (get_account.sync(client=api)._request_id or "").startswith("req_")

    async def go() -> str | None:
        async with puffle.AsyncPuffle(
            api_key=API_KEY, base_url=mock.url, rate_limit=None, max_retries=0, session_cookie=SESSION
        ) as client:
            via_function = await get_account.asyncio(client=client)
            via_method = await client.account.retrieve()
            assert via_function._request_id != via_method._request_id
            return via_method._request_id

    assert (asyncio.run(go()) or "").startswith("req_")


def test_each_page_carries_its_own_request_id(api: puffle.Puffle) -> None:
    pages = list(api.signals.list(limit=2, max_items=4).pages())
    ids = [page._request_id for page in pages]
    assert len(pages) >= 2 and all(ids) and len(set(ids)) == len(ids)


def test_models_built_by_hand_copied_or_pickled_have_none(api: puffle.Puffle) -> None:
    fetched = api.account.retrieve()
    assert type(fetched).from_dict(fetched.to_dict())._request_id is None
    assert fetched.account._request_id is None  # nested models: only the response's top model is tagged
    for again in (pickle.loads(pickle.dumps(fetched)), copy.deepcopy(fetched), copy.copy(fetched)):
        assert again == fetched and again._request_id is None  # attrs copies fields only; documented
