from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_str,
)

T = TypeVar("T", bound="SignalsSettingsUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.paused, Unset):
            field_dict["paused"] = self.paused
        if not isinstance(self.scan_time_utc, Unset):
            field_dict["scanTimeUtc"] = self.scan_time_utc
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        paused = _get("paused", UNSET)
        if _type(paused) is not bool and paused is not UNSET:
            paused = _check_bool(paused, "SignalsSettingsUpdateRequest", "paused")
        scan_time_utc = _get("scanTimeUtc", UNSET)
        if _type(scan_time_utc) is not str and scan_time_utc is not UNSET:
            scan_time_utc = _check_str(scan_time_utc, "SignalsSettingsUpdateRequest", "scanTimeUtc")
        _instance = cls(paused, scan_time_utc)
        if not _SIGNALSSETTINGSUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSSETTINGSUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSSETTINGSUPDATEREQUEST_KEYS: frozenset[str] = frozenset({"paused", "scanTimeUtc"})
