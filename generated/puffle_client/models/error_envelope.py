from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.error_envelope_error import ErrorEnvelopeError


T = TypeVar("T", bound="ErrorEnvelope")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ErrorEnvelope(AdditionalProperties):
    """The structured error body used by most routes.

    Example:
        {'error': {'code': 'rate_limited', 'message': 'Too many requests. Please retry after 60 seconds.'}}

    Attributes:
        error (ErrorEnvelopeError):
    """

    error: ErrorEnvelopeError
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["error"] = self.error.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        error = src_dict["error"]
        if _type(error) is not dict:
            error = _check_object(error, "ErrorEnvelope", "error")
        error = _ErrorEnvelopeError_from_dict(error)
        _instance = cls(error)
        if not _ERRORENVELOPE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ERRORENVELOPE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.error_envelope_error import ErrorEnvelopeError  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ERRORENVELOPE_KEYS: frozenset[str] = frozenset({"error"})
_ErrorEnvelopeError_from_dict = ErrorEnvelopeError._from_dict
