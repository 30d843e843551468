from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.signal_type_create_request import SignalTypeCreateRequest
from ...models.signal_type_response import SignalTypeResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createSignalType",
    "method": "POST",
    "path": "/api/signals/types",
    "tag": "signals",
    "module": "puffle_client.api.signals.create_signal_type",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "signals.types.create",
        "resource": ["signals", "types"],
        "method": "create",
        "cli": ["signal", "type", "create"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "create",
            "resource": "signalTypes",
            "unique": ["label"],
            "set": {"builtIn": False, "enabled": True},
        },
        "x-puffle-names": {"sdk": "signals.types.create", "cli": "signal type create"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: SignalTypeCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/signals/types",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalTypeResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 201:
            response_201 = SignalTypeResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_201 = SignalTypeResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalTypeResponse]:
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
    body: SignalTypeCreateRequest,
) -> Response[SignalTypeResponse]:
    """Create a custom signal type

     Adds a keyword-based signal type of the caller's own (structured types exist only as built-ins).
    Only
    `label` is needed; the colour is picked automatically and every registered source is switched on for
    the
    new type so the next scan covers it. The type counts toward the 20-type limit per user: hitting the
    limit
    gives 400 and reusing an existing label gives 409.

    Args:
        body (SignalTypeCreateRequest): A new keyword signal type.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalTypeResponse]
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
    body: SignalTypeCreateRequest,
) -> SignalTypeResponse:
    """Create a custom signal type

     Adds a keyword-based signal type of the caller's own (structured types exist only as built-ins).
    Only
    `label` is needed; the colour is picked automatically and every registered source is switched on for
    the
    new type so the next scan covers it. The type counts toward the 20-type limit per user: hitting the
    limit
    gives 400 and reusing an existing label gives 409.

    Args:
        body (SignalTypeCreateRequest): A new keyword signal type.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalTypeResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SignalTypeCreateRequest,
) -> Response[SignalTypeResponse]:
    """Create a custom signal type

     Adds a keyword-based signal type of the caller's own (structured types exist only as built-ins).
    Only
    `label` is needed; the colour is picked automatically and every registered source is switched on for
    the
    new type so the next scan covers it. The type counts toward the 20-type limit per user: hitting the
    limit
    gives 400 and reusing an existing label gives 409.

    Args:
        body (SignalTypeCreateRequest): A new keyword signal type.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalTypeResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: SignalTypeCreateRequest,
) -> SignalTypeResponse:
    """Create a custom signal type

     Adds a keyword-based signal type of the caller's own (structured types exist only as built-ins).
    Only
    `label` is needed; the colour is picked automatically and every registered source is switched on for
    the
    new type so the next scan covers it. The type counts toward the 20-type limit per user: hitting the
    limit
    gives 400 and reusing an existing label gives 409.

    Args:
        body (SignalTypeCreateRequest): A new keyword signal type.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalTypeResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
