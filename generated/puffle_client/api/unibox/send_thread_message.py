from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.thread_message_send_request import ThreadMessageSendRequest
from ...models.thread_message_send_response import ThreadMessageSendResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "sendThreadMessage",
    "method": "POST",
    "path": "/api/threads/{id}/messages",
    "tag": "unibox",
    "module": "puffle_client.api.unibox.send_thread_message",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "threads.messages.send",
        "resource": ["threads", "messages"],
        "method": "send",
        "cli": ["thread", "message", "send"],
    },
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "create",
            "resource": "messages",
            "parent": "threads",
            "link": "conversation_id",
            "set": {"direction": "outbound", "sent_at": "$now"},
        },
        "x-puffle-names": {"sdk": "threads.messages.send", "cli": "thread message send"},
        "x-puffle-note": "Success code (200 or 201) and the `{message, thread}` body are "
        'inferred from the page text ("saved outbound message and the '
        'refreshed thread"); no response example was captured.',
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    body: ThreadMessageSendRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/threads/{id}/messages".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> ThreadMessageSendResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ThreadMessageSendResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if response.status_code == 201:
            response_201 = ThreadMessageSendResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ThreadMessageSendResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ThreadMessageSendResponse]:
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
    body: ThreadMessageSendRequest,
) -> Response[ThreadMessageSendResponse]:
    """Send a message in a thread

     Sends an email or LinkedIn message from the thread's connected sender. For a brand-new one-off
    email,
    create the draft with `createThread` first and then call this with `threading_mode: "new_thread"`;
    the thread then shows `inbox_state: sent_one_off`. Without `threading_mode` an email answers the
    most
    recent inbound message where there is one. `subject` is needed only when an email thread has none
    yet;
    LinkedIn sends ignore `subject`, `cc` and `bcc`. Attachments must be uploaded beforehand with
    `uploadThreadAttachment` and passed as the returned metadata.

    400 means an empty/missing `body_text`, an unknown `threading_mode` or bad attachment metadata; 404
    an
    unknown or foreign thread; 422 a thread that cannot be sent to in its current state. The message
    goes
    out to the provider, so do not blindly retry a failed call.

    Args:
        id (str):
        body (ThreadMessageSendRequest): The message to send in a thread.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadMessageSendResponse]
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
    body: ThreadMessageSendRequest,
) -> ThreadMessageSendResponse:
    """Send a message in a thread

     Sends an email or LinkedIn message from the thread's connected sender. For a brand-new one-off
    email,
    create the draft with `createThread` first and then call this with `threading_mode: "new_thread"`;
    the thread then shows `inbox_state: sent_one_off`. Without `threading_mode` an email answers the
    most
    recent inbound message where there is one. `subject` is needed only when an email thread has none
    yet;
    LinkedIn sends ignore `subject`, `cc` and `bcc`. Attachments must be uploaded beforehand with
    `uploadThreadAttachment` and passed as the returned metadata.

    400 means an empty/missing `body_text`, an unknown `threading_mode` or bad attachment metadata; 404
    an
    unknown or foreign thread; 422 a thread that cannot be sent to in its current state. The message
    goes
    out to the provider, so do not blindly retry a failed call.

    Args:
        id (str):
        body (ThreadMessageSendRequest): The message to send in a thread.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadMessageSendResponse
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
    body: ThreadMessageSendRequest,
) -> Response[ThreadMessageSendResponse]:
    """Send a message in a thread

     Sends an email or LinkedIn message from the thread's connected sender. For a brand-new one-off
    email,
    create the draft with `createThread` first and then call this with `threading_mode: "new_thread"`;
    the thread then shows `inbox_state: sent_one_off`. Without `threading_mode` an email answers the
    most
    recent inbound message where there is one. `subject` is needed only when an email thread has none
    yet;
    LinkedIn sends ignore `subject`, `cc` and `bcc`. Attachments must be uploaded beforehand with
    `uploadThreadAttachment` and passed as the returned metadata.

    400 means an empty/missing `body_text`, an unknown `threading_mode` or bad attachment metadata; 404
    an
    unknown or foreign thread; 422 a thread that cannot be sent to in its current state. The message
    goes
    out to the provider, so do not blindly retry a failed call.

    Args:
        id (str):
        body (ThreadMessageSendRequest): The message to send in a thread.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadMessageSendResponse]
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
    body: ThreadMessageSendRequest,
) -> ThreadMessageSendResponse:
    """Send a message in a thread

     Sends an email or LinkedIn message from the thread's connected sender. For a brand-new one-off
    email,
    create the draft with `createThread` first and then call this with `threading_mode: "new_thread"`;
    the thread then shows `inbox_state: sent_one_off`. Without `threading_mode` an email answers the
    most
    recent inbound message where there is one. `subject` is needed only when an email thread has none
    yet;
    LinkedIn sends ignore `subject`, `cc` and `bcc`. Attachments must be uploaded beforehand with
    `uploadThreadAttachment` and passed as the returned metadata.

    400 means an empty/missing `body_text`, an unknown `threading_mode` or bad attachment metadata; 404
    an
    unknown or foreign thread; 422 a thread that cannot be sent to in its current state. The message
    goes
    out to the provider, so do not blindly retry a failed call.

    Args:
        id (str):
        body (ThreadMessageSendRequest): The message to send in a thread.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadMessageSendResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
