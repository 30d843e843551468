from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_lead_type import ListLeadType
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="ListUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListUpdateRequest(AdditionalProperties):
    """ListUpdateRequest: a JSON object the spec describes only by its fields.

    Attributes:
        id (str): Id of the List to change.
        name (str | Unset):
        description (str | Unset | None):
        lead_type (ListLeadType | Unset): Which Leads a List accepts: only people (`person`, the default), only
            companies (`company`), or both (`mixed`).
    """

    id: str
    name: str | Unset = UNSET
    description: str | Unset | None = UNSET
    lead_type: ListLeadType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.lead_type, Unset):
            field_dict["leadType"] = self.lead_type.value
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "ListUpdateRequest", "id")
        name = _get("name", UNSET)
        if _type(name) is not str and name is not UNSET:
            name = _check_str(name, "ListUpdateRequest", "name")
        description = _get("description", UNSET)
        if _type(description) is not str and description is not UNSET and description is not None:
            description = _check_str(description, "ListUpdateRequest", "description")
        lead_type = _get("leadType", UNSET)
        if lead_type is not UNSET:
            if _type(lead_type) is str and lead_type in _LISTLEADTYPE_BY_VALUE:
                lead_type = _LISTLEADTYPE_BY_VALUE[lead_type]
            else:
                lead_type = _parse_enum(ListLeadType, lead_type, "ListUpdateRequest", "leadType")
        _instance = cls(id, name, description, lead_type)
        if not _LISTUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTUPDATEREQUEST_KEYS: frozenset[str] = frozenset({"id", "name", "description", "leadType"})
_LISTLEADTYPE_BY_VALUE: dict[object, ListLeadType] = cast("dict[object, ListLeadType]", ListLeadType._value2member_map_)
