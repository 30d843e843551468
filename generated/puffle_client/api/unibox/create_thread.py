from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.thread_create_request import ThreadCreateRequest
from ...models.thread_response import ThreadResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "createThread",
    "method": "POST",
    "path": "/api/threads",
    "tag": "unibox",
    "module": "puffle_client.api.unibox.create_thread",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {"sdk": "threads.create", "resource": ["threads"], "method": "create", "cli": ["thread", "create"]},
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "create",
            "resource": "threads",
            "set": {"status": "draft", "inbox_state": "draft", "unread_count": 0},
        },
        "x-puffle-names": {"sdk": "threads.create", "cli": "thread create"},
        "x-puffle-note": "Success code (200 or 201), the `{thread}` body and its example "
        "are inferred from the page text and Update Thread; no response "
        "example was captured.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    *,
    body: ThreadCreateRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/threads",
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

        if response.status_code == 201:
            response_201 = ThreadResponse.from_dict(json_loads(response.content) if json_data is UNSET else json_data)

            return response_201

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
    *,
    client: Client,
    body: ThreadCreateRequest,
) -> Response[ThreadResponse]:
    """Create a draft one-off email thread

     Starts a new direct email conversation outside any campaign by storing it as a draft; nothing is
    sent
    yet. Send it afterwards with `sendThreadMessage` on the returned `thread.id` using
    `threading_mode: "new_thread"`. At least one draft field must be supplied. To be sendable the draft
    needs a `participant_email` and an email sender (`account_id` here or in the send call).

    Only one live (not archived, not warmup) email thread may exist per sender and recipient; a
    duplicate
    is refused with 409 and the body points at the existing thread(s) via `existing_thread` /
    `existing_threads` — continue in that thread instead.

    Args:
        body (ThreadCreateRequest): Fields of a new one-off email draft. All are optional, but at
            least one draft field must be given;
            `participant_email` and a sender (`account_id`, here or at send time) are needed before
            sending.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadResponse]
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
    body: ThreadCreateRequest,
) -> ThreadResponse:
    """Create a draft one-off email thread

     Starts a new direct email conversation outside any campaign by storing it as a draft; nothing is
    sent
    yet. Send it afterwards with `sendThreadMessage` on the returned `thread.id` using
    `threading_mode: "new_thread"`. At least one draft field must be supplied. To be sendable the draft
    needs a `participant_email` and an email sender (`account_id` here or in the send call).

    Only one live (not archived, not warmup) email thread may exist per sender and recipient; a
    duplicate
    is refused with 409 and the body points at the existing thread(s) via `existing_thread` /
    `existing_threads` — continue in that thread instead.

    Args:
        body (ThreadCreateRequest): Fields of a new one-off email draft. All are optional, but at
            least one draft field must be given;
            `participant_email` and a sender (`account_id`, here or at send time) are needed before
            sending.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AsyncClient,
    body: ThreadCreateRequest,
) -> Response[ThreadResponse]:
    """Create a draft one-off email thread

     Starts a new direct email conversation outside any campaign by storing it as a draft; nothing is
    sent
    yet. Send it afterwards with `sendThreadMessage` on the returned `thread.id` using
    `threading_mode: "new_thread"`. At least one draft field must be supplied. To be sendable the draft
    needs a `participant_email` and an email sender (`account_id` here or in the send call).

    Only one live (not archived, not warmup) email thread may exist per sender and recipient; a
    duplicate
    is refused with 409 and the body points at the existing thread(s) via `existing_thread` /
    `existing_threads` — continue in that thread instead.

    Args:
        body (ThreadCreateRequest): Fields of a new one-off email draft. All are optional, but at
            least one draft field must be given;
            `participant_email` and a sender (`account_id`, here or at send time) are needed before
            sending.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AsyncClient,
    body: ThreadCreateRequest,
) -> ThreadResponse:
    """Create a draft one-off email thread

     Starts a new direct email conversation outside any campaign by storing it as a draft; nothing is
    sent
    yet. Send it afterwards with `sendThreadMessage` on the returned `thread.id` using
    `threading_mode: "new_thread"`. At least one draft field must be supplied. To be sendable the draft
    needs a `participant_email` and an email sender (`account_id` here or in the send call).

    Only one live (not archived, not warmup) email thread may exist per sender and recipient; a
    duplicate
    is refused with 409 and the body points at the existing thread(s) via `existing_thread` /
    `existing_threads` — continue in that thread instead.

    Args:
        body (ThreadCreateRequest): Fields of a new one-off email draft. All are optional, but at
            least one draft field must be given;
            `participant_email` and a sender (`account_id`, here or at send time) are needed before
            sending.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
