from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.enrichment_run_status import EnrichmentRunStatus
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "getEnrichmentStatus",
    "method": "GET",
    "path": "/api/enrichment/{id}",
    "tag": "enrichment",
    "module": "puffle_client.api.enrichment.get_enrichment_status",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "enrichments.retrieve",
        "resource": ["enrichments"],
        "method": "retrieve",
        "cli": ["enrichment", "status"],
    },
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "get",
            "resource": "enrichmentRuns",
            "item": "run",
            "seed": 3,
            "counts": {"scope.resolvedCount": "enrichmentItems"},
        },
        "x-puffle-names": {"sdk": "enrichments.retrieve", "cli": "enrichment status"},
        "x-puffle-note": "Status 200 assumed (not labelled in the docs).",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/enrichment/{id}".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EnrichmentRunStatus:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EnrichmentRunStatus.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EnrichmentRunStatus.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EnrichmentRunStatus]:
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
) -> Response[EnrichmentRunStatus]:
    """Get the status of an enrichment run

     Returns the ledger of one enrichment run: its status, which Enrichment ran, the resolved scope with
    per-item status counts, output settings, cost, background-task ids, any error and timestamps. This
    is
    the polling target after `POST /api/enrichment`. Status moves from `pending` to `running` and ends
    as
    `completed`, `failed` (see `run.error`) or `cancelled`. `completed` only means every item finished —
    check `scope.counts` or the items endpoint for skipped or failed Leads. Only runs of the effective
    user
    are visible.

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
        Response[EnrichmentRunStatus]
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
) -> EnrichmentRunStatus:
    """Get the status of an enrichment run

     Returns the ledger of one enrichment run: its status, which Enrichment ran, the resolved scope with
    per-item status counts, output settings, cost, background-task ids, any error and timestamps. This
    is
    the polling target after `POST /api/enrichment`. Status moves from `pending` to `running` and ends
    as
    `completed`, `failed` (see `run.error`) or `cancelled`. `completed` only means every item finished —
    check `scope.counts` or the items endpoint for skipped or failed Leads. Only runs of the effective
    user
    are visible.

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
        EnrichmentRunStatus
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
) -> Response[EnrichmentRunStatus]:
    """Get the status of an enrichment run

     Returns the ledger of one enrichment run: its status, which Enrichment ran, the resolved scope with
    per-item status counts, output settings, cost, background-task ids, any error and timestamps. This
    is
    the polling target after `POST /api/enrichment`. Status moves from `pending` to `running` and ends
    as
    `completed`, `failed` (see `run.error`) or `cancelled`. `completed` only means every item finished —
    check `scope.counts` or the items endpoint for skipped or failed Leads. Only runs of the effective
    user
    are visible.

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
        Response[EnrichmentRunStatus]
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
) -> EnrichmentRunStatus:
    """Get the status of an enrichment run

     Returns the ledger of one enrichment run: its status, which Enrichment ran, the resolved scope with
    per-item status counts, output settings, cost, background-task ids, any error and timestamps. This
    is
    the polling target after `POST /api/enrichment`. Status moves from `pending` to `running` and ends
    as
    `completed`, `failed` (see `run.error`) or `cancelled`. `completed` only means every item finished —
    check `scope.counts` or the items endpoint for skipped or failed Leads. Only runs of the effective
    user
    are visible.

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
        EnrichmentRunStatus
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
