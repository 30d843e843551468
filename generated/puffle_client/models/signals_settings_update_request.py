from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalsSettingsUpdateRequest")


@_attrs_define
class SignalsSettingsUpdateRequest(AdditionalProperties):
    """Settings to change; each field is optional and independent.

    Attributes:
        paused (bool | Unset): Pause (true) or resume (false) future daily scans.
        scan_time_utc (str | Unset): New daily scan time, `HH:MM` UTC with minutes 00, 15, 30 or 45.
    """

    paused: bool | Unset = UNSET
    scan_time_utc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paused = self.paused

        scan_time_utc = self.scan_time_utc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if paused is not UNSET:
            field_dict["paused"] = paused
        if scan_time_utc is not UNSET:
            field_dict["scanTimeUtc"] = scan_time_utc

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paused = d.pop("paused", UNSET)

        scan_time_utc = d.pop("scanTimeUtc", UNSET)

        _instance = cls(
            paused=paused,
            scan_time_utc=scan_time_utc,
        )

        _instance.additional_properties = d
        return _instance
