from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignAiNode")


@_attrs_define
class CampaignAiNode(AdditionalProperties):
    """AI settings of an `ai` sequence node. Empty or null on other node types.

    Attributes:
        purpose (None | str | Unset): What the AI step should write.
        output_type (None | str | Unset): Kind of content to produce; `email` is the only value the docs show.
    """

    purpose: str | Unset | None = UNSET
    output_type: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        purpose: str | Unset | None
        if isinstance(self.purpose, Unset):
            purpose = UNSET
        else:
            purpose = self.purpose

        output_type: str | Unset | None
        if isinstance(self.output_type, Unset):
            output_type = UNSET
        else:
            output_type = self.output_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if purpose is not UNSET:
            field_dict["purpose"] = purpose
        if output_type is not UNSET:
            field_dict["output_type"] = output_type

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        purpose = cast(None | str | Unset, d.pop("purpose", UNSET))

        output_type = cast(None | str | Unset, d.pop("output_type", UNSET))

        _instance = cls(
            purpose=purpose,
            output_type=output_type,
        )

        _instance.additional_properties = d
        return _instance
