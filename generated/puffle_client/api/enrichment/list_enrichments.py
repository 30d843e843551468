from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.enrichment_catalog import EnrichmentCatalog
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listEnrichments",
    "method": "GET",
    "path": "/api/enrichments",
    "tag": "enrichment",
    "module": "puffle_client.api.enrichment.list_enrichments",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "enrichments.list", "resource": ["enrichments"], "method": "list", "cli": ["enrichment"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "list",
            "resource": "enrichments",
            "seed": 12,
            "items": "enrichments",
            "lookupBy": ["slug"],
            "filters": {
                "id": {"op": "eq", "fields": ["slug", "id"]},
                "q": {"op": "search", "fields": ["slug", "name", "description", "subject"]},
            },
        },
        "x-puffle-names": {"sdk": "enrichments.list", "cli": "enrichment"},
        "x-puffle-note": "Status 200 assumed; the response with `?id=` is assumed to use the same `enrichments` array.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    id: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["q"] = q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/enrichments",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EnrichmentCatalog:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EnrichmentCatalog.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EnrichmentCatalog.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EnrichmentCatalog]:
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
    id: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[EnrichmentCatalog]:
    """List the enrichment catalog

     Lists the Enrichments this workspace may run (hidden and internal ones are left out). Each entry is
    a
    typed contract: its `slug` is the `enrichmentId` for `POST /api/enrichment`, `subject` says whether
    it
    needs person or company Leads, `inputSchema` lists the inputs it needs and `costModel.creditAction`
    names the credit action charged per Lead. Pass `id` with a slug to get just that one contract.

    Args:
        id (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EnrichmentCatalog]
    """

    kwargs = _get_kwargs(
        id=id,
        q=q,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    id: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> EnrichmentCatalog:
    """List the enrichment catalog

     Lists the Enrichments this workspace may run (hidden and internal ones are left out). Each entry is
    a
    typed contract: its `slug` is the `enrichmentId` for `POST /api/enrichment`, `subject` says whether
    it
    needs person or company Leads, `inputSchema` lists the inputs it needs and `costModel.creditAction`
    names the credit action charged per Lead. Pass `id` with a slug to get just that one contract.

    Args:
        id (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EnrichmentCatalog
    """

    return sync_detailed(
        client=client,
        id=id,
        q=q,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    id: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> Response[EnrichmentCatalog]:
    """List the enrichment catalog

     Lists the Enrichments this workspace may run (hidden and internal ones are left out). Each entry is
    a
    typed contract: its `slug` is the `enrichmentId` for `POST /api/enrichment`, `subject` says whether
    it
    needs person or company Leads, `inputSchema` lists the inputs it needs and `costModel.creditAction`
    names the credit action charged per Lead. Pass `id` with a slug to get just that one contract.

    Args:
        id (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EnrichmentCatalog]
    """

    kwargs = _get_kwargs(
        id=id,
        q=q,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    id: str | Unset = UNSET,
    q: str | Unset = UNSET,
) -> EnrichmentCatalog:
    """List the enrichment catalog

     Lists the Enrichments this workspace may run (hidden and internal ones are left out). Each entry is
    a
    typed contract: its `slug` is the `enrichmentId` for `POST /api/enrichment`, `subject` says whether
    it
    needs person or company Leads, `inputSchema` lists the inputs it needs and `costModel.creditAction`
    names the credit action charged per Lead. Pass `id` with a slug to get just that one contract.

    Args:
        id (str | Unset):
        q (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EnrichmentCatalog
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            q=q,
        )
    ).parsed
