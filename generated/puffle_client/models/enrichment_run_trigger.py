from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentRunTrigger")


@_attrs_define
class EnrichmentRunTrigger(AdditionalProperties):
    """Background-task bookkeeping of a run.

    Attributes:
        correlation_id (None | str | Unset):
        trigger_run_id (None | str | Unset):
        dispatch_metadata (Any | Unset): Untyped dispatch details.
    """

    correlation_id: str | Unset | None = UNSET
    trigger_run_id: str | Unset | None = UNSET
    dispatch_metadata: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        correlation_id: str | Unset | None
        if isinstance(self.correlation_id, Unset):
            correlation_id = UNSET
        else:
            correlation_id = self.correlation_id

        trigger_run_id: str | Unset | None
        if isinstance(self.trigger_run_id, Unset):
            trigger_run_id = UNSET
        else:
            trigger_run_id = self.trigger_run_id

        dispatch_metadata = self.dispatch_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if correlation_id is not UNSET:
            field_dict["correlationId"] = correlation_id
        if trigger_run_id is not UNSET:
            field_dict["triggerRunId"] = trigger_run_id
        if dispatch_metadata is not UNSET:
            field_dict["dispatchMetadata"] = dispatch_metadata

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        correlation_id = cast(None | str | Unset, d.pop("correlationId", UNSET))

        trigger_run_id = cast(None | str | Unset, d.pop("triggerRunId", UNSET))

        dispatch_metadata = d.pop("dispatchMetadata", UNSET)

        _instance = cls(
            correlation_id=correlation_id,
            trigger_run_id=trigger_run_id,
            dispatch_metadata=dispatch_metadata,
        )

        _instance.additional_properties = d
        return _instance
