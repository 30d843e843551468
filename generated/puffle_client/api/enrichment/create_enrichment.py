from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.enrichment_dispatch import EnrichmentDispatch
from ...models.enrichment_run_request import EnrichmentRunRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createEnrichment",
    "method": "POST",
    "path": "/api/enrichment",
    "tag": "enrichment",
    "module": "puffle_client.api.enrichment.create_enrichment",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": "idempotencyKey",
    "already_done": [],
    "error_shape": "envelope",
    "credits": True,
    "pagination": None,
    "task": {
        "poll_operation": "getEnrichmentStatus",
        "poll_module": "puffle_client.api.enrichment.get_enrichment_status",
        "params": {"id": {"from": "response", "path": ["enrichment_run_id"]}},
        "const": {},
        "status": ["run", "status"],
        "success": ["completed"],
        "failure": ["failed", "cancelled"],
        "blocked": [],
        "interval": 3.0,
    },
    "names": {
        "sdk": "enrichments.create",
        "resource": ["enrichments"],
        "method": "create",
        "cli": ["enrichment", "create"],
    },
    "extensions": {
        "x-puffle-credits": True,
        "x-puffle-idempotency-key": "idempotencyKey",
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "task-start",
            "resource": "enrichmentRuns",
            "require": {"enrichments": "$request.body.enrichmentId"},
            "set": {
                "enrichment.id": "$required.enrichments.id",
                "enrichment.slug": "$required.enrichments.slug",
                "error": None,
                "timing": {
                    "createdAt": "$now",
                    "startedAt": "$now",
                    "completedAt": None,
                    "cancelledAt": None,
                    "updatedAt": "$now",
                },
                "scope.counts": {"pending": "$planned", "running": 0, "completed": 0, "skipped": 0, "failed": 0},
            },
            "produce": {
                "resource": "enrichmentItems",
                "at": "start",
                "each": "$request.body.scope.leadIds",
                "from": {"resource": "leads", "parent": "lists", "parentKey": "$request.body.scope.listId"},
                "set": {"leadId": "$each", "status": "pending", "skippedReason": None, "error": None},
                "done": {"status": "completed"},
                "failed": {"status": "failed"},
            },
            "done": {"timing.completedAt": "$now", "scope.counts.pending": 0, "scope.counts.completed": "$produced"},
            "failed": {
                "timing.completedAt": "$now",
                "scope.counts.pending": 0,
                "scope.counts.failed": "$produced",
                "error": {"message": "The mock server was told to fail this run"},
            },
            "respond": {
                "runId": "$item.id",
                "status": "$item.status",
                "triggerRunId": "$item.trigger.triggerRunId",
                "reusedExistingRun": "$reused",
                "leadCount": "$planned ?? $item.scope.resolvedCount",
            },
        },
        "x-puffle-names": {
            "sdk": "enrichments.create",
            "cli": "enrichment create",
            "flags": {
                "write-policy": {
                    "field": "output.writePolicy",
                    "x-puffle-inferred": True,
                    "x-puffle-note": "The docs' CLI line "
                    "has a top-level "
                    "`--write-policy` "
                    "but the body "
                    "example has no "
                    "writePolicy; the "
                    "flag is taken to "
                    "set "
                    "`output.writePolicy`, "
                    "where the run "
                    "status reports "
                    "it.",
                }
            },
        },
        "x-puffle-note": "Success status not shown in the docs; 200 assumed (202 would also fit an async dispatch).",
        "x-puffle-task": {
            "poll": "getEnrichmentStatus",
            "params": {"id": "enrichmentRunId"},
            "status": "run.status",
            "success": ["completed"],
            "failure": ["failed", "cancelled"],
            "interval": 3,
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: EnrichmentRunRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/enrichment",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EnrichmentDispatch:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EnrichmentDispatch.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EnrichmentDispatch.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EnrichmentDispatch]:
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
    body: EnrichmentRunRequest,
) -> Response[EnrichmentDispatch]:
    """Start an enrichment run over a set of Leads

     Queues an Enrichment for a Lead scope and returns at once with `enrichmentRunId`; the work happens
    in a
    background worker. Poll `GET /api/enrichment/{id}` every few seconds until the run is `completed`,
    `failed` or `cancelled`, then read per-Lead results from `GET /api/enrichment/{id}/items`.

    Scope is one of: `explicit_leads` (`leadIds`, optional `listId` for membership-scoped output),
    `list`
    (`listId`) or `filtered_list` (`listId` + `filter`; accepted but not yet supported by the planner).
    With `mode: persisted` (default) results are written to Lead or membership attributes and credits
    are
    charged; `mode: preview` only plans the run — no worker, no writes, no charge.

    Credits are checked first: if the workspace cannot pay, the call answers 402 with `required` and
    `balance` and creates nothing. A successful dispatch charges `leadCount` units of the Enrichment's
    `costModel.creditAction`, and cancelling later does not refund them. Send an `idempotencyKey` when
    you
    may retry: a repeat with the same key returns the existing run (`reusedExistingRun: true`) without a
    second charge.

    Args:
        body (EnrichmentRunRequest): What to enrich, over which Leads, and how.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EnrichmentDispatch]
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
    body: EnrichmentRunRequest,
) -> EnrichmentDispatch:
    """Start an enrichment run over a set of Leads

     Queues an Enrichment for a Lead scope and returns at once with `enrichmentRunId`; the work happens
    in a
    background worker. Poll `GET /api/enrichment/{id}` every few seconds until the run is `completed`,
    `failed` or `cancelled`, then read per-Lead results from `GET /api/enrichment/{id}/items`.

    Scope is one of: `explicit_leads` (`leadIds`, optional `listId` for membership-scoped output),
    `list`
    (`listId`) or `filtered_list` (`listId` + `filter`; accepted but not yet supported by the planner).
    With `mode: persisted` (default) results are written to Lead or membership attributes and credits
    are
    charged; `mode: preview` only plans the run — no worker, no writes, no charge.

    Credits are checked first: if the workspace cannot pay, the call answers 402 with `required` and
    `balance` and creates nothing. A successful dispatch charges `leadCount` units of the Enrichment's
    `costModel.creditAction`, and cancelling later does not refund them. Send an `idempotencyKey` when
    you
    may retry: a repeat with the same key returns the existing run (`reusedExistingRun: true`) without a
    second charge.

    Args:
        body (EnrichmentRunRequest): What to enrich, over which Leads, and how.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EnrichmentDispatch
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: EnrichmentRunRequest,
) -> Response[EnrichmentDispatch]:
    """Start an enrichment run over a set of Leads

     Queues an Enrichment for a Lead scope and returns at once with `enrichmentRunId`; the work happens
    in a
    background worker. Poll `GET /api/enrichment/{id}` every few seconds until the run is `completed`,
    `failed` or `cancelled`, then read per-Lead results from `GET /api/enrichment/{id}/items`.

    Scope is one of: `explicit_leads` (`leadIds`, optional `listId` for membership-scoped output),
    `list`
    (`listId`) or `filtered_list` (`listId` + `filter`; accepted but not yet supported by the planner).
    With `mode: persisted` (default) results are written to Lead or membership attributes and credits
    are
    charged; `mode: preview` only plans the run — no worker, no writes, no charge.

    Credits are checked first: if the workspace cannot pay, the call answers 402 with `required` and
    `balance` and creates nothing. A successful dispatch charges `leadCount` units of the Enrichment's
    `costModel.creditAction`, and cancelling later does not refund them. Send an `idempotencyKey` when
    you
    may retry: a repeat with the same key returns the existing run (`reusedExistingRun: true`) without a
    second charge.

    Args:
        body (EnrichmentRunRequest): What to enrich, over which Leads, and how.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EnrichmentDispatch]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: EnrichmentRunRequest,
) -> EnrichmentDispatch:
    """Start an enrichment run over a set of Leads

     Queues an Enrichment for a Lead scope and returns at once with `enrichmentRunId`; the work happens
    in a
    background worker. Poll `GET /api/enrichment/{id}` every few seconds until the run is `completed`,
    `failed` or `cancelled`, then read per-Lead results from `GET /api/enrichment/{id}/items`.

    Scope is one of: `explicit_leads` (`leadIds`, optional `listId` for membership-scoped output),
    `list`
    (`listId`) or `filtered_list` (`listId` + `filter`; accepted but not yet supported by the planner).
    With `mode: persisted` (default) results are written to Lead or membership attributes and credits
    are
    charged; `mode: preview` only plans the run — no worker, no writes, no charge.

    Credits are checked first: if the workspace cannot pay, the call answers 402 with `required` and
    `balance` and creates nothing. A successful dispatch charges `leadCount` units of the Enrichment's
    `costModel.creditAction`, and cancelling later does not refund them. Send an `idempotencyKey` when
    you
    may retry: a repeat with the same key returns the existing run (`reusedExistingRun: true`) without a
    second charge.

    Args:
        body (EnrichmentRunRequest): What to enrich, over which Leads, and how.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EnrichmentDispatch
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


from ..._descriptors import TaskDescriptor  # noqa: E402
from ...models.enrichment_run_status import EnrichmentRunStatus  # noqa: E402

PUFFLE_TASK: Final = TaskDescriptor(EnrichmentDispatch, EnrichmentRunStatus)
"""Types of this operation for `puffle.wait_for`: the start response and the final task."""
