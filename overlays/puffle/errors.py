"""Exceptions raised by the Puffle SDK, one class per kind of failure.

Everything derives from `PuffleError`. Non-2xx responses raise an `APIStatusError` subclass chosen by status
code; both error body shapes the API uses (the ``{"error": {"code", "message"}}`` envelope and the older flat
``{"error": "..."}``) are parsed. Messages never contain the API key, the session cookie or the raw response
body; every error survives ``pickle``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import httpx

from puffle_client.errors import (
    InvalidParameterError,
    ModelDataError,
    PuffleError,
    ResponseValidationError,
    UnexpectedStatus,
)

from ._redact import Redactor

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidParameterError",
    "ModelDataError",
    "NotFoundError",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "PuffleError",
    "RateLimitError",
    "ResponseTooLargeError",
    "ResponseValidationError",
    "TaskBlockedError",
    "TaskFailedError",
    "TaskTimeoutError",
    "UnprocessableEntityError",
    "error_for_response",
]


class ConfigurationError(PuffleError):
    """The client was given settings it cannot work with (missing key, unsafe base URL, ...)."""


class ClientClosedError(PuffleError, RuntimeError):
    """The client (or the client it was copied from with ``with_options``) was closed; make a new one."""


class ResponseTooLargeError(PuffleError):
    """The response body (raw or after ``Content-Encoding``) is larger than the client's ``max_response_bytes``.

    ``limit`` is that limit; ``operation_id`` names the call. Never retried: the next answer would be as large.
    """

    def __init__(self, message: str, *, limit: int, operation_id: str | None):
        self.limit = limit
        self.operation_id = operation_id
        super().__init__(message)


class APIConnectionError(PuffleError):
    """The request could not be completed: the connection failed or broke before the whole response arrived
    (including a body cut short or one whose ``Content-Encoding`` cannot be decoded). ``request`` is a copy of
    the request without credential headers."""

    def __init__(self, message: str, *, request: httpx.Request | None = None, operation_id: str | None = None):
        self.request = request
        self.operation_id = operation_id
        super().__init__(message)


class APITimeoutError(APIConnectionError):
    """The request timed out: a connect, read, write or pool timeout, or the attempt's (or the whole call's)
    deadline passed."""


class APIStatusError(UnexpectedStatus):
    """The API answered with a status that is not 2xx (4xx, 5xx, and also 1xx/3xx: redirects are not followed).

    Attributes: ``status_code``, ``code`` (the envelope's stable error code, when present), ``message``,
    ``body`` (the parsed JSON body, or None), ``content`` (raw bytes), ``headers`` (credentials removed),
    ``request_id`` (when the response carries one), ``location`` (the ``Location`` header, for redirects),
    ``operation_id`` and ``already_done``.

    ``already_done`` is True only when this status answered a *retry* of a call whose earlier attempt may have
    reached the server (it failed in a way that leaves its outcome unknown), and the operation declares this
    status as what a repeat answers once the call took effect (``alreadyDone`` in its ``x-puffle-idempotent``:
    a second cancel answers 409, a second delete 404). The earlier attempt then most likely succeeded, and the
    message says so. An answer to the first attempt is always an ordinary error with ``already_done`` False.
    """

    location: str | None = None
    already_done: bool = False

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        code: str | None,
        body: Any,
        content: bytes,
        headers: Mapping[str, str],
        request_id: str | None,
        operation_id: str | None,
        already_done: bool = False,
    ) -> None:
        self.message = message
        self.already_done = already_done
        self.code = code
        self.body = body
        self.headers = headers
        self.request_id = request_id
        where = f"{operation_id}: " if operation_id else ""
        label = f"{status_code} {code}" if code else str(status_code)
        rid = f" (request id {request_id})" if request_id else ""
        done = (
            f"; this answered a retry after an attempt whose outcome was unknown, and {status_code} is what this"
            " operation answers once done: the earlier attempt most likely succeeded (already_done=True)"
            if already_done
            else ""
        )
        super().__init__(
            status_code, content, operation_id=operation_id, message=f"{where}{label}: {message}{rid}{done}"
        )


class BadRequestError(APIStatusError):
    """400: the body or parameters are invalid (``invalid_request``)."""


class AuthenticationError(APIStatusError):
    """401: missing, invalid or revoked credentials (``unauthorized``)."""


class PaymentRequiredError(APIStatusError):
    """402: not enough credits. ``required`` and ``balance`` are set when the server sends them."""

    required: float | None
    balance: float | None


class PermissionDeniedError(APIStatusError):
    """403: authenticated but not allowed."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist or belongs to another account (``not_found``)."""


class ConflictError(APIStatusError):
    """409: the resource already exists or its state forbids the change (``conflict``)."""


class UnprocessableEntityError(APIStatusError):
    """422: well-formed but semantically invalid."""


class RateLimitError(APIStatusError):
    """429: rate limited. ``retry_after`` holds the server's requested wait in seconds, when given."""

    retry_after: float | None


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class PaginationError(PuffleError):
    """The server's pagination does not advance (a repeated cursor or page); iteration stopped."""


class TaskFailedError(PuffleError):
    """An async task ended in a failure status. ``task`` is the last parsed poll response."""

    def __init__(self, message: str, *, task: Any, status: Any, operation_id: str):
        self.task = task
        self.status = status
        self.operation_id = operation_id
        super().__init__(message)


class TaskBlockedError(PuffleError):
    """An async task is waiting for a person, not the server (a ``blocked`` status of its ``x-puffle-task``, such as a
    sending domain whose DNS records must be added by hand), so waiting stopped. ``task`` is the last poll response."""

    def __init__(self, message: str, *, task: Any, status: Any, operation_id: str):
        self.task = task
        self.status = status
        self.operation_id = operation_id
        super().__init__(message)


class TaskTimeoutError(PuffleError):
    """An async task did not reach a terminal status in time. ``task`` is the last parsed poll response."""

    def __init__(self, message: str, *, task: Any, status: Any, operation_id: str, waited: float):
        self.task = task
        self.status = status
        self.operation_id = operation_id
        self.waited = waited
        super().__init__(message)


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def _parse_body(content: bytes, content_type: str) -> Any:
    if not content:
        return None
    if "json" not in content_type and not content.lstrip().startswith((b"{", b"[")):
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: nested too deep to be a real error envelope
        return None


def _message_and_code(body: Any, status_code: int, content: bytes, content_type: str) -> tuple[str, str | None]:
    if isinstance(body, dict):
        err = body.get("error")
        if isinstance(err, dict):  # envelope shape
            code = err.get("code")
            msg = err.get("message")
            return (str(msg) if msg is not None else httpx.codes.get_reason_phrase(status_code)), (
                str(code) if code is not None else None
            )
        if isinstance(err, str):  # older flat shape
            return err, None
        if isinstance(body.get("message"), str):
            return body["message"], None
    phrase = httpx.codes.get_reason_phrase(status_code) or "error"
    if content and "html" in content_type:
        return f"{phrase} (HTML error page)", None
    if content and body is None:
        return f"{phrase} (non-JSON body)", None
    return phrase, None


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def error_for_response(
    response: httpx.Response,
    *,
    operation_id: str | None = None,
    retry_after: float | None = None,
    redact: Redactor | None = None,
    already_done: bool = False,
) -> APIStatusError:
    """Build the typed exception for a non-2xx response (whose body has been read); ``already_done``: see
    `APIStatusError`."""
    redact = redact or Redactor()
    content_type = response.headers.get("content-type", "")
    body = _parse_body(response.content, content_type)
    message, code = _message_and_code(body, response.status_code, response.content, content_type)
    status = response.status_code
    cls = _BY_STATUS.get(status, InternalServerError if status >= 500 else APIStatusError)
    request_id = response.headers.get("x-request-id") or response.headers.get("x-puffle-request-id")
    exc = cls(
        redact.text(message),
        status_code=status,
        code=redact.optional(code),
        body=body,
        content=response.content,
        headers=redact.headers(response.headers),
        request_id=redact.optional(request_id),
        operation_id=operation_id,
        already_done=already_done,
    )
    exc.location = redact.optional(response.headers.get("location"))
    if isinstance(exc, RateLimitError):
        exc.retry_after = retry_after
    if isinstance(exc, PaymentRequiredError):
        source: dict[str, Any] = body if isinstance(body, dict) else {}
        err = source.get("error")
        inner: dict[str, Any] = err if isinstance(err, dict) else {}
        exc.required = _number(source.get("required", inner.get("required")))
        exc.balance = _number(source.get("balance", inner.get("balance")))
    return exc
