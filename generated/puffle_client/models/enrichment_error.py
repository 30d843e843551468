from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentError")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentError(AdditionalProperties):
    """Why a run or an item failed.

    Attributes:
        message (str | None):
        details (Any | None): Untyped error details.
    """

    message: str | None = None
    details: Any | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message"] = self.message
        if self.details is not None:
            field_dict["details"] = self.details
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        message = _get("message")
        if _type(message) is not str and message is not None:
            message = _check_str(message, "EnrichmentError", "message")
        details = _get("details")
        _instance = cls(message, details)
        if not _ENRICHMENTERROR_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTERROR_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTERROR_KEYS: frozenset[str] = frozenset({"message", "details"})
