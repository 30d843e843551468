from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="EnrichmentRunTiming")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentRunTiming(AdditionalProperties):
    """Timestamps of a run (ISO 8601 strings).

    Attributes:
        started_at (str | None):
        completed_at (str | None):
        cancelled_at (str | None):
        created_at (str | None):
        updated_at (str | None):
    """

    started_at: str | None = None
    completed_at: str | None = None
    cancelled_at: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["startedAt"] = self.started_at
        field_dict["completedAt"] = self.completed_at
        field_dict["cancelledAt"] = self.cancelled_at
        field_dict["createdAt"] = self.created_at
        field_dict["updatedAt"] = self.updated_at
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        started_at = _get("startedAt")
        if _type(started_at) is not str and started_at is not None:
            started_at = _check_str(started_at, "EnrichmentRunTiming", "startedAt")
        completed_at = _get("completedAt")
        if _type(completed_at) is not str and completed_at is not None:
            completed_at = _check_str(completed_at, "EnrichmentRunTiming", "completedAt")
        cancelled_at = _get("cancelledAt")
        if _type(cancelled_at) is not str and cancelled_at is not None:
            cancelled_at = _check_str(cancelled_at, "EnrichmentRunTiming", "cancelledAt")
        created_at = _get("createdAt")
        if _type(created_at) is not str and created_at is not None:
            created_at = _check_str(created_at, "EnrichmentRunTiming", "createdAt")
        updated_at = _get("updatedAt")
        if _type(updated_at) is not str and updated_at is not None:
            updated_at = _check_str(updated_at, "EnrichmentRunTiming", "updatedAt")
        _instance = cls(started_at, completed_at, cancelled_at, created_at, updated_at)
        if not _ENRICHMENTRUNTIMING_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUNTIMING_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUNTIMING_KEYS: frozenset[str] = frozenset(
    {"startedAt", "completedAt", "cancelledAt", "createdAt", "updatedAt"}
)
