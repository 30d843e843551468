from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.campaign_lead_updates import CampaignLeadUpdates


T = TypeVar("T", bound="CampaignLeadUpdateRequest")


@_attrs_define
class CampaignLeadUpdateRequest(AdditionalProperties):
    """Edit of one campaign lead.

    Attributes:
        prospect_id (str): Lead to edit; must be in this campaign.
        updates (CampaignLeadUpdates): Profile fields to overwrite on a campaign lead; any other key is ignored.
    """

    prospect_id: str
    updates: CampaignLeadUpdates
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prospect_id = self.prospect_id

        updates = self.updates.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prospect_id": prospect_id,
                "updates": updates,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prospect_id = d.pop("prospect_id")

        updates = CampaignLeadUpdates.from_dict(d.pop("updates"))

        _instance = cls(
            prospect_id=prospect_id,
            updates=updates,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_updates import CampaignLeadUpdates  # noqa: E402
