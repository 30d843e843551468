from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_senders_response import CampaignSendersResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listCampaignSenders",
    "method": "GET",
    "path": "/api/campaigns/{id}/senders",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.list_campaign_senders",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "campaigns.senders.list",
        "resource": ["campaigns", "senders"],
        "method": "list",
        "cli": ["campaign", "sender"],
    },
    "extensions": {
        "x-puffle-mock": {"action": "static", "resource": "campaigns"},
        "x-puffle-names": {"sdk": "campaigns.senders.list", "cli": "campaign sender"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaigns/{id}/senders".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> CampaignSendersResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignSendersResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignSendersResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignSendersResponse]:
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
) -> Response[CampaignSendersResponse]:
    """List a campaign's senders

     Read-only view of the sender accounts attached to a campaign, each with its limits and recent usage,
    plus campaign-wide send totals. Weekly counters cover every campaign using the account. Without
    overrides, LinkedIn weekly limits are 80 invites and 100 messages (100 and 150 on premium accounts)
    and the daily limit is 30. To change senders, update the draft campaign's `sender_account_ids`.

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
        Response[CampaignSendersResponse]
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
) -> CampaignSendersResponse:
    """List a campaign's senders

     Read-only view of the sender accounts attached to a campaign, each with its limits and recent usage,
    plus campaign-wide send totals. Weekly counters cover every campaign using the account. Without
    overrides, LinkedIn weekly limits are 80 invites and 100 messages (100 and 150 on premium accounts)
    and the daily limit is 30. To change senders, update the draft campaign's `sender_account_ids`.

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
        CampaignSendersResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
) -> Response[CampaignSendersResponse]:
    """List a campaign's senders

     Read-only view of the sender accounts attached to a campaign, each with its limits and recent usage,
    plus campaign-wide send totals. Weekly counters cover every campaign using the account. Without
    overrides, LinkedIn weekly limits are 80 invites and 100 messages (100 and 150 on premium accounts)
    and the daily limit is 30. To change senders, update the draft campaign's `sender_account_ids`.

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
        Response[CampaignSendersResponse]
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
) -> CampaignSendersResponse:
    """List a campaign's senders

     Read-only view of the sender accounts attached to a campaign, each with its limits and recent usage,
    plus campaign-wide send totals. Weekly counters cover every campaign using the account. Without
    overrides, LinkedIn weekly limits are 80 invites and 100 messages (100 and 150 on premium accounts)
    and the daily limit is 30. To change senders, update the draft campaign's `sender_account_ids`.

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
        CampaignSendersResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
