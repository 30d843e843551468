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
    from ..models.campaign import Campaign


T = TypeVar("T", bound="CampaignResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignResponse(AdditionalProperties):
    """A single campaign wrapped in `campaign`.

    Attributes:
        campaign (Campaign): An outreach campaign on one channel (LinkedIn or email). Channel-specific fields are null
            on campaigns of the other channel.
    """

    campaign: Campaign
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["campaign"] = self.campaign.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        campaign = src_dict["campaign"]
        if _type(campaign) is not dict:
            campaign = _check_object(campaign, "CampaignResponse", "campaign")
        campaign = _Campaign_from_dict(campaign)
        _instance = cls(campaign)
        if not _CAMPAIGNRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign import Campaign  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNRESPONSE_KEYS: frozenset[str] = frozenset({"campaign"})
_Campaign_from_dict = Campaign._from_dict
