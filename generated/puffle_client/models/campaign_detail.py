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
    from ..models.campaign import Campaign
    from ..models.campaign_lead_counts import CampaignLeadCounts
    from ..models.campaign_node_lead_counts import CampaignNodeLeadCounts
    from ..models.sequence_node import SequenceNode


T = TypeVar("T", bound="CampaignDetail")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignDetail(AdditionalProperties):
    """One campaign with its sequence and lead counts.

    Attributes:
        campaign (Campaign): An outreach campaign on one channel (LinkedIn or email). Channel-specific fields are null
            on campaigns of the other channel.
        sequence_nodes (list[SequenceNode] | None): The campaign's steps, ordered by position.
        prospects_by_status (CampaignLeadCounts | None): Lead count per lead status.
        prospects_by_node (CampaignNodeLeadCounts | None): Lead counts per sequence node.
    """

    campaign: Campaign
    sequence_nodes: list[SequenceNode] | None = None
    prospects_by_status: CampaignLeadCounts | None = None
    prospects_by_node: CampaignNodeLeadCounts | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["campaign"] = self.campaign.to_dict()
        field_dict["sequence_nodes"] = (
            None if self.sequence_nodes is None else [_i.to_dict() for _i in self.sequence_nodes]
        )
        field_dict["prospects_by_status"] = (
            None if self.prospects_by_status is None else self.prospects_by_status.to_dict()
        )
        field_dict["prospects_by_node"] = None if self.prospects_by_node is None else self.prospects_by_node.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        campaign = src_dict["campaign"]
        if _type(campaign) is not dict:
            campaign = _check_object(campaign, "CampaignDetail", "campaign")
        campaign = _Campaign_from_dict(campaign)
        sequence_nodes = _get("sequence_nodes")
        if sequence_nodes is not None:
            if _type(sequence_nodes) is not list:
                sequence_nodes = _check_list(sequence_nodes, "CampaignDetail", "sequence_nodes")
            sequence_nodes = [
                _SequenceNode_from_dict(_i)
                if _type(_i) is dict
                else _SequenceNode_from_dict(_check_object(_i, "CampaignDetail", "sequence_nodes"))
                for _i in sequence_nodes
            ]
        prospects_by_status = _get("prospects_by_status")
        if prospects_by_status is not None:
            if _type(prospects_by_status) is not dict:
                prospects_by_status = _check_object(prospects_by_status, "CampaignDetail", "prospects_by_status")
            prospects_by_status = _CampaignLeadCounts_from_dict(prospects_by_status)
        prospects_by_node = _get("prospects_by_node")
        if prospects_by_node is not None:
            if _type(prospects_by_node) is not dict:
                prospects_by_node = _check_object(prospects_by_node, "CampaignDetail", "prospects_by_node")
            prospects_by_node = _CampaignNodeLeadCounts_from_dict(prospects_by_node)
        _instance = cls(campaign, sequence_nodes, prospects_by_status, prospects_by_node)
        if not _CAMPAIGNDETAIL_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNDETAIL_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign import Campaign  # noqa: E402
from ..models.campaign_lead_counts import CampaignLeadCounts  # noqa: E402
from ..models.campaign_node_lead_counts import CampaignNodeLeadCounts  # noqa: E402
from ..models.sequence_node import SequenceNode  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNDETAIL_KEYS: frozenset[str] = frozenset(
    {"campaign", "sequence_nodes", "prospects_by_status", "prospects_by_node"}
)
_Campaign_from_dict = Campaign._from_dict
_CampaignLeadCounts_from_dict = CampaignLeadCounts._from_dict
_CampaignNodeLeadCounts_from_dict = CampaignNodeLeadCounts._from_dict
_SequenceNode_from_dict = SequenceNode._from_dict
