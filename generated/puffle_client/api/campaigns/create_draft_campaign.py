from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_create_request import CampaignCreateRequest
from ...models.campaign_response import CampaignResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createDraftCampaign",
    "method": "POST",
    "path": "/api/campaigns",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.create_draft_campaign",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "campaigns.create", "resource": ["campaigns"], "method": "create", "cli": ["campaign", "create"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {"action": "create", "resource": "campaigns", "set": {"status": "draft"}},
        "x-puffle-names": {"sdk": "campaigns.create", "cli": "campaign create"},
        "x-puffle-note": "Success status 200 assumed; the docs do not say whether it is 200 or 201.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: CampaignCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns",
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
    *,
    client: Client,
    body: CampaignCreateRequest,
) -> Response[CampaignResponse]:
    """Create a draft campaign

     Creates a campaign in `draft` status for one channel and seeds it with a two-step sequence
    (`connection_request` + `end` on LinkedIn, `email` + `end` on email). Senders must be on the same
    channel, otherwise 400; a name already in use gives 409. Settings meant for the other channel are
    dropped quietly. No leads are added: fill in the sequence and leads before launching.

    Args:
        body (CampaignCreateRequest): Settings for a new draft campaign. Fields that belong to the
            other channel are dropped without an error.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignResponse]
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
    body: CampaignCreateRequest,
) -> CampaignResponse:
    """Create a draft campaign

     Creates a campaign in `draft` status for one channel and seeds it with a two-step sequence
    (`connection_request` + `end` on LinkedIn, `email` + `end` on email). Senders must be on the same
    channel, otherwise 400; a name already in use gives 409. Settings meant for the other channel are
    dropped quietly. No leads are added: fill in the sequence and leads before launching.

    Args:
        body (CampaignCreateRequest): Settings for a new draft campaign. Fields that belong to the
            other channel are dropped without an error.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: CampaignCreateRequest,
) -> Response[CampaignResponse]:
    """Create a draft campaign

     Creates a campaign in `draft` status for one channel and seeds it with a two-step sequence
    (`connection_request` + `end` on LinkedIn, `email` + `end` on email). Senders must be on the same
    channel, otherwise 400; a name already in use gives 409. Settings meant for the other channel are
    dropped quietly. No leads are added: fill in the sequence and leads before launching.

    Args:
        body (CampaignCreateRequest): Settings for a new draft campaign. Fields that belong to the
            other channel are dropped without an error.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: CampaignCreateRequest,
) -> CampaignResponse:
    """Create a draft campaign

     Creates a campaign in `draft` status for one channel and seeds it with a two-step sequence
    (`connection_request` + `end` on LinkedIn, `email` + `end` on email). Senders must be on the same
    channel, otherwise 400; a name already in use gives 409. Settings meant for the other channel are
    dropped quietly. No leads are added: fill in the sequence and leads before launching.

    Args:
        body (CampaignCreateRequest): Settings for a new draft campaign. Fields that belong to the
            other channel are dropped without an error.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
