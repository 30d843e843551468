from typing import Any, Final

import httpx

from ... import errors
from ...client import AsyncClient, BaseClient, Client
from ...models.thread_attachment_upload_request import ThreadAttachmentUploadRequest
from ...models.thread_attachment_upload_response import ThreadAttachmentUploadResponse
from ...types import UNSET, Response, http_status, json_loads, with_request_id

PUFFLE_OPERATION: Final[dict[str, Any]] = {
    "operation_id": "uploadThreadAttachment",
    "method": "POST",
    "path": "/api/threads/{id}/attachments",
    "tag": "unibox",
    "module": "puffle_client.api.unibox.upload_thread_attachment",
    "auth": "bearer",
    "idempotent": False,
    "idempotency_key": None,
    "already_done": [],
    "error_shape": "envelope",
    "credits": False,
    "pagination": None,
    "task": None,
    "names": {
        "sdk": "threads.attachments.upload",
        "resource": ["threads", "attachments"],
        "method": "upload",
        "cli": ["thread", "attachment", "upload"],
    },
    "extensions": {
        "x-puffle-inferred": True,
        "x-puffle-mock": {
            "action": "static",
            "resource": "threads",
            "respond": {
                "attachment.name": "$request.files.file.filename",
                "attachment.mime_type": "$request.files.file.content_type",
                "attachment.size": "$request.files.file.size",
                "attachment.path": "unibox/{$request.path.id}/{$uuid}-{$request.files.file.filename}",
            },
        },
        "x-puffle-names": {"sdk": "threads.attachments.upload", "cli": "thread attachment upload"},
        "x-puffle-note": "The success code is not shown on the page; 200 and 201 are both accepted.",
    },
}
"""Runtime metadata of this operation, generated from the spec's x-puffle-* extensions."""

_EXTENSIONS: Final[dict[str, Any]] = {"puffle_operation": PUFFLE_OPERATION}


def _get_kwargs(
    id: str,
    *,
    body: ThreadAttachmentUploadRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/threads/{id}/attachments".format(
            id=errors.path_segment("id", id),
        ),
        "extensions": _EXTENSIONS,
    }

    _kwargs["files"] = body.to_multipart()

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> ThreadAttachmentUploadResponse:
    """Parse a success response; ``json_data`` is the already-decoded body when the caller has it."""
    try:
        if response.status_code == 200:
            response_200 = ThreadAttachmentUploadResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

        if response.status_code == 201:
            response_201 = ThreadAttachmentUploadResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_201

        if 200 <= response.status_code < 300:
            # A success status the spec did not name (e.g. 200 where 201 was inferred): same body schema.
            response_200 = ThreadAttachmentUploadResponse.from_dict(
                json_loads(response.content) if json_data is UNSET else json_data
            )

            return response_200

    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise errors.ResponseValidationError.from_exception(PUFFLE_OPERATION["operation_id"], response, exc) from exc
    raise errors.UnexpectedStatus(response.status_code, response.content, operation_id=PUFFLE_OPERATION["operation_id"])


def _build_response(
    *, client: BaseClient, response: httpx.Response, json_data: Any = UNSET
) -> Response[ThreadAttachmentUploadResponse]:
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
    body: ThreadAttachmentUploadRequest,
) -> Response[ThreadAttachmentUploadResponse]:
    """Upload a file for a draft email

     Stores one file (at most 10 MB) in private storage for an email thread that is still a draft or
    still
    carries draft email fields, and returns its metadata. Put that `attachment` object into
    `draft_attachments` (create/update thread) or `attachments` (send message). Keep the durable
    `bucket`
    and `path`; the `url` is a short-lived signed preview link that Puffle re-signs whenever it returns
    thread or message data.

    400: no file, file too large, or the thread cannot take draft edits. 404: thread unknown, in another
    workspace, or not an email thread (LinkedIn). 500: storage failure.

    Args:
        id (str):
        body (ThreadAttachmentUploadRequest): Multipart body with the single file to upload.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadAttachmentUploadResponse]
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
    body: ThreadAttachmentUploadRequest,
) -> ThreadAttachmentUploadResponse:
    """Upload a file for a draft email

     Stores one file (at most 10 MB) in private storage for an email thread that is still a draft or
    still
    carries draft email fields, and returns its metadata. Put that `attachment` object into
    `draft_attachments` (create/update thread) or `attachments` (send message). Keep the durable
    `bucket`
    and `path`; the `url` is a short-lived signed preview link that Puffle re-signs whenever it returns
    thread or message data.

    400: no file, file too large, or the thread cannot take draft edits. 404: thread unknown, in another
    workspace, or not an email thread (LinkedIn). 500: storage failure.

    Args:
        id (str):
        body (ThreadAttachmentUploadRequest): Multipart body with the single file to upload.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadAttachmentUploadResponse
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
    body: ThreadAttachmentUploadRequest,
) -> Response[ThreadAttachmentUploadResponse]:
    """Upload a file for a draft email

     Stores one file (at most 10 MB) in private storage for an email thread that is still a draft or
    still
    carries draft email fields, and returns its metadata. Put that `attachment` object into
    `draft_attachments` (create/update thread) or `attachments` (send message). Keep the durable
    `bucket`
    and `path`; the `url` is a short-lived signed preview link that Puffle re-signs whenever it returns
    thread or message data.

    400: no file, file too large, or the thread cannot take draft edits. 404: thread unknown, in another
    workspace, or not an email thread (LinkedIn). 500: storage failure.

    Args:
        id (str):
        body (ThreadAttachmentUploadRequest): Multipart body with the single file to upload.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        Response[ThreadAttachmentUploadResponse]
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
    body: ThreadAttachmentUploadRequest,
) -> ThreadAttachmentUploadResponse:
    """Upload a file for a draft email

     Stores one file (at most 10 MB) in private storage for an email thread that is still a draft or
    still
    carries draft email fields, and returns its metadata. Put that `attachment` object into
    `draft_attachments` (create/update thread) or `attachments` (send message). Keep the durable
    `bucket`
    and `path`; the `url` is a short-lived signed preview link that Puffle re-signs whenever it returns
    thread or message data.

    400: no file, file too large, or the thread cannot take draft edits. 404: thread unknown, in another
    workspace, or not an email thread (LinkedIn). 500: storage failure.

    Args:
        id (str):
        body (ThreadAttachmentUploadRequest): Multipart body with the single file to upload.

    Raises:
        errors.UnexpectedStatus: If the server answers with a status that is not a documented success (a
            puffle.Puffle client raises the matching puffle.errors.APIStatusError subclass instead).
        errors.ResponseValidationError: If a success body does not match the spec.
        errors.InvalidParameterError: If a path parameter cannot stay inside its own URL segment ("", ".", "..",
            "/"), before anything is sent.
        httpx.TimeoutException: If the request takes longer than the client's timeout (puffle.errors.APITimeoutError
            with a puffle.Puffle client).

    Returns:
        ThreadAttachmentUploadResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
