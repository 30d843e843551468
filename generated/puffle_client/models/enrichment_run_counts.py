from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentRunCounts")


@_attrs_define
class EnrichmentRunCounts(AdditionalProperties):
    """Number of run items in each item status.

    Attributes:
        pending (int | None | Unset):
        running (int | None | Unset):
        completed (int | None | Unset):
        skipped (int | None | Unset):
        failed (int | None | Unset):
    """

    pending: int | Unset | None = UNSET
    running: int | Unset | None = UNSET
    completed: int | Unset | None = UNSET
    skipped: int | Unset | None = UNSET
    failed: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pending: int | Unset | None
        if isinstance(self.pending, Unset):
            pending = UNSET
        else:
            pending = self.pending

        running: int | Unset | None
        if isinstance(self.running, Unset):
            running = UNSET
        else:
            running = self.running

        completed: int | Unset | None
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        skipped: int | Unset | None
        if isinstance(self.skipped, Unset):
            skipped = UNSET
        else:
            skipped = self.skipped

        failed: int | Unset | None
        if isinstance(self.failed, Unset):
            failed = UNSET
        else:
            failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pending is not UNSET:
            field_dict["pending"] = pending
        if running is not UNSET:
            field_dict["running"] = running
        if completed is not UNSET:
            field_dict["completed"] = completed
        if skipped is not UNSET:
            field_dict["skipped"] = skipped
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        pending = cast(int | None | Unset, d.pop("pending", UNSET))

        running = cast(int | None | Unset, d.pop("running", UNSET))

        completed = cast(int | None | Unset, d.pop("completed", UNSET))

        skipped = cast(int | None | Unset, d.pop("skipped", UNSET))

        failed = cast(int | None | Unset, d.pop("failed", UNSET))

        _instance = cls(
            pending=pending,
            running=running,
            completed=completed,
            skipped=skipped,
            failed=failed,
        )

        _instance.additional_properties = d
        return _instance
