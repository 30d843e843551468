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
    from ..models.signal_type import SignalType


T = TypeVar("T", bound="SignalTypeResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalTypeResponse(AdditionalProperties):
    """A single signal type wrapped in `type`.

    Attributes:
        type_ (SignalType): A kind of buying signal the scan looks for — built-in (structured or keyword) or user-
            created (keyword).
    """

    type_: SignalType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        type_ = src_dict["type"]
        if _type(type_) is not dict:
            type_ = _check_object(type_, "SignalTypeResponse", "type")
        type_ = _SignalType_from_dict(type_)
        _instance = cls(type_)
        if not _SIGNALTYPERESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALTYPERESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type import SignalType  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALTYPERESPONSE_KEYS: frozenset[str] = frozenset({"type"})
_SignalType_from_dict = SignalType._from_dict
