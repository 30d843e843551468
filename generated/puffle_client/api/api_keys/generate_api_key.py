from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncAuthenticatedClient, AuthenticatedClient, BaseClient
from ...models.created_api_key import CreatedApiKey
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "generateApiKey",
    "method": "POST",
    "path": "/api/user/api-key",
    "tag": "apiKeys",
    "module": "puffle_client.api.api_keys.generate_api_key",
    "auth": "session",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "api_keys.generate", "resource": ["api_keys"], "method": "generate", "cli": None},
    "extensions": {
        "x-puffle-mock": {"action": "update", "resource": "apiKey", "set": {"has_key": True, "created_at": "$now"}},
        "x-puffle-names": {
            "sdk": "api_keys.generate",
            "cli": None,
            "x-puffle-note": "No command: the CLI guide gives session-only routes none.",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/user/api-key",
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> CreatedApiKey:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 201:
            response_201 = CreatedApiKey.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_201

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_201 = CreatedApiKey.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_201

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> Response[CreatedApiKey]:
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
    client: AuthenticatedClient,
) -> Response[CreatedApiKey]:
    """Create the workspace API key (dashboard session)

     Dashboard-only route, authenticated by the browser session rather than an API key. Creates the
    account's single active `pk_live_` key and returns the full secret exactly once — store it right
    away;
    later reads only expose the prefix. Keys belong to one workspace. To rotate, create and deploy the
    new
    key before revoking the old one; backend-driven rotation goes through Puffle support.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CreatedApiKey]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> CreatedApiKey:
    """Create the workspace API key (dashboard session)

     Dashboard-only route, authenticated by the browser session rather than an API key. Creates the
    account's single active `pk_live_` key and returns the full secret exactly once — store it right
    away;
    later reads only expose the prefix. Keys belong to one workspace. To rotate, create and deploy the
    new
    key before revoking the old one; backend-driven rotation goes through Puffle support.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CreatedApiKey
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
) -> Response[CreatedApiKey]:
    """Create the workspace API key (dashboard session)

     Dashboard-only route, authenticated by the browser session rather than an API key. Creates the
    account's single active `pk_live_` key and returns the full secret exactly once — store it right
    away;
    later reads only expose the prefix. Keys belong to one workspace. To rotate, create and deploy the
    new
    key before revoking the old one; backend-driven rotation goes through Puffle support.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CreatedApiKey]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
) -> CreatedApiKey:
    """Create the workspace API key (dashboard session)

     Dashboard-only route, authenticated by the browser session rather than an API key. Creates the
    account's single active `pk_live_` key and returns the full secret exactly once — store it right
    away;
    later reads only expose the prefix. Keys belong to one workspace. To rotate, create and deploy the
    new
    key before revoking the old one; backend-driven rotation goes through Puffle support.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CreatedApiKey
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
