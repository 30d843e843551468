from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.lead_search_task import LeadSearchTask


T = TypeVar("T", bound="ListLeadSearchesResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListLeadSearchesResponse(AdditionalProperties):
    """Up to 20 recent lead search tasks, or only the one asked for with `taskId`.

    Attributes:
        tasks (list[LeadSearchTask]):
    """

    tasks: list[LeadSearchTask]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["tasks"] = [_i.to_dict() for _i in self.tasks]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        tasks = src_dict["tasks"]
        if _type(tasks) is not list:
            tasks = _check_list(tasks, "ListLeadSearchesResponse", "tasks")
        tasks = [
            _LeadSearchTask_from_dict(_i)
            if _type(_i) is dict
            else _LeadSearchTask_from_dict(_check_object(_i, "ListLeadSearchesResponse", "tasks"))
            for _i in tasks
        ]
        _instance = cls(tasks)
        if not _LISTLEADSEARCHESRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTLEADSEARCHESRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_search_task import LeadSearchTask  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTLEADSEARCHESRESPONSE_KEYS: frozenset[str] = frozenset({"tasks"})
_LeadSearchTask_from_dict = LeadSearchTask._from_dict
