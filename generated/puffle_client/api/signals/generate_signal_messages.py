from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.signal_generate_request import SignalGenerateRequest
from ...models.signal_generate_response import SignalGenerateResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "generateSignalMessages",
    "method": "POST",
    "path": "/api/signals/generate",
    "tag": "signals",
    "module": "puffle_client.api.signals.generate_signal_messages",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "signals.generate_messages",
        "resource": ["signals"],
        "method": "generate_messages",
        "cli": ["signal", "generate"],
    },
    "extensions": {
        "x-puffle-mock": {"action": "batch-update", "resource": "signals", "items": "items"},
        "x-puffle-names": {"sdk": "signals.generate_messages", "cli": "signal generate"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: SignalGenerateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/signals/generate",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalGenerateResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalGenerateResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalGenerateResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalGenerateResponse]:
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
    body: SignalGenerateRequest,
) -> Response[SignalGenerateResponse]:
    """Draft outreach for signals

     Writes an AI direct-message draft, a public-comment draft, or both, for each of up to 20 signals.
    Every
    item must ask for at least one kind. The drafts are stored on the signal (read back later as
    `dmText` /
    `commentText` from the signal list) and can be edited with the bulk signal update. A per-item
    `error` does
    not fail the whole call; `already_in_flight` means that draft is still being produced, so wait
    before asking
    again.

    Args:
        body (SignalGenerateRequest): Batch of draft requests.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalGenerateResponse]
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
    body: SignalGenerateRequest,
) -> SignalGenerateResponse:
    """Draft outreach for signals

     Writes an AI direct-message draft, a public-comment draft, or both, for each of up to 20 signals.
    Every
    item must ask for at least one kind. The drafts are stored on the signal (read back later as
    `dmText` /
    `commentText` from the signal list) and can be edited with the bulk signal update. A per-item
    `error` does
    not fail the whole call; `already_in_flight` means that draft is still being produced, so wait
    before asking
    again.

    Args:
        body (SignalGenerateRequest): Batch of draft requests.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalGenerateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SignalGenerateRequest,
) -> Response[SignalGenerateResponse]:
    """Draft outreach for signals

     Writes an AI direct-message draft, a public-comment draft, or both, for each of up to 20 signals.
    Every
    item must ask for at least one kind. The drafts are stored on the signal (read back later as
    `dmText` /
    `commentText` from the signal list) and can be edited with the bulk signal update. A per-item
    `error` does
    not fail the whole call; `already_in_flight` means that draft is still being produced, so wait
    before asking
    again.

    Args:
        body (SignalGenerateRequest): Batch of draft requests.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalGenerateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: SignalGenerateRequest,
) -> SignalGenerateResponse:
    """Draft outreach for signals

     Writes an AI direct-message draft, a public-comment draft, or both, for each of up to 20 signals.
    Every
    item must ask for at least one kind. The drafts are stored on the signal (read back later as
    `dmText` /
    `commentText` from the signal list) and can be edited with the bulk signal update. A per-item
    `error` does
    not fail the whole call; `already_in_flight` means that draft is still being produced, so wait
    before asking
    again.

    Args:
        body (SignalGenerateRequest): Batch of draft requests.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalGenerateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
