from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.lead_search_task import LeadSearchTask
    from ..models.list_summary import ListSummary


T = TypeVar("T", bound="LeadSearchCreateResponse")


@_attrs_define
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
        task = self.task.to_dict()

        list_ = self.list_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task": task,
                "list": list_,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task = LeadSearchTask.from_dict(d.pop("task"))

        list_ = ListSummary.from_dict(d.pop("list"))

        _instance = cls(
            task=task,
            list_=list_,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_task import LeadSearchTask  # noqa: E402
from ..models.list_summary import ListSummary  # noqa: E402
