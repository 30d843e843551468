from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.campaign_lead import CampaignLead


T = TypeVar("T", bound="CampaignLeadResponse")


@_attrs_define
class CampaignLeadResponse(AdditionalProperties):
    """A single campaign lead wrapped in `prospect`.

    Attributes:
        prospect (CampaignLead): A lead enrolled in a campaign (called a prospect in the API).
    """

    prospect: CampaignLead
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prospect = self.prospect.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prospect": prospect,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prospect = CampaignLead.from_dict(d.pop("prospect"))

        _instance = cls(
            prospect=prospect,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead import CampaignLead  # noqa: E402
