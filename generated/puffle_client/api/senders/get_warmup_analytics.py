from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.email_account_warmup_analytics_response import EmailAccountWarmupAnalyticsResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "getWarmupAnalytics",
    "method": "GET",
    "path": "/api/email/accounts/warmup-analytics",
    "tag": "senders",
    "module": "puffle_client.api.senders.get_warmup_analytics",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "email_accounts.warmup_analytics.retrieve",
        "resource": ["email_accounts", "warmup_analytics"],
        "method": "retrieve",
        "cli": ["email", "account", "warmup-analytic"],
    },
    "extensions": {
        "x-puffle-mock": {"action": "static"},
        "x-puffle-names": {
            "sdk": "email_accounts.warmup_analytics.retrieve",
            "cli": "email account warmup-analytic",
            "x-puffle-inferred": True,
            "x-puffle-note": "No CLI line in the docs; command words derived by the CLI guide's rules.",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/email/accounts/warmup-analytics",
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> EmailAccountWarmupAnalyticsResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EmailAccountWarmupAnalyticsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EmailAccountWarmupAnalyticsResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EmailAccountWarmupAnalyticsResponse]:
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
) -> Response[EmailAccountWarmupAnalyticsResponse]:
    """Get warmup analytics for all inboxes

     Fetches live warmup figures for every inbox whose warmup status is `warming`, `warmed` or `active`,
    keyed by inbox id; inboxes whose figures could not be fetched are left out. Although it is a GET,
    the
    call also applies status changes: an inbox the provider reports as banned or suspended is moved to
    `error`, and a `warming` inbox with reputation of at least 90 and at least 200 sends graduates to
    `active`. Changes made by this very call are listed in `transitions` (an empty object means none).
    Graduation usually takes two to three weeks, so polling more than every few minutes is pointless.
    Fetches run one inbox at a time and can be slow for large workspaces.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailAccountWarmupAnalyticsResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
) -> EmailAccountWarmupAnalyticsResponse:
    """Get warmup analytics for all inboxes

     Fetches live warmup figures for every inbox whose warmup status is `warming`, `warmed` or `active`,
    keyed by inbox id; inboxes whose figures could not be fetched are left out. Although it is a GET,
    the
    call also applies status changes: an inbox the provider reports as banned or suspended is moved to
    `error`, and a `warming` inbox with reputation of at least 90 and at least 200 sends graduates to
    `active`. Changes made by this very call are listed in `transitions` (an empty object means none).
    Graduation usually takes two to three weeks, so polling more than every few minutes is pointless.
    Fetches run one inbox at a time and can be slow for large workspaces.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailAccountWarmupAnalyticsResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
) -> Response[EmailAccountWarmupAnalyticsResponse]:
    """Get warmup analytics for all inboxes

     Fetches live warmup figures for every inbox whose warmup status is `warming`, `warmed` or `active`,
    keyed by inbox id; inboxes whose figures could not be fetched are left out. Although it is a GET,
    the
    call also applies status changes: an inbox the provider reports as banned or suspended is moved to
    `error`, and a `warming` inbox with reputation of at least 90 and at least 200 sends graduates to
    `active`. Changes made by this very call are listed in `transitions` (an empty object means none).
    Graduation usually takes two to three weeks, so polling more than every few minutes is pointless.
    Fetches run one inbox at a time and can be slow for large workspaces.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailAccountWarmupAnalyticsResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
) -> EmailAccountWarmupAnalyticsResponse:
    """Get warmup analytics for all inboxes

     Fetches live warmup figures for every inbox whose warmup status is `warming`, `warmed` or `active`,
    keyed by inbox id; inboxes whose figures could not be fetched are left out. Although it is a GET,
    the
    call also applies status changes: an inbox the provider reports as banned or suspended is moved to
    `error`, and a `warming` inbox with reputation of at least 90 and at least 200 sends graduates to
    `active`. Changes made by this very call are listed in `transitions` (an empty object means none).
    Graduation usually takes two to three weeks, so polling more than every few minutes is pointless.
    Fetches run one inbox at a time and can be slow for large workspaces.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailAccountWarmupAnalyticsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
