from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.signal_pipeline_status import SignalPipelineStatus


T = TypeVar("T", bound="SignalsSettings")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalsSettings(AdditionalProperties):
    """The caller's daily signal scan settings.

    Attributes:
        paused (bool): When true the daily scan skips this user.
        scan_time_utc (str): Daily scan time in UTC, `HH:MM` on a 15-minute boundary.
        pipeline_status (SignalPipelineStatus | None): State of the caller's scan pipeline; null if no scan has run yet.
    """

    paused: bool
    scan_time_utc: str
    pipeline_status: SignalPipelineStatus | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["paused"] = self.paused
        field_dict["scanTimeUtc"] = self.scan_time_utc
        field_dict["pipelineStatus"] = None if self.pipeline_status is None else self.pipeline_status.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        paused = src_dict["paused"]
        if _type(paused) is not bool:
            paused = _check_bool(paused, "SignalsSettings", "paused")
        scan_time_utc = src_dict["scanTimeUtc"]
        if _type(scan_time_utc) is not str:
            scan_time_utc = _check_str(scan_time_utc, "SignalsSettings", "scanTimeUtc")
        pipeline_status = _get("pipelineStatus")
        if pipeline_status is not None:
            if _type(pipeline_status) is not dict:
                pipeline_status = _check_object(pipeline_status, "SignalsSettings", "pipelineStatus")
            pipeline_status = _SignalPipelineStatus_from_dict(pipeline_status)
        _instance = cls(paused, scan_time_utc, pipeline_status)
        if not _SIGNALSSETTINGS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALSSETTINGS_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_pipeline_status import SignalPipelineStatus  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALSSETTINGS_KEYS: frozenset[str] = frozenset({"paused", "scanTimeUtc", "pipelineStatus"})
_SignalPipelineStatus_from_dict = SignalPipelineStatus._from_dict
