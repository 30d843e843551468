from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="CampaignSequenceNodeMoveRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["nodeId"] = self.node_id
        field_dict["toPosition"] = self.to_position
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        node_id = src_dict["nodeId"]
        if _type(node_id) is not str:
            node_id = _check_str(node_id, "CampaignSequenceNodeMoveRequest", "nodeId")
        to_position = src_dict["toPosition"]
        if _type(to_position) is not int:
            to_position = _check_int(to_position, "CampaignSequenceNodeMoveRequest", "toPosition")
        _instance = cls(node_id, to_position)
        if not _CAMPAIGNSEQUENCENODEMOVEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSEQUENCENODEMOVEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSEQUENCENODEMOVEREQUEST_KEYS: frozenset[str] = frozenset({"nodeId", "toPosition"})
