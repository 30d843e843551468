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
    _check_list,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="ListCreateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListCreateRequest(AdditionalProperties):
    """ListCreateRequest: a JSON object the spec describes only by its fields.

    Attributes:
        name (str | Unset): Display name; "Untitled List" when omitted.
        description (str | Unset | None):
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.description, Unset):
            field_dict["description"] = self.description
        if not isinstance(self.lead_type, Unset):
            field_dict["leadType"] = self.lead_type.value
        if not isinstance(self.lead_ids, Unset):
            field_dict["leadIds"] = list(self.lead_ids)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)
        if _type(name) is not str and name is not UNSET:
            name = _check_str(name, "ListCreateRequest", "name")
        description = _get("description", UNSET)
        if _type(description) is not str and description is not UNSET and description is not None:
            description = _check_str(description, "ListCreateRequest", "description")
        lead_type = _get("leadType", UNSET)
        if lead_type is not UNSET:
            if _type(lead_type) is str and lead_type in _LISTLEADTYPE_BY_VALUE:
                lead_type = _LISTLEADTYPE_BY_VALUE[lead_type]
            else:
                lead_type = _parse_enum(ListLeadType, lead_type, "ListCreateRequest", "leadType")
        lead_ids = _get("leadIds", UNSET)
        if lead_ids is not UNSET:
            if _type(lead_ids) is not list:
                lead_ids = _check_list(lead_ids, "ListCreateRequest", "leadIds")
            for _i in lead_ids:
                if _type(_i) is not str:
                    _check_str(_i, "ListCreateRequest", "leadIds")
        _instance = cls(name, description, lead_type, lead_ids)
        if not _LISTCREATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTCREATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTCREATEREQUEST_KEYS: frozenset[str] = frozenset({"name", "description", "leadType", "leadIds"})
_LISTLEADTYPE_BY_VALUE: dict[object, ListLeadType] = cast("dict[object, ListLeadType]", ListLeadType._value2member_map_)
