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
    from ..models.campaign_lead_input import CampaignLeadInput


T = TypeVar("T", bound="CampaignLeadsAddRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignLeadsAddRequest(AdditionalProperties):
    """Leads to add in one call.

    Attributes:
        prospects (list[CampaignLeadInput]):
    """

    prospects: list[CampaignLeadInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["prospects"] = [_i.to_dict() for _i in self.prospects]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        prospects = src_dict["prospects"]
        if _type(prospects) is not list:
            prospects = _check_list(prospects, "CampaignLeadsAddRequest", "prospects")
        prospects = [
            _CampaignLeadInput_from_dict(_i)
            if _type(_i) is dict
            else _CampaignLeadInput_from_dict(_check_object(_i, "CampaignLeadsAddRequest", "prospects"))
            for _i in prospects
        ]
        _instance = cls(prospects)
        if not _CAMPAIGNLEADSADDREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEADSADDREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_input import CampaignLeadInput  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEADSADDREQUEST_KEYS: frozenset[str] = frozenset({"prospects"})
_CampaignLeadInput_from_dict = CampaignLeadInput._from_dict
