from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="LeadContact")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class LeadContact(AdditionalProperties):
    """A contact point such as an email address.

    Attributes:
        value (str | Unset | None):
    """

    value: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.value, Unset):
            field_dict["value"] = self.value
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        value = _get("value", UNSET)
        if _type(value) is not str and value is not UNSET and value is not None:
            value = _check_str(value, "LeadContact", "value")
        _instance = cls(value)
        if not _LEADCONTACT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADCONTACT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADCONTACT_KEYS: frozenset[str] = frozenset({"value"})
