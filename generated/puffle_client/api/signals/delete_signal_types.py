from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.signal_batch_delete_result import SignalBatchDeleteResult
from ...models.signal_type_delete_request import SignalTypeDeleteRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "deleteSignalTypes",
    "method": "DELETE",
    "path": "/api/signals/types",
    "tag": "signals",
    "module": "puffle_client.api.signals.delete_signal_types",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "signals.types.delete",
        "resource": ["signals", "types"],
        "method": "delete",
        "cli": ["signal", "type", "delete"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-inferred": True,
            "x-puffle-note": "Not stated by the page; a repeat reports "
            "the already deleted ids as per-item "
            "`not_found` in a 200 body, deleting "
            "nothing twice.",
        },
        "x-puffle-mock": {
            "action": "batch-delete",
            "resource": "signalTypes",
            "ids": "$request.body.ids",
            "when": {"builtIn": [False, None]},
        },
        "x-puffle-names": {"sdk": "signals.types.delete", "cli": "signal type delete"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: SignalTypeDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/signals/types",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalBatchDeleteResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalBatchDeleteResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalBatchDeleteResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalBatchDeleteResult]:
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
    body: SignalTypeDeleteRequest,
) -> Response[SignalBatchDeleteResult]:
    """Delete custom signal types

     Permanently removes up to 50 user-created signal types, together with their per-source overrides.
    The ids
    travel in a JSON body. Built-in types refuse with a per-item `built_in` error (switch them off
    instead) and
    unknown ids report `not_found`. Signals already found keep their label but lose the link to the type
    (`signalTypeId` becomes null).

    Args:
        body (SignalTypeDeleteRequest): Ids of the custom signal types to delete.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalBatchDeleteResult]
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
    body: SignalTypeDeleteRequest,
) -> SignalBatchDeleteResult:
    """Delete custom signal types

     Permanently removes up to 50 user-created signal types, together with their per-source overrides.
    The ids
    travel in a JSON body. Built-in types refuse with a per-item `built_in` error (switch them off
    instead) and
    unknown ids report `not_found`. Signals already found keep their label but lose the link to the type
    (`signalTypeId` becomes null).

    Args:
        body (SignalTypeDeleteRequest): Ids of the custom signal types to delete.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalBatchDeleteResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SignalTypeDeleteRequest,
) -> Response[SignalBatchDeleteResult]:
    """Delete custom signal types

     Permanently removes up to 50 user-created signal types, together with their per-source overrides.
    The ids
    travel in a JSON body. Built-in types refuse with a per-item `built_in` error (switch them off
    instead) and
    unknown ids report `not_found`. Signals already found keep their label but lose the link to the type
    (`signalTypeId` becomes null).

    Args:
        body (SignalTypeDeleteRequest): Ids of the custom signal types to delete.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalBatchDeleteResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: SignalTypeDeleteRequest,
) -> SignalBatchDeleteResult:
    """Delete custom signal types

     Permanently removes up to 50 user-created signal types, together with their per-source overrides.
    The ids
    travel in a JSON body. Built-in types refuse with a per-item `built_in` error (switch them off
    instead) and
    unknown ids report `not_found`. Signals already found keep their label but lose the link to the type
    (`signalTypeId` becomes null).

    Args:
        body (SignalTypeDeleteRequest): Ids of the custom signal types to delete.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalBatchDeleteResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
