from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncAuthenticatedClient, AuthenticatedClient, BaseClient
from ...models.api_key_revoke_result import ApiKeyRevokeResult
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "revokeApiKey",
    "method": "DELETE",
    "path": "/api/user/api-key",
    "tag": "apiKeys",
    "module": "puffle_client.api.api_keys.revoke_api_key",
    "auth": "session",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "api_keys.revoke", "resource": ["api_keys"], "method": "revoke", "cli": None},
    "extensions": {
        "x-puffle-mock": {
            "action": "update",
            "resource": "apiKey",
            "set": {"has_key": False, "prefix": None, "created_at": None},
        },
        "x-puffle-names": {
            "sdk": "api_keys.revoke",
            "cli": None,
            "x-puffle-note": "No command: the CLI guide gives session-only routes none.",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/user/api-key",
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> ApiKeyRevokeResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ApiKeyRevokeResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ApiKeyRevokeResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ApiKeyRevokeResult]:
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
) -> Response[ApiKeyRevokeResult]:
    """Revoke the active API key (dashboard session)

     Dashboard-only route using the browser session. Disables the current key at once: every later
    request
    made with it — including ones already in flight — fails with 401. Deploy a replacement key first to
    avoid an outage.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ApiKeyRevokeResult]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ApiKeyRevokeResult:
    """Revoke the active API key (dashboard session)

     Dashboard-only route using the browser session. Disables the current key at once: every later
    request
    made with it — including ones already in flight — fails with 401. Deploy a replacement key first to
    avoid an outage.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ApiKeyRevokeResult
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncAuthenticatedClient,
) -> Response[ApiKeyRevokeResult]:
    """Revoke the active API key (dashboard session)

     Dashboard-only route using the browser session. Disables the current key at once: every later
    request
    made with it — including ones already in flight — fails with 401. Deploy a replacement key first to
    avoid an outage.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ApiKeyRevokeResult]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncAuthenticatedClient,
) -> ApiKeyRevokeResult:
    """Revoke the active API key (dashboard session)

     Dashboard-only route using the browser session. Disables the current key at once: every later
    request
    made with it — including ones already in flight — fails with 401. Deploy a replacement key first to
    avoid an outage.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ApiKeyRevokeResult
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
