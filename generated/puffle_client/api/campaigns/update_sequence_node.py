from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.campaign_sequence_node_response import CampaignSequenceNodeResponse
from ...models.campaign_sequence_node_update_request import CampaignSequenceNodeUpdateRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "updateSequenceNode",
    "method": "PUT",
    "path": "/api/campaigns/{id}/sequence/nodes/{nodeId}",
    "tag": "campaigns",
    "module": "puffle_client.api.campaigns.update_sequence_node",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "campaigns.sequence_nodes.update",
        "resource": ["campaigns", "sequence_nodes"],
        "method": "update",
        "cli": ["campaign", "sequence", "node", "update"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-inferred": True,
            "x-puffle-note": "Not stated by the page; a PUT that only sets the given fields of one node.",
        },
        "x-puffle-mock": {
            "action": "update",
            "resource": "sequenceNodes",
            "seed": 60,
            "parent": "campaigns",
            "link": "campaign_id",
        },
        "x-puffle-names": {"sdk": "campaigns.sequence_nodes.update", "cli": "campaign sequence node update"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    node_id: str,
    *,
    body: CampaignSequenceNodeUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/campaigns/{id}/sequence/nodes/{node_id}".format(
            id=errors.path_segment("id", id),
            node_id=errors.path_segment("nodeId", node_id),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> CampaignSequenceNodeResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CampaignSequenceNodeResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CampaignSequenceNodeResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[CampaignSequenceNodeResponse]:
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
    node_id: str,
    *,
    client: Client,
    body: CampaignSequenceNodeUpdateRequest,
) -> Response[CampaignSequenceNodeResponse]:
    """Update a sequence node

     Changes the content of one step of a draft campaign. Despite the PUT verb only the fields sent are
    changed. `type` and `position` cannot be changed here. For `ai` steps, `ai_node` is created or
    updated; delay totals are only validated at launch.

    Args:
        id (str):
        node_id (str):
        body (CampaignSequenceNodeUpdateRequest): Content fields to change on one node; fields
            left out stay as they are. `ai_node` only applies to `ai` nodes.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignSequenceNodeResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        node_id=node_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    node_id: str,
    *,
    client: Client,
    body: CampaignSequenceNodeUpdateRequest,
) -> CampaignSequenceNodeResponse:
    """Update a sequence node

     Changes the content of one step of a draft campaign. Despite the PUT verb only the fields sent are
    changed. `type` and `position` cannot be changed here. For `ai` steps, `ai_node` is created or
    updated; delay totals are only validated at launch.

    Args:
        id (str):
        node_id (str):
        body (CampaignSequenceNodeUpdateRequest): Content fields to change on one node; fields
            left out stay as they are. `ai_node` only applies to `ai` nodes.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignSequenceNodeResponse
    """

    return sync_detailed(
        id=id,
        node_id=node_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    node_id: str,
    *,
    client: AsyncClient,
    body: CampaignSequenceNodeUpdateRequest,
) -> Response[CampaignSequenceNodeResponse]:
    """Update a sequence node

     Changes the content of one step of a draft campaign. Despite the PUT verb only the fields sent are
    changed. `type` and `position` cannot be changed here. For `ai` steps, `ai_node` is created or
    updated; delay totals are only validated at launch.

    Args:
        id (str):
        node_id (str):
        body (CampaignSequenceNodeUpdateRequest): Content fields to change on one node; fields
            left out stay as they are. `ai_node` only applies to `ai` nodes.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CampaignSequenceNodeResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        node_id=node_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    node_id: str,
    *,
    client: AsyncClient,
    body: CampaignSequenceNodeUpdateRequest,
) -> CampaignSequenceNodeResponse:
    """Update a sequence node

     Changes the content of one step of a draft campaign. Despite the PUT verb only the fields sent are
    changed. `type` and `position` cannot be changed here. For `ai` steps, `ai_node` is created or
    updated; delay totals are only validated at launch.

    Args:
        id (str):
        node_id (str):
        body (CampaignSequenceNodeUpdateRequest): Content fields to change on one node; fields
            left out stay as they are. `ai_node` only applies to `ai` nodes.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CampaignSequenceNodeResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            node_id=node_id,
            client=client,
            body=body,
        )
    ).parsed
