from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SignalWorkflowRun")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalWorkflowRun(AdditionalProperties):
    """Workflow run attached to a signal.

    Attributes:
        id (str | None):
        status (str | None):
        workflow_id (str | None):
    """

    id: str | None = None
    status: str | None = None
    workflow_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["status"] = self.status
        field_dict["workflowId"] = self.workflow_id
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id")
        if _type(id) is not str and id is not None:
            id = _check_str(id, "SignalWorkflowRun", "id")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "SignalWorkflowRun", "status")
        workflow_id = _get("workflowId")
        if _type(workflow_id) is not str and workflow_id is not None:
            workflow_id = _check_str(workflow_id, "SignalWorkflowRun", "workflowId")
        _instance = cls(id, status, workflow_id)
        if not _SIGNALWORKFLOWRUN_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALWORKFLOWRUN_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALWORKFLOWRUN_KEYS: frozenset[str] = frozenset({"id", "status", "workflowId"})
