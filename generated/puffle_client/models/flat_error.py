from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="FlatError")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class FlatError(AdditionalProperties):
    """The older error body that some routes still return — a bare message string.

    Example:
        {'error': 'Human-readable description of the error.'}

    Attributes:
        error (str):
    """

    error: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["error"] = self.error
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        error = src_dict["error"]
        if _type(error) is not str:
            error = _check_str(error, "FlatError", "error")
        _instance = cls(error)
        if not _FLATERROR_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _FLATERROR_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_FLATERROR_KEYS: frozenset[str] = frozenset({"error"})
