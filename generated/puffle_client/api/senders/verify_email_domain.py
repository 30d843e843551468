from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.email_domain_response import EmailDomainResponse
from ...models.verify_email_domain_poll import VerifyEmailDomainPoll
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "verifyEmailDomain",
    "method": "POST",
    "path": "/api/email/domains/{id}/verify",
    "tag": "senders",
    "module": "puffle_client.api.senders.verify_email_domain",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "email_domains.verify",
        "resource": ["email_domains"],
        "method": "verify",
        "cli": ["email", "domain", "verify"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-source": "unibox/verify-email-domain.md",
            "x-puffle-note": "The page says repeated trigger calls "
            "collapse into the existing poller chain "
            "(per-domain idempotency key).",
        },
        "x-puffle-mock": {"action": "get", "resource": "emailDomains"},
        "x-puffle-names": {"sdk": "email_domains.verify", "cli": "email domain verify"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    poll: VerifyEmailDomainPoll | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_poll: str | Unset = UNSET
    if not isinstance(poll, Unset):
        json_poll = poll.value

    params["poll"] = json_poll

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/email/domains/{id}/verify".format(
            id=errors.path_segment("id", id),
        ),
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EmailDomainResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EmailDomainResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EmailDomainResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

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
    id: str,
    *,
    client: Client,
    poll: VerifyEmailDomainPoll | Unset = UNSET,
) -> Response[EmailDomainResponse]:
    """Trigger or poll domain verification

     Works in two modes. Without `poll` (trigger mode) it marks the domain `verifying`, starts an
    asynchronous DNS check, stores the resulting status and the currently expected DNS records, and — if
    still `verifying` — makes sure the background re-check is scheduled. With `poll=true` it only reads
    the
    live status and starts nothing. Trigger once (e.g. after adding DNS records by hand), then call with
    `poll=true` every 30–60 seconds until `status` is `verified` or `failed`; re-triggering on every
    tick
    restarts the checker and makes the status flip between `verifying` and `failed`. Repeated trigger
    calls
    are harmless: they join the domain's existing re-check chain.

    Args:
        id (str):
        poll (VerifyEmailDomainPoll | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailDomainResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        poll=poll,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
    poll: VerifyEmailDomainPoll | Unset = UNSET,
) -> EmailDomainResponse:
    """Trigger or poll domain verification

     Works in two modes. Without `poll` (trigger mode) it marks the domain `verifying`, starts an
    asynchronous DNS check, stores the resulting status and the currently expected DNS records, and — if
    still `verifying` — makes sure the background re-check is scheduled. With `poll=true` it only reads
    the
    live status and starts nothing. Trigger once (e.g. after adding DNS records by hand), then call with
    `poll=true` every 30–60 seconds until `status` is `verified` or `failed`; re-triggering on every
    tick
    restarts the checker and makes the status flip between `verifying` and `failed`. Repeated trigger
    calls
    are harmless: they join the domain's existing re-check chain.

    Args:
        id (str):
        poll (VerifyEmailDomainPoll | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailDomainResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        poll=poll,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    poll: VerifyEmailDomainPoll | Unset = UNSET,
) -> Response[EmailDomainResponse]:
    """Trigger or poll domain verification

     Works in two modes. Without `poll` (trigger mode) it marks the domain `verifying`, starts an
    asynchronous DNS check, stores the resulting status and the currently expected DNS records, and — if
    still `verifying` — makes sure the background re-check is scheduled. With `poll=true` it only reads
    the
    live status and starts nothing. Trigger once (e.g. after adding DNS records by hand), then call with
    `poll=true` every 30–60 seconds until `status` is `verified` or `failed`; re-triggering on every
    tick
    restarts the checker and makes the status flip between `verifying` and `failed`. Repeated trigger
    calls
    are harmless: they join the domain's existing re-check chain.

    Args:
        id (str):
        poll (VerifyEmailDomainPoll | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailDomainResponse]
    """

    kwargs = _get_kwargs(
        id=id,
        poll=poll,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    poll: VerifyEmailDomainPoll | Unset = UNSET,
) -> EmailDomainResponse:
    """Trigger or poll domain verification

     Works in two modes. Without `poll` (trigger mode) it marks the domain `verifying`, starts an
    asynchronous DNS check, stores the resulting status and the currently expected DNS records, and — if
    still `verifying` — makes sure the background re-check is scheduled. With `poll=true` it only reads
    the
    live status and starts nothing. Trigger once (e.g. after adding DNS records by hand), then call with
    `poll=true` every 30–60 seconds until `status` is `verified` or `failed`; re-triggering on every
    tick
    restarts the checker and makes the status flip between `verifying` and `failed`. Repeated trigger
    calls
    are harmless: they join the domain's existing re-check chain.

    Args:
        id (str):
        poll (VerifyEmailDomainPoll | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailDomainResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            poll=poll,
        )
    ).parsed
