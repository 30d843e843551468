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
    from ..models.signal_source_update import SignalSourceUpdate


T = TypeVar("T", bound="SignalSourceUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalSourceUpdateRequest(AdditionalProperties):
    """Batch of per-source changes.

    Attributes:
        items (list[SignalSourceUpdate]):
    """

    items: list[SignalSourceUpdate]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["items"] = [_i.to_dict() for _i in self.items]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        items = src_dict["items"]
        if _type(items) is not list:
            items = _check_list(items, "SignalSourceUpdateRequest", "items")
        items = [
            _SignalSourceUpdate_from_dict(_i)
            if _type(_i) is dict
            else _SignalSourceUpdate_from_dict(_check_object(_i, "SignalSourceUpdateRequest", "items"))
            for _i in items
        ]
        _instance = cls(items)
        if not _SIGNALSOURCEUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSOURCEUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_source_update import SignalSourceUpdate  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSOURCEUPDATEREQUEST_KEYS: frozenset[str] = frozenset({"items"})
_SignalSourceUpdate_from_dict = SignalSourceUpdate._from_dict
