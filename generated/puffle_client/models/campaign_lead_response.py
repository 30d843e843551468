from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.campaign_lead import CampaignLead


T = TypeVar("T", bound="CampaignLeadResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignLeadResponse(AdditionalProperties):
    """A single campaign lead wrapped in `prospect`.

    Attributes:
        prospect (CampaignLead): A lead enrolled in a campaign (called a prospect in the API).
    """

    prospect: CampaignLead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["prospect"] = self.prospect.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        prospect = src_dict["prospect"]
        if _type(prospect) is not dict:
            prospect = _check_object(prospect, "CampaignLeadResponse", "prospect")
        prospect = _CampaignLead_from_dict(prospect)
        _instance = cls(prospect)
        if not _CAMPAIGNLEADRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEADRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead import CampaignLead  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEADRESPONSE_KEYS: frozenset[str] = frozenset({"prospect"})
_CampaignLead_from_dict = CampaignLead._from_dict
