from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.signal_list_response import SignalListResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listSignals",
    "method": "GET",
    "path": "/api/signals",
    "tag": "signals",
    "module": "puffle_client.api.signals.list_signals",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "cursor",
        "items": ["signals"],
        "limit_param": "limit",
        "cursor_param": "cursor",
        "page_param": None,
        "offset_param": None,
        "next_cursor": ["pagination", "cursor"],
        "has_more": ["pagination", "has_more"],
        "total": None,
        "json": {
            "items": ["signals"],
            "next_cursor": ["pagination", "cursor"],
            "has_more": ["pagination", "hasMore"],
            "total": None,
        },
    },
    "task": None,
    "names": {"sdk": "signals.list", "resource": ["signals"], "method": "list", "cli": ["signal"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "list",
            "resource": "signals",
            "seed": 2000,
            "filters": {
                "ids": {"op": "eq", "field": "id"},
                "since": {"op": "gte", "field": "createdAt"},
                "minScore": {"op": "gte", "field": "score"},
                "includeDismissed": {"op": "include", "field": "entityStatus", "value": "dismissed"},
            },
            "unfiltered": {
                "sortBy": "orders the feed; the mock keeps insertion order",
                "groupBy": "groups the feed; only the flat shape is documented",
            },
        },
        "x-puffle-names": {"sdk": "signals.list", "cli": "signal"},
        "x-puffle-note": "The parameter table of this page was not captured; every query "
        "parameter is derived from the CLI flags of `puffle signal`.",
        "x-puffle-pagination": {
            "style": "cursor",
            "items": "signals",
            "limitParam": "limit",
            "cursorParam": "cursor",
            "nextCursor": "pagination.cursor",
            "hasMore": "pagination.hasMore",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    sort_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    since: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    include_dismissed: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["sortBy"] = sort_by

    params["groupBy"] = group_by

    params["ids"] = ids

    params["since"] = since

    params["minScore"] = min_score

    params["includeDismissed"] = include_dismissed

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/signals",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalListResponse]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=with_request_id(
            _parse_response(client=client, response=response, json_data=json_data), response.headers
        ),
    )


def sync_detailed(
    *,
    client: Client,
    sort_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    since: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    include_dismissed: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SignalListResponse]:
    """List signals

     Returns the caller's feed of scored buying signals, one cursor page at a time. Only signals rated 2
    or 3 on
    the 1–3 sellability scale ever show up; dismissed ones stay hidden unless explicitly asked for. Keep
    passing
    `pagination.cursor` back as `cursor` while `pagination.hasMore` is true. To read particular signals,
    filter
    with `ids` (there is no single-signal endpoint).

    Args:
        sort_by (str | Unset):
        group_by (str | Unset):
        ids (str | Unset):
        since (str | Unset):
        min_score (float | Unset):
        include_dismissed (bool | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalListResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        group_by=group_by,
        ids=ids,
        since=since,
        min_score=min_score,
        include_dismissed=include_dismissed,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    sort_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    since: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    include_dismissed: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SignalListResponse:
    """List signals

     Returns the caller's feed of scored buying signals, one cursor page at a time. Only signals rated 2
    or 3 on
    the 1–3 sellability scale ever show up; dismissed ones stay hidden unless explicitly asked for. Keep
    passing
    `pagination.cursor` back as `cursor` while `pagination.hasMore` is true. To read particular signals,
    filter
    with `ids` (there is no single-signal endpoint).

    Args:
        sort_by (str | Unset):
        group_by (str | Unset):
        ids (str | Unset):
        since (str | Unset):
        min_score (float | Unset):
        include_dismissed (bool | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalListResponse
    """

    return sync_detailed(
        client=client,
        sort_by=sort_by,
        group_by=group_by,
        ids=ids,
        since=since,
        min_score=min_score,
        include_dismissed=include_dismissed,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    sort_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    since: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    include_dismissed: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SignalListResponse]:
    """List signals

     Returns the caller's feed of scored buying signals, one cursor page at a time. Only signals rated 2
    or 3 on
    the 1–3 sellability scale ever show up; dismissed ones stay hidden unless explicitly asked for. Keep
    passing
    `pagination.cursor` back as `cursor` while `pagination.hasMore` is true. To read particular signals,
    filter
    with `ids` (there is no single-signal endpoint).

    Args:
        sort_by (str | Unset):
        group_by (str | Unset):
        ids (str | Unset):
        since (str | Unset):
        min_score (float | Unset):
        include_dismissed (bool | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalListResponse]
    """

    kwargs = _get_kwargs(
        sort_by=sort_by,
        group_by=group_by,
        ids=ids,
        since=since,
        min_score=min_score,
        include_dismissed=include_dismissed,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    sort_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    since: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    include_dismissed: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SignalListResponse:
    """List signals

     Returns the caller's feed of scored buying signals, one cursor page at a time. Only signals rated 2
    or 3 on
    the 1–3 sellability scale ever show up; dismissed ones stay hidden unless explicitly asked for. Keep
    passing
    `pagination.cursor` back as `cursor` while `pagination.hasMore` is true. To read particular signals,
    filter
    with `ids` (there is no single-signal endpoint).

    Args:
        sort_by (str | Unset):
        group_by (str | Unset):
        ids (str | Unset):
        since (str | Unset):
        min_score (float | Unset):
        include_dismissed (bool | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            sort_by=sort_by,
            group_by=group_by,
            ids=ids,
            since=since,
            min_score=min_score,
            include_dismissed=include_dismissed,
            cursor=cursor,
            limit=limit,
        )
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.signal import Signal  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    sort_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    since: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    include_dismissed: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> None:
    """The keywords `puffle.paginate` takes for this operation (a signature only, never called)."""


def _puffle_apages(
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    sort_by: str | Unset = UNSET,
    group_by: str | Unset = UNSET,
    ids: str | Unset = UNSET,
    since: str | Unset = UNSET,
    min_score: float | Unset = UNSET,
    include_dismissed: bool | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, Signal, SignalListResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
