from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_str,
)

T = TypeVar("T", bound="SignalTypeDeleteRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalTypeDeleteRequest(AdditionalProperties):
    """Ids of the custom signal types to delete.

    Attributes:
        ids (list[str]):
    """

    ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["ids"] = list(self.ids)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        ids = src_dict["ids"]
        if _type(ids) is not list:
            ids = _check_list(ids, "SignalTypeDeleteRequest", "ids")
        for _i in ids:
            if _type(_i) is not str:
                _check_str(_i, "SignalTypeDeleteRequest", "ids")
        _instance = cls(ids)
        if not _SIGNALTYPEDELETEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALTYPEDELETEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALTYPEDELETEREQUEST_KEYS: frozenset[str] = frozenset({"ids"})
