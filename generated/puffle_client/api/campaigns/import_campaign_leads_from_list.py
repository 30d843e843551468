from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_list_import_request import CampaignListImportRequest
from ...models.campaign_list_import_result import CampaignListImportResult
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "importCampaignLeadsFromList",
    "method": "POST",
    "path": "/api/campaigns/{id}/leads/import-from-list",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.import_campaign_leads_from_list",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "campaigns.leads.import_from_list",
        "resource": ["campaigns", "leads"],
        "method": "import_from_list",
        "cli": ["campaign", "lead", "import"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-source": "campaigns/import-leads-from-list-to-campaign.md",
            "x-puffle-note": "The page says to retry with the same "
            "`listId`; rows already imported are "
            "counted as duplicates, not added twice.",
        },
        "x-puffle-mock": {
            "action": "import",
            "resource": "campaignLeads",
            "parent": "campaigns",
            "link": "campaign_id",
            "from": {"resource": "leads", "parent": "lists", "parentKey": "$request.body.listId"},
            "ids": "$request.body.filter.leadIds",
            "unique": ["email"],
            "set": {
                "first_name": "$source.name.first",
                "last_name": "$source.name.last",
                "name": "$source.name.full",
                "company": "$source.company.name",
                "position": "$source.title",
                "email": "$source.contacts.0.value",
                "linkedin_url": "$source.socials.0.url",
                "source": "list",
                "source_ref": "$source.id",
                "status": "pending",
            },
            "respond": {
                "imported": "$count",
                "duplicates": "$duplicates",
                "invalid": 0,
                "errors": 0,
                "total": "$total",
                "partial": False,
            },
        },
        "x-puffle-names": {"sdk": "campaigns.leads.import_from_list", "cli": "campaign lead import"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    body: CampaignListImportRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns/{id}/leads/import-from-list".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> CampaignListImportResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignListImportResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if response.status_code == 206:
            response_206 = CampaignListImportResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_206

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignListImportResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignListImportResult]:
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
    body: CampaignListImportRequest,
) -> Response[CampaignListImportResult]:
    """Import leads from a list

     Copies members of a saved list into a draft campaign, optionally narrowed by a filter. Members
    without the channel's identity are counted as invalid and duplicates are skipped. If a page of the
    list fails after some rows were saved, the reply is 206 with `partial: true`; run it again with the
    same list, since rows already imported just count as duplicates. When nothing at all was imported
    the server answers 422, and that body also carries the counts.

    Args:
        id (str):
        body (CampaignListImportRequest): Source list (and optional filter) for importing leads
            into a campaign.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignListImportResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
    body: CampaignListImportRequest,
) -> CampaignListImportResult:
    """Import leads from a list

     Copies members of a saved list into a draft campaign, optionally narrowed by a filter. Members
    without the channel's identity are counted as invalid and duplicates are skipped. If a page of the
    list fails after some rows were saved, the reply is 206 with `partial: true`; run it again with the
    same list, since rows already imported just count as duplicates. When nothing at all was imported
    the server answers 422, and that body also carries the counts.

    Args:
        id (str):
        body (CampaignListImportRequest): Source list (and optional filter) for importing leads
            into a campaign.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignListImportResult
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    body: CampaignListImportRequest,
) -> Response[CampaignListImportResult]:
    """Import leads from a list

     Copies members of a saved list into a draft campaign, optionally narrowed by a filter. Members
    without the channel's identity are counted as invalid and duplicates are skipped. If a page of the
    list fails after some rows were saved, the reply is 206 with `partial: true`; run it again with the
    same list, since rows already imported just count as duplicates. When nothing at all was imported
    the server answers 422, and that body also carries the counts.

    Args:
        id (str):
        body (CampaignListImportRequest): Source list (and optional filter) for importing leads
            into a campaign.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignListImportResult]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    body: CampaignListImportRequest,
) -> CampaignListImportResult:
    """Import leads from a list

     Copies members of a saved list into a draft campaign, optionally narrowed by a filter. Members
    without the channel's identity are counted as invalid and duplicates are skipped. If a page of the
    list fails after some rows were saved, the reply is 206 with `partial: true`; run it again with the
    same list, since rows already imported just count as duplicates. When nothing at all was imported
    the server answers 422, and that body also carries the counts.

    Args:
        id (str):
        body (CampaignListImportRequest): Source list (and optional filter) for importing leads
            into a campaign.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignListImportResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
