from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.email_account_response import EmailAccountResponse
from ...models.email_account_update_request import EmailAccountUpdateRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "updateEmailAccount",
    "method": "PATCH",
    "path": "/api/email/accounts/{id}",
    "tag": "senders",
    "module": "puffle_client.api.senders.update_email_account",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "email_accounts.update",
        "resource": ["email_accounts"],
        "method": "update",
        "cli": ["email", "account", "update"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-inferred": True,
            "x-puffle-note": "Not stated in general (the page only "
            "calls a retry after its 502 safe); every "
            "field sets an absolute value.",
        },
        "x-puffle-mock": {"action": "update", "resource": "emailAccounts"},
        "x-puffle-names": {"sdk": "email_accounts.update", "cli": "email account update"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    body: EmailAccountUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/email/accounts/{id}".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: EmailAccountUpdateRequest,
) -> Response[EmailAccountResponse]:
    """Update an inbox's signature

     Changes the email signature of one inbox — the only field callers may edit. The new signature is
    pushed to the sending backend first and saved only if that succeeds, so a failed call leaves nothing
    half-applied and can simply be repeated. Line breaks are converted to `<br>` for the backend; an
    empty
    string removes the signature.

    Args:
        id (str):
        body (EmailAccountUpdateRequest): Editable inbox fields (only the signature).

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
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: Client,
    body: EmailAccountUpdateRequest,
) -> EmailAccountResponse:
    """Update an inbox's signature

     Changes the email signature of one inbox — the only field callers may edit. The new signature is
    pushed to the sending backend first and saved only if that succeeds, so a failed call leaves nothing
    half-applied and can simply be repeated. Line breaks are converted to `<br>` for the backend; an
    empty
    string removes the signature.

    Args:
        id (str):
        body (EmailAccountUpdateRequest): Editable inbox fields (only the signature).

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
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
    body: EmailAccountUpdateRequest,
) -> Response[EmailAccountResponse]:
    """Update an inbox's signature

     Changes the email signature of one inbox — the only field callers may edit. The new signature is
    pushed to the sending backend first and saved only if that succeeds, so a failed call leaves nothing
    half-applied and can simply be repeated. Line breaks are converted to `<br>` for the backend; an
    empty
    string removes the signature.

    Args:
        id (str):
        body (EmailAccountUpdateRequest): Editable inbox fields (only the signature).

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
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AsyncClient,
    body: EmailAccountUpdateRequest,
) -> EmailAccountResponse:
    """Update an inbox's signature

     Changes the email signature of one inbox — the only field callers may edit. The new signature is
    pushed to the sending backend first and saved only if that succeeds, so a failed call leaves nothing
    half-applied and can simply be repeated. Line breaks are converted to `<br>` for the backend; an
    empty
    string removes the signature.

    Args:
        id (str):
        body (EmailAccountUpdateRequest): Editable inbox fields (only the signature).

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
            body=body,
        )
    ).parsed
