from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.sender_list_response import SenderListResponse
from ...models.sender_type import SenderType
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listSenders",
    "method": "GET",
    "path": "/api/senders",
    "tag": "senders",
    "module": "puffle_client.api.senders.list_senders",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "senders.list", "resource": ["senders"], "method": "list", "cli": ["sender"]},
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "senders",
            "seed": 4,
            "items": "accounts",
            "filters": {"type": {"op": "eq", "field": "type"}},
        },
        "x-puffle-names": {
            "sdk": "senders.list",
            "cli": "sender",
            "x-puffle-inferred": True,
            "x-puffle-note": "No CLI line in the docs; command words derived by the CLI guide's rules.",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    type_: SenderType | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/senders",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SenderListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SenderListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SenderListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SenderListResponse]:
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
    type_: SenderType | Unset = UNSET,
) -> Response[SenderListResponse]:
    """List sender accounts

     Returns every sender account in the workspace as one array, mixing email inboxes and connected
    LinkedIn accounts. Each row carries both the email-specific and the LinkedIn-specific columns; the
    ones
    that do not apply to the row's `type` are null. The row `id` is the sender id used elsewhere
    (`sender_id` / `account_id` in Unibox, `{id}` in `/api/senders/{id}`). After starting a LinkedIn
    connection, poll this list with `type=linkedin` every 10–20 seconds until a new `connected` row
    shows up.

    Args:
        type_ (SenderType | Unset): Channel of a sender account.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SenderListResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    type_: SenderType | Unset = UNSET,
) -> SenderListResponse:
    """List sender accounts

     Returns every sender account in the workspace as one array, mixing email inboxes and connected
    LinkedIn accounts. Each row carries both the email-specific and the LinkedIn-specific columns; the
    ones
    that do not apply to the row's `type` are null. The row `id` is the sender id used elsewhere
    (`sender_id` / `account_id` in Unibox, `{id}` in `/api/senders/{id}`). After starting a LinkedIn
    connection, poll this list with `type=linkedin` every 10–20 seconds until a new `connected` row
    shows up.

    Args:
        type_ (SenderType | Unset): Channel of a sender account.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SenderListResponse
    """

    return sync_detailed(
        client=client,
        type_=type_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    type_: SenderType | Unset = UNSET,
) -> Response[SenderListResponse]:
    """List sender accounts

     Returns every sender account in the workspace as one array, mixing email inboxes and connected
    LinkedIn accounts. Each row carries both the email-specific and the LinkedIn-specific columns; the
    ones
    that do not apply to the row's `type` are null. The row `id` is the sender id used elsewhere
    (`sender_id` / `account_id` in Unibox, `{id}` in `/api/senders/{id}`). After starting a LinkedIn
    connection, poll this list with `type=linkedin` every 10–20 seconds until a new `connected` row
    shows up.

    Args:
        type_ (SenderType | Unset): Channel of a sender account.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SenderListResponse]
    """

    kwargs = _get_kwargs(
        type_=type_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    type_: SenderType | Unset = UNSET,
) -> SenderListResponse:
    """List sender accounts

     Returns every sender account in the workspace as one array, mixing email inboxes and connected
    LinkedIn accounts. Each row carries both the email-specific and the LinkedIn-specific columns; the
    ones
    that do not apply to the row's `type` are null. The row `id` is the sender id used elsewhere
    (`sender_id` / `account_id` in Unibox, `{id}` in `/api/senders/{id}`). After starting a LinkedIn
    connection, poll this list with `type=linkedin` every 10–20 seconds until a new `connected` row
    shows up.

    Args:
        type_ (SenderType | Unset): Channel of a sender account.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SenderListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            type_=type_,
        )
    ).parsed
