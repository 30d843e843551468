from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_lead_type import ListLeadType
from ..types import (
    AdditionalProperties,
    _check_int,
    _check_object,
    _check_str,
    _parse_datetime,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.lead_search_filters import LeadSearchFilters


T = TypeVar("T", bound="List")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class List(AdditionalProperties):
    """A named set of Leads. It records membership only; the Lead data stays on the Leads. Every workspace
    has a protected default List called `all`.

        Attributes:
            id (str):
            name (str | None):
            description (str | None):
            lead_type (ListLeadType | None):
            lead_count (int | None): Number of member Leads.
            person_count (int | None):
            company_count (int | None):
            created_at (datetime.datetime | None):
            updated_at (datetime.datetime | None):
            active_search_task_id (str | None): Id of the lead search task currently bound to this List.
            search_filters (LeadSearchFilters | None):
    """

    id: str
    name: str | None = None
    description: str | None = None
    lead_type: ListLeadType | None = None
    lead_count: int | None = None
    person_count: int | None = None
    company_count: int | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    active_search_task_id: str | None = None
    search_filters: LeadSearchFilters | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["description"] = self.description
        field_dict["leadType"] = None if self.lead_type is None else self.lead_type.value
        field_dict["leadCount"] = self.lead_count
        field_dict["personCount"] = self.person_count
        field_dict["companyCount"] = self.company_count
        field_dict["createdAt"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["updatedAt"] = None if self.updated_at is None else self.updated_at.isoformat()
        field_dict["activeSearchTaskId"] = self.active_search_task_id
        field_dict["searchFilters"] = None if self.search_filters is None else self.search_filters.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "List", "id")
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "List", "name")
        description = _get("description")
        if _type(description) is not str and description is not None:
            description = _check_str(description, "List", "description")
        lead_type = _get("leadType")
        if lead_type is not None:
            if _type(lead_type) is str and lead_type in _LISTLEADTYPE_BY_VALUE:
                lead_type = _LISTLEADTYPE_BY_VALUE[lead_type]
            else:
                lead_type = _parse_enum(ListLeadType, lead_type, "List", "leadType")
        lead_count = _get("leadCount")
        if _type(lead_count) is not int and lead_count is not None:
            lead_count = _check_int(lead_count, "List", "leadCount")
        person_count = _get("personCount")
        if _type(person_count) is not int and person_count is not None:
            person_count = _check_int(person_count, "List", "personCount")
        company_count = _get("companyCount")
        if _type(company_count) is not int and company_count is not None:
            company_count = _check_int(company_count, "List", "companyCount")
        created_at = _get("createdAt")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "List", "createdAt")
        updated_at = _get("updatedAt")
        if updated_at is not None:
            updated_at = _parse_datetime(updated_at, "List", "updatedAt")
        active_search_task_id = _get("activeSearchTaskId")
        if _type(active_search_task_id) is not str and active_search_task_id is not None:
            active_search_task_id = _check_str(active_search_task_id, "List", "activeSearchTaskId")
        search_filters = _get("searchFilters")
        if search_filters is not None:
            if _type(search_filters) is not dict:
                search_filters = _check_object(search_filters, "List", "searchFilters")
            search_filters = _LeadSearchFilters_from_dict(search_filters)
        _instance = cls(
            id,
            name,
            description,
            lead_type,
            lead_count,
            person_count,
            company_count,
            created_at,
            updated_at,
            active_search_task_id,
            search_filters,
        )
        if not _LIST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LIST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_filters import LeadSearchFilters  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LIST_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "name",
        "description",
        "leadType",
        "leadCount",
        "personCount",
        "companyCount",
        "createdAt",
        "updatedAt",
        "activeSearchTaskId",
        "searchFilters",
    }
)
_LISTLEADTYPE_BY_VALUE: dict[object, ListLeadType] = cast("dict[object, ListLeadType]", ListLeadType._value2member_map_)
_LeadSearchFilters_from_dict = LeadSearchFilters._from_dict
