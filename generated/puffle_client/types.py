"""Contains some shared types for properties, the models' base class and the checks their parsers call."""

import datetime
import json
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass
from enum import Enum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, NoReturn, Self, TypeVar

from .errors import ModelDataError


class Unset:
    """Marks a field or argument that was not given (different from an explicit null).

    There is exactly one instance, ``UNSET``, also after ``pickle``, ``copy`` and ``deepcopy`` (a request body
    pickled for a task queue must still leave its unset fields out when it is sent).
    """

    __slots__ = ()
    _instance: "Unset | None" = None

    def __new__(cls) -> "Unset":
        if Unset._instance is None:
            Unset._instance = super().__new__(cls)
        return Unset._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __reduce__(self) -> str:
        return "UNSET"  # pickle stores a reference to this module's UNSET, not a copy

    def __copy__(self) -> "Unset":
        return self

    def __deepcopy__(self, memo: dict[int, Any]) -> "Unset":
        return self


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


# Field names whose text values a repr must not show.
_SECRET_NAMES = ("api_key", "secret", "password", "token", "cookie")


class Model:
    """Base of every generated model: ``from_dict`` with typed errors around the generated ``_from_dict``, a
    readable ``repr`` and ``to_json``. (Equality, pickling and deep copies come from attrs.)

    ``_request_id`` is the ``X-Request-Id`` of the response this model was parsed from (None for a model built
    by hand, nested in another, or copied/pickled: attrs copies only the fields). It is not a field, so it takes
    no part in equality, ``repr`` or ``to_dict``."""

    # A slot with no class default (a slot cannot have one). It keeps the response's headers (small; not the body),
    # and `_request_id` looks the id up on first read, so parsing pays one attribute store per response.
    __slots__ = ("_puffle_headers",)
    _puffle_headers: Mapping[str, str]  # an annotation only: a class value would clash with the slot

    @property
    def _request_id(self) -> str | None:
        """The server's id of the request that returned this model (quote it to Puffle support)."""
        try:
            headers = self._puffle_headers
        except AttributeError:  # built by hand, nested, copied or unpickled
            return None
        found: str | None = headers.get("x-request-id") or headers.get("x-puffle-request-id")
        return found

    def to_dict(self) -> dict[str, Any]:
        raise NotImplementedError

    def to_json(self, *, indent: int | None = None) -> str:
        """The model as JSON text, the same data that ``to_dict()`` gives."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self) -> str:
        # Only what carries information: unset and null fields and empty extra fields are left out.
        parts = []
        for attribute in getattr(type(self), "__attrs_attrs__", ()):
            value = getattr(self, attribute.name)
            if value is None or value is UNSET or (attribute.name == "additional_properties" and not value):
                continue
            if isinstance(value, str) and any(word in attribute.name for word in _SECRET_NAMES):
                parts.append(f"{attribute.name}='<redacted>'")  # e.g. CreatedApiKey.api_key: reprs reach logs
            else:
                parts.append(f"{attribute.name}={value!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build an instance from JSON data; raises ``errors.ModelDataError`` when the data does not fit."""
        if not isinstance(src_dict, Mapping):  # e.g. a list where the spec has an object
            _wrong_type(src_dict, "object", cls.__name__, "")
        try:
            return cls._from_dict(src_dict)
        except ModelDataError:
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise ModelDataError.from_exception(cls.__name__, exc) from exc


def with_request_id(parsed: T, headers: Mapping[str, str]) -> T:
    """Give a parsed success model the id of its response (called once per response, not per nested model)."""
    if isinstance(parsed, Model):
        parsed._puffle_headers = headers
    return parsed


# ---- checks called by the generated parsers, only when the inline fast check (type(value) is str, ...) fails


def _wrong_type(value: object, expected: str, model: str, field: str) -> NoReturn:
    got = "null" if value is None else _JSON_NAMES.get(type(value), type(value).__name__)
    raise ModelDataError(model, field=field or None, reason=f"expected {expected}, got {got}")


_JSON_NAMES = {dict: "object", list: "array", str: "string", int: "integer", float: "number", bool: "boolean"}


def _check_str(value: object, model: str, field: str) -> str:
    if isinstance(value, str):
        return value
    _wrong_type(value, "string", model, field)


def _check_int(value: object, model: str, field: str) -> int:
    if isinstance(value, int) and not isinstance(value, bool):  # bool is not an integer in JSON
        return value
    _wrong_type(value, "integer", model, field)


def _check_float(value: object, model: str, field: str) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):  # 3 is a fine JSON number
        return value
    _wrong_type(value, "number", model, field)


