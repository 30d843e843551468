from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_analytics_response_type import SignalAnalyticsResponseType
from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.signal_analytics_score_summary import SignalAnalyticsScoreSummary
    from ..models.signal_keyword_stat import SignalKeywordStat


T = TypeVar("T", bound="SignalAnalyticsResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalAnalyticsResponse(AdditionalProperties):
    """Keyword analytics. For `type=keywords` it carries `keywords`, `pagination` and `summaryAvgScore`. The
    `type=keyword-runs` body is not documented; its fields arrive as additional properties.

        Attributes:
            type_ (SignalAnalyticsResponseType):
            keywords (list[SignalKeywordStat] | None):
            pagination (CursorPagination | None): Cursor block of the `cursor` pagination style. The last page has `hasMore`
                false and a null cursor.
            summary_avg_score (SignalAnalyticsScoreSummary | None):
    """

    type_: SignalAnalyticsResponseType
    keywords: list[SignalKeywordStat] | None = None
    pagination: CursorPagination | None = None
    summary_avg_score: SignalAnalyticsScoreSummary | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value
        if self.keywords is not None:
            field_dict["keywords"] = [_i.to_dict() for _i in self.keywords]
        if self.pagination is not None:
            field_dict["pagination"] = self.pagination.to_dict()
        field_dict["summaryAvgScore"] = None if self.summary_avg_score is None else self.summary_avg_score.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = src_dict["type"]
        if _type(type_) is str and type_ in _SIGNALANALYTICSRESPONSETYPE_BY_VALUE:
            type_ = _SIGNALANALYTICSRESPONSETYPE_BY_VALUE[type_]
        else:
            type_ = _parse_enum(SignalAnalyticsResponseType, type_, "SignalAnalyticsResponse", "type")
        keywords = _get("keywords")
        if keywords is not None:
            if _type(keywords) is not list:
                keywords = _check_list(keywords, "SignalAnalyticsResponse", "keywords")
            keywords = [
                _SignalKeywordStat_from_dict(_i)
                if _type(_i) is dict
                else _SignalKeywordStat_from_dict(_check_object(_i, "SignalAnalyticsResponse", "keywords"))
                for _i in keywords
            ]
        pagination = _get("pagination")
        if pagination is not None:
            if _type(pagination) is not dict:
                pagination = _check_object(pagination, "SignalAnalyticsResponse", "pagination")
            pagination = _CursorPagination_from_dict(pagination)
        summary_avg_score = _get("summaryAvgScore")
        if summary_avg_score is not None:
            if _type(summary_avg_score) is not dict:
                summary_avg_score = _check_object(summary_avg_score, "SignalAnalyticsResponse", "summaryAvgScore")
            summary_avg_score = _SignalAnalyticsScoreSummary_from_dict(summary_avg_score)
        _instance = cls(type_, keywords, pagination, summary_avg_score)
        if not _SIGNALANALYTICSRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALANALYTICSRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.signal_analytics_score_summary import SignalAnalyticsScoreSummary  # noqa: E402
from ..models.signal_keyword_stat import SignalKeywordStat  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALANALYTICSRESPONSE_KEYS: frozenset[str] = frozenset({"type", "keywords", "pagination", "summaryAvgScore"})
_SIGNALANALYTICSRESPONSETYPE_BY_VALUE: dict[object, SignalAnalyticsResponseType] = cast(
    "dict[object, SignalAnalyticsResponseType]", SignalAnalyticsResponseType._value2member_map_
)
_CursorPagination_from_dict = CursorPagination._from_dict
_SignalAnalyticsScoreSummary_from_dict = SignalAnalyticsScoreSummary._from_dict
_SignalKeywordStat_from_dict = SignalKeywordStat._from_dict
