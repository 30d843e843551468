"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Self, TypeVar

from .errors import ModelDataError


class Unset:
    """Marks a field or argument that was not given (different from an explicit null)."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"


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


class Model:
    """Base of every generated model: ``from_dict`` with typed errors around the generated ``_from_dict``."""

    __slots__ = ()

    @classmethod
    def _from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        raise NotImplementedError

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build an instance from JSON data; raises ``errors.ModelDataError`` when the data does not fit."""
        try:
            return cls._from_dict(src_dict)
        except ModelDataError:
            raise
        except (KeyError, ValueError, TypeError, AttributeError) as exc:
            raise ModelDataError.from_exception(cls.__name__, exc) from exc


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

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


__all__ = ["UNSET", "AdditionalProperties", "File", "Model", "FileTypes", "RequestFiles", "Response", "Unset"]
