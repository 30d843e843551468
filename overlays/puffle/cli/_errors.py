"""Errors as the CLI reports them: one JSON object on stderr and an exit status per kind of failure."""

from __future__ import annotations

import json
from typing import Any, TextIO

from ..errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ConfigurationError,
    NotFoundError,
    PermissionDeniedError,
    PuffleError,
    RateLimitError,
    TaskFailedError,
    TaskTimeoutError,
)
from ._values import UsageError

__all__ = ["EXIT_API", "EXIT_AUTH", "EXIT_USAGE", "MissingKeyError", "report"]

EXIT_API = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_NOT_FOUND = 4
EXIT_RATE_LIMITED = 5
EXIT_SERVER = 6
EXIT_TASK = 7


class MissingKeyError(Exception):
    """No API key was given for an operation that needs one."""


def _classify(exc: BaseException) -> tuple[int, str, int | None, str | None]:
    """(exit status, error code, HTTP status, request id) of a failure."""
    if isinstance(exc, UsageError):
        return EXIT_USAGE, "usage_error", None, None
    if isinstance(exc, MissingKeyError):
        return EXIT_AUTH, "missing_api_key", None, None
    if isinstance(exc, APIStatusError):
        status = exc.status_code
        if isinstance(exc, AuthenticationError | PermissionDeniedError):
            code = EXIT_AUTH
        elif isinstance(exc, NotFoundError):
            code = EXIT_NOT_FOUND
        elif isinstance(exc, RateLimitError):
            code = EXIT_RATE_LIMITED
        elif status >= 500:
            code = EXIT_SERVER
        else:
            code = EXIT_API
        return code, exc.code or f"http_{status}", status, exc.request_id
    if isinstance(exc, APITimeoutError):
        return EXIT_SERVER, "timeout", None, None
    if isinstance(exc, APIConnectionError):
        return EXIT_SERVER, "connection_error", None, None
    if isinstance(exc, TaskFailedError):
        return EXIT_TASK, "task_failed", None, None
    if isinstance(exc, TaskTimeoutError):
        return EXIT_TASK, "task_timeout", None, None
    if isinstance(exc, ConfigurationError):
        return EXIT_USAGE, "configuration_error", None, None
    if isinstance(exc, PuffleError):
        return EXIT_API, "invalid_response", None, None
    return EXIT_API, "error", None, None


def report(exc: BaseException, stream: TextIO, secret: str | None = None) -> int:
    """Write ``{"error": {code, message, status, request_id}}`` for ``exc`` to ``stream``; return the exit status."""
    exit_code, code, status, request_id = _classify(exc)
    message = getattr(exc, "message", None) if isinstance(exc, APIStatusError) else None
    text = str(message or exc) or type(exc).__name__
    if secret:
        text = text.replace(secret, "[redacted]")
    error: dict[str, Any] = {"code": code, "message": text, "status": status, "request_id": request_id}
    task_status = getattr(exc, "status", None) if isinstance(exc, TaskFailedError | TaskTimeoutError) else None
    if task_status is not None:
        error["task_status"] = str(getattr(task_status, "value", task_status))
    stream.write(json.dumps({"error": error}, ensure_ascii=False) + "\n")
    stream.flush()
    return exit_code
