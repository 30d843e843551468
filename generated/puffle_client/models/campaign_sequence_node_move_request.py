from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="CampaignSequenceNodeMoveRequest")


@_attrs_define
class CampaignSequenceNodeMoveRequest(AdditionalProperties):
    """Moves one sequence node.

    Attributes:
        node_id (str): Node to move.
        to_position (int): Target zero-based position.
    """

    node_id: str
    to_position: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        to_position = self.to_position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodeId": node_id,
                "toPosition": to_position,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node_id = d.pop("nodeId")

        to_position = d.pop("toPosition")

        _instance = cls(
            node_id=node_id,
            to_position=to_position,
        )

        _instance.additional_properties = d
        return _instance
