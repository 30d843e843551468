from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.lead_search_filters import LeadSearchFilters


T = TypeVar("T", bound="LeadSearchTask")


@_attrs_define
class LeadSearchTask(AdditionalProperties):
    """A background lead search and its progress.

    Attributes:
        id (str):
        type_ (None | str | Unset): Task kind; the docs show `lead_search`.
        status (None | str | Unset): Progress of the task. `completed` is the documented success value; `failed` is the
            failure value
            on the older search object. Other values (e.g. `pending`, `running`) mean it is still working.
        status_url (None | str | Unset): URL to poll for this task.
        result_list_id (None | str | Unset): The List that receives the found Leads.
        prompt (None | str | Unset):
        title (None | str | Unset):
        filters (LeadSearchFilters | None | Unset):
        result_count (int | None | Unset):
        error_message (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        completed_at (datetime.datetime | None | Unset):
    """

    id: str
    type_: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    status_url: str | Unset | None = UNSET
    result_list_id: str | Unset | None = UNSET
    prompt: str | Unset | None = UNSET
    title: str | Unset | None = UNSET
    filters: LeadSearchFilters | Unset | None = UNSET
    result_count: int | Unset | None = UNSET
    error_message: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    completed_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_url: str | Unset | None
        if isinstance(self.status_url, Unset):
            status_url = UNSET
        else:
            status_url = self.status_url

        result_list_id: str | Unset | None
        if isinstance(self.result_list_id, Unset):
            result_list_id = UNSET
        else:
            result_list_id = self.result_list_id

        prompt: str | Unset | None
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        filters: dict[str, Any] | Unset | None
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, LeadSearchFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        result_count: int | Unset | None
        if isinstance(self.result_count, Unset):
            result_count = UNSET
        else:
            result_count = self.result_count

        error_message: str | Unset | None
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        completed_at: str | Unset | None
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if status_url is not UNSET:
            field_dict["statusUrl"] = status_url
        if result_list_id is not UNSET:
            field_dict["resultListId"] = result_list_id
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if title is not UNSET:
            field_dict["title"] = title
        if filters is not UNSET:
            field_dict["filters"] = filters
        if result_count is not UNSET:
            field_dict["resultCount"] = result_count
        if error_message is not UNSET:
            field_dict["errorMessage"] = error_message
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        status_url = cast(None | str | Unset, d.pop("statusUrl", UNSET))

        result_list_id = cast(None | str | Unset, d.pop("resultListId", UNSET))

        prompt = cast(None | str | Unset, d.pop("prompt", UNSET))

        title = cast(None | str | Unset, d.pop("title", UNSET))

        def _parse_filters(data: object) -> LeadSearchFilters | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = LeadSearchFilters.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadSearchFilters | None | Unset, data)

        filters = _parse_filters(d.pop("filters", UNSET))

        result_count = cast(int | None | Unset, d.pop("resultCount", UNSET))

        error_message = cast(None | str | Unset, d.pop("errorMessage", UNSET))

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

        def _parse_completed_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completedAt", UNSET))

        _instance = cls(
            id=id,
            type_=type_,
            status=status,
            status_url=status_url,
            result_list_id=result_list_id,
            prompt=prompt,
            title=title,
            filters=filters,
            result_count=result_count,
            error_message=error_message,
            created_at=created_at,
            completed_at=completed_at,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_filters import LeadSearchFilters  # noqa: E402
