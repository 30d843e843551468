from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.business_context_response import BusinessContextResponse
from ...models.business_context_update import BusinessContextUpdate
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "updateContext",
    "method": "PUT",
    "path": "/api/context",
    "tag": "account",
    "module": "puffle_client.api.account.update_context",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "context.update", "resource": ["context"], "method": "update", "cli": ["context", "update"]},
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-source": "account/update-context.md",
            "x-puffle-note": "The page describes a whole-object "
            "replacement of `context` (GET, edit, PUT "
            "back), so a repeat leaves the same "
            "state.",
        },
        "x-puffle-inferred": True,
        "x-puffle-mock": {"action": "update", "resource": "context"},
        "x-puffle-names": {
            "sdk": "context.update",
            "cli": "context update",
            "x-puffle-inferred": True,
            "x-puffle-note": "No CLI line in the docs; command words derived by the CLI guide's rules.",
        },
        "x-puffle-note": "Status 200 assumed and the response example (cut off after "
        "icpJobTitles in the docs) completed from the request example.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: BusinessContextUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/context",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> BusinessContextResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = BusinessContextResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = BusinessContextResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[BusinessContextResponse]:
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
    body: BusinessContextUpdate,
) -> Response[BusinessContextResponse]:
    """Replace the company profile (business context)

     Stores a complete business context, replacing the saved one; there is no per-field patch. Read the
    current context first, change only what the user asked for, and send the whole object back — `user`,
    `company`, `content` and `market` must all be present (`extra` may be null). Identity keys under
    `profile` are optional and only the ones sent are changed. Run onboarding before writing into a
    workspace that has no profile yet. An incomplete context is refused.

    Args:
        body (BusinessContextUpdate): Body of a business-context replacement.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[BusinessContextResponse]
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
    body: BusinessContextUpdate,
) -> BusinessContextResponse:
    """Replace the company profile (business context)

     Stores a complete business context, replacing the saved one; there is no per-field patch. Read the
    current context first, change only what the user asked for, and send the whole object back — `user`,
    `company`, `content` and `market` must all be present (`extra` may be null). Identity keys under
    `profile` are optional and only the ones sent are changed. Run onboarding before writing into a
    workspace that has no profile yet. An incomplete context is refused.

    Args:
        body (BusinessContextUpdate): Body of a business-context replacement.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        BusinessContextResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: BusinessContextUpdate,
) -> Response[BusinessContextResponse]:
    """Replace the company profile (business context)

     Stores a complete business context, replacing the saved one; there is no per-field patch. Read the
    current context first, change only what the user asked for, and send the whole object back — `user`,
    `company`, `content` and `market` must all be present (`extra` may be null). Identity keys under
    `profile` are optional and only the ones sent are changed. Run onboarding before writing into a
    workspace that has no profile yet. An incomplete context is refused.

    Args:
        body (BusinessContextUpdate): Body of a business-context replacement.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[BusinessContextResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: BusinessContextUpdate,
) -> BusinessContextResponse:
    """Replace the company profile (business context)

     Stores a complete business context, replacing the saved one; there is no per-field patch. Read the
    current context first, change only what the user asked for, and send the whole object back — `user`,
    `company`, `content` and `market` must all be present (`extra` may be null). Identity keys under
    `profile` are optional and only the ones sent are changed. Run onboarding before writing into a
    workspace that has no profile yet. An incomplete context is refused.

    Args:
        body (BusinessContextUpdate): Body of a business-context replacement.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        BusinessContextResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
