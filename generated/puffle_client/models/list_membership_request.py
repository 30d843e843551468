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

T = TypeVar("T", bound="ListMembershipRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListMembershipRequest(AdditionalProperties):
    """Lead ids to add to or remove from a List. Do not repeat an id.

    Attributes:
        lead_ids (list[str]):
    """

    lead_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["leadIds"] = list(self.lead_ids)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        lead_ids = src_dict["leadIds"]
        if _type(lead_ids) is not list:
            lead_ids = _check_list(lead_ids, "ListMembershipRequest", "leadIds")
        for _i in lead_ids:
            if _type(_i) is not str:
                _check_str(_i, "ListMembershipRequest", "leadIds")
        _instance = cls(lead_ids)
        if not _LISTMEMBERSHIPREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTMEMBERSHIPREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTMEMBERSHIPREQUEST_KEYS: frozenset[str] = frozenset({"leadIds"})
