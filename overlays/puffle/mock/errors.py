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
    """An error response: HTTP status, stable error code, message and extra headers."""

    def __init__(
        self, status: int, message: str, *, code: str | None = None, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "internal_error" if status >= 500 else "invalid_request")
        self.headers = dict(headers or {})


def error_body(error: MockError, shape: str) -> dict[str, Any]:
    if shape == "flat":
        return {"error": error.message}
    return {"error": {"code": error.code, "message": error.message}}
