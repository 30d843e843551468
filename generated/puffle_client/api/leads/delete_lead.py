from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.lead_delete_request import LeadDeleteRequest
from ...models.lead_delete_result import LeadDeleteResult
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "deleteLead",
    "method": "DELETE",
    "path": "/api/leads",
    "tag": "leads",
    "module": "puffle_client.api.leads.delete_lead",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "leads.delete", "resource": ["leads"], "method": "delete", "cli": ["lead", "delete"]},
    "extensions": {
        "x-puffle-mock": {"action": "delete", "resource": "leads", "key": "$request.body.id"},
        "x-puffle-names": {"sdk": "leads.delete", "cli": "lead delete"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: LeadDeleteRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/leads",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> LeadDeleteResult:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = LeadDeleteResult.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = LeadDeleteResult.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[LeadDeleteResult]:
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
    body: LeadDeleteRequest,
) -> Response[LeadDeleteResult]:
    """Delete a Lead

     Permanently removes a Lead from the whole workspace, together with its List memberships, attributes
    and source records. The Lead id goes in the JSON body. To take a Lead out of one List only, call
    `removeListLeads`. An unknown Lead, or one you do not own, gives 404.

    Args:
        body (LeadDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[LeadDeleteResult]
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
    body: LeadDeleteRequest,
) -> LeadDeleteResult:
    """Delete a Lead

     Permanently removes a Lead from the whole workspace, together with its List memberships, attributes
    and source records. The Lead id goes in the JSON body. To take a Lead out of one List only, call
    `removeListLeads`. An unknown Lead, or one you do not own, gives 404.

    Args:
        body (LeadDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        LeadDeleteResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: LeadDeleteRequest,
) -> Response[LeadDeleteResult]:
    """Delete a Lead

     Permanently removes a Lead from the whole workspace, together with its List memberships, attributes
    and source records. The Lead id goes in the JSON body. To take a Lead out of one List only, call
    `removeListLeads`. An unknown Lead, or one you do not own, gives 404.

    Args:
        body (LeadDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[LeadDeleteResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: LeadDeleteRequest,
) -> LeadDeleteResult:
    """Delete a Lead

     Permanently removes a Lead from the whole workspace, together with its List memberships, attributes
    and source records. The Lead id goes in the JSON body. To take a Lead out of one List only, call
    `removeListLeads`. An unknown Lead, or one you do not own, gives 404.

    Args:
        body (LeadDeleteRequest):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        LeadDeleteResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
