from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.enrichment_cancel_result import EnrichmentCancelResult
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "cancelEnrichment",
    "method": "POST",
    "path": "/api/enrichment/{id}/cancel",
    "tag": "enrichment",
    "module": "puffle_client.api.enrichment.cancel_enrichment",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [409],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "enrichments.cancel",
        "resource": ["enrichments"],
        "method": "cancel",
        "cli": ["enrichment", "cancel"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-source": "enrichment/cancel-enrichment.md",
            "alreadyDone": [409],
            "x-puffle-note": "The page says a repeat cancel after "
            "success answers 409 "
            "`run_not_cancellable` and that clients "
            "may treat that as success.",
        },
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "transition",
            "resource": "enrichmentRuns",
            "item": "run",
            "when": {"status": ["pending", "running"]},
            "reason": "run_not_cancellable",
            "children": {
                "resource": "enrichmentItems",
                "when": {"status": ["pending"]},
                "set": {"status": "skipped", "skippedReason": "run_cancelled"},
            },
            "set": {
                "status": "cancelled",
                "cancelledAt": "$now",
                "timing.cancelledAt": "$now",
                "timing.completedAt": "$now",
                "scope.counts.skipped": "$children",
                "scope.counts.pending": 0,
            },
        },
        "x-puffle-names": {"sdk": "enrichments.cancel", "cli": "enrichment cancel"},
        "x-puffle-note": 'Status 200 assumed (the docs only say "Enrichment cancelled.").',
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/enrichment/{id}/cancel".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EnrichmentCancelResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EnrichmentCancelResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EnrichmentCancelResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EnrichmentCancelResult]:
    return Response(
        status_code=http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=with_request_id(
            _parse_response(client=client, response=response, json_data=json_data), response.headers
        ),
    )


def sync_detailed(
    id: str,
    *,
    client: Client,
) -> Response[EnrichmentCancelResult]:
    """Cancel an enrichment run

     Asks a `pending` or `running` run to stop. It is best-effort: items not yet started are marked
    `skipped` (reason `run_cancelled`), while items already executing finish or fail on their own —
    confirm
    the outcome with `GET /api/enrichment/{id}`. Credits charged at dispatch are not given back.
    A run that is already `completed`, `failed` or `cancelled` gets 409 with reason
    `run_not_cancellable`
    (so a repeated cancel can be treated as done); 409 with `run_status_changed` means the run changed
    state mid-request — read it again.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EnrichmentCancelResult]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
) -> EnrichmentCancelResult:
    """Cancel an enrichment run

     Asks a `pending` or `running` run to stop. It is best-effort: items not yet started are marked
    `skipped` (reason `run_cancelled`), while items already executing finish or fail on their own —
    confirm
    the outcome with `GET /api/enrichment/{id}`. Credits charged at dispatch are not given back.
    A run that is already `completed`, `failed` or `cancelled` gets 409 with reason
    `run_not_cancellable`
    (so a repeated cancel can be treated as done); 409 with `run_status_changed` means the run changed
    state mid-request — read it again.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EnrichmentCancelResult
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
) -> Response[EnrichmentCancelResult]:
    """Cancel an enrichment run

     Asks a `pending` or `running` run to stop. It is best-effort: items not yet started are marked
    `skipped` (reason `run_cancelled`), while items already executing finish or fail on their own —
    confirm
    the outcome with `GET /api/enrichment/{id}`. Credits charged at dispatch are not given back.
    A run that is already `completed`, `failed` or `cancelled` gets 409 with reason
    `run_not_cancellable`
    (so a repeated cancel can be treated as done); 409 with `run_status_changed` means the run changed
    state mid-request — read it again.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EnrichmentCancelResult]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
) -> EnrichmentCancelResult:
    """Cancel an enrichment run

     Asks a `pending` or `running` run to stop. It is best-effort: items not yet started are marked
    `skipped` (reason `run_cancelled`), while items already executing finish or fail on their own —
    confirm
    the outcome with `GET /api/enrichment/{id}`. Credits charged at dispatch are not given back.
    A run that is already `completed`, `failed` or `cancelled` gets 409 with reason
    `run_not_cancellable`
    (so a repeated cancel can be treated as done); 409 with `run_status_changed` means the run changed
    state mid-request — read it again.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EnrichmentCancelResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
