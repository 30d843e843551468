from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_lead_update_status import SignalLeadUpdateStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalLeadUpdate")


@_attrs_define
class SignalLeadUpdate(AdditionalProperties):
    """New workflow status for one person or company entity.

    Attributes:
        entity_id (str): Entity id (`entityId` / `personEntityId` on a signal, or a signal lead's `id`).
        status (SignalLeadUpdateStatus | Unset): Workflow status to set.
    """

    entity_id: str
    status: SignalLeadUpdateStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entity_id = self.entity_id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entityId": entity_id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        entity_id = d.pop("entityId")

        _status = d.pop("status", UNSET)
        status: SignalLeadUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = SignalLeadUpdateStatus(_status)

        _instance = cls(
            entity_id=entity_id,
            status=status,
        )

        _instance.additional_properties = d
        return _instance
