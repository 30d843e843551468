from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_list,
    _check_str,
)

T = TypeVar("T", bound="CampaignLeadsRemoveRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignLeadsRemoveRequest(AdditionalProperties):
    """Which leads to remove: give `prospect_ids` or `all: true`.

    Attributes:
        prospect_ids (list[str] | Unset): Leads to remove.
        all_ (bool | Unset): Set to true to remove every lead; wins over `prospect_ids`.
    """

    prospect_ids: list[str] | Unset = UNSET
    all_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.prospect_ids, Unset):
            field_dict["prospect_ids"] = list(self.prospect_ids)
        if not isinstance(self.all_, Unset):
            field_dict["all"] = self.all_
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        prospect_ids = _get("prospect_ids", UNSET)
        if prospect_ids is not UNSET:
            if _type(prospect_ids) is not list:
                prospect_ids = _check_list(prospect_ids, "CampaignLeadsRemoveRequest", "prospect_ids")
            for _i in prospect_ids:
                if _type(_i) is not str:
                    _check_str(_i, "CampaignLeadsRemoveRequest", "prospect_ids")
        all_ = _get("all", UNSET)
        if _type(all_) is not bool and all_ is not UNSET:
            all_ = _check_bool(all_, "CampaignLeadsRemoveRequest", "all")
        _instance = cls(prospect_ids, all_)
        if not _CAMPAIGNLEADSREMOVEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEADSREMOVEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEADSREMOVEREQUEST_KEYS: frozenset[str] = frozenset({"prospect_ids", "all"})
