from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.email_account_response import EmailAccountResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "retryEmailAccountWarmup",
    "method": "PATCH",
    "path": "/api/email/accounts/{id}/retry-warmup",
    "tag": "senders",
    "module": "puffle_client.api.senders.retry_email_account_warmup",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [409],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "email_accounts.retry_warmup",
        "resource": ["email_accounts"],
        "method": "retry_warmup",
        "cli": ["email", "account", "retry-warmup"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-source": "unibox/retry-account-warmup.md",
            "alreadyDone": [409],
            "x-puffle-inferred": True,
            "x-puffle-note": "The page says it is safe to call "
            "repeatedly until success. Inferred: once "
            "it succeeded the inbox is no longer "
            "pending/not_started, so a repeat answers "
            "409, which then means already done.",
        },
        "x-puffle-mock": {
            "action": "transition",
            "resource": "emailAccounts",
            "set": {"warmup_status": "pending", "updated_at": "$now"},
        },
        "x-puffle-names": {"sdk": "email_accounts.retry_warmup", "cli": "email account retry-warmup"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/email/accounts/{id}/retry-warmup".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EmailAccountResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EmailAccountResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EmailAccountResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

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
    id: str,
    *,
    client: Client,
) -> Response[EmailAccountResponse]:
    """Retry enabling warmup for a stalled inbox

     Tries again to switch on warmup for an inbox that is stuck with `status: pending` and
    `warmup_status: not_started`. On success both fields become `warming`; progress is then followed via
    `getWarmupAnalytics`. Inboxes in any other state get 409. A 502 means the warmup provider refused
    and
    a short back-off is advised; a 500 after the provider accepted can be retried straight away.
    Repeating
    the call is safe — concurrent or repeated retries cannot apply the change twice.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailAccountResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
) -> EmailAccountResponse:
    """Retry enabling warmup for a stalled inbox

     Tries again to switch on warmup for an inbox that is stuck with `status: pending` and
    `warmup_status: not_started`. On success both fields become `warming`; progress is then followed via
    `getWarmupAnalytics`. Inboxes in any other state get 409. A 502 means the warmup provider refused
    and
    a short back-off is advised; a 500 after the provider accepted can be retried straight away.
    Repeating
    the call is safe — concurrent or repeated retries cannot apply the change twice.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailAccountResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
) -> Response[EmailAccountResponse]:
    """Retry enabling warmup for a stalled inbox

     Tries again to switch on warmup for an inbox that is stuck with `status: pending` and
    `warmup_status: not_started`. On success both fields become `warming`; progress is then followed via
    `getWarmupAnalytics`. Inboxes in any other state get 409. A 502 means the warmup provider refused
    and
    a short back-off is advised; a 500 after the provider accepted can be retried straight away.
    Repeating
    the call is safe — concurrent or repeated retries cannot apply the change twice.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailAccountResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
) -> EmailAccountResponse:
    """Retry enabling warmup for a stalled inbox

     Tries again to switch on warmup for an inbox that is stuck with `status: pending` and
    `warmup_status: not_started`. On success both fields become `warming`; progress is then followed via
    `getWarmupAnalytics`. Inboxes in any other state get 409. A 502 means the warmup provider refused
    and
    a short back-off is advised; a 500 after the provider accepted can be retried straight away.
    Repeating
    the call is safe — concurrent or repeated retries cannot apply the change twice.

    Args:
        id (str):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailAccountResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
