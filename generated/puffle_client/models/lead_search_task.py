from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_object,
    _check_str,
    _parse_datetime,
)

if TYPE_CHECKING:
    from ..models.lead_search_filters import LeadSearchFilters


T = TypeVar("T", bound="LeadSearchTask")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class LeadSearchTask(AdditionalProperties):
    """A background lead search and its progress.

    Attributes:
        id (str):
        type_ (str | None): Task kind; the docs show `lead_search`.
        status (str | None): Progress of the task. `completed` is the documented success value; `failed` is the failure
            value
            on the older search object. Other values (e.g. `pending`, `running`) mean it is still working.
        status_url (str | None): URL to poll for this task.
        result_list_id (str | None): The List that receives the found Leads.
        prompt (str | None):
        title (str | None):
        filters (LeadSearchFilters | None):
        result_count (int | None):
        error_message (str | None):
        created_at (datetime.datetime | None):
        completed_at (datetime.datetime | None):
    """

    id: str
    type_: str | None = None
    status: str | None = None
    status_url: str | None = None
    result_list_id: str | None = None
    prompt: str | None = None
    title: str | None = None
    filters: LeadSearchFilters | None = None
    result_count: int | None = None
    error_message: str | None = None
    created_at: datetime.datetime | None = None
    completed_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        field_dict["status"] = self.status
        field_dict["statusUrl"] = self.status_url
        field_dict["resultListId"] = self.result_list_id
        field_dict["prompt"] = self.prompt
        field_dict["title"] = self.title
        field_dict["filters"] = None if self.filters is None else self.filters.to_dict()
        field_dict["resultCount"] = self.result_count
        field_dict["errorMessage"] = self.error_message
        field_dict["createdAt"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["completedAt"] = None if self.completed_at is None else self.completed_at.isoformat()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "LeadSearchTask", "id")
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "LeadSearchTask", "type")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "LeadSearchTask", "status")
        status_url = _get("statusUrl")
        if _type(status_url) is not str and status_url is not None:
            status_url = _check_str(status_url, "LeadSearchTask", "statusUrl")
        result_list_id = _get("resultListId")
        if _type(result_list_id) is not str and result_list_id is not None:
            result_list_id = _check_str(result_list_id, "LeadSearchTask", "resultListId")
        prompt = _get("prompt")
        if _type(prompt) is not str and prompt is not None:
            prompt = _check_str(prompt, "LeadSearchTask", "prompt")
        title = _get("title")
        if _type(title) is not str and title is not None:
            title = _check_str(title, "LeadSearchTask", "title")
        filters = _get("filters")
        if filters is not None:
            if _type(filters) is not dict:
                filters = _check_object(filters, "LeadSearchTask", "filters")
            filters = _LeadSearchFilters_from_dict(filters)
        result_count = _get("resultCount")
        if _type(result_count) is not int and result_count is not None:
            result_count = _check_int(result_count, "LeadSearchTask", "resultCount")
        error_message = _get("errorMessage")
        if _type(error_message) is not str and error_message is not None:
            error_message = _check_str(error_message, "LeadSearchTask", "errorMessage")
        created_at = _get("createdAt")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "LeadSearchTask", "createdAt")
        completed_at = _get("completedAt")
        if completed_at is not None:
            completed_at = _parse_datetime(completed_at, "LeadSearchTask", "completedAt")
        _instance = cls(
            id,
            type_,
            status,
            status_url,
            result_list_id,
            prompt,
            title,
            filters,
            result_count,
            error_message,
            created_at,
            completed_at,
        )
        if not _LEADSEARCHTASK_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADSEARCHTASK_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_filters import LeadSearchFilters  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADSEARCHTASK_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "status",
        "statusUrl",
        "resultListId",
        "prompt",
        "title",
        "filters",
        "resultCount",
        "errorMessage",
        "createdAt",
        "completedAt",
    }
)
_LeadSearchFilters_from_dict = LeadSearchFilters._from_dict
