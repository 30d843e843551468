from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_response import CampaignResponse
from ...models.campaign_update_request import CampaignUpdateRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "updateCampaign",
    "method": "PATCH",
    "path": "/api/campaigns/{id}",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.update_campaign",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "campaigns.update", "resource": ["campaigns"], "method": "update", "cli": ["campaign", "update"]},
    "extensions": {
        "x-puffle-mock": {"action": "update", "resource": "campaigns"},
        "x-puffle-names": {
            "sdk": "campaigns.update",
            "cli": "campaign update",
            "x-puffle-inferred": True,
            "x-puffle-note": "No CLI line in the docs; command words derived by the CLI guide's rules.",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    body: CampaignUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/campaigns/{id}".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> CampaignResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignResponse.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignResponse.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignResponse]:
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
    body: CampaignUpdateRequest,
) -> Response[CampaignResponse]:
    """Update a campaign

     Partially updates a campaign. `name`, `operating_hours`, `daily_limit` and `account_limits` can be
    changed in any status; sender, sequence and channel flags only take effect on drafts and are ignored
    otherwise without an error. `sequence_nodes` replaces the whole sequence in array order, so include
    every step you want to keep, `end` included. Delay steps must add up to between 1 minute and 30
    days, or the call fails with 400 before anything is written.

    Args:
        id (str):
        body (CampaignUpdateRequest): Partial campaign update. Draft-only fields are silently
            ignored once the campaign has left draft.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignResponse]
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
    body: CampaignUpdateRequest,
) -> CampaignResponse:
    """Update a campaign

     Partially updates a campaign. `name`, `operating_hours`, `daily_limit` and `account_limits` can be
    changed in any status; sender, sequence and channel flags only take effect on drafts and are ignored
    otherwise without an error. `sequence_nodes` replaces the whole sequence in array order, so include
    every step you want to keep, `end` included. Delay steps must add up to between 1 minute and 30
    days, or the call fails with 400 before anything is written.

    Args:
        id (str):
        body (CampaignUpdateRequest): Partial campaign update. Draft-only fields are silently
            ignored once the campaign has left draft.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignResponse
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
    body: CampaignUpdateRequest,
) -> Response[CampaignResponse]:
    """Update a campaign

     Partially updates a campaign. `name`, `operating_hours`, `daily_limit` and `account_limits` can be
    changed in any status; sender, sequence and channel flags only take effect on drafts and are ignored
    otherwise without an error. `sequence_nodes` replaces the whole sequence in array order, so include
    every step you want to keep, `end` included. Delay steps must add up to between 1 minute and 30
    days, or the call fails with 400 before anything is written.

    Args:
        id (str):
        body (CampaignUpdateRequest): Partial campaign update. Draft-only fields are silently
            ignored once the campaign has left draft.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignResponse]
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
    body: CampaignUpdateRequest,
) -> CampaignResponse:
    """Update a campaign

     Partially updates a campaign. `name`, `operating_hours`, `daily_limit` and `account_limits` can be
    changed in any status; sender, sequence and channel flags only take effect on drafts and are ignored
    otherwise without an error. `sequence_nodes` replaces the whole sequence in array order, so include
    every step you want to keep, `end` included. Delay steps must add up to between 1 minute and 30
    days, or the call fails with 400 before anything is written.

    Args:
        id (str):
        body (CampaignUpdateRequest): Partial campaign update. Draft-only fields are silently
            ignored once the campaign has left draft.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
