"""What every generated resource method (``client.leads.create(...)``) shares at run time.

The generated methods build the request with the endpoint module's own ``_get_kwargs`` and parse it with its
``_build_response``; this module adds the per-request options, the keyword-argument checks and raw responses,
so that a method costs little more than the generated function it wraps.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import functools
import inspect
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar

import httpx

from puffle_client.types import UNSET, Unset

if TYPE_CHECKING:
    from ._client import AsyncPuffle, Puffle

__all__ = ["RawResponse", "asend", "checked", "enum_arg", "json_body", "params_of", "request_id_of", "send"]

P = ParamSpec("P")
R = TypeVar("R")
T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


def checked(method: Callable[P, R]) -> Callable[P, R]:
    """Turn Python's "unexpected keyword argument" into a TypeError that also names the close matches.

    Only a failure to bind the arguments is rewritten (the traceback then ends in this wrapper); a TypeError
    raised while the method runs passes through untouched. Nothing has been sent at that point.
    """
    known: list[str] = []

    @functools.wraps(method)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return method(*args, **kwargs)
        except TypeError as exc:
            tb = exc.__traceback__
            if tb is None or tb.tb_next is not None:
                raise
            if not known:
                known.extend(p for p in inspect.signature(method).parameters if p != "self")
            unknown = [k for k in kwargs if k not in known]
            if not unknown:
                raise
            hints = []
            for name in unknown:
                close = difflib.get_close_matches(name, known, n=3)
                hints.append(f"{name!r}" + (f" (did you mean {', '.join(map(repr, close))}?)" if close else ""))
            qual = method.__qualname__.replace("Resource.", ".")
            raise TypeError(
                f"{qual}() got unknown keyword argument(s) {', '.join(hints)}; "
                "pass fields the API does not document with extra_body={...}"
            ) from None

    return wrapper


def enum_arg(cls: type[E], value: Any) -> Any:
    """An enum-typed argument given as the member or as its string value (``type_="email"``)."""
    if isinstance(value, cls | Unset) or value is None:
        return value
    return cls(value)


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: Any) -> Any:
    if type(value) in _PLAIN:  # the common case, decided by one set lookup
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, Mapping):
        return {k: _jsonable(v) for k, v in value.items() if v is not UNSET}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    to_dict = getattr(value, "to_dict", None)
    if to_dict is not None:
        return to_dict()
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return value


class _JsonBody:
    """Stands in for the body model in ``_get_kwargs``: the keyword arguments, already in JSON field names."""

    __slots__ = ("payload",)

    def __init__(self, payload: dict[str, Any]) -> None:
        self.payload = payload

    def to_dict(self) -> dict[str, Any]:
        return self.payload


def json_body(fields: dict[str, Any]) -> Any:
    """The JSON body from a method's body keywords (JSON names -> values); fields left UNSET are not sent.

    Nested values may be generated models, plain dicts (JSON field names), enum members or their strings.
    """
    return _JsonBody({k: _jsonable(v) for k, v in fields.items() if v is not UNSET})


def params_of(params: dict[str, Any]) -> dict[str, Any]:
    """A list method's arguments for the pagination engine, leaving out those not given."""
    return {k: v for k, v in params.items() if not isinstance(v, Unset)}


def apply_options(
    kwargs: dict[str, Any],
    timeout: float | httpx.Timeout | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Merge the per-request options into the keyword arguments of ``httpx.Client.request``."""
    if extra_headers:
        kwargs["headers"] = {**kwargs.get("headers", {}), **extra_headers}
    if extra_query:
        kwargs["params"] = {**kwargs.get("params", {}), **extra_query}
    if extra_body:
        if "files" in kwargs:
            kwargs["data"] = {**kwargs.get("data", {}), **extra_body}
        else:
            kwargs["json"] = {**(kwargs.get("json") or {}), **extra_body}
    if timeout is not None:
        kwargs["timeout"] = timeout
    return kwargs


def send(
    client: Puffle,
    kwargs: dict[str, Any],
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> httpx.Response:
    """Send one request with the client's retries and typed errors, plus this call's options."""
    if timeout is not None or extra_headers or extra_query or extra_body:
        kwargs = apply_options(kwargs, timeout, extra_headers, extra_query, extra_body)
    if max_retries is not None:
        client = client.with_options(max_retries=max_retries)
    return client.get_httpx_client().request(**kwargs)


async def asend(
    client: AsyncPuffle,
    kwargs: dict[str, Any],
    timeout: float | httpx.Timeout | None,
    max_retries: int | None,
    extra_headers: Mapping[str, str] | None,
    extra_query: Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> httpx.Response:
    """Async `send`."""
    if timeout is not None or extra_headers or extra_query or extra_body:
        kwargs = apply_options(kwargs, timeout, extra_headers, extra_query, extra_body)
    if max_retries is not None:
        client = client.with_options(max_retries=max_retries)
    return await client.get_async_httpx_client().request(**kwargs)


def request_id_of(response: httpx.Response) -> str | None:
    """The server's id for this request (quote it to Puffle support)."""
    found: str | None = response.headers.get("x-request-id") or response.headers.get("x-puffle-request-id")
    return found


class RawResponse(Generic[T]):
    """A response with its HTTP details: ``status_code``, ``headers``, ``request_id``, ``http_response``, and
    ``parsed`` (the same model the plain method returns)."""

    __slots__ = ("http_response", "parsed")

    def __init__(self, http_response: httpx.Response, parsed: T) -> None:
        self.http_response = http_response
        self.parsed = parsed

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str | None:
        return request_id_of(self.http_response)

    def __repr__(self) -> str:
        return f"RawResponse(status_code={self.status_code}, request_id={self.request_id!r}, parsed={self.parsed!r})"
