from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

T = TypeVar("T", bound="ListMembershipRequest")


@_attrs_define
class ListMembershipRequest(AdditionalProperties):
    """Lead ids to add to or remove from a List. Do not repeat an id.

    Attributes:
        lead_ids (list[str]):
    """

    lead_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_ids = self.lead_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leadIds": lead_ids,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_ids = cast(list[str], d.pop("leadIds"))

        _instance = cls(
            lead_ids=lead_ids,
        )

        _instance.additional_properties = d
        return _instance
