from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.campaign import Campaign


T = TypeVar("T", bound="CampaignResponse")


@_attrs_define
class CampaignResponse(AdditionalProperties):
    """A single campaign wrapped in `campaign`.

    Attributes:
        campaign (Campaign): An outreach campaign on one channel (LinkedIn or email). Channel-specific fields are null
            on campaigns of the other channel.
    """

    campaign: Campaign
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign = Campaign.from_dict(d.pop("campaign"))

        _instance = cls(
            campaign=campaign,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign import Campaign  # noqa: E402
