from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.business_context_response import BusinessContextResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "getContext",
    "method": "GET",
    "path": "/api/context",
    "tag": "account",
    "module": "puffle_client.api.account.get_context",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "context.retrieve", "resource": ["context"], "method": "retrieve", "cli": ["context"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {"action": "get", "resource": "context", "singleton": True},
        "x-puffle-names": {
            "sdk": "context.retrieve",
            "cli": "context",
            "x-puffle-inferred": True,
            "x-puffle-note": "No CLI line in the docs; command words derived by the CLI guide's rules.",
        },
        "x-puffle-note": "Status 200 assumed; the only example (older core/get-context "
        "page) was cut off inside `profile`, so it is shown up to that "
        "point.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/context",
        "extensions": _EXTENSIONS,
    }

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
) -> Response[BusinessContextResponse]:
    """Read the company profile (business context)

     Returns the workspace's saved business context — background of the user, company positioning,
    content
    voice and target market / ICP — together with the identity fields kept next to it. Agents should
    read
    it once at start-up. When `context` or `profile` is null, onboarding has not produced a profile yet:
    treat the workspace as unfinished (do not assume an empty ICP) and do not invent values.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[BusinessContextResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> BusinessContextResponse:
    """Read the company profile (business context)

     Returns the workspace's saved business context — background of the user, company positioning,
    content
    voice and target market / ICP — together with the identity fields kept next to it. Agents should
    read
    it once at start-up. When `context` or `profile` is null, onboarding has not produced a profile yet:
    treat the workspace as unfinished (do not assume an empty ICP) and do not invent values.

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
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[BusinessContextResponse]:
    """Read the company profile (business context)

     Returns the workspace's saved business context — background of the user, company positioning,
    content
    voice and target market / ICP — together with the identity fields kept next to it. Agents should
    read
    it once at start-up. When `context` or `profile` is null, onboarding has not produced a profile yet:
    treat the workspace as unfinished (do not assume an empty ICP) and do not invent values.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[BusinessContextResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
) -> BusinessContextResponse:
    """Read the company profile (business context)

     Returns the workspace's saved business context — background of the user, company positioning,
    content
    voice and target market / ICP — together with the identity fields kept next to it. Agents should
    read
    it once at start-up. When `context` or `profile` is null, onboarding has not produced a profile yet:
    treat the workspace as unfinished (do not assume an empty ICP) and do not invent values.

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
        )
    ).parsed
