from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalKeywordStat")


@_attrs_define
class SignalKeywordStat(AdditionalProperties):
    """Cumulative pipeline counts for one keyword on one source.

    Attributes:
        id (str):
        keyword (None | str | Unset):
        signal_type_id (None | str | Unset):
        source_id (None | str | Unset):
        raw_count (int | None | Unset): Hits fetched.
        prefilter_count (int | None | Unset): Hits that passed the pre-filter.
        validated_count (int | None | Unset): Hits that became validated signals.
        avg_confidence (float | None | Unset):
        avg_score (float | None | Unset): Average 1–3 score over validated signals.
    """

    id: str
    keyword: str | Unset | None = UNSET
    signal_type_id: str | Unset | None = UNSET
    source_id: str | Unset | None = UNSET
    raw_count: int | Unset | None = UNSET
    prefilter_count: int | Unset | None = UNSET
    validated_count: int | Unset | None = UNSET
    avg_confidence: float | Unset | None = UNSET
    avg_score: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        keyword: str | Unset | None
        if isinstance(self.keyword, Unset):
            keyword = UNSET
        else:
            keyword = self.keyword

        signal_type_id: str | Unset | None
        if isinstance(self.signal_type_id, Unset):
            signal_type_id = UNSET
        else:
            signal_type_id = self.signal_type_id

        source_id: str | Unset | None
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        else:
            source_id = self.source_id

        raw_count: int | Unset | None
        if isinstance(self.raw_count, Unset):
            raw_count = UNSET
        else:
            raw_count = self.raw_count

        prefilter_count: int | Unset | None
        if isinstance(self.prefilter_count, Unset):
            prefilter_count = UNSET
        else:
            prefilter_count = self.prefilter_count

        validated_count: int | Unset | None
        if isinstance(self.validated_count, Unset):
            validated_count = UNSET
        else:
            validated_count = self.validated_count

        avg_confidence: float | Unset | None
        if isinstance(self.avg_confidence, Unset):
            avg_confidence = UNSET
        else:
            avg_confidence = self.avg_confidence

        avg_score: float | Unset | None
        if isinstance(self.avg_score, Unset):
            avg_score = UNSET
        else:
            avg_score = self.avg_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if keyword is not UNSET:
            field_dict["keyword"] = keyword
        if signal_type_id is not UNSET:
            field_dict["signalTypeId"] = signal_type_id
        if source_id is not UNSET:
            field_dict["sourceId"] = source_id
        if raw_count is not UNSET:
            field_dict["rawCount"] = raw_count
        if prefilter_count is not UNSET:
            field_dict["prefilterCount"] = prefilter_count
        if validated_count is not UNSET:
            field_dict["validatedCount"] = validated_count
        if avg_confidence is not UNSET:
            field_dict["avgConfidence"] = avg_confidence
        if avg_score is not UNSET:
            field_dict["avgScore"] = avg_score

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        keyword = cast(None | str | Unset, d.pop("keyword", UNSET))

        signal_type_id = cast(None | str | Unset, d.pop("signalTypeId", UNSET))

        source_id = cast(None | str | Unset, d.pop("sourceId", UNSET))

        raw_count = cast(int | None | Unset, d.pop("rawCount", UNSET))

        prefilter_count = cast(int | None | Unset, d.pop("prefilterCount", UNSET))

        validated_count = cast(int | None | Unset, d.pop("validatedCount", UNSET))

        avg_confidence = cast(float | None | Unset, d.pop("avgConfidence", UNSET))

        avg_score = cast(float | None | Unset, d.pop("avgScore", UNSET))

        _instance = cls(
            id=id,
            keyword=keyword,
            signal_type_id=signal_type_id,
            source_id=source_id,
            raw_count=raw_count,
            prefilter_count=prefilter_count,
            validated_count=validated_count,
            avg_confidence=avg_confidence,
            avg_score=avg_score,
        )

        _instance.additional_properties = d
        return _instance
