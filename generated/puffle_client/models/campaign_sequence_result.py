from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.sequence_node import SequenceNode


T = TypeVar("T", bound="CampaignSequenceResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSequenceResult(AdditionalProperties):
    """The sequence after a change. If reading it back failed, only `mutated` (and maybe `node_id`) is present; fetch the
    campaign again in that case.

        Attributes:
            sequence_nodes (list[SequenceNode] | None): The whole sequence after the change, in order.
            mutated (bool | None): True when the change was saved but the sequence could not be read back.
            node_id (str | None): Fallback only: id of the node that was changed.
    """

    sequence_nodes: list[SequenceNode] | None = None
    mutated: bool | None = None
    node_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.sequence_nodes is not None:
            field_dict["sequence_nodes"] = [_i.to_dict() for _i in self.sequence_nodes]
        field_dict["mutated"] = self.mutated
        field_dict["node_id"] = self.node_id
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        sequence_nodes = _get("sequence_nodes")
        if sequence_nodes is not None:
            if _type(sequence_nodes) is not list:
                sequence_nodes = _check_list(sequence_nodes, "CampaignSequenceResult", "sequence_nodes")
            sequence_nodes = [
                _SequenceNode_from_dict(_i)
                if _type(_i) is dict
                else _SequenceNode_from_dict(_check_object(_i, "CampaignSequenceResult", "sequence_nodes"))
                for _i in sequence_nodes
            ]
        mutated = _get("mutated")
        if _type(mutated) is not bool and mutated is not None:
            mutated = _check_bool(mutated, "CampaignSequenceResult", "mutated")
        node_id = _get("node_id")
        if _type(node_id) is not str and node_id is not None:
            node_id = _check_str(node_id, "CampaignSequenceResult", "node_id")
        _instance = cls(sequence_nodes, mutated, node_id)
        if not _CAMPAIGNSEQUENCERESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSEQUENCERESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.sequence_node import SequenceNode  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSEQUENCERESULT_KEYS: frozenset[str] = frozenset({"sequence_nodes", "mutated", "node_id"})
_SequenceNode_from_dict = SequenceNode._from_dict
