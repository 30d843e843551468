from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.lead_search_task import LeadSearchTask


T = TypeVar("T", bound="ListLeadSearchesResponse")


@_attrs_define
class ListLeadSearchesResponse(AdditionalProperties):
    """Up to 20 recent lead search tasks, or only the one asked for with `taskId`.

    Attributes:
        tasks (list[LeadSearchTask]):
    """

    tasks: list[LeadSearchTask]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tasks = []
        for tasks_item_data in self.tasks:
            tasks_item = tasks_item_data.to_dict()
            tasks.append(tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tasks": tasks,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tasks = []
        _tasks = d.pop("tasks")
        for tasks_item_data in _tasks:
            tasks_item = LeadSearchTask.from_dict(tasks_item_data)

            tasks.append(tasks_item)

        _instance = cls(
            tasks=tasks,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_task import LeadSearchTask  # noqa: E402
