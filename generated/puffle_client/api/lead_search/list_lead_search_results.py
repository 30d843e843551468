from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.list_lead_search_results_response import ListLeadSearchResultsResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listLeadSearchResults",
    "method": "GET",
    "path": "/api/leads/search/results",
    "tag": "leadSearch",
    "module": "puffle_client.api.lead_search.list_lead_search_results",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "offset",
        "items": ["results"],
        "limit_param": "limit",
        "cursor_param": None,
        "page_param": None,
        "offset_param": "offset",
        "next_cursor": None,
        "has_more": None,
        "total": None,
        "json": {"items": ["results"], "next_cursor": None, "has_more": None, "total": None},
    },
    "task": None,
    "names": {
        "sdk": "lead_search.results.list",
        "resource": ["lead_search", "results"],
        "method": "list",
        "cli": ["lead", "search", "result"],
    },
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "list",
            "resource": "leads",
            "parent": "leadSearches",
            "parentKey": "$request.query.taskId",
        },
        "x-puffle-names": {
            "sdk": "lead_search.results.list",
            "cli": "lead search result",
            "x-puffle-inferred": True,
            "x-puffle-note": "No CLI line in the docs; command words derived by the CLI guide's rules.",
        },
        "x-puffle-note": "Whole operation reconstructed from mentions on other pages (its "
        "own page was not found); externalDocs points at the concept page "
        "that names it.",
        "x-puffle-pagination": {"style": "offset", "items": "results", "limitParam": "limit", "offsetParam": "offset"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    task_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["taskId"] = task_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/leads/search/results",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> ListLeadSearchResultsResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ListLeadSearchResultsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ListLeadSearchResultsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ListLeadSearchResultsResponse]:
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
    task_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[ListLeadSearchResultsResponse]:
    """List raw rows saved by a lead search

     Returns the raw provider rows that a lead search task stored while it filled its result List, read
    with `offset` and `limit`. This is optional: the usual way to use a finished search is to read its
    result List with `listListLeads`. The reference page for this route was not found, so its parameters
    and response shape here are a cautious reconstruction.

    Args:
        task_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListLeadSearchResultsResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        offset=offset,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    task_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> ListLeadSearchResultsResponse:
    """List raw rows saved by a lead search

     Returns the raw provider rows that a lead search task stored while it filled its result List, read
    with `offset` and `limit`. This is optional: the usual way to use a finished search is to read its
    result List with `listListLeads`. The reference page for this route was not found, so its parameters
    and response shape here are a cautious reconstruction.

    Args:
        task_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListLeadSearchResultsResponse
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    task_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> Response[ListLeadSearchResultsResponse]:
    """List raw rows saved by a lead search

     Returns the raw provider rows that a lead search task stored while it filled its result List, read
    with `offset` and `limit`. This is optional: the usual way to use a finished search is to read its
    result List with `listListLeads`. The reference page for this route was not found, so its parameters
    and response shape here are a cautious reconstruction.

    Args:
        task_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListLeadSearchResultsResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    task_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> ListLeadSearchResultsResponse:
    """List raw rows saved by a lead search

     Returns the raw provider rows that a lead search task stored while it filled its result List, read
    with `offset` and `limit`. This is optional: the usual way to use a finished search is to read its
    result List with `listListLeads`. The reference page for this route was not found, so its parameters
    and response shape here are a cautious reconstruction.

    Args:
        task_id (str):
        offset (int | Unset):  Default: 0.
        limit (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListLeadSearchResultsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
            offset=offset,
            limit=limit,
        )
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.lead_search_result import LeadSearchResult  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    task_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> None:
    """The keywords `puffle.paginate` takes for this operation (a signature only, never called)."""


def _puffle_apages(
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    task_id: str,
    offset: int | Unset = 0,
    limit: int | Unset = UNSET,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, LeadSearchResult, ListLeadSearchResultsResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
