from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalAnalyticsScoreSummary")


@_attrs_define
class SignalAnalyticsScoreSummary(AdditionalProperties):
    """Average score across the whole filtered set.

    Attributes:
        avg (float | None | Unset):
        count (int | None | Unset):
    """

    avg: float | Unset | None = UNSET
    count: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avg: float | Unset | None
        if isinstance(self.avg, Unset):
            avg = UNSET
        else:
            avg = self.avg

        count: int | Unset | None
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avg is not UNSET:
            field_dict["avg"] = avg
        if count is not UNSET:
            field_dict["count"] = count

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avg = cast(float | None | Unset, d.pop("avg", UNSET))

        count = cast(int | None | Unset, d.pop("count", UNSET))

        _instance = cls(
            avg=avg,
            count=count,
        )

        _instance.additional_properties = d
        return _instance
