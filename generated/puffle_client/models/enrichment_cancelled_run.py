from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_cancelled_run_status import EnrichmentCancelledRunStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentCancelledRun")


@_attrs_define
class EnrichmentCancelledRun(AdditionalProperties):
    """Minimal view of a run returned by cancel.

    Attributes:
        id (str):
        status (EnrichmentCancelledRunStatus | Unset):
        cancelled_at (None | str | Unset): When the run was cancelled (ISO 8601).
    """

    id: str
    status: EnrichmentCancelledRunStatus | Unset = UNSET
    cancelled_at: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        cancelled_at: str | Unset | None
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if cancelled_at is not UNSET:
            field_dict["cancelledAt"] = cancelled_at

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _status = d.pop("status", UNSET)
        status: EnrichmentCancelledRunStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = EnrichmentCancelledRunStatus(_status)

        cancelled_at = cast(None | str | Unset, d.pop("cancelledAt", UNSET))

        _instance = cls(
            id=id,
            status=status,
            cancelled_at=cancelled_at,
        )

        _instance.additional_properties = d
        return _instance
