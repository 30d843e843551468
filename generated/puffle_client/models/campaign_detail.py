from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign import Campaign
    from ..models.campaign_lead_counts import CampaignLeadCounts
    from ..models.campaign_node_lead_counts import CampaignNodeLeadCounts
    from ..models.sequence_node import SequenceNode


T = TypeVar("T", bound="CampaignDetail")


@_attrs_define
class CampaignDetail(AdditionalProperties):
    """One campaign with its sequence and lead counts.

    Attributes:
        campaign (Campaign): An outreach campaign on one channel (LinkedIn or email). Channel-specific fields are null
            on campaigns of the other channel.
        sequence_nodes (list[SequenceNode] | None | Unset): The campaign's steps, ordered by position.
        prospects_by_status (CampaignLeadCounts | None | Unset): Lead count per lead status.
        prospects_by_node (CampaignNodeLeadCounts | None | Unset): Lead counts per sequence node.
    """

    campaign: Campaign
    sequence_nodes: list[SequenceNode] | Unset | None = UNSET
    prospects_by_status: CampaignLeadCounts | Unset | None = UNSET
    prospects_by_node: CampaignNodeLeadCounts | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign = self.campaign.to_dict()

        sequence_nodes: list[dict[str, Any]] | Unset | None
        if isinstance(self.sequence_nodes, Unset):
            sequence_nodes = UNSET
        elif isinstance(self.sequence_nodes, list):
            sequence_nodes = []
            for sequence_nodes_type_0_item_data in self.sequence_nodes:
                sequence_nodes_type_0_item = sequence_nodes_type_0_item_data.to_dict()
                sequence_nodes.append(sequence_nodes_type_0_item)

        else:
            sequence_nodes = self.sequence_nodes

        prospects_by_status: dict[str, Any] | Unset | None
        if isinstance(self.prospects_by_status, Unset):
            prospects_by_status = UNSET
        elif isinstance(self.prospects_by_status, CampaignLeadCounts):
            prospects_by_status = self.prospects_by_status.to_dict()
        else:
            prospects_by_status = self.prospects_by_status

        prospects_by_node: dict[str, Any] | Unset | None
        if isinstance(self.prospects_by_node, Unset):
            prospects_by_node = UNSET
        elif isinstance(self.prospects_by_node, CampaignNodeLeadCounts):
            prospects_by_node = self.prospects_by_node.to_dict()
        else:
            prospects_by_node = self.prospects_by_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaign": campaign,
            }
        )
        if sequence_nodes is not UNSET:
            field_dict["sequence_nodes"] = sequence_nodes
        if prospects_by_status is not UNSET:
            field_dict["prospects_by_status"] = prospects_by_status
        if prospects_by_node is not UNSET:
            field_dict["prospects_by_node"] = prospects_by_node

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign = Campaign.from_dict(d.pop("campaign"))

        def _parse_sequence_nodes(data: object) -> list[SequenceNode] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sequence_nodes_type_0 = []
                _sequence_nodes_type_0 = data
                for sequence_nodes_type_0_item_data in _sequence_nodes_type_0:
                    sequence_nodes_type_0_item = SequenceNode.from_dict(sequence_nodes_type_0_item_data)

                    sequence_nodes_type_0.append(sequence_nodes_type_0_item)

                return sequence_nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SequenceNode] | None | Unset, data)

        sequence_nodes = _parse_sequence_nodes(d.pop("sequence_nodes", UNSET))

        def _parse_prospects_by_status(data: object) -> CampaignLeadCounts | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prospects_by_status_type_0 = CampaignLeadCounts.from_dict(data)

                return prospects_by_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignLeadCounts | None | Unset, data)

        prospects_by_status = _parse_prospects_by_status(d.pop("prospects_by_status", UNSET))

        def _parse_prospects_by_node(data: object) -> CampaignNodeLeadCounts | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                prospects_by_node_type_0 = CampaignNodeLeadCounts.from_dict(data)

                return prospects_by_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignNodeLeadCounts | None | Unset, data)

        prospects_by_node = _parse_prospects_by_node(d.pop("prospects_by_node", UNSET))

        _instance = cls(
            campaign=campaign,
            sequence_nodes=sequence_nodes,
            prospects_by_status=prospects_by_status,
            prospects_by_node=prospects_by_node,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign import Campaign  # noqa: E402
from ..models.campaign_lead_counts import CampaignLeadCounts  # noqa: E402
from ..models.campaign_node_lead_counts import CampaignNodeLeadCounts  # noqa: E402
from ..models.sequence_node import SequenceNode  # noqa: E402
