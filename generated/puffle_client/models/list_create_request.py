from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_lead_type import ListLeadType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ListCreateRequest")


@_attrs_define
class ListCreateRequest(AdditionalProperties):
    """
    Attributes:
        name (str | Unset): Display name; "Untitled List" when omitted.
        description (None | str | Unset):
        lead_type (ListLeadType | Unset): Which Leads a List accepts: only people (`person`, the default), only
            companies (`company`), or both (`mixed`).
        lead_ids (list[str] | Unset): Existing Leads to attach straight away.
    """

    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    lead_type: ListLeadType | Unset = UNSET
    lead_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        lead_type: str | Unset = UNSET
        if not isinstance(self.lead_type, Unset):
            lead_type = self.lead_type.value

        lead_ids: list[str] | Unset = UNSET
        if not isinstance(self.lead_ids, Unset):
            lead_ids = self.lead_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if lead_type is not UNSET:
            field_dict["leadType"] = lead_type
        if lead_ids is not UNSET:
            field_dict["leadIds"] = lead_ids

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = cast(None | str | Unset, d.pop("description", UNSET))

        _lead_type = d.pop("leadType", UNSET)
        lead_type: ListLeadType | Unset
        if isinstance(_lead_type, Unset):
            lead_type = UNSET
        else:
            lead_type = ListLeadType(_lead_type)

        lead_ids = cast(list[str], d.pop("leadIds", UNSET))

        _instance = cls(
            name=name,
            description=description,
            lead_type=lead_type,
            lead_ids=lead_ids,
        )

        _instance.additional_properties = d
        return _instance
