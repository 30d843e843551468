from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.list_lead_type import ListLeadType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.lead_search_filters import LeadSearchFilters


T = TypeVar("T", bound="List")


@_attrs_define
class List(AdditionalProperties):
    """A named set of Leads. It records membership only; the Lead data stays on the Leads. Every workspace
    has a protected default List called `all`.

        Attributes:
            id (str):
            name (None | str | Unset):
            description (None | str | Unset):
            lead_type (ListLeadType | None | Unset):
            lead_count (int | None | Unset): Number of member Leads.
            person_count (int | None | Unset):
            company_count (int | None | Unset):
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            active_search_task_id (None | str | Unset): Id of the lead search task currently bound to this List.
            search_filters (LeadSearchFilters | None | Unset):
    """

    id: str
    name: str | Unset | None = UNSET
    description: str | Unset | None = UNSET
    lead_type: ListLeadType | Unset | None = UNSET
    lead_count: int | Unset | None = UNSET
    person_count: int | Unset | None = UNSET
    company_count: int | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    active_search_task_id: str | Unset | None = UNSET
    search_filters: LeadSearchFilters | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: str | Unset | None
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        lead_type: str | Unset | None
        if isinstance(self.lead_type, Unset):
            lead_type = UNSET
        elif isinstance(self.lead_type, ListLeadType):
            lead_type = self.lead_type.value
        else:
            lead_type = self.lead_type

        lead_count: int | Unset | None
        if isinstance(self.lead_count, Unset):
            lead_count = UNSET
        else:
            lead_count = self.lead_count

        person_count: int | Unset | None
        if isinstance(self.person_count, Unset):
            person_count = UNSET
        else:
            person_count = self.person_count

        company_count: int | Unset | None
        if isinstance(self.company_count, Unset):
            company_count = UNSET
        else:
            company_count = self.company_count

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        active_search_task_id: str | Unset | None
        if isinstance(self.active_search_task_id, Unset):
            active_search_task_id = UNSET
        else:
            active_search_task_id = self.active_search_task_id

        search_filters: dict[str, Any] | Unset | None
        if isinstance(self.search_filters, Unset):
            search_filters = UNSET
        elif isinstance(self.search_filters, LeadSearchFilters):
            search_filters = self.search_filters.to_dict()
        else:
            search_filters = self.search_filters

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
        if lead_count is not UNSET:
            field_dict["leadCount"] = lead_count
        if person_count is not UNSET:
            field_dict["personCount"] = person_count
        if company_count is not UNSET:
            field_dict["companyCount"] = company_count
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if active_search_task_id is not UNSET:
            field_dict["activeSearchTaskId"] = active_search_task_id
        if search_filters is not UNSET:
            field_dict["searchFilters"] = search_filters

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = cast(None | str | Unset, d.pop("name", UNSET))

        description = cast(None | str | Unset, d.pop("description", UNSET))

        def _parse_lead_type(data: object) -> ListLeadType | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                lead_type_type_0 = ListLeadType(data)

                return lead_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListLeadType | None | Unset, data)

        lead_type = _parse_lead_type(d.pop("leadType", UNSET))

        lead_count = cast(int | None | Unset, d.pop("leadCount", UNSET))

        person_count = cast(int | None | Unset, d.pop("personCount", UNSET))

        company_count = cast(int | None | Unset, d.pop("companyCount", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("createdAt", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updatedAt", UNSET))

        active_search_task_id = cast(None | str | Unset, d.pop("activeSearchTaskId", UNSET))

        def _parse_search_filters(data: object) -> LeadSearchFilters | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                search_filters_type_0 = LeadSearchFilters.from_dict(data)

                return search_filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadSearchFilters | None | Unset, data)

        search_filters = _parse_search_filters(d.pop("searchFilters", UNSET))

        _instance = cls(
            id=id,
            name=name,
            description=description,
            lead_type=lead_type,
            lead_count=lead_count,
            person_count=person_count,
            company_count=company_count,
            created_at=created_at,
            updated_at=updated_at,
            active_search_task_id=active_search_task_id,
            search_filters=search_filters,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_filters import LeadSearchFilters  # noqa: E402