def _check_bool(value: object, model: str, field: str) -> bool:
    if isinstance(value, bool):
        return value
    _wrong_type(value, "boolean", model, field)


def _check_object(value: object, model: str, field: str) -> Mapping[str, Any]:
    if isinstance(value, Mapping):
        return value
    _wrong_type(value, "object", model, field)


def _check_list(value: object, model: str, field: str) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, tuple):
        return list(value)
    _wrong_type(value, "array", model, field)


E = TypeVar("E", bound=Enum)


def _parse_enum(cls: type[E], value: object, model: str, field: str) -> E:
    """The slow path of an enum field (the fast path is a lookup in the enum's value map): a member given as
    such, or the open enum's unknown member for a value this copy of the spec does not know."""
    if isinstance(value, cls):
        return value
    if not isinstance(value, str | int) or isinstance(value, bool):
        _wrong_type(value, "string" if issubclass(cls, str) else "integer", model, field)
    try:
        return cls(value)
    except ValueError:
        _wrong_type(value, f"a {cls.__name__} value", model, field)


def _parse_datetime(value: object, model: str, field: str) -> datetime.datetime:
    if isinstance(value, str):
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return _tolerant_datetime(value, model, field)
    if isinstance(value, datetime.datetime):
        return value
    _wrong_type(value, "date-time string", model, field)


def _parse_date(value: object, model: str, field: str) -> datetime.date:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return _tolerant_datetime(value, model, field).date()
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return value
    _wrong_type(value, "date string", model, field)


def _tolerant_datetime(value: str, model: str, field: str) -> datetime.datetime:
    """Timestamp spellings ``datetime.fromisoformat`` rejects (``2024-01-02 10:00:00 UTC``, RFC 2822 dates):
    python-dateutil reads them. It is imported here, on this rare path, so it costs nothing at import time. A
    text it can only read by filling in parts from today's date (``"5"``) is still an error."""
    from dateutil import parser

    try:
        first = parser.parse(value, default=datetime.datetime(2000, 1, 1))
        second = parser.parse(value, default=datetime.datetime(2001, 2, 2))
    except (ValueError, OverflowError):
        second = None
    if second is None or first != second:
        raise ModelDataError(model, field=field, reason=f"not a date-time: {value[:40]!r}")
    return first


def _to_json_data(value: object) -> Any:
    """JSON data of a value of a union or nested-list field (models, enums, dates, lists of them)."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_to_json_data(item) for item in value]
    return value


class AdditionalProperties(Model):
    """Dict-style access to the fields a model received but does not declare (kept for forward compatibility)."""

    __slots__ = ()
    additional_properties: dict[str, Any]

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


@dataclass
class Response(Generic[T]):
    """A parsed response: status, headers, raw body and the parsed success model.

    (A dataclass rather than attrs, so that importing the client does not import attrs until a model is used.)
    """

    status_code: HTTPStatus | int  # an int when the status is not a registered HTTP status (e.g. 299)
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


def http_status(code: int) -> HTTPStatus | int:
    """``HTTPStatus(code)``, or the plain int for a status the enum does not list (a 299 is not an error)."""
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


# The `speed` extra: orjson decodes response bodies faster, with the same results. Looked up on the first body,
# not at import time, so that `import puffle` costs the same with or without it.
_fast_loads: Callable[[bytes], Any] | None | Literal[False] = False
_FastJSONError: type[Exception] = ValueError


def _find_fast_loads() -> Callable[[bytes], Any] | None:
    global _fast_loads, _FastJSONError
    try:
        import orjson
    except ImportError:  # pragma: no cover - depends on what is installed
        _fast_loads = None
        return None
    _fast_loads, _FastJSONError = orjson.loads, orjson.JSONDecodeError
    return orjson.loads


# orjson reads an integer beyond 64 bits as a float, where json keeps it exact: a body with a run of 19 or more
# digits anywhere (cheap to find with one translate) goes to json, so both decoders give the same data.
_DIGITS = bytes(0x31 if 0x30 <= i <= 0x39 else 0x30 for i in range(256))
_LONG_NUMBER = b"1" * 19


def json_loads(content: bytes) -> Any:
    """Decode a response body. orjson when installed; on anything it refuses (NaN, infinities, non-UTF-8 text)
    or might read differently (huge integers), the standard library decides: same results and errors either way."""
    fast = _find_fast_loads() if _fast_loads is False else _fast_loads
    if fast is not None and _LONG_NUMBER not in content.translate(_DIGITS):
        try:
            return fast(content)
        except _FastJSONError:
            pass
    return json.loads(content)


__all__ = [
    "UNSET",
    "AdditionalProperties",
    "File",
    "Model",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "http_status",
    "json_loads",
]
