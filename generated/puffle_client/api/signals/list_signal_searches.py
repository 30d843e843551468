from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.signal_search_list_response import SignalSearchListResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listSignalSearches",
    "method": "GET",
    "path": "/api/signals/search",
    "tag": "signals",
    "module": "puffle_client.api.signals.list_signal_searches",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "cursor",
        "items": ["searches"],
        "limit_param": "limit",
        "cursor_param": "cursor",
        "page_param": None,
        "offset_param": None,
        "next_cursor": ["pagination", "cursor"],
        "has_more": ["pagination", "has_more"],
        "total": None,
        "json": {
            "items": ["searches"],
            "next_cursor": ["pagination", "cursor"],
            "has_more": ["pagination", "hasMore"],
            "total": None,
        },
    },
    "task": None,
    "names": {
        "sdk": "signals.searches.list",
        "resource": ["signals", "searches"],
        "method": "list",
        "cli": ["signal", "search"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "signalSearches",
            "seed": 4,
            "filters": {"ids": {"op": "eq", "field": "id"}},
        },
        "x-puffle-names": {"sdk": "signals.searches.list", "cli": "signal search"},
        "x-puffle-pagination": {
            "style": "cursor",
            "items": "searches",
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
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["ids"] = ids

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/signals/search",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> SignalSearchListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalSearchListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalSearchListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalSearchListResponse]:
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
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SignalSearchListResponse]:
    """List signal searches

     Lists the caller's freeform signal searches, most recent first, with their progress counters. It is
    also
    how a search started with createSignalSearch is polled: pass its id in `ids` every 5–10 seconds
    while the
    status is `pending` or `running` (stop after about 10 minutes). With `ids` set, the matching
    searches come
    back with their `results` included and `cursor`/`limit` are ignored; otherwise the list is cursor-
    paged.

    Args:
        ids (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalSearchListResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
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
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SignalSearchListResponse:
    """List signal searches

     Lists the caller's freeform signal searches, most recent first, with their progress counters. It is
    also
    how a search started with createSignalSearch is polled: pass its id in `ids` every 5–10 seconds
    while the
    status is `pending` or `running` (stop after about 10 minutes). With `ids` set, the matching
    searches come
    back with their `results` included and `cursor`/`limit` are ignored; otherwise the list is cursor-
    paged.

    Args:
        ids (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalSearchListResponse
    """

    return sync_detailed(
        client=client,
        ids=ids,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SignalSearchListResponse]:
    """List signal searches

     Lists the caller's freeform signal searches, most recent first, with their progress counters. It is
    also
    how a search started with createSignalSearch is polled: pass its id in `ids` every 5–10 seconds
    while the
    status is `pending` or `running` (stop after about 10 minutes). With `ids` set, the matching
    searches come
    back with their `results` included and `cursor`/`limit` are ignored; otherwise the list is cursor-
    paged.

    Args:
        ids (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalSearchListResponse]
    """

    kwargs = _get_kwargs(
        ids=ids,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SignalSearchListResponse:
    """List signal searches

     Lists the caller's freeform signal searches, most recent first, with their progress counters. It is
    also
    how a search started with createSignalSearch is polled: pass its id in `ids` every 5–10 seconds
    while the
    status is `pending` or `running` (stop after about 10 minutes). With `ids` set, the matching
    searches come
    back with their `results` included and `cursor`/`limit` are ignored; otherwise the list is cursor-
    paged.

    Args:
        ids (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalSearchListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            ids=ids,
            cursor=cursor,
            limit=limit,
        )
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.signal_search import SignalSearch  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    ids: str | Unset = UNSET,
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
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, SignalSearch, SignalSearchListResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
