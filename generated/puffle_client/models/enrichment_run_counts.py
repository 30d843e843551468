from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="EnrichmentRunCounts")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentRunCounts(AdditionalProperties):
    """Number of run items in each item status.

    Attributes:
        pending (int | None):
        running (int | None):
        completed (int | None):
        skipped (int | None):
        failed (int | None):
    """

    pending: int | None = None
    running: int | None = None
    completed: int | None = None
    skipped: int | None = None
    failed: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["pending"] = self.pending
        field_dict["running"] = self.running
        field_dict["completed"] = self.completed
        field_dict["skipped"] = self.skipped
        field_dict["failed"] = self.failed
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        pending = _get("pending")
        if _type(pending) is not int and pending is not None:
            pending = _check_int(pending, "EnrichmentRunCounts", "pending")
        running = _get("running")
        if _type(running) is not int and running is not None:
            running = _check_int(running, "EnrichmentRunCounts", "running")
        completed = _get("completed")
        if _type(completed) is not int and completed is not None:
            completed = _check_int(completed, "EnrichmentRunCounts", "completed")
        skipped = _get("skipped")
        if _type(skipped) is not int and skipped is not None:
            skipped = _check_int(skipped, "EnrichmentRunCounts", "skipped")
        failed = _get("failed")
        if _type(failed) is not int and failed is not None:
            failed = _check_int(failed, "EnrichmentRunCounts", "failed")
        _instance = cls(pending, running, completed, skipped, failed)
        if not _ENRICHMENTRUNCOUNTS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTRUNCOUNTS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTRUNCOUNTS_KEYS: frozenset[str] = frozenset({"pending", "running", "completed", "skipped", "failed"})
