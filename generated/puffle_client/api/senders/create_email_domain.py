from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.email_domain_create_request import EmailDomainCreateRequest
from ...models.email_domain_response import EmailDomainResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createEmailDomain",
    "method": "POST",
    "path": "/api/email/domains",
    "tag": "senders",
    "module": "puffle_client.api.senders.create_email_domain",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": {
        "poll_operation": "verifyEmailDomain",
        "poll_module": "puffle_client.api.senders.verify_email_domain",
        "params": {"id": {"from": "response", "path": ["domain", "id"]}},
        "const": {"poll": "true"},
        "status": ["domain", "status"],
        "success": ["verified"],
        "failure": ["failed"],
        "blocked": ["pending"],
        "interval": 45.0,
    },
    "names": {
        "sdk": "email_domains.create",
        "resource": ["email_domains"],
        "method": "create",
        "cli": ["email", "domain", "create"],
    },
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "task-start",
            "resource": "emailDomains",
            "unique": ["domain"],
            "progress": ["verifying"],
            "set": {"verified_at": None},
            "done": {"verified_at": "$now"},
        },
        "x-puffle-names": {"sdk": "email_domains.create", "cli": "email domain create"},
        "x-puffle-note": 'The docs label the success only as "Domain created" without a code; 201 is assumed.',
        "x-puffle-task": {
            "poll": "verifyEmailDomain",
            "params": {"id": "domain.id"},
            "const": {"poll": "true"},
            "status": "domain.status",
            "success": ["verified"],
            "failure": ["failed"],
            "blocked": ["pending"],
            "interval": 45,
            "x-puffle-source": "unibox/create-email-domain.md",
            "x-puffle-inferred": True,
            "x-puffle-note": "The page says to poll `verifyEmailDomain` with "
            "`poll=true` every 30-60 s until `verified` or "
            "`failed`, and that `pending` means the DNS "
            "records could not be written automatically, so "
            "the user must add them and trigger a check "
            "once; a wait therefore stops at `pending` "
            "(TaskBlockedError) instead of spinning to its "
            "timeout. Inferred from the verify page - "
            "`poll=true` only reads (without it each call "
            "starts a new check).",
        },
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: EmailDomainCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/email/domains",
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EmailDomainResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 201:
            response_201 = EmailDomainResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_201 = EmailDomainResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EmailDomainResponse]:
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
    body: EmailDomainCreateRequest,
) -> Response[EmailDomainResponse]:
    """Add a sending domain

     Registers a custom domain (apex or subdomain) for sending. Puffle provisions it on its mail
    infrastructure, writes the DKIM/SPF/DMARC records itself when it manages the DNS zone, starts
    verification and schedules a background re-check that backs off from 10 minutes up to 12 hours. The
    returned status is `verified` when DNS was already correct, `verifying` while the check runs, or
    `pending` when the records could not be written automatically — then the user must add `dns_records`
    at
    their DNS provider and call `verifyEmailDomain` once. Inboxes can only be created after the domain
    is
    `verified`; follow progress with `verifyEmailDomain` using `poll=true` every 30–60 seconds. A domain
    already verified by another user is rejected with 409.

    Args:
        body (EmailDomainCreateRequest): A domain to register for sending.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailDomainResponse]
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
    body: EmailDomainCreateRequest,
) -> EmailDomainResponse:
    """Add a sending domain

     Registers a custom domain (apex or subdomain) for sending. Puffle provisions it on its mail
    infrastructure, writes the DKIM/SPF/DMARC records itself when it manages the DNS zone, starts
    verification and schedules a background re-check that backs off from 10 minutes up to 12 hours. The
    returned status is `verified` when DNS was already correct, `verifying` while the check runs, or
    `pending` when the records could not be written automatically — then the user must add `dns_records`
    at
    their DNS provider and call `verifyEmailDomain` once. Inboxes can only be created after the domain
    is
    `verified`; follow progress with `verifyEmailDomain` using `poll=true` every 30–60 seconds. A domain
    already verified by another user is rejected with 409.

    Args:
        body (EmailDomainCreateRequest): A domain to register for sending.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailDomainResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: EmailDomainCreateRequest,
) -> Response[EmailDomainResponse]:
    """Add a sending domain

     Registers a custom domain (apex or subdomain) for sending. Puffle provisions it on its mail
    infrastructure, writes the DKIM/SPF/DMARC records itself when it manages the DNS zone, starts
    verification and schedules a background re-check that backs off from 10 minutes up to 12 hours. The
    returned status is `verified` when DNS was already correct, `verifying` while the check runs, or
    `pending` when the records could not be written automatically — then the user must add `dns_records`
    at
    their DNS provider and call `verifyEmailDomain` once. Inboxes can only be created after the domain
    is
    `verified`; follow progress with `verifyEmailDomain` using `poll=true` every 30–60 seconds. A domain
    already verified by another user is rejected with 409.

    Args:
        body (EmailDomainCreateRequest): A domain to register for sending.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailDomainResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: EmailDomainCreateRequest,
) -> EmailDomainResponse:
    """Add a sending domain

     Registers a custom domain (apex or subdomain) for sending. Puffle provisions it on its mail
    infrastructure, writes the DKIM/SPF/DMARC records itself when it manages the DNS zone, starts
    verification and schedules a background re-check that backs off from 10 minutes up to 12 hours. The
    returned status is `verified` when DNS was already correct, `verifying` while the check runs, or
    `pending` when the records could not be written automatically — then the user must add `dns_records`
    at
    their DNS provider and call `verifyEmailDomain` once. Inboxes can only be created after the domain
    is
    `verified`; follow progress with `verifyEmailDomain` using `poll=true` every 30–60 seconds. A domain
    already verified by another user is rejected with 409.

    Args:
        body (EmailDomainCreateRequest): A domain to register for sending.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailDomainResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed


from ..._descriptors import TaskDescriptor  # noqa: E402
from ...models.email_domain_response import EmailDomainResponse  # noqa: E402

PUFFLE_TASK: Final = TaskDescriptor(EmailDomainResponse, EmailDomainResponse)
"""Types of this operation for `puffle.wait_for`: the start response and the final task."""
