"""Errors the mock answers with, in the two body shapes the API uses.

Most operations answer ``{"error": {"code": ..., "message": ...}}``; operations marked
``x-puffle-error-shape: flat`` (and requests carrying the ``flat=1`` fault) get the older ``{"error": "..."}``.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CODES", "MockError", "error_body"]

CODES = {
    400: "invalid_request",
    401: "unauthorized",
    404: "not_found",
    405: "not_found",
    408: "invalid_request",
    409: "conflict",
    413: "invalid_request",
    429: "rate_limited",
}


class MockError(Exception):
    """An error response: HTTP status, stable error code, message, extra headers and an optional ``reason``."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        code: str | None = None,
        headers: dict[str, str] | None = None,
        reason: str | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "internal_error" if status >= 500 else "invalid_request")
        self.headers = dict(headers or {})
        self.reason = reason


def error_body(error: MockError, shape: str) -> dict[str, Any]:
    """The error body in the operation's shape; a ``reason`` (a documented sub-case of the code) goes beside it."""
    if shape == "flat":
        return {"error": error.message}
    body: dict[str, Any] = {"code": error.code, "message": error.message}
    if error.reason is not None:
        body["reason"] = error.reason
    return {"error": body}
