from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_lead_type import ListLeadType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ListUpdateRequest")


@_attrs_define
class ListUpdateRequest(AdditionalProperties):
    """
    Attributes:
        id (str): Id of the List to change.
        name (str | Unset):
        description (None | str | Unset):
        lead_type (ListLeadType | Unset): Which Leads a List accepts: only people (`person`, the default), only
            companies (`company`), or both (`mixed`).
    """

    id: str
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    lead_type: ListLeadType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        lead_type: str | Unset = UNSET
        if not isinstance(self.lead_type, Unset):
            lead_type = self.lead_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if lead_type is not UNSET:
            field_dict["leadType"] = lead_type

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name", UNSET)

        description = cast(None | str | Unset, d.pop("description", UNSET))

        _lead_type = d.pop("leadType", UNSET)
        lead_type: ListLeadType | Unset
        if isinstance(_lead_type, Unset):
            lead_type = UNSET
        else:
            lead_type = ListLeadType(_lead_type)

        _instance = cls(
            id=id,
            name=name,
            description=description,
            lead_type=lead_type,
        )

        _instance.additional_properties = d
        return _instance
