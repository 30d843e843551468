from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="AccountProfile")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class AccountProfile(AdditionalProperties):
    """Puffle profile fields of the user (currently the name).

    Attributes:
        first_name (str | None):
        last_name (str | None):
    """

    first_name: str | None = None
    last_name: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["firstName"] = self.first_name
        field_dict["lastName"] = self.last_name
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        first_name = _get("firstName")
        if _type(first_name) is not str and first_name is not None:
            first_name = _check_str(first_name, "AccountProfile", "firstName")
        last_name = _get("lastName")
        if _type(last_name) is not str and last_name is not None:
            last_name = _check_str(last_name, "AccountProfile", "lastName")
        _instance = cls(first_name, last_name)
        if not _ACCOUNTPROFILE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ACCOUNTPROFILE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ACCOUNTPROFILE_KEYS: frozenset[str] = frozenset({"firstName", "lastName"})
