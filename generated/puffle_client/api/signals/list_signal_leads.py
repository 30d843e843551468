from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.list_signal_leads_group_by import ListSignalLeadsGroupBy
from ...models.list_signal_leads_sort_by import ListSignalLeadsSortBy
from ...models.signal_lead_list_response import SignalLeadListResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listSignalLeads",
    "method": "GET",
    "path": "/api/signals/leads",
    "tag": "signals",
    "module": "puffle_client.api.signals.list_signal_leads",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "cursor",
        "items": ["leads"],
        "limit_param": "limit",
        "cursor_param": "cursor",
        "page_param": None,
        "offset_param": None,
        "next_cursor": ["pagination", "cursor"],
        "has_more": ["pagination", "has_more"],
        "total": None,
        "json": {
            "items": ["leads"],
            "next_cursor": ["pagination", "cursor"],
            "has_more": ["pagination", "hasMore"],
            "total": None,
        },
    },
    "task": None,
    "names": {
        "sdk": "signals.leads.list",
        "resource": ["signals", "leads"],
        "method": "list",
        "cli": ["signal", "lead"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "signalLeads",
            "seed": 300,
            "filters": {"ids": {"op": "eq", "field": "id"}},
            "unfiltered": {
                "sortBy": "orders the leads; the mock keeps insertion order",
                "groupBy": "person or company grouping; one stored shape",
            },
        },
        "x-puffle-names": {"sdk": "signals.leads.list", "cli": "signal lead"},
        "x-puffle-pagination": {
            "style": "cursor",
            "items": "leads",
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
    group_by: ListSignalLeadsGroupBy | Unset = ListSignalLeadsGroupBy.PERSON,
    sort_by: ListSignalLeadsSortBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["groupBy"] = json_group_by

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by.value

    params["sortBy"] = json_sort_by

    params["ids"] = ids

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/signals/leads",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalLeadListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalLeadListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalLeadListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalLeadListResponse]:
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
    group_by: ListSignalLeadsGroupBy | Unset = ListSignalLeadsGroupBy.PERSON,
    sort_by: ListSignalLeadsSortBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SignalLeadListResponse]:
    """List people or companies behind signals

     Rolls every person (default) or company mentioned by the caller's signals up into one deduplicated,
    lead-like row, with the ids of the signals that point to it. A page holds only one kind of row. Row
    `id`
    is the entity id used by the signal lead update. Rows whose enrichment failed come back without a
    LinkedIn
    URL or domain. Pages work exactly like the signal list: follow `pagination.cursor` until `hasMore`
    is false.

    Args:
        group_by (ListSignalLeadsGroupBy | Unset):  Default: ListSignalLeadsGroupBy.PERSON.
        sort_by (ListSignalLeadsSortBy | Unset):
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
        Response[SignalLeadListResponse]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        sort_by=sort_by,
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
    group_by: ListSignalLeadsGroupBy | Unset = ListSignalLeadsGroupBy.PERSON,
    sort_by: ListSignalLeadsSortBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SignalLeadListResponse:
    """List people or companies behind signals

     Rolls every person (default) or company mentioned by the caller's signals up into one deduplicated,
    lead-like row, with the ids of the signals that point to it. A page holds only one kind of row. Row
    `id`
    is the entity id used by the signal lead update. Rows whose enrichment failed come back without a
    LinkedIn
    URL or domain. Pages work exactly like the signal list: follow `pagination.cursor` until `hasMore`
    is false.

    Args:
        group_by (ListSignalLeadsGroupBy | Unset):  Default: ListSignalLeadsGroupBy.PERSON.
        sort_by (ListSignalLeadsSortBy | Unset):
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
        SignalLeadListResponse
    """

    return sync_detailed(
        client=client,
        group_by=group_by,
        sort_by=sort_by,
        ids=ids,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    group_by: ListSignalLeadsGroupBy | Unset = ListSignalLeadsGroupBy.PERSON,
    sort_by: ListSignalLeadsSortBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[SignalLeadListResponse]:
    """List people or companies behind signals

     Rolls every person (default) or company mentioned by the caller's signals up into one deduplicated,
    lead-like row, with the ids of the signals that point to it. A page holds only one kind of row. Row
    `id`
    is the entity id used by the signal lead update. Rows whose enrichment failed come back without a
    LinkedIn
    URL or domain. Pages work exactly like the signal list: follow `pagination.cursor` until `hasMore`
    is false.

    Args:
        group_by (ListSignalLeadsGroupBy | Unset):  Default: ListSignalLeadsGroupBy.PERSON.
        sort_by (ListSignalLeadsSortBy | Unset):
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
        Response[SignalLeadListResponse]
    """

    kwargs = _get_kwargs(
        group_by=group_by,
        sort_by=sort_by,
        ids=ids,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    group_by: ListSignalLeadsGroupBy | Unset = ListSignalLeadsGroupBy.PERSON,
    sort_by: ListSignalLeadsSortBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> SignalLeadListResponse:
    """List people or companies behind signals

     Rolls every person (default) or company mentioned by the caller's signals up into one deduplicated,
    lead-like row, with the ids of the signals that point to it. A page holds only one kind of row. Row
    `id`
    is the entity id used by the signal lead update. Rows whose enrichment failed come back without a
    LinkedIn
    URL or domain. Pages work exactly like the signal list: follow `pagination.cursor` until `hasMore`
    is false.

    Args:
        group_by (ListSignalLeadsGroupBy | Unset):  Default: ListSignalLeadsGroupBy.PERSON.
        sort_by (ListSignalLeadsSortBy | Unset):
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
        SignalLeadListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            group_by=group_by,
            sort_by=sort_by,
            ids=ids,
            cursor=cursor,
            limit=limit,
        )
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.signal_lead import SignalLead  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    group_by: ListSignalLeadsGroupBy | Unset = ListSignalLeadsGroupBy.PERSON,
    sort_by: ListSignalLeadsSortBy | Unset = UNSET,
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
    group_by: ListSignalLeadsGroupBy | Unset = ListSignalLeadsGroupBy.PERSON,
    sort_by: ListSignalLeadsSortBy | Unset = UNSET,
    ids: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, SignalLead, SignalLeadListResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
