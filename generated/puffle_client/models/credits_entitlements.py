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

T = TypeVar("T", bound="CreditsEntitlements")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CreditsEntitlements(AdditionalProperties):
    """Entitlement keys known to the billing registry.

    Attributes:
        keys (list[str] | None):
    """

    keys: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["keys"] = None if self.keys is None else list(self.keys)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        keys = _get("keys")
        if keys is not None:
            if _type(keys) is not list:
                keys = _check_list(keys, "CreditsEntitlements", "keys")
            for _i in keys:
                if _type(_i) is not str:
                    _check_str(_i, "CreditsEntitlements", "keys")
        _instance = cls(keys)
        if not _CREDITSENTITLEMENTS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CREDITSENTITLEMENTS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CREDITSENTITLEMENTS_KEYS: frozenset[str] = frozenset({"keys"})
