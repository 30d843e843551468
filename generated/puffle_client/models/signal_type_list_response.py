from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.signal_type import SignalType


T = TypeVar("T", bound="SignalTypeListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalTypeListResponse(AdditionalProperties):
    """The caller's signal types, ordered by position.

    Attributes:
        types (list[SignalType]):
    """

    types: list[SignalType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["types"] = [_i.to_dict() for _i in self.types]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        types = src_dict["types"]
        if _type(types) is not list:
            types = _check_list(types, "SignalTypeListResponse", "types")
        types = [
            _SignalType_from_dict(_i)
            if _type(_i) is dict
            else _SignalType_from_dict(_check_object(_i, "SignalTypeListResponse", "types"))
            for _i in types
        ]
        _instance = cls(types)
        if not _SIGNALTYPELISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALTYPELISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_type import SignalType  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALTYPELISTRESPONSE_KEYS: frozenset[str] = frozenset({"types"})
_SignalType_from_dict = SignalType._from_dict
