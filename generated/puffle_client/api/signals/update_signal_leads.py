from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.signal_batch_update_result import SignalBatchUpdateResult
from ...models.signal_lead_update_request import SignalLeadUpdateRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "updateSignalLeads",
    "method": "PATCH",
    "path": "/api/signals/leads",
    "tag": "signals",
    "module": "puffle_client.api.signals.update_signal_leads",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "signals.leads.update",
        "resource": ["signals", "leads"],
        "method": "update",
        "cli": ["signal", "lead", "update"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-inferred": True,
            "x-puffle-note": "Not stated by the page; it sets a "
            "workflow status on each entity, and any "
            "status may be set from any other.",
        },
        "x-puffle-mock": {"action": "batch-update", "resource": "signalLeads", "items": "items", "key": "entityId"},
        "x-puffle-names": {"sdk": "signals.leads.update", "cli": "signal lead update"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: SignalLeadUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/signals/leads",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> SignalBatchUpdateResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = SignalBatchUpdateResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = SignalBatchUpdateResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[SignalBatchUpdateResult]:
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
    body: SignalLeadUpdateRequest,
) -> Response[SignalBatchUpdateResult]:
    """Set the status of signal leads

     Sets a workflow status (`new`, `contacted` or `dismissed`) on up to 200 person or company entities.
    The
    status belongs to the entity, so it shows on every signal that references it (`entityStatus` /
    `personEntityStatus`). Any status may follow any other. Unknown ids, or ids of another account, come
    back in
    `errors` as `not_found` without failing the call.

    Args:
        body (SignalLeadUpdateRequest): Batch of entity status changes.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalBatchUpdateResult]
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
    body: SignalLeadUpdateRequest,
) -> SignalBatchUpdateResult:
    """Set the status of signal leads

     Sets a workflow status (`new`, `contacted` or `dismissed`) on up to 200 person or company entities.
    The
    status belongs to the entity, so it shows on every signal that references it (`entityStatus` /
    `personEntityStatus`). Any status may follow any other. Unknown ids, or ids of another account, come
    back in
    `errors` as `not_found` without failing the call.

    Args:
        body (SignalLeadUpdateRequest): Batch of entity status changes.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalBatchUpdateResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: SignalLeadUpdateRequest,
) -> Response[SignalBatchUpdateResult]:
    """Set the status of signal leads

     Sets a workflow status (`new`, `contacted` or `dismissed`) on up to 200 person or company entities.
    The
    status belongs to the entity, so it shows on every signal that references it (`entityStatus` /
    `personEntityStatus`). Any status may follow any other. Unknown ids, or ids of another account, come
    back in
    `errors` as `not_found` without failing the call.

    Args:
        body (SignalLeadUpdateRequest): Batch of entity status changes.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[SignalBatchUpdateResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: SignalLeadUpdateRequest,
) -> SignalBatchUpdateResult:
    """Set the status of signal leads

     Sets a workflow status (`new`, `contacted` or `dismissed`) on up to 200 person or company entities.
    The
    status belongs to the entity, so it shows on every signal that references it (`entityStatus` /
    `personEntityStatus`). Any status may follow any other. Unknown ids, or ids of another account, come
    back in
    `errors` as `not_found` without failing the call.

    Args:
        body (SignalLeadUpdateRequest): Batch of entity status changes.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        SignalBatchUpdateResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
