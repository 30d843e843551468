from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.sequence_node import SequenceNode


T = TypeVar("T", bound="CampaignSequenceResult")


@_attrs_define
class CampaignSequenceResult(AdditionalProperties):
    """The sequence after a change. If reading it back failed, only `mutated` (and maybe `node_id`) is present; fetch the
    campaign again in that case.

        Attributes:
            sequence_nodes (list[SequenceNode] | Unset): The whole sequence after the change, in order.
            mutated (bool | None | Unset): True when the change was saved but the sequence could not be read back.
            node_id (None | str | Unset): Fallback only: id of the node that was changed.
    """

    sequence_nodes: list[SequenceNode] | Unset = UNSET
    mutated: bool | Unset | None = UNSET
    node_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sequence_nodes, Unset):
            sequence_nodes = []
            for sequence_nodes_item_data in self.sequence_nodes:
                sequence_nodes_item = sequence_nodes_item_data.to_dict()
                sequence_nodes.append(sequence_nodes_item)

        mutated: bool | Unset | None
        if isinstance(self.mutated, Unset):
            mutated = UNSET
        else:
            mutated = self.mutated

        node_id: str | Unset | None
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequence_nodes is not UNSET:
            field_dict["sequence_nodes"] = sequence_nodes
        if mutated is not UNSET:
            field_dict["mutated"] = mutated
        if node_id is not UNSET:
            field_dict["node_id"] = node_id

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _sequence_nodes = d.pop("sequence_nodes", UNSET)
        sequence_nodes: list[SequenceNode] | Unset = UNSET
        if _sequence_nodes is not UNSET:
            sequence_nodes = []
            for sequence_nodes_item_data in _sequence_nodes:
                sequence_nodes_item = SequenceNode.from_dict(sequence_nodes_item_data)

                sequence_nodes.append(sequence_nodes_item)

        mutated = cast(bool | None | Unset, d.pop("mutated", UNSET))

        node_id = cast(None | str | Unset, d.pop("node_id", UNSET))

        _instance = cls(
            sequence_nodes=sequence_nodes,
            mutated=mutated,
            node_id=node_id,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.sequence_node import SequenceNode  # noqa: E402
