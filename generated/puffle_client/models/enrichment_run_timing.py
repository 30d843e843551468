from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentRunTiming")


@_attrs_define
class EnrichmentRunTiming(AdditionalProperties):
    """Timestamps of a run (ISO 8601 strings).

    Attributes:
        started_at (None | str | Unset):
        completed_at (None | str | Unset):
        cancelled_at (None | str | Unset):
        created_at (None | str | Unset):
        updated_at (None | str | Unset):
    """

    started_at: str | Unset | None = UNSET
    completed_at: str | Unset | None = UNSET
    cancelled_at: str | Unset | None = UNSET
    created_at: str | Unset | None = UNSET
    updated_at: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started_at: str | Unset | None
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        else:
            started_at = self.started_at

        completed_at: str | Unset | None
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        cancelled_at: str | Unset | None
        if isinstance(self.cancelled_at, Unset):
            cancelled_at = UNSET
        else:
            cancelled_at = self.cancelled_at

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if started_at is not UNSET:
            field_dict["startedAt"] = started_at
        if completed_at is not UNSET:
            field_dict["completedAt"] = completed_at
        if cancelled_at is not UNSET:
            field_dict["cancelledAt"] = cancelled_at
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started_at = cast(None | str | Unset, d.pop("startedAt", UNSET))

        completed_at = cast(None | str | Unset, d.pop("completedAt", UNSET))

        cancelled_at = cast(None | str | Unset, d.pop("cancelledAt", UNSET))

        created_at = cast(None | str | Unset, d.pop("createdAt", UNSET))

        updated_at = cast(None | str | Unset, d.pop("updatedAt", UNSET))

        _instance = cls(
            started_at=started_at,
            completed_at=completed_at,
            cancelled_at=cancelled_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        _instance.additional_properties = d
        return _instance
