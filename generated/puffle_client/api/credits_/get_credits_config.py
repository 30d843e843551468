from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.credits_config import CreditsConfig
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "getCreditsConfig",
    "method": "GET",
    "path": "/api/credits/config",
    "tag": "credits",
    "module": "puffle_client.api.credits_.get_credits_config",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "credits.config.retrieve",
        "resource": ["credits", "config"],
        "method": "retrieve",
        "cli": ["credit", "config"],
    },
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {"action": "static"},
        "x-puffle-names": {"sdk": "credits.config.retrieve", "cli": "credit config"},
        "x-puffle-note": "Status 200 assumed (not labelled in the docs); the response "
        "merges the current registry page and the older flat-costs page.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/credits/config",
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> CreditsConfig:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = CreditsConfig.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = CreditsConfig.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> Response[CreditsConfig]:
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
) -> Response[CreditsConfig]:
    """Read credit prices and billing registry

     Returns the price list for billable work: how many credits one unit of each action or billing
    operation costs, plus plan and entitlement metadata from the billing registry. It changes nothing.
    Multiply a price by the planned batch size to estimate spend, fetch it live (caching per session is
    fine) instead of hard-coding values, and never treat an action missing from the table as free. Older
    deployments answered with only the flat `costs` map.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CreditsConfig]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> CreditsConfig:
    """Read credit prices and billing registry

     Returns the price list for billable work: how many credits one unit of each action or billing
    operation costs, plus plan and entitlement metadata from the billing registry. It changes nothing.
    Multiply a price by the planned batch size to estimate spend, fetch it live (caching per session is
    fine) instead of hard-coding values, and never treat an action missing from the table as free. Older
    deployments answered with only the flat `costs` map.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CreditsConfig
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[CreditsConfig]:
    """Read credit prices and billing registry

     Returns the price list for billable work: how many credits one unit of each action or billing
    operation costs, plus plan and entitlement metadata from the billing registry. It changes nothing.
    Multiply a price by the planned batch size to estimate spend, fetch it live (caching per session is
    fine) instead of hard-coding values, and never treat an action missing from the table as free. Older
    deployments answered with only the flat `costs` map.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[CreditsConfig]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
) -> CreditsConfig:
    """Read credit prices and billing registry

     Returns the price list for billable work: how many credits one unit of each action or billing
    operation costs, plus plan and entitlement metadata from the billing registry. It changes nothing.
    Multiply a price by the planned batch size to estimate spend, fetch it live (caching per session is
    fine) instead of hard-coding values, and never treat an action missing from the table as free. Older
    deployments answered with only the flat `costs` map.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        CreditsConfig
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
