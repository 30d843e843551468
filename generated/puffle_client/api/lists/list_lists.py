from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.list_lists_response import ListListsResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listLists",
    "method": "GET",
    "path": "/api/lists",
    "tag": "lists",
    "module": "puffle_client.api.lists.list_lists",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "lists.list", "resource": ["lists"], "method": "list", "cli": ["list"]},
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "lists",
            "seed": 6,
            "items": "lists",
            "counts": {"leadCount": "leads"},
        },
        "x-puffle-names": {
            "sdk": "lists.list",
            "cli": "list",
            "x-puffle-note": "From the CLI guide's own example (GET /api/lists becomes puffle list).",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/lists",
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> ListListsResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ListListsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ListListsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ListListsResponse]:
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
) -> Response[ListListsResponse]:
    """List all Lists

     Returns every List in the workspace in one response (no paging), including the protected default
    `all` List. Use it to find a List id, then read its members with `listListLeads`. Only an older
    version of this page was captured; its example (sheet-era fields such as `rowCount`) is kept below
    for reference, and the body is modelled with the current List object.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListListsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> ListListsResponse:
    """List all Lists

     Returns every List in the workspace in one response (no paging), including the protected default
    `all` List. Use it to find a List id, then read its members with `listListLeads`. Only an older
    version of this page was captured; its example (sheet-era fields such as `rowCount`) is kept below
    for reference, and the body is modelled with the current List object.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListListsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[ListListsResponse]:
    """List all Lists

     Returns every List in the workspace in one response (no paging), including the protected default
    `all` List. Use it to find a List id, then read its members with `listListLeads`. Only an older
    version of this page was captured; its example (sheet-era fields such as `rowCount`) is kept below
    for reference, and the body is modelled with the current List object.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListListsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
) -> ListListsResponse:
    """List all Lists

     Returns every List in the workspace in one response (no paging), including the protected default
    `all` List. Use it to find a List id, then read its members with `listListLeads`. Only an older
    version of this page was captured; its example (sheet-era fields such as `rowCount`) is kept below
    for reference, and the body is modelled with the current List object.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListListsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
