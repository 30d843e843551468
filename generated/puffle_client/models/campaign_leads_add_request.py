from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.campaign_lead_input import CampaignLeadInput


T = TypeVar("T", bound="CampaignLeadsAddRequest")


@_attrs_define
class CampaignLeadsAddRequest(AdditionalProperties):
    """Leads to add in one call.

    Attributes:
        prospects (list[CampaignLeadInput]):
    """

    prospects: list[CampaignLeadInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prospects = []
        for prospects_item_data in self.prospects:
            prospects_item = prospects_item_data.to_dict()
            prospects.append(prospects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prospects": prospects,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prospects = []
        _prospects = d.pop("prospects")
        for prospects_item_data in _prospects:
            prospects_item = CampaignLeadInput.from_dict(prospects_item_data)

            prospects.append(prospects_item)

        _instance = cls(
            prospects=prospects,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_input import CampaignLeadInput  # noqa: E402
