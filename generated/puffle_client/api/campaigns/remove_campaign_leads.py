from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_leads_remove_request import CampaignLeadsRemoveRequest
from ...models.campaign_leads_remove_result import CampaignLeadsRemoveResult
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "removeCampaignLeads",
    "method": "DELETE",
    "path": "/api/campaigns/{id}/leads",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.remove_campaign_leads",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "campaigns.leads.remove",
        "resource": ["campaigns", "leads"],
        "method": "remove",
        "cli": ["campaign", "lead", "remove"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "batch-delete",
            "resource": "campaignLeads",
            "parent": "campaigns",
            "link": "campaign_id",
            "ids": "$request.body.prospect_ids",
            "all": "$request.body.all",
        },
        "x-puffle-names": {"sdk": "campaigns.leads.remove", "cli": "campaign lead remove"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    body: CampaignLeadsRemoveRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/campaigns/{id}/leads".format(
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
) -> CampaignLeadsRemoveResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignLeadsRemoveResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignLeadsRemoveResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignLeadsRemoveResult]:
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
    body: CampaignLeadsRemoveRequest,
) -> Response[CampaignLeadsRemoveResult]:
    """Remove leads from a campaign

     Removes leads from a draft campaign, either up to 500 by id or all of them with `all: true`.
    Campaign stats update on their own.

    Args:
        id (str):
        body (CampaignLeadsRemoveRequest): Which leads to remove: give `prospect_ids` or `all:
            true`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignLeadsRemoveResult]
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
    body: CampaignLeadsRemoveRequest,
) -> CampaignLeadsRemoveResult:
    """Remove leads from a campaign

     Removes leads from a draft campaign, either up to 500 by id or all of them with `all: true`.
    Campaign stats update on their own.

    Args:
        id (str):
        body (CampaignLeadsRemoveRequest): Which leads to remove: give `prospect_ids` or `all:
            true`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignLeadsRemoveResult
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
    body: CampaignLeadsRemoveRequest,
) -> Response[CampaignLeadsRemoveResult]:
    """Remove leads from a campaign

     Removes leads from a draft campaign, either up to 500 by id or all of them with `all: true`.
    Campaign stats update on their own.

    Args:
        id (str):
        body (CampaignLeadsRemoveRequest): Which leads to remove: give `prospect_ids` or `all:
            true`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignLeadsRemoveResult]
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
    body: CampaignLeadsRemoveRequest,
) -> CampaignLeadsRemoveResult:
    """Remove leads from a campaign

     Removes leads from a draft campaign, either up to 500 by id or all of them with `all: true`.
    Campaign stats update on their own.

    Args:
        id (str):
        body (CampaignLeadsRemoveRequest): Which leads to remove: give `prospect_ids` or `all:
            true`.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignLeadsRemoveResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
