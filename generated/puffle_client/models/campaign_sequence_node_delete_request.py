from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CampaignSequenceNodeDeleteRequest")


@_attrs_define
class CampaignSequenceNodeDeleteRequest(AdditionalProperties):
    """Deletes one sequence node.

    Attributes:
        node_id (str): Node to delete; must be in this campaign.
    """

    node_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodeId": node_id,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("nodeId")

        _instance = cls(
            node_id=node_id,
        )

        _instance.additional_properties = d
        return _instance
