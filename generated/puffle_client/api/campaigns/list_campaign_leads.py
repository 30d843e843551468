from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, AuthenticatedClient, BaseClient, Client
from ...models.campaign_lead_list_response import CampaignLeadListResponse
from ...models.campaign_lead_status import CampaignLeadStatus
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listCampaignLeads",
    "method": "GET",
    "path": "/api/campaigns/{id}/leads",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.list_campaign_leads",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": {
        "style": "page",
        "items": ["prospects"],
        "limit_param": "limit",
        "cursor_param": None,
        "page_param": "page",
        "offset_param": None,
        "next_cursor": None,
        "has_more": None,
        "total": ["total"],
        "json": {"items": ["prospects"], "next_cursor": None, "has_more": None, "total": ["total"]},
    },
    "task": None,
    "names": {
        "sdk": "campaigns.leads.list",
        "resource": ["campaigns", "leads"],
        "method": "list",
        "cli": ["campaign", "lead"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "campaignLeads",
            "seed": 600,
            "parent": "campaigns",
            "link": "campaign_id",
            "filters": {"status": {"op": "eq", "field": "status"}},
        },
        "x-puffle-names": {"sdk": "campaigns.leads.list", "cli": "campaign lead"},
        "x-puffle-pagination": {
            "style": "page",
            "items": "prospects",
            "limitParam": "limit",
            "pageParam": "page",
            "total": "total",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: CampaignLeadStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["limit"] = limit

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaigns/{id}/leads".format(
            id=errors.path_segment("id", id),
        ),
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> CampaignLeadListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignLeadListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignLeadListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignLeadListResponse]:
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
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: CampaignLeadStatus | Unset = UNSET,
) -> Response[CampaignLeadListResponse]:
    """List a campaign's leads

     Pages through the leads enrolled in a campaign, optionally only those at one pipeline stage. `total`
    gives the number of matching leads. Safe to poll.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.
        status (CampaignLeadStatus | Unset): Pipeline stage of a campaign lead. pending waits for
            launch; sent, connection_sent, connected and message_sent are in progress; the rest are
            final.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignLeadListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        limit=limit,
        status=status,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: CampaignLeadStatus | Unset = UNSET,
) -> CampaignLeadListResponse:
    """List a campaign's leads

     Pages through the leads enrolled in a campaign, optionally only those at one pipeline stage. `total`
    gives the number of matching leads. Safe to poll.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.
        status (CampaignLeadStatus | Unset): Pipeline stage of a campaign lead. pending waits for
            launch; sent, connection_sent, connected and message_sent are in progress; the rest are
            final.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignLeadListResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        page=page,
        limit=limit,
        status=status,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: CampaignLeadStatus | Unset = UNSET,
) -> Response[CampaignLeadListResponse]:
    """List a campaign's leads

     Pages through the leads enrolled in a campaign, optionally only those at one pipeline stage. `total`
    gives the number of matching leads. Safe to poll.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.
        status (CampaignLeadStatus | Unset): Pipeline stage of a campaign lead. pending waits for
            launch; sent, connection_sent, connected and message_sent are in progress; the rest are
            final.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignLeadListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        page=page,
        limit=limit,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: CampaignLeadStatus | Unset = UNSET,
) -> CampaignLeadListResponse:
    """List a campaign's leads

     Pages through the leads enrolled in a campaign, optionally only those at one pipeline stage. `total`
    gives the number of matching leads. Safe to poll.

    Args:
        id (str):
        page (int | Unset):  Default: 1.
        limit (int | Unset):  Default: 100.
        status (CampaignLeadStatus | Unset): Pipeline stage of a campaign lead. pending waits for
            launch; sent, connection_sent, connected and message_sent are in progress; the rest are
            final.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignLeadListResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            page=page,
            limit=limit,
            status=status,
        )
    ).parsed


from ..._descriptors import PageDescriptor  # noqa: E402
from ...models.campaign_lead import CampaignLead  # noqa: E402


def _puffle_pages(
    *,
    client: AuthenticatedClient | Client,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    id: str,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: CampaignLeadStatus | Unset = UNSET,
) -> None:
    """The keywords `puffle.paginate` takes for this operation (a signature only, never called)."""


def _puffle_apages(
    *,
    client: AsyncClient,
    max_items: int | None = None,
    max_pages: int | None = None,
    read_ahead: bool = True,
    id: str,
    page: int | Unset = 1,
    limit: int | Unset = 100,
    status: CampaignLeadStatus | Unset = UNSET,
) -> None:
    """The keywords `puffle.apaginate` takes for this operation (a signature only, never called)."""


PUFFLE_PAGES: Final = PageDescriptor(_puffle_pages, _puffle_apages, CampaignLead, CampaignLeadListResponse)
"""Types of this operation for `puffle.paginate` / `apaginate`: their keywords, item type and page type."""
