from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EmailAccountWarmupTransition")


@_attrs_define
class EmailAccountWarmupTransition(AdditionalProperties):
    """New statuses written to an inbox during this call.

    Attributes:
        warmup_status (None | str | Unset):
        status (None | str | Unset):
    """

    warmup_status: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        warmup_status: str | Unset | None
        if isinstance(self.warmup_status, Unset):
            warmup_status = UNSET
        else:
            warmup_status = self.warmup_status

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if warmup_status is not UNSET:
            field_dict["warmup_status"] = warmup_status
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        warmup_status = cast(None | str | Unset, d.pop("warmup_status", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        _instance = cls(
            warmup_status=warmup_status,
            status=status,
        )

        _instance.additional_properties = d
        return _instance
