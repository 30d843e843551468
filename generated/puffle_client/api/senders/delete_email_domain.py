from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.email_domain_delete_response import EmailDomainDeleteResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "deleteEmailDomain",
    "method": "DELETE",
    "path": "/api/email/domains/{id}",
    "tag": "senders",
    "module": "puffle_client.api.senders.delete_email_domain",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [404],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "email_domains.delete",
        "resource": ["email_domains"],
        "method": "delete",
        "cli": ["email", "domain", "delete"],
    },
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-source": "unibox/delete-email-domain.md",
            "alreadyDone": [404],
            "x-puffle-inferred": True,
            "x-puffle-note": "The page calls the external cleanup "
            "idempotent on retry. Inferred: after a "
            "success the domain is gone, so a repeat "
            "answers 404, which then means already "
            "deleted.",
        },
        "x-puffle-mock": {"action": "delete", "resource": "emailDomains", "respond": {"success": True}},
        "x-puffle-names": {"sdk": "email_domains.delete", "cli": "email domain delete"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/email/domains/{id}".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> EmailDomainDeleteResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EmailDomainDeleteResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EmailDomainDeleteResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EmailDomainDeleteResponse]:
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
) -> Response[EmailDomainDeleteResponse]:
    """Delete a sending domain

     Removes a sending domain together with every inbox on it — dependent inbox rows are deleted in
    cascade. The backing domain and any DNS records Puffle manages are cleaned up on a best-effort
    basis;
    those steps never block the database delete and are safe to repeat. List the domain's inboxes and
    confirm with the user before calling.

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
        Response[EmailDomainDeleteResponse]
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
) -> EmailDomainDeleteResponse:
    """Delete a sending domain

     Removes a sending domain together with every inbox on it — dependent inbox rows are deleted in
    cascade. The backing domain and any DNS records Puffle manages are cleaned up on a best-effort
    basis;
    those steps never block the database delete and are safe to repeat. List the domain's inboxes and
    confirm with the user before calling.

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
        EmailDomainDeleteResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AsyncClient,
) -> Response[EmailDomainDeleteResponse]:
    """Delete a sending domain

     Removes a sending domain together with every inbox on it — dependent inbox rows are deleted in
    cascade. The backing domain and any DNS records Puffle manages are cleaned up on a best-effort
    basis;
    those steps never block the database delete and are safe to repeat. List the domain's inboxes and
    confirm with the user before calling.

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
        Response[EmailDomainDeleteResponse]
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
) -> EmailDomainDeleteResponse:
    """Delete a sending domain

     Removes a sending domain together with every inbox on it — dependent inbox rows are deleted in
    cascade. The backing domain and any DNS records Puffle manages are cleaned up on a best-effort
    basis;
    those steps never block the database delete and are safe to repeat. List the domain's inboxes and
    confirm with the user before calling.

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
        EmailDomainDeleteResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
