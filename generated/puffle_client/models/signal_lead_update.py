from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_lead_update_status import SignalLeadUpdateStatus
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="SignalLeadUpdate")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["entityId"] = self.entity_id
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        entity_id = src_dict["entityId"]
        if _type(entity_id) is not str:
            entity_id = _check_str(entity_id, "SignalLeadUpdate", "entityId")
        status = _get("status", UNSET)
        if status is not UNSET:
            if _type(status) is str and status in _SIGNALLEADUPDATESTATUS_BY_VALUE:
                status = _SIGNALLEADUPDATESTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(SignalLeadUpdateStatus, status, "SignalLeadUpdate", "status")
        _instance = cls(entity_id, status)
        if not _SIGNALLEADUPDATE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALLEADUPDATE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALLEADUPDATE_KEYS: frozenset[str] = frozenset({"entityId", "status"})
_SIGNALLEADUPDATESTATUS_BY_VALUE: dict[object, SignalLeadUpdateStatus] = cast(
    "dict[object, SignalLeadUpdateStatus]", SignalLeadUpdateStatus._value2member_map_
)
