from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.enrichment_item_page import EnrichmentItemPage
from ...models.list_enrichment_results_status import ListEnrichmentResultsStatus
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listEnrichmentResults",
    "method": "GET",
    "path": "/api/enrichment/{id}/items",
    "tag": "enrichment",
    "module": "puffle_client.api.enrichment.list_enrichment_results",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "page-next-cursor",
        "items": ["items"],
        "limit_param": "limit",
        "cursor_param": "cursor",
        "page_param": None,
        "offset_param": None,
        "next_cursor": ["page", "next_cursor"],
        "has_more": ["page", "has_more"],
        "total": None,
        "json": {
            "items": ["items"],
            "next_cursor": ["page", "nextCursor"],
            "has_more": ["page", "hasMore"],
            "total": None,
        },
    },
    "task": None,
    "names": {
        "sdk": "enrichments.results.list",
        "resource": ["enrichments", "results"],
        "method": "list",
        "cli": ["enrichment", "results"],
    },
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "list",
            "resource": "enrichmentItems",
            "seed": 60,
            "parent": "enrichmentRuns",
            "link": "runId",
            "filters": {"status": {"op": "eq", "field": "status"}, "leadId": {"op": "eq", "field": "leadId"}},
        },
        "x-puffle-names": {"sdk": "enrichments.results.list", "cli": "enrichment results"},
        "x-puffle-note": "Status 200 assumed (not labelled in the docs).",
        "x-puffle-pagination": {
            "style": "page-next-cursor",
            "items": "items",
            "limitParam": "limit",
            "cursorParam": "cursor",
            "nextCursor": "page.nextCursor",
            "hasMore": "page.hasMore",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    status: ListEnrichmentResultsStatus | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["leadId"] = lead_id

    params["cursor"] = cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/enrichment/{id}/items".format(
            id=errors.path_segment("id", id),
        ),
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EnrichmentItemPage:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EnrichmentItemPage.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EnrichmentItemPage.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EnrichmentItemPage]:
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
    status: ListEnrichmentResultsStatus | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[EnrichmentItemPage]:
    """List the per-Lead results of an enrichment run

     Pages through the items of one run — one item per Lead in the scope — with each item's status, the
    enriched value, the reason it was skipped or the error, attempt count and timing. Read it once the
    run
    is finished. Items come in ascending `id` order and the cursor is the last id, so paging is stable:
    pass `page.nextCursor` as `cursor` while `page.hasMore` is true. Filter with `status` (for example
    `failed` to triage errors) or `leadId` for a single Lead.

    Args:
        id (str):
        status (ListEnrichmentResultsStatus | Unset):
        lead_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EnrichmentItemPage]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        lead_id=lead_id,
        cursor=cursor,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
    status: ListEnrichmentResultsStatus | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> EnrichmentItemPage:
    """List the per-Lead results of an enrichment run

     Pages through the items of one run — one item per Lead in the scope — with each item's status, the
    enriched value, the reason it was skipped or the error, attempt count and timing. Read it once the
    run
    is finished. Items come in ascending `id` order and the cursor is the last id, so paging is stable:
    pass `page.nextCursor` as `cursor` while `page.hasMore` is true. Filter with `status` (for example
    `failed` to triage errors) or `leadId` for a single Lead.

    Args:
        id (str):
        status (ListEnrichmentResultsStatus | Unset):
        lead_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EnrichmentItemPage
    """

    return sync_detailed(
        id=id,
        client=client,
        status=status,
        lead_id=lead_id,
        cursor=cursor,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    status: ListEnrichmentResultsStatus | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Response[EnrichmentItemPage]:
    """List the per-Lead results of an enrichment run

     Pages through the items of one run — one item per Lead in the scope — with each item's status, the
    enriched value, the reason it was skipped or the error, attempt count and timing. Read it once the
    run
    is finished. Items come in ascending `id` order and the cursor is the last id, so paging is stable:
    pass `page.nextCursor` as `cursor` while `page.hasMore` is true. Filter with `status` (for example
    `failed` to triage errors) or `leadId` for a single Lead.

    Args:
        id (str):
        status (ListEnrichmentResultsStatus | Unset):
        lead_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EnrichmentItemPage]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        lead_id=lead_id,
        cursor=cursor,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    status: ListEnrichmentResultsStatus | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> EnrichmentItemPage:
    """List the per-Lead results of an enrichment run

     Pages through the items of one run — one item per Lead in the scope — with each item's status, the
    enriched value, the reason it was skipped or the error, attempt count and timing. Read it once the
    run
    is finished. Items come in ascending `id` order and the cursor is the last id, so paging is stable:
    pass `page.nextCursor` as `cursor` while `page.hasMore` is true. Filter with `status` (for example
    `failed` to triage errors) or `leadId` for a single Lead.

    Args:
        id (str):
        status (ListEnrichmentResultsStatus | Unset):
        lead_id (str | Unset):
        cursor (str | Unset):
        limit (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EnrichmentItemPage
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            status=status,
            lead_id=lead_id,
            cursor=cursor,
            limit=limit,
        )
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.enrichment_item import EnrichmentItem  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    id: str,
    status: ListEnrichmentResultsStatus | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> None:
    """The keywords `puffle.paginate` takes for this operation (a signature only, never called)."""


def _puffle_apages(
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    id: str,
    status: ListEnrichmentResultsStatus | Unset = UNSET,
    lead_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    limit: int | Unset = 50,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, EnrichmentItem, EnrichmentItemPage)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
