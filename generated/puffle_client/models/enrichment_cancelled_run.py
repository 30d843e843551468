from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_cancelled_run_status import EnrichmentCancelledRunStatus
from ..types import (
    AdditionalProperties,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="EnrichmentCancelledRun")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentCancelledRun(AdditionalProperties):
    """Minimal view of a run returned by cancel.

    Attributes:
        id (str):
        status (EnrichmentCancelledRunStatus | None):
        cancelled_at (str | None): When the run was cancelled (ISO 8601).
    """

    id: str
    status: EnrichmentCancelledRunStatus | None = None
    cancelled_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        if self.status is not None:
            field_dict["status"] = self.status.value
        field_dict["cancelledAt"] = self.cancelled_at
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "EnrichmentCancelledRun", "id")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _ENRICHMENTCANCELLEDRUNSTATUS_BY_VALUE:
                status = _ENRICHMENTCANCELLEDRUNSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(EnrichmentCancelledRunStatus, status, "EnrichmentCancelledRun", "status")
        cancelled_at = _get("cancelledAt")
        if _type(cancelled_at) is not str and cancelled_at is not None:
            cancelled_at = _check_str(cancelled_at, "EnrichmentCancelledRun", "cancelledAt")
        _instance = cls(id, status, cancelled_at)
        if not _ENRICHMENTCANCELLEDRUN_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTCANCELLEDRUN_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTCANCELLEDRUN_KEYS: frozenset[str] = frozenset({"id", "status", "cancelledAt"})
_ENRICHMENTCANCELLEDRUNSTATUS_BY_VALUE: dict[object, EnrichmentCancelledRunStatus] = cast(
    "dict[object, EnrichmentCancelledRunStatus]", EnrichmentCancelledRunStatus._value2member_map_
)
