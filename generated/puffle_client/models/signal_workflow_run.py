from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalWorkflowRun")


@_attrs_define
class SignalWorkflowRun(AdditionalProperties):
    """Workflow run attached to a signal.

    Attributes:
        id (None | str | Unset):
        status (None | str | Unset):
        workflow_id (None | str | Unset):
    """

    id: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    workflow_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        workflow_id: str | Unset | None
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast(None | str | Unset, d.pop("id", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        workflow_id = cast(None | str | Unset, d.pop("workflowId", UNSET))

        _instance = cls(
            id=id,
            status=status,
            workflow_id=workflow_id,
        )

        _instance.additional_properties = d
        return _instance
