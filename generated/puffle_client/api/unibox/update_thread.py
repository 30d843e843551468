from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.thread_response import ThreadResponse
from ...models.thread_update_request import ThreadUpdateRequest
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "updateThread",
    "method": "PATCH",
    "path": "/api/threads/{id}",
    "tag": "unibox",
    "module": "puffle_client.api.unibox.update_thread",
    "auth": "bearer",
    "idempotent": True,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "threads.update", "resource": ["threads"], "method": "update", "cli": ["thread", "update"]},
    "extensions": {
        "x-puffle-idempotent": {
            "x-puffle-inferred": True,
            "x-puffle-note": "Not stated by the page; every field sets "
            "an absolute value (`unread_count` "
            "overwrites the stored count).",
        },
        "x-puffle-mock": {"action": "update", "resource": "threads"},
        "x-puffle-names": {"sdk": "threads.update", "cli": "thread update"},
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    body: ThreadUpdateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/threads/{id}".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: BaseClient, response: httpx.Response, json_data: Any = UNSET) -> ThreadResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ThreadResponse.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ThreadResponse.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ThreadResponse]:
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
    body: ThreadUpdateRequest,
) -> Response[ThreadResponse]:
    """Update a thread or its draft fields

     Changes one thread. Typical uses: archive it or bring it back (`status` — only `active` and
    `archived`
    take effect, other values are dropped), mark it read or unread (`unread_count`), set or clear the
    email
    sender of a draft (`account_id`), and edit the one-off draft (recipient, subject, bodies, CC/BCC,
    attachments) before it is sent. The body must carry at least one recognised field.

    Switching `account_id` on an email thread is refused with 409 when that sender already has a live
    thread with the same recipient; the error body names it in `existing_thread`. To hide a real
    conversation archive it — deletion is only for unsent drafts.

    Args:
        id (str):
        body (ThreadUpdateRequest): Fields to change on a thread; send at least one.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadResponse]
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
    body: ThreadUpdateRequest,
) -> ThreadResponse:
    """Update a thread or its draft fields

     Changes one thread. Typical uses: archive it or bring it back (`status` — only `active` and
    `archived`
    take effect, other values are dropped), mark it read or unread (`unread_count`), set or clear the
    email
    sender of a draft (`account_id`), and edit the one-off draft (recipient, subject, bodies, CC/BCC,
    attachments) before it is sent. The body must carry at least one recognised field.

    Switching `account_id` on an email thread is refused with 409 when that sender already has a live
    thread with the same recipient; the error body names it in `existing_thread`. To hide a real
    conversation archive it — deletion is only for unsent drafts.

    Args:
        id (str):
        body (ThreadUpdateRequest): Fields to change on a thread; send at least one.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadResponse
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
    body: ThreadUpdateRequest,
) -> Response[ThreadResponse]:
    """Update a thread or its draft fields

     Changes one thread. Typical uses: archive it or bring it back (`status` — only `active` and
    `archived`
    take effect, other values are dropped), mark it read or unread (`unread_count`), set or clear the
    email
    sender of a draft (`account_id`), and edit the one-off draft (recipient, subject, bodies, CC/BCC,
    attachments) before it is sent. The body must carry at least one recognised field.

    Switching `account_id` on an email thread is refused with 409 when that sender already has a live
    thread with the same recipient; the error body names it in `existing_thread`. To hide a real
    conversation archive it — deletion is only for unsent drafts.

    Args:
        id (str):
        body (ThreadUpdateRequest): Fields to change on a thread; send at least one.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadResponse]
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
    body: ThreadUpdateRequest,
) -> ThreadResponse:
    """Update a thread or its draft fields

     Changes one thread. Typical uses: archive it or bring it back (`status` — only `active` and
    `archived`
    take effect, other values are dropped), mark it read or unread (`unread_count`), set or clear the
    email
    sender of a draft (`account_id`), and edit the one-off draft (recipient, subject, bodies, CC/BCC,
    attachments) before it is sent. The body must carry at least one recognised field.

    Switching `account_id` on an email thread is refused with 409 when that sender already has a live
    thread with the same recipient; the error body names it in `existing_thread`. To hide a real
    conversation archive it — deletion is only for unsent drafts.

    Args:
        id (str):
        body (ThreadUpdateRequest): Fields to change on a thread; send at least one.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
