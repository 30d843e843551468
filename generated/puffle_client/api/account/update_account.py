from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.account_update import AccountUpdate
from ...models.account_update_result import AccountUpdateResult
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "updateAccount",
    "method": "PATCH",
    "path": "/api/account",
    "tag": "account",
    "module": "puffle_client.api.account.update_account",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "account.update", "resource": ["account"], "method": "update", "cli": ["account", "update"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {"action": "static"},
        "x-puffle-names": {"sdk": "account.update", "cli": "account update"},
        "x-puffle-note": "The docs give no response example or status label; 200 and the "
        "response fields come from the page's agent notes.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: AccountUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/account",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> AccountUpdateResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = AccountUpdateResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = AccountUpdateResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[AccountUpdateResult]:
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
    body: AccountUpdate,
) -> Response[AccountUpdateResult]:
    """Change the user's name, email or password

     Updates the personal account. Send at least one field. Name fields can always be changed; email and
    password may only be changed when `GET /api/account` reports `canManageAuth: true`, and never both
    in the
    same request (such a body is refused). A new email only becomes active after the user follows the
    verification link, which the response signals with `pendingEmail` / `emailChangeSent`. A new
    password
    applies as soon as the auth backend accepts it.

    Args:
        body (AccountUpdate): Fields to change; send at least one. `email` and `password` cannot
            be combined in one request and
            require `canManageAuth`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[AccountUpdateResult]
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
    body: AccountUpdate,
) -> AccountUpdateResult:
    """Change the user's name, email or password

     Updates the personal account. Send at least one field. Name fields can always be changed; email and
    password may only be changed when `GET /api/account` reports `canManageAuth: true`, and never both
    in the
    same request (such a body is refused). A new email only becomes active after the user follows the
    verification link, which the response signals with `pendingEmail` / `emailChangeSent`. A new
    password
    applies as soon as the auth backend accepts it.

    Args:
        body (AccountUpdate): Fields to change; send at least one. `email` and `password` cannot
            be combined in one request and
            require `canManageAuth`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        AccountUpdateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: AccountUpdate,
) -> Response[AccountUpdateResult]:
    """Change the user's name, email or password

     Updates the personal account. Send at least one field. Name fields can always be changed; email and
    password may only be changed when `GET /api/account` reports `canManageAuth: true`, and never both
    in the
    same request (such a body is refused). A new email only becomes active after the user follows the
    verification link, which the response signals with `pendingEmail` / `emailChangeSent`. A new
    password
    applies as soon as the auth backend accepts it.

    Args:
        body (AccountUpdate): Fields to change; send at least one. `email` and `password` cannot
            be combined in one request and
            require `canManageAuth`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[AccountUpdateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: AccountUpdate,
) -> AccountUpdateResult:
    """Change the user's name, email or password

     Updates the personal account. Send at least one field. Name fields can always be changed; email and
    password may only be changed when `GET /api/account` reports `canManageAuth: true`, and never both
    in the
    same request (such a body is refused). A new email only becomes active after the user follows the
    verification link, which the response signals with `pendingEmail` / `emailChangeSent`. A new
    password
    applies as soon as the auth backend accepts it.

    Args:
        body (AccountUpdate): Fields to change; send at least one. `email` and `password` cannot
            be combined in one request and
            require `canManageAuth`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        AccountUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
