from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.lead_search_task import LeadSearchTask
    from ..models.list_summary import ListSummary


T = TypeVar("T", bound="LeadSearchCreateResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class LeadSearchCreateResponse(AdditionalProperties):
    """The started search task and the List it fills.

    Attributes:
        task (LeadSearchTask): A background lead search and its progress.
        list_ (ListSummary): Id and name of a List, as embedded in Leads and lead search responses.
    """

    task: LeadSearchTask
    list_: ListSummary
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["task"] = self.task.to_dict()
        field_dict["list"] = self.list_.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        task = src_dict["task"]
        if _type(task) is not dict:
            task = _check_object(task, "LeadSearchCreateResponse", "task")
        task = _LeadSearchTask_from_dict(task)
        list_ = src_dict["list"]
        if _type(list_) is not dict:
            list_ = _check_object(list_, "LeadSearchCreateResponse", "list")
        list_ = _ListSummary_from_dict(list_)
        _instance = cls(task, list_)
        if not _LEADSEARCHCREATERESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADSEARCHCREATERESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_task import LeadSearchTask  # noqa: E402
from ..models.list_summary import ListSummary  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADSEARCHCREATERESPONSE_KEYS: frozenset[str] = frozenset({"task", "list"})
_LeadSearchTask_from_dict = LeadSearchTask._from_dict
_ListSummary_from_dict = ListSummary._from_dict
