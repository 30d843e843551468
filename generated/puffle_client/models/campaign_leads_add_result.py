from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="CampaignLeadsAddResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignLeadsAddResult(AdditionalProperties):
    """Outcome of adding leads to a campaign.

    Attributes:
        imported (int): Leads inserted.
        duplicates (int): Leads skipped as duplicates within the batch or of existing leads.
    """

    imported: int
    duplicates: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["imported"] = self.imported
        field_dict["duplicates"] = self.duplicates
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        imported = src_dict["imported"]
        if _type(imported) is not int:
            imported = _check_int(imported, "CampaignLeadsAddResult", "imported")
        duplicates = src_dict["duplicates"]
        if _type(duplicates) is not int:
            duplicates = _check_int(duplicates, "CampaignLeadsAddResult", "duplicates")
        _instance = cls(imported, duplicates)
        if not _CAMPAIGNLEADSADDRESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEADSADDRESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEADSADDRESULT_KEYS: frozenset[str] = frozenset({"imported", "duplicates"})
