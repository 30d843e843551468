from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.list_create_request import ListCreateRequest
from ...models.list_response import ListResponse
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createList",
    "method": "POST",
    "path": "/api/lists",
    "tag": "lists",
    "module": "puffle_client.api.lists.create_list",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "lists.create", "resource": ["lists"], "method": "create", "cli": ["list", "create"]},
    "extensions": {
        "x-puffle-mock": {"action": "create", "resource": "lists", "member": "leads", "ids": "$request.body.leadIds"},
        "x-puffle-names": {"sdk": "lists.create", "cli": "list create"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: ListCreateRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/lists",
        "extensions": _EXTENSIONS,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> ListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ListResponse.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ListResponse.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> Response[ListResponse]:
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
    body: ListCreateRequest | Unset = UNSET,
) -> Response[ListResponse]:
    """Create a List

     Makes a new user List. A List only records which Leads belong to it; the Lead data itself lives on
    the Leads. `leadIds` attaches existing Leads at once, `leadType` fixes which kinds of Lead the List
    accepts (`person` when omitted), and a missing `name` becomes "Untitled List". Keep `list.id` for
    the
    membership, import and lead-search calls that follow.

    Args:
        body (ListCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    body: ListCreateRequest | Unset = UNSET,
) -> ListResponse:
    """Create a List

     Makes a new user List. A List only records which Leads belong to it; the Lead data itself lives on
    the Leads. `leadIds` attaches existing Leads at once, `leadType` fixes which kinds of Lead the List
    accepts (`person` when omitted), and a missing `name` becomes "Untitled List". Keep `list.id` for
    the
    membership, import and lead-search calls that follow.

    Args:
        body (ListCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ListCreateRequest | Unset = UNSET,
) -> Response[ListResponse]:
    """Create a List

     Makes a new user List. A List only records which Leads belong to it; the Lead data itself lives on
    the Leads. `leadIds` attaches existing Leads at once, `leadType` fixes which kinds of Lead the List
    accepts (`person` when omitted), and a missing `name` becomes "Untitled List". Keep `list.id` for
    the
    membership, import and lead-search calls that follow.

    Args:
        body (ListCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: ListCreateRequest | Unset = UNSET,
) -> ListResponse:
    """Create a List

     Makes a new user List. A List only records which Leads belong to it; the Lead data itself lives on
    the Leads. `leadIds` attaches existing Leads at once, `leadType` fixes which kinds of Lead the List
    accepts (`person` when omitted), and a missing `name` becomes "Untitled List". Keep `list.id` for
    the
    membership, import and lead-search calls that follow.

    Args:
        body (ListCreateRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
