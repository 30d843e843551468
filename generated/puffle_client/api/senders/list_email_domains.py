from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.email_domain_list_response import EmailDomainListResponse
from ...models.list_email_domains_skip_sync import ListEmailDomainsSkipSync
from ...types import UNSET, Response, Unset, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "listEmailDomains",
    "method": "GET",
    "path": "/api/email/domains",
    "tag": "senders",
    "module": "puffle_client.api.senders.list_email_domains",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "email_domains.list", "resource": ["email_domains"], "method": "list", "cli": ["email", "domain"]},
    "extensions": {
        "x-puffle-mock": {
            "action": "list",
            "resource": "emailDomains",
            "seed": 3,
            "items": "domains",
            "unfiltered": {"skip_sync": "skips the provider sync before answering; does not filter"},
        },
        "x-puffle-names": {"sdk": "email_domains.list", "cli": "email domain"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    skip_sync: ListEmailDomainsSkipSync | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_skip_sync: str | Unset = UNSET
    if not isinstance(skip_sync, Unset):
        json_skip_sync = skip_sync.value

    params["skip_sync"] = json_skip_sync

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/email/domains",
        "params": params,
        "extensions": _EXTENSIONS,
    }

    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> EmailDomainListResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = EmailDomainListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = EmailDomainListResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[EmailDomainListResponse]:
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
    skip_sync: ListEmailDomainsSkipSync | Unset = UNSET,
) -> Response[EmailDomainListResponse]:
    """List sending domains

     Returns all custom sending domains of the caller, newest first, with the DNS records each one
    expects. By default every domain's status is refreshed against the live verification state before
    the
    answer is built (so this GET can update stored rows; refresh errors fall back to the stored status).
    Pass `skip_sync=true` to get the stored status only, e.g. while something else is already polling.
    An empty `domains` array means no domain has been added yet.

    Args:
        skip_sync (ListEmailDomainsSkipSync | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailDomainListResponse]
    """

    kwargs = _get_kwargs(
        skip_sync=skip_sync,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: Client,
    skip_sync: ListEmailDomainsSkipSync | Unset = UNSET,
) -> EmailDomainListResponse:
    """List sending domains

     Returns all custom sending domains of the caller, newest first, with the DNS records each one
    expects. By default every domain's status is refreshed against the live verification state before
    the
    answer is built (so this GET can update stored rows; refresh errors fall back to the stored status).
    Pass `skip_sync=true` to get the stored status only, e.g. while something else is already polling.
    An empty `domains` array means no domain has been added yet.

    Args:
        skip_sync (ListEmailDomainsSkipSync | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailDomainListResponse
    """

    return sync_detailed(
        client=client,
        skip_sync=skip_sync,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    skip_sync: ListEmailDomainsSkipSync | Unset = UNSET,
) -> Response[EmailDomainListResponse]:
    """List sending domains

     Returns all custom sending domains of the caller, newest first, with the DNS records each one
    expects. By default every domain's status is refreshed against the live verification state before
    the
    answer is built (so this GET can update stored rows; refresh errors fall back to the stored status).
    Pass `skip_sync=true` to get the stored status only, e.g. while something else is already polling.
    An empty `domains` array means no domain has been added yet.

    Args:
        skip_sync (ListEmailDomainsSkipSync | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[EmailDomainListResponse]
    """

    kwargs = _get_kwargs(
        skip_sync=skip_sync,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    skip_sync: ListEmailDomainsSkipSync | Unset = UNSET,
) -> EmailDomainListResponse:
    """List sending domains

     Returns all custom sending domains of the caller, newest first, with the DNS records each one
    expects. By default every domain's status is refreshed against the live verification state before
    the
    answer is built (so this GET can update stored rows; refresh errors fall back to the stored status).
    Pass `skip_sync=true` to get the stored status only, e.g. while something else is already polling.
    An empty `domains` array means no domain has been added yet.

    Args:
        skip_sync (ListEmailDomainsSkipSync | Unset):

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        EmailDomainListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            skip_sync=skip_sync,
        )
    ).parsed
