from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.campaign_lead_updates import CampaignLeadUpdates


T = TypeVar("T", bound="CampaignLeadUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["prospect_id"] = self.prospect_id
        field_dict["updates"] = self.updates.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        prospect_id = src_dict["prospect_id"]
        if _type(prospect_id) is not str:
            prospect_id = _check_str(prospect_id, "CampaignLeadUpdateRequest", "prospect_id")
        updates = src_dict["updates"]
        if _type(updates) is not dict:
            updates = _check_object(updates, "CampaignLeadUpdateRequest", "updates")
        updates = _CampaignLeadUpdates_from_dict(updates)
        _instance = cls(prospect_id, updates)
        if not _CAMPAIGNLEADUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEADUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_updates import CampaignLeadUpdates  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEADUPDATEREQUEST_KEYS: frozenset[str] = frozenset({"prospect_id", "updates"})
_CampaignLeadUpdates_from_dict = CampaignLeadUpdates._from_dict
