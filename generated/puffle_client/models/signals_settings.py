from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_pipeline_status import SignalPipelineStatus


T = TypeVar("T", bound="SignalsSettings")


@_attrs_define
class SignalsSettings(AdditionalProperties):
    """The caller's daily signal scan settings.

    Attributes:
        paused (bool): When true the daily scan skips this user.
        scan_time_utc (str): Daily scan time in UTC, `HH:MM` on a 15-minute boundary.
        pipeline_status (None | SignalPipelineStatus | Unset): State of the caller's scan pipeline; null if no scan has
            run yet.
    """

    paused: bool
    scan_time_utc: str
    pipeline_status: SignalPipelineStatus | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        paused = self.paused

        scan_time_utc = self.scan_time_utc

        pipeline_status: dict[str, Any] | Unset | None
        if isinstance(self.pipeline_status, Unset):
            pipeline_status = UNSET
        elif isinstance(self.pipeline_status, SignalPipelineStatus):
            pipeline_status = self.pipeline_status.to_dict()
        else:
            pipeline_status = self.pipeline_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "paused": paused,
                "scanTimeUtc": scan_time_utc,
            }
        )
        if pipeline_status is not UNSET:
            field_dict["pipelineStatus"] = pipeline_status

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paused = d.pop("paused")

        scan_time_utc = d.pop("scanTimeUtc")

        def _parse_pipeline_status(data: object) -> SignalPipelineStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pipeline_status_type_0 = SignalPipelineStatus.from_dict(data)

                return pipeline_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalPipelineStatus | Unset, data)

        pipeline_status = _parse_pipeline_status(d.pop("pipelineStatus", UNSET))

        _instance = cls(
            paused=paused,
            scan_time_utc=scan_time_utc,
            pipeline_status=pipeline_status,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_pipeline_status import SignalPipelineStatus  # noqa: E402
