from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.list_lead_searches_response import ListLeadSearchesResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listLeadSearches",
    "method": "GET",
    "path": "/api/leads/search",
    "tag": "leadSearch",
    "module": "puffle_client.api.lead_search.list_lead_searches",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "lead_search.list", "resource": ["lead_search"], "method": "list", "cli": ["lead", "search"]},
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "leadSearches",
            "items": "tasks",
            "key": "$request.query.taskId",
        },
        "x-puffle-names": {"sdk": "lead_search.list", "cli": "lead search"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    task_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["taskId"] = task_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/leads/search",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> ListLeadSearchesResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ListLeadSearchesResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ListLeadSearchesResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ListLeadSearchesResponse]:
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
    task_id: str | Unset = UNSET,
) -> Response[ListLeadSearchesResponse]:
    """List recent lead searches or poll one

     Returns the caller's most recent lead search tasks (no more than 20, no paging). With `taskId` the
    array holds just that task, which makes this the polling call after `createLeadSearch`: repeat it
    every 5–10 seconds until `status` reaches a final value. Result rows are read separately with
    `listLeadSearchResults`.

    Args:
        task_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListLeadSearchesResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    task_id: str | Unset = UNSET,
) -> ListLeadSearchesResponse:
    """List recent lead searches or poll one

     Returns the caller's most recent lead search tasks (no more than 20, no paging). With `taskId` the
    array holds just that task, which makes this the polling call after `createLeadSearch`: repeat it
    every 5–10 seconds until `status` reaches a final value. Result rows are read separately with
    `listLeadSearchResults`.

    Args:
        task_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListLeadSearchesResponse
    """

    return sync_detailed(
        client=client,
        task_id=task_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    task_id: str | Unset = UNSET,
) -> Response[ListLeadSearchesResponse]:
    """List recent lead searches or poll one

     Returns the caller's most recent lead search tasks (no more than 20, no paging). With `taskId` the
    array holds just that task, which makes this the polling call after `createLeadSearch`: repeat it
    every 5–10 seconds until `status` reaches a final value. Result rows are read separately with
    `listLeadSearchResults`.

    Args:
        task_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListLeadSearchesResponse]
    """

    kwargs = _get_kwargs(
        task_id=task_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    task_id: str | Unset = UNSET,
) -> ListLeadSearchesResponse:
    """List recent lead searches or poll one

     Returns the caller's most recent lead search tasks (no more than 20, no paging). With `taskId` the
    array holds just that task, which makes this the polling call after `createLeadSearch`: repeat it
    every 5–10 seconds until `status` reaches a final value. Result rows are read separately with
    `listLeadSearchResults`.

    Args:
        task_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListLeadSearchesResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            task_id=task_id,
        )
    ).parsed
