"""Pagination for all five styles, driven only by the spec's x-puffle-pagination metadata."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import parse_qs

import pytest

import puffle
from puffle import errors
from puffle_client.api.account import get_account
from puffle_client.api.enrichment import list_enrichment_results
from puffle_client.api.lead_search import list_lead_search_results
from puffle_client.api.leads import list_leads
from puffle_client.api.signals import list_signals
from puffle_client.api.unibox import list_threads
from tests.conftest import TEST_KEY
from tests.support.fault_server import FaultServer, Reply


def uid(i: int) -> str:
    return f"00000000-0000-4000-8000-{i:012d}"


def ids(start: int, n: int) -> list[dict[str, Any]]:
    return [{"id": uid(i)} for i in range(start, start + n)]


def cursor_page(start: int, n: int, cursor: str | None) -> dict[str, Any]:
    return {"signals": ids(start, n), "pagination": {"cursor": cursor, "hasMore": cursor is not None, "count": n}}


def collect(mode: str, server: FaultServer, endpoint: Any, **kw: Any) -> list[Any]:
    if mode.startswith("sync"):
        with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as c:
            return list(puffle.paginate(endpoint, client=c, read_ahead=mode == "sync", **kw))

    async def go() -> list[Any]:
        async with puffle.AsyncPuffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as c:
            return [item async for item in puffle.apaginate(endpoint, client=c, **kw)]

    return asyncio.run(go())


def queries(server: FaultServer) -> list[dict[str, list[str]]]:
    return [parse_qs(s.query) for s in server.seen]


MODES = ["sync", "sync-serial", "async"]  # sync reads the next page ahead; sync-serial does not


@pytest.mark.parametrize("mode", MODES)
def test_cursor_style_walks_to_the_last_page(server: FaultServer, mode: str) -> None:
    server.script(
        "GET /api/signals",
        Reply(200, cursor_page(0, 3, "c1")),
        Reply(200, cursor_page(3, 3, "c2")),
        Reply(200, cursor_page(6, 1, None)),
    )
    items = collect(mode, server, list_signals, limit=3)
    assert [str(s.id) for s in items] == [uid(i) for i in range(7)]
    q = queries(server)
    assert [x.get("cursor") for x in q] == [None, ["c1"], ["c2"]]
    assert all(x["limit"] == ["3"] for x in q)


@pytest.mark.parametrize("mode", MODES)
def test_next_cursor_style(server: FaultServer, mode: str) -> None:
    server.script(
        "GET /api/leads",
        Reply(200, {"leads": ids(0, 2), "nextCursor": "n1"}),
        Reply(200, {"leads": ids(2, 2), "nextCursor": None}),
    )
    items = collect(mode, server, list_leads)
    assert len(items) == 4
    assert [x.get("cursor") for x in queries(server)] == [None, ["n1"]]


@pytest.mark.parametrize("mode", MODES)
def test_page_next_cursor_style(server: FaultServer, mode: str) -> None:
    route = "GET /api/enrichment/run_1/items"
    server.script(
        route,
        Reply(200, {"items": ids(0, 2), "page": {"limit": 2, "nextCursor": "p2", "hasMore": True}}),
        Reply(200, {"items": ids(2, 1), "page": {"limit": 2, "nextCursor": None, "hasMore": False}}),
    )
    items = collect(mode, server, list_enrichment_results, id="run_1", limit=2)
    assert len(items) == 3
    assert [x.get("cursor") for x in queries(server)] == [None, ["p2"]]


@pytest.mark.parametrize("mode", MODES)
def test_page_style_stops_at_total(server: FaultServer, mode: str) -> None:
    server.script(
        "GET /api/threads",
        Reply(200, {"threads": ids(0, 2), "total": 5, "page": 1, "limit": 2}),
        Reply(200, {"threads": ids(2, 2), "total": 5, "page": 2, "limit": 2}),
        Reply(200, {"threads": ids(4, 1), "total": 5, "page": 3, "limit": 2}),
    )
    items = collect(mode, server, list_threads, limit=2)
    assert len(items) == 5
    assert [x.get("page") for x in queries(server)] == [["1"], ["2"], ["3"]]
    assert server.count("GET /api/threads") == 3


@pytest.mark.parametrize("mode", MODES)
def test_offset_style_stops_on_short_page(server: FaultServer, mode: str) -> None:
    route = "GET /api/leads/search/results"
    server.script(
        route,
        Reply(200, {"results": ids(0, 3)}),
        Reply(200, {"results": ids(3, 3)}),
        Reply(200, {"results": ids(6, 2)}),
    )
    items = collect(mode, server, list_lead_search_results, task_id="t1", limit=3)
    assert len(items) == 8
    assert [x.get("offset") for x in queries(server)] == [["0"], ["3"], ["6"]]
    assert all(x["taskId"] == ["t1"] for x in queries(server))


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("endpoint", "route", "body", "kw"),
    [
        (list_signals, "GET /api/signals", {"signals": [], "pagination": {"cursor": None, "hasMore": False}}, {}),
        (list_threads, "GET /api/threads", {"threads": [], "total": 0, "page": 1, "limit": 20}, {}),
        (list_lead_search_results, "GET /api/leads/search/results", {"results": []}, {"task_id": "t"}),
    ],
)
def test_empty_first_page(server: FaultServer, mode: str, endpoint: Any, route: str, body: Any, kw: Any) -> None:
    server.default(route, Reply(200, body))
    assert collect(mode, server, endpoint, **kw) == []
    assert server.count(route) == 1


@pytest.mark.parametrize("mode", MODES)
def test_max_items_and_max_pages(server: FaultServer, mode: str) -> None:
    pages = [Reply(200, cursor_page(i * 3, 3, f"c{i + 1}")) for i in range(5)]
    server.script("GET /api/signals", *pages)
    assert len(collect(mode, server, list_signals, max_items=4)) == 4
    assert server.count("GET /api/signals") == 2  # stopped as soon as the 4th item was read
    server.reset()
    server.script("GET /api/signals", *pages)
    assert len(collect(mode, server, list_signals, max_pages=2)) == 6
    assert server.count("GET /api/signals") == 2


@pytest.mark.parametrize("mode", MODES)
def test_repeated_cursor_is_an_error_not_a_loop(server: FaultServer, mode: str) -> None:
    server.script("GET /api/signals", Reply(200, cursor_page(0, 2, "c1")), Reply(200, cursor_page(2, 2, "c2")))
    server.default("GET /api/signals", Reply(200, cursor_page(4, 2, "c1")))
    with pytest.raises(errors.PaginationError, match="c1"):
        collect(mode, server, list_signals)
    assert server.count("GET /api/signals") == 3


@pytest.mark.parametrize("mode", MODES)
def test_repeated_page_is_an_error_not_a_loop(server: FaultServer, mode: str) -> None:
    server.default("GET /api/threads", Reply(200, {"threads": ids(0, 2), "total": 100, "page": 1, "limit": 2}))
    with pytest.raises(errors.PaginationError, match="same page"):
        collect(mode, server, list_threads, limit=2)
    assert server.count("GET /api/threads") == 2


def test_pages_are_parsed_models(server: FaultServer) -> None:
    server.script("GET /api/signals", Reply(200, cursor_page(0, 2, None)))
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as c:
        pages = list(puffle.paginate_pages(list_signals, client=c))
    assert len(pages) == 1 and pages[0].pagination.has_more is False


def test_not_paginated_is_a_type_error(server: FaultServer) -> None:
    with puffle.Puffle(api_key=TEST_KEY, base_url=server.url) as c, pytest.raises(TypeError, match="getAccount"):
        next(iter(puffle.paginate(get_account, client=c)))
    with pytest.raises(TypeError, match="not a generated"):
        next(iter(puffle.paginate(puffle, client=c)))  # type: ignore[arg-type]
    assert server.count("GET /api/account") == 0


@pytest.mark.parametrize("mode", MODES)
def test_empty_pages_with_fresh_cursors_end(server: FaultServer, mode: str) -> None:
    fresh = iter(range(10_000))
    server.script("GET /api/signals", Reply(200, cursor_page(0, 2, "c0")))
    server.default("GET /api/signals", lambda seen: Reply(200, cursor_page(0, 0, f"fresh{next(fresh)}")))
    with pytest.raises(errors.PaginationError, match="no new items"):
        collect(mode, server, list_signals)
    assert server.count("GET /api/signals") <= 5  # a few pages of patience, not thousands of requests


@pytest.mark.parametrize("mode", MODES)
def test_ignored_offset_ends(server: FaultServer, mode: str) -> None:
    # the server ignores offset and echoes it, so each body differs while the items never change
    def same_items(seen: Any) -> Reply:
        return Reply(200, {"results": ids(0, 3), "echo": seen.query})

    server.default("GET /api/leads/search/results", same_items)
    with pytest.raises(errors.PaginationError, match="no new items"):
        collect(mode, server, list_lead_search_results, task_id="t1", limit=3)
    assert server.count("GET /api/leads/search/results") <= 5


@pytest.mark.parametrize("mode", MODES)
def test_ignored_page_number_ends(server: FaultServer, mode: str) -> None:
    def same_page(seen: Any) -> Reply:
        # the server ignores ?page= and answers page 1 every time
        return Reply(200, {"threads": ids(0, 2), "total": 10**9, "page": 1, "limit": 2})

    server.default("GET /api/threads", same_page)
    with pytest.raises(errors.PaginationError):
        collect(mode, server, list_threads, limit=2)
    assert server.count("GET /api/threads") <= 5


@pytest.mark.parametrize("mode", MODES)
def test_pages_cycling_between_two_answers_end(server: FaultServer, mode: str) -> None:
    flip = iter(range(10_000))
    server.default("GET /api/signals", lambda seen: Reply(200, cursor_page(2 * (next(flip) % 2), 2, f"k{next(fresh)}")))
    fresh = iter(range(10_000))
    with pytest.raises(errors.PaginationError):
        collect(mode, server, list_signals)
    assert server.count("GET /api/signals") <= 6


@pytest.mark.parametrize("mode", MODES)
def test_a_rare_empty_page_is_tolerated(server: FaultServer, mode: str) -> None:
    server.script(
        "GET /api/signals",
        Reply(200, cursor_page(0, 2, "c1")),
        Reply(200, cursor_page(0, 0, "c2")),
        Reply(200, cursor_page(2, 2, "c3")),
        Reply(200, cursor_page(4, 1, None)),
    )
    assert len(collect(mode, server, list_signals)) == 5


# -- items are parsed one at a time (so that a long walk's models die young instead of being promoted) ------------


def walk_items(mode: str, server: FaultServer) -> tuple[list[str], BaseException | None]:
    """The ids yielded before the walk stopped, and the error it stopped with (None when it ended normally)."""
    seen: list[str] = []

    async def consume_async() -> None:
        async with puffle.AsyncPuffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as c:
            async for item in puffle.apaginate(list_signals, client=c):
                seen.append(item.id)

    try:
        if mode == "async":
            asyncio.run(consume_async())
        else:
            with puffle.Puffle(api_key=TEST_KEY, base_url=server.url, rate_limit=None) as c:
                for item in puffle.paginate(list_signals, client=c, read_ahead=mode == "sync"):
                    seen.append(item.id)
    except errors.PuffleError as exc:
        return seen, exc
    return seen, None


@pytest.mark.parametrize("mode", MODES)
def test_a_bad_item_raises_when_reached_with_the_page_parsers_error(server: FaultServer, mode: str) -> None:
    bad = {"signals": [*ids(0, 2), {"id": uid(2), "score": "high"}, *ids(3, 2)], "pagination": {"hasMore": False}}
    server.default("GET /api/signals", Reply(200, bad))
    seen, error = walk_items(mode, server)
    assert seen == [uid(0), uid(1)]  # the good items before it were handed out
    assert isinstance(error, errors.ResponseValidationError)
    # exactly what parsing the whole page reports (operation, field and reason)
    import httpx

    with pytest.raises(errors.ResponseValidationError) as whole:
        list_signals._build_response(client=None, response=httpx.Response(200, json=bad))  # type: ignore[arg-type]
    assert str(error) == str(whole.value) and error.field == whole.value.field == "score"


@pytest.mark.parametrize("mode", MODES)
def test_an_item_that_is_not_an_object_gets_the_page_parsers_error(server: FaultServer, mode: str) -> None:
    server.default("GET /api/signals", Reply(200, {"signals": [*ids(0, 1), "nope"], "pagination": {"hasMore": False}}))
    seen, error = walk_items(mode, server)
    assert seen == [uid(0)]
    assert isinstance(error, errors.ResponseValidationError) and "SignalListResponse" in str(error)


@pytest.mark.parametrize("mode", MODES)
def test_the_rest_of_the_page_is_checked_before_its_first_item(server: FaultServer, mode: str) -> None:
    server.default("GET /api/signals", Reply(200, {"signals": ids(0, 3), "pagination": {"hasMore": "yes"}}))
    seen, error = walk_items(mode, server)
    assert seen == [] and isinstance(error, errors.ResponseValidationError)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("items", [None, {"id": "x"}, "abc"])
def test_an_item_list_of_the_wrong_shape_is_the_page_parsers_business(
    server: FaultServer, mode: str, items: Any
) -> None:
    server.default("GET /api/signals", Reply(200, {"signals": items, "pagination": {"hasMore": False}}))
    seen, error = walk_items(mode, server)
    assert seen == []
    assert isinstance(error, errors.ResponseValidationError)


@pytest.mark.parametrize("mode", MODES)
def test_items_carry_undeclared_fields_and_exact_big_numbers(server: FaultServer, mode: str) -> None:
    # 2**70 is past what orjson keeps exact: every walk decodes pages with the SDK's one decoder, which hands
    # such bodies to the standard library, so the number is the same int whichever way the page was read.
    body = b'{"signals": [{"id": "a", "extra": 1180591620717411303424}], "pagination": {"hasMore": false}}'
    server.default("GET /api/signals", Reply(200, raw=body))
    items = collect(mode, server, list_signals)
    assert items[0]["extra"] == 2**70 and type(items[0]["extra"]) is int


def test_page_ids_are_read_at_c_speed_with_an_exact_fallback() -> None:
    from puffle.pagination import _item_keys

    assert _item_keys([{"id": "a"}, {"id": 7}]) == {"a", 7}
    # no id, a bool or float id, an unhashable id, not an object: each such item counts as "unknown" (None)
    assert _item_keys([{"id": "a"}, {"x": 1}]) == {"a", None}
    assert _item_keys([{"id": True}, {"id": 1.5}]) == {None}
    assert _item_keys([{"id": ["a"]}, "text", 3]) == {None}
