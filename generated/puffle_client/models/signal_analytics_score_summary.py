from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_float,
    _check_int,
)

T = TypeVar("T", bound="SignalAnalyticsScoreSummary")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalAnalyticsScoreSummary(AdditionalProperties):
    """Average score across the whole filtered set.

    Attributes:
        avg (float | None):
        count (int | None):
    """

    avg: float | None = None
    count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["avg"] = self.avg
        field_dict["count"] = self.count
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        avg = _get("avg")
        if _type(avg) is not float and avg is not None:
            avg = _check_float(avg, "SignalAnalyticsScoreSummary", "avg")
        count = _get("count")
        if _type(count) is not int and count is not None:
            count = _check_int(count, "SignalAnalyticsScoreSummary", "count")
        _instance = cls(avg, count)
        if not _SIGNALANALYTICSSCORESUMMARY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALANALYTICSSCORESUMMARY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALANALYTICSSCORESUMMARY_KEYS: frozenset[str] = frozenset({"avg", "count"})
