from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.email_account_create_request import EmailAccountCreateRequest
from ...models.email_account_response import EmailAccountResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createEmailAccount",
    "method": "POST",
    "path": "/api/email/accounts",
    "tag": "senders",
    "module": "puffle_client.api.senders.create_email_account",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "email_accounts.create",
        "resource": ["email_accounts"],
        "method": "create",
        "cli": ["email", "account", "create"],
    },
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "create",
            "resource": "emailAccounts",
            "require": {"emailDomains": "$request.body.domain_id"},
            "unique": ["email_address"],
            "set": {"type": "email", "email_address": "{$request.body.username}@{$required.emailDomains.domain}"},
        },
        "x-puffle-names": {"sdk": "email_accounts.create", "cli": "email account create"},
        "x-puffle-note": 'The docs label the success only as "Account created" without a code; 201 is assumed.',
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: EmailAccountCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/email/accounts",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EmailAccountResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 201:
            response_201 = EmailAccountResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_201 = EmailAccountResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EmailAccountResponse]:
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
    body: EmailAccountCreateRequest,
) -> Response[EmailAccountResponse]:
    """Create an email inbox

     Provisions a new Puffle-managed inbox `<username>@<domain>` on one of the caller's sending domains
    and
    enrols it in warmup. The domain must already have status `verified`. A new inbox normally starts as
    `warming` and cannot send campaign email until warmup graduates it to `active` (typically two to
    three weeks; follow it with `getWarmupAnalytics`). If enabling warmup failed, the inbox comes back
    `pending` and `retryEmailAccountWarmup` can be used. Provisioning steps that fail part-way are
    rolled
    back on a best-effort basis.

    Args:
        body (EmailAccountCreateRequest): A new inbox on a verified sending domain.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailAccountResponse]
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
    body: EmailAccountCreateRequest,
) -> EmailAccountResponse:
    """Create an email inbox

     Provisions a new Puffle-managed inbox `<username>@<domain>` on one of the caller's sending domains
    and
    enrols it in warmup. The domain must already have status `verified`. A new inbox normally starts as
    `warming` and cannot send campaign email until warmup graduates it to `active` (typically two to
    three weeks; follow it with `getWarmupAnalytics`). If enabling warmup failed, the inbox comes back
    `pending` and `retryEmailAccountWarmup` can be used. Provisioning steps that fail part-way are
    rolled
    back on a best-effort basis.

    Args:
        body (EmailAccountCreateRequest): A new inbox on a verified sending domain.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailAccountResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: EmailAccountCreateRequest,
) -> Response[EmailAccountResponse]:
    """Create an email inbox

     Provisions a new Puffle-managed inbox `<username>@<domain>` on one of the caller's sending domains
    and
    enrols it in warmup. The domain must already have status `verified`. A new inbox normally starts as
    `warming` and cannot send campaign email until warmup graduates it to `active` (typically two to
    three weeks; follow it with `getWarmupAnalytics`). If enabling warmup failed, the inbox comes back
    `pending` and `retryEmailAccountWarmup` can be used. Provisioning steps that fail part-way are
    rolled
    back on a best-effort basis.

    Args:
        body (EmailAccountCreateRequest): A new inbox on a verified sending domain.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailAccountResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: EmailAccountCreateRequest,
) -> EmailAccountResponse:
    """Create an email inbox

     Provisions a new Puffle-managed inbox `<username>@<domain>` on one of the caller's sending domains
    and
    enrols it in warmup. The domain must already have status `verified`. A new inbox normally starts as
    `warming` and cannot send campaign email until warmup graduates it to `active` (typically two to
    three weeks; follow it with `getWarmupAnalytics`). If enabling warmup failed, the inbox comes back
    `pending` and `retryEmailAccountWarmup` can be used. Provisioning steps that fail part-way are
    rolled
    back on a best-effort basis.

    Args:
        body (EmailAccountCreateRequest): A new inbox on a verified sending domain.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailAccountResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
