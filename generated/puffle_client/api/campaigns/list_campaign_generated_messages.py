from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_generated_message_list_response import CampaignGeneratedMessageListResponse
from ...models.list_campaign_generated_messages_status import ListCampaignGeneratedMessagesStatus
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listCampaignGeneratedMessages",
    "method": "GET",
    "path": "/api/campaigns/{id}/generate-messages",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.list_campaign_generated_messages",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "campaigns.messages.list",
        "resource": ["campaigns", "messages"],
        "method": "list",
        "cli": ["campaign", "generate-message", "list"],
    },
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "generatedMessages",
            "seed": 60,
            "parent": "campaigns",
            "link": "campaign_id",
            "items": "messages",
            "filters": {"status": {"op": "eq", "field": "status"}, "prospect_id": {"op": "eq", "field": "prospect_id"}},
        },
        "x-puffle-names": {"sdk": "campaigns.messages.list", "cli": "campaign generate-message list"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    status: ListCampaignGeneratedMessagesStatus | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
    prospect_id: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["prospect_id"] = prospect_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/campaigns/{id}/generate-messages".format(
            id=errors.path_segment("id", id),
        ),
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> CampaignGeneratedMessageListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignGeneratedMessageListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignGeneratedMessageListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignGeneratedMessageListResponse]:
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
    status: ListCampaignGeneratedMessagesStatus | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
    prospect_id: str | Unset = UNSET,
) -> Response[CampaignGeneratedMessageListResponse]:
    """List generated messages

     Returns the messages prepared for a campaign, only drafts unless `status` says otherwise. With
    `prospect_id`, the lead's inbound replies are mixed in as well. Does not send or regenerate
    anything.

    Args:
        id (str):
        status (ListCampaignGeneratedMessagesStatus | Unset):  Default:
            ListCampaignGeneratedMessagesStatus.DRAFT.
        prospect_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignGeneratedMessageListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        prospect_id=prospect_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
    status: ListCampaignGeneratedMessagesStatus | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
    prospect_id: str | Unset = UNSET,
) -> CampaignGeneratedMessageListResponse:
    """List generated messages

     Returns the messages prepared for a campaign, only drafts unless `status` says otherwise. With
    `prospect_id`, the lead's inbound replies are mixed in as well. Does not send or regenerate
    anything.

    Args:
        id (str):
        status (ListCampaignGeneratedMessagesStatus | Unset):  Default:
            ListCampaignGeneratedMessagesStatus.DRAFT.
        prospect_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignGeneratedMessageListResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        status=status,
        prospect_id=prospect_id,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    status: ListCampaignGeneratedMessagesStatus | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
    prospect_id: str | Unset = UNSET,
) -> Response[CampaignGeneratedMessageListResponse]:
    """List generated messages

     Returns the messages prepared for a campaign, only drafts unless `status` says otherwise. With
    `prospect_id`, the lead's inbound replies are mixed in as well. Does not send or regenerate
    anything.

    Args:
        id (str):
        status (ListCampaignGeneratedMessagesStatus | Unset):  Default:
            ListCampaignGeneratedMessagesStatus.DRAFT.
        prospect_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignGeneratedMessageListResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        status=status,
        prospect_id=prospect_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    status: ListCampaignGeneratedMessagesStatus | Unset = ListCampaignGeneratedMessagesStatus.DRAFT,
    prospect_id: str | Unset = UNSET,
) -> CampaignGeneratedMessageListResponse:
    """List generated messages

     Returns the messages prepared for a campaign, only drafts unless `status` says otherwise. With
    `prospect_id`, the lead's inbound replies are mixed in as well. Does not send or regenerate
    anything.

    Args:
        id (str):
        status (ListCampaignGeneratedMessagesStatus | Unset):  Default:
            ListCampaignGeneratedMessagesStatus.DRAFT.
        prospect_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignGeneratedMessageListResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            status=status,
            prospect_id=prospect_id,
        )
    ).parsed
