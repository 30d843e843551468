from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    Model,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.campaign_lead_counts import CampaignLeadCounts


T = TypeVar("T", bound="CampaignNodeLeadCounts")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignNodeLeadCounts(Model):
    """Lead counts per sequence node id. The `__none__` key holds leads not on any node (not started yet or finished)."""

    additional_properties: dict[str, CampaignLeadCounts] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {_k: _v.to_dict() for _k, _v in self.additional_properties.items()}
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _instance = cls()
        if not _CAMPAIGNNODELEADCOUNTS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNNODELEADCOUNTS_KEYS}
            for _key, _value in d.items():
                if _type(_value) is not dict:
                    _value = _check_object(_value, "CampaignNodeLeadCounts", _key)
                _value = _CampaignLeadCounts_from_dict(_value)
                d[_key] = _value
            _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> CampaignLeadCounts:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: CampaignLeadCounts) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_counts import CampaignLeadCounts  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNNODELEADCOUNTS_KEYS: frozenset[str] = frozenset()
_CampaignLeadCounts_from_dict = CampaignLeadCounts._from_dict
