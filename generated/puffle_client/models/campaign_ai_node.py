from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="CampaignAiNode")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignAiNode(AdditionalProperties):
    """AI settings of an `ai` sequence node. Empty or null on other node types.

    Attributes:
        purpose (str | Unset | None): What the AI step should write.
        output_type (str | Unset | None): Kind of content to produce; `email` is the only value the docs show.
    """

    purpose: str | Unset | None = UNSET
    output_type: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.purpose, Unset):
            field_dict["purpose"] = self.purpose
        if not isinstance(self.output_type, Unset):
            field_dict["output_type"] = self.output_type
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        purpose = _get("purpose", UNSET)
        if _type(purpose) is not str and purpose is not UNSET and purpose is not None:
            purpose = _check_str(purpose, "CampaignAiNode", "purpose")
        output_type = _get("output_type", UNSET)
        if _type(output_type) is not str and output_type is not UNSET and output_type is not None:
            output_type = _check_str(output_type, "CampaignAiNode", "output_type")
        _instance = cls(purpose, output_type)
        if not _CAMPAIGNAINODE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNAINODE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNAINODE_KEYS: frozenset[str] = frozenset({"purpose", "output_type"})
