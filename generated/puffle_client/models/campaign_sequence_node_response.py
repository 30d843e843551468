from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.sequence_node import SequenceNode


T = TypeVar("T", bound="CampaignSequenceNodeResponse")


@_attrs_define
class CampaignSequenceNodeResponse(AdditionalProperties):
    """A single sequence node wrapped in `node`.

    Attributes:
        node (SequenceNode): One step of a campaign sequence. Which fields matter depends on `type`; the rest are absent
            or null.
    """

    node: SequenceNode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node = self.node.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node": node,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        node = SequenceNode.from_dict(d.pop("node"))

        _instance = cls(
            node=node,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.sequence_node import SequenceNode  # noqa: E402
