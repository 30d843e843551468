from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.account import Account
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "getAccount",
    "method": "GET",
    "path": "/api/account",
    "tag": "account",
    "module": "puffle_client.api.account.get_account",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "account.retrieve", "resource": ["account"], "method": "retrieve", "cli": ["account"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {"action": "get", "resource": "account", "singleton": True},
        "x-puffle-names": {"sdk": "account.retrieve", "cli": "account"},
        "x-puffle-note": "The docs show neither a status code label nor a response "
        "example; 200 and the example are built from the page's field "
        "list.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/account",
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> Account:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = Account.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = Account.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> Response[Account]:
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
) -> Response[Account]:
    """Read the signed-in user's account

     Fetches the personal account of the user behind the credentials: identity data owned by the auth
    system (`account`), the Puffle name fields (`profile`) and `canManageAuth`. Read this before
    changing a
    name, email or password. Only when `canManageAuth` is true may the caller change the email or
    password
    (an API-key caller, or an admin acting as someone else, gets false). This is the person's own
    account —
    the company/ICP profile lives at `GET /api/context`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[Account]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> Account:
    """Read the signed-in user's account

     Fetches the personal account of the user behind the credentials: identity data owned by the auth
    system (`account`), the Puffle name fields (`profile`) and `canManageAuth`. Read this before
    changing a
    name, email or password. Only when `canManageAuth` is true may the caller change the email or
    password
    (an API-key caller, or an admin acting as someone else, gets false). This is the person's own
    account —
    the company/ICP profile lives at `GET /api/context`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Account
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[Account]:
    """Read the signed-in user's account

     Fetches the personal account of the user behind the credentials: identity data owned by the auth
    system (`account`), the Puffle name fields (`profile`) and `canManageAuth`. Read this before
    changing a
    name, email or password. Only when `canManageAuth` is true may the caller change the email or
    password
    (an API-key caller, or an admin acting as someone else, gets false). This is the person's own
    account —
    the company/ICP profile lives at `GET /api/context`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[Account]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
) -> Account:
    """Read the signed-in user's account

     Fetches the personal account of the user behind the credentials: identity data owned by the auth
    system (`account`), the Puffle name fields (`profile`) and `canManageAuth`. Read this before
    changing a
    name, email or password. Only when `canManageAuth` is true may the caller change the email or
    password
    (an API-key caller, or an admin acting as someone else, gets false). This is the person's own
    account —
    the company/ICP profile lives at `GET /api/context`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Account
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
