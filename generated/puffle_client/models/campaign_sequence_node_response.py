from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.sequence_node import SequenceNode


T = TypeVar("T", bound="CampaignSequenceNodeResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSequenceNodeResponse(AdditionalProperties):
    """A single sequence node wrapped in `node`.

    Attributes:
        node (SequenceNode): One step of a campaign sequence. Which fields matter depends on `type`; the rest are absent
            or null.
    """

    node: SequenceNode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["node"] = self.node.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        node = src_dict["node"]
        if _type(node) is not dict:
            node = _check_object(node, "CampaignSequenceNodeResponse", "node")
        node = _SequenceNode_from_dict(node)
        _instance = cls(node)
        if not _CAMPAIGNSEQUENCENODERESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSEQUENCENODERESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.sequence_node import SequenceNode  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSEQUENCENODERESPONSE_KEYS: frozenset[str] = frozenset({"node"})
_SequenceNode_from_dict = SequenceNode._from_dict
