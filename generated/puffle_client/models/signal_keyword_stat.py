from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_float,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="SignalKeywordStat")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalKeywordStat(AdditionalProperties):
    """Cumulative pipeline counts for one keyword on one source.

    Attributes:
        id (str):
        keyword (str | None):
        signal_type_id (str | None):
        source_id (str | None):
        raw_count (int | None): Hits fetched.
        prefilter_count (int | None): Hits that passed the pre-filter.
        validated_count (int | None): Hits that became validated signals.
        avg_confidence (float | None):
        avg_score (float | None): Average 1–3 score over validated signals.
    """

    id: str
    keyword: str | None = None
    signal_type_id: str | None = None
    source_id: str | None = None
    raw_count: int | None = None
    prefilter_count: int | None = None
    validated_count: int | None = None
    avg_confidence: float | None = None
    avg_score: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["keyword"] = self.keyword
        field_dict["signalTypeId"] = self.signal_type_id
        field_dict["sourceId"] = self.source_id
        field_dict["rawCount"] = self.raw_count
        field_dict["prefilterCount"] = self.prefilter_count
        field_dict["validatedCount"] = self.validated_count
        field_dict["avgConfidence"] = self.avg_confidence
        field_dict["avgScore"] = self.avg_score
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalKeywordStat", "id")
        keyword = _get("keyword")
        if _type(keyword) is not str and keyword is not None:
            keyword = _check_str(keyword, "SignalKeywordStat", "keyword")
        signal_type_id = _get("signalTypeId")
        if _type(signal_type_id) is not str and signal_type_id is not None:
            signal_type_id = _check_str(signal_type_id, "SignalKeywordStat", "signalTypeId")
        source_id = _get("sourceId")
        if _type(source_id) is not str and source_id is not None:
            source_id = _check_str(source_id, "SignalKeywordStat", "sourceId")
        raw_count = _get("rawCount")
        if _type(raw_count) is not int and raw_count is not None:
            raw_count = _check_int(raw_count, "SignalKeywordStat", "rawCount")
        prefilter_count = _get("prefilterCount")
        if _type(prefilter_count) is not int and prefilter_count is not None:
            prefilter_count = _check_int(prefilter_count, "SignalKeywordStat", "prefilterCount")
        validated_count = _get("validatedCount")
        if _type(validated_count) is not int and validated_count is not None:
            validated_count = _check_int(validated_count, "SignalKeywordStat", "validatedCount")
        avg_confidence = _get("avgConfidence")
        if _type(avg_confidence) is not float and avg_confidence is not None:
            avg_confidence = _check_float(avg_confidence, "SignalKeywordStat", "avgConfidence")
        avg_score = _get("avgScore")
        if _type(avg_score) is not float and avg_score is not None:
            avg_score = _check_float(avg_score, "SignalKeywordStat", "avgScore")
        _instance = cls(
            id,
            keyword,
            signal_type_id,
            source_id,
            raw_count,
            prefilter_count,
            validated_count,
            avg_confidence,
            avg_score,
        )
        if not _SIGNALKEYWORDSTAT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALKEYWORDSTAT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALKEYWORDSTAT_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "keyword",
        "signalTypeId",
        "sourceId",
        "rawCount",
        "prefilterCount",
        "validatedCount",
        "avgConfidence",
        "avgScore",
    }
)
