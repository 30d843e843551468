"""Errors raised by the generated endpoint functions.

`PuffleError` is the root of every exception the SDK raises; the `puffle` overlay builds its status-keyed
hierarchy on top of `UnexpectedStatus`.
"""

import enum
import json
from typing import Any
from urllib.parse import quote

import httpx


def _rebuild(cls: type, args: tuple[Any, ...], state: dict[str, Any]) -> Exception:
    """Unpickle an SDK error without calling its keyword-only constructor."""
    exc: Exception = cls.__new__(cls, *args)
    exc.args = args
    exc.__dict__.update(state)
    return exc


class PuffleError(Exception):
    """Base class of every error raised by the Puffle SDK.

    Every subclass survives ``pickle`` (task queues re-raise errors in another process): the default
    exception pickling calls the constructor with the message only, which keyword-only constructors reject.
    """

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class InvalidParameterError(PuffleError, ValueError):
    """An argument cannot be sent as given; raised before anything is sent. ``parameter`` names it."""

    def __init__(self, parameter: str, reason: str):
        self.parameter = parameter
        self.reason = reason
        super().__init__(f"{parameter}: {reason}")


_SEGMENT_FORBIDDEN = frozenset("/\\") | frozenset(chr(c) for c in range(32)) | {chr(127)}


def path_segment(name: str, value: Any) -> str:
    """``value`` as one percent-encoded URL path segment, or `InvalidParameterError`.

    Percent-encoding alone is not enough: ``.`` and ``..`` (encoded or not) are removed by URL normalisation,
    an empty id merges two routes, and servers may decode ``%2F``. Such an id would reach another route.
    """
    from .types import Unset  # here, not at the top: types imports this module

    if value is None or isinstance(value, Unset):
        raise InvalidParameterError(name, "a path parameter is required")
    text = str(value.value if isinstance(value, enum.Enum) else value)
    if text.strip(".") == "":
        raise InvalidParameterError(name, f"{text!r} cannot be used as an id in a URL path")
    if not _SEGMENT_FORBIDDEN.isdisjoint(text):
        raise InvalidParameterError(name, "an id in a URL path cannot contain '/', '\\' or control characters")
    return quote(text, safe="")


class UnexpectedStatus(PuffleError):
    """The server answered with a status that is not a documented success.

    The body is kept in ``content``; it is not put into the message, because some bodies carry secrets.
    """

    def __init__(
        self, status_code: int, content: bytes, *, operation_id: str | None = None, message: str | None = None
    ):
        self.status_code = status_code
        self.content = content
        self.operation_id = operation_id
        where = f"{operation_id}: " if operation_id else ""
        super().__init__(message or f"{where}unexpected status code {status_code}")


class ModelDataError(PuffleError, ValueError):
    """Data given to a model's ``from_dict`` does not fit it: a required field is missing or a value has the wrong
    type or format. ``model`` and ``field`` (when known) say where; ``reason`` says what."""

    def __init__(self, model: str, *, field: str | None, reason: str):
        self.model = model
        self.field = field
        self.reason = reason
        where = f" field {field!r}" if field else ""
        super().__init__(f"{model}{where}: {reason}")

    @classmethod
    def from_exception(cls, model: str, exc: Exception) -> "ModelDataError":
        if isinstance(exc, KeyError):
            return cls(model, field=str(exc.args[0]) if exc.args else None, reason="required field is missing")
        return cls(model, field=None, reason=f"{type(exc).__name__}: {_short(exc)}")


class ResponseValidationError(PuffleError):
    """A success response whose body does not match the spec.

    Attributes: ``operation_id``, ``field`` (the field that failed, when known), ``status_code``, ``body`` (raw
    bytes) and ``reason``. The body is not included in the message.
    """

    def __init__(self, operation_id: str, *, status_code: int, body: bytes, field: str | None, reason: str):
        self.operation_id = operation_id
        self.status_code = status_code
        self.body = body
        self.field = field
        self.reason = reason
        where = f" (field {field!r})" if field else ""
        super().__init__(f"{operation_id}: response body does not match the spec{where}: {reason}")

    @classmethod
    def from_exception(cls, operation_id: str, response: httpx.Response, exc: Exception) -> "ResponseValidationError":
        field: str | None = None
        if isinstance(exc, json.JSONDecodeError):
            reason = f"body is not valid JSON ({exc.msg} at position {exc.pos})"
        elif isinstance(exc, ModelDataError):
            field = exc.field
            reason = f"{exc.model}: {exc.reason}"
        elif isinstance(exc, KeyError):
            field = str(exc.args[0]) if exc.args else None
            reason = "a required field is missing"
        else:
            reason = f"{type(exc).__name__}: {_short(exc)}"
        return cls(operation_id, status_code=response.status_code, body=response.content, field=field, reason=reason)


def _short(exc: Exception, limit: int = 200) -> str:
    text = str(exc)
    return text if len(text) <= limit else text[:limit] + "..."


__all__ = [
    "InvalidParameterError",
    "ModelDataError",
    "PuffleError",
    "ResponseValidationError",
    "UnexpectedStatus",
    "path_segment",
]
