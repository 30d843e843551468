from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_generate_messages_request import CampaignGenerateMessagesRequest
from ...models.campaign_generate_messages_result import CampaignGenerateMessagesResult
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "generateCampaignMessages",
    "method": "POST",
    "path": "/api/campaigns/{id}/generate-messages",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.generate_campaign_messages",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": True,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "campaigns.messages.generate",
        "resource": ["campaigns", "messages"],
        "method": "generate",
        "cli": ["campaign", "generate-message"],
    },
    "extensions": {
        "x-puffle-credits": True,
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "import",
            "resource": "generatedMessages",
            "parent": "campaigns",
            "link": "campaign_id",
            "from": {"resource": "campaignLeads", "parent": "campaigns"},
            "ids": "$request.body.prospect_ids",
            "set": {
                "prospect_id": "$source.id",
                "node_id": "$request.body.node_id",
                "status": "draft",
                "manually_edited": False,
                "created_at": "$now",
            },
        },
        "x-puffle-names": {"sdk": "campaigns.messages.generate", "cli": "campaign generate-message"},
        "x-puffle-note": "Background generation for `generate_ai` has no documented "
        "status, so no task polling is declared; listing messages until "
        "drafts appear is a guess.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    body: CampaignGenerateMessagesRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/campaigns/{id}/generate-messages".format(
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
) -> CampaignGenerateMessagesResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignGenerateMessagesResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignGenerateMessagesResult.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignGenerateMessagesResult]:
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
    body: CampaignGenerateMessagesRequest,
) -> Response[CampaignGenerateMessagesResult]:
    """Generate campaign messages

     Prepares per-lead messages for a draft campaign. `resolve` runs at once: it fills in the template
    variables of every non-AI step for every lead and keeps hand-edited drafts; it is safe to repeat
    after adding leads or changing templates. `generate_ai` queues AI writing for one AI step and
    charges credits per lead once queued; without enough credits it answers 402 and changes nothing. The
    docs name no status to poll for `generate_ai`; list the generated messages to see drafts appear.

    Args:
        id (str):
        body (CampaignGenerateMessagesRequest): Which generation step to run.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignGenerateMessagesResult]
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
    body: CampaignGenerateMessagesRequest,
) -> CampaignGenerateMessagesResult:
    """Generate campaign messages

     Prepares per-lead messages for a draft campaign. `resolve` runs at once: it fills in the template
    variables of every non-AI step for every lead and keeps hand-edited drafts; it is safe to repeat
    after adding leads or changing templates. `generate_ai` queues AI writing for one AI step and
    charges credits per lead once queued; without enough credits it answers 402 and changes nothing. The
    docs name no status to poll for `generate_ai`; list the generated messages to see drafts appear.

    Args:
        id (str):
        body (CampaignGenerateMessagesRequest): Which generation step to run.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignGenerateMessagesResult
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
    body: CampaignGenerateMessagesRequest,
) -> Response[CampaignGenerateMessagesResult]:
    """Generate campaign messages

     Prepares per-lead messages for a draft campaign. `resolve` runs at once: it fills in the template
    variables of every non-AI step for every lead and keeps hand-edited drafts; it is safe to repeat
    after adding leads or changing templates. `generate_ai` queues AI writing for one AI step and
    charges credits per lead once queued; without enough credits it answers 402 and changes nothing. The
    docs name no status to poll for `generate_ai`; list the generated messages to see drafts appear.

    Args:
        id (str):
        body (CampaignGenerateMessagesRequest): Which generation step to run.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignGenerateMessagesResult]
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
    body: CampaignGenerateMessagesRequest,
) -> CampaignGenerateMessagesResult:
    """Generate campaign messages

     Prepares per-lead messages for a draft campaign. `resolve` runs at once: it fills in the template
    variables of every non-AI step for every lead and keeps hand-edited drafts; it is safe to repeat
    after adding leads or changing templates. `generate_ai` queues AI writing for one AI step and
    charges credits per lead once queued; without enough credits it answers 402 and changes nothing. The
    docs name no status to poll for `generate_ai`; list the generated messages to see drafts appear.

    Args:
        id (str):
        body (CampaignGenerateMessagesRequest): Which generation step to run.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignGenerateMessagesResult
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
