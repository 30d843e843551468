from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.signal_analytics_response_type import SignalAnalyticsResponseType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.signal_analytics_score_summary import SignalAnalyticsScoreSummary
    from ..models.signal_keyword_stat import SignalKeywordStat


T = TypeVar("T", bound="SignalAnalyticsResponse")


@_attrs_define
class SignalAnalyticsResponse(AdditionalProperties):
    """Keyword analytics. For `type=keywords` it carries `keywords`, `pagination` and `summaryAvgScore`. The
    `type=keyword-runs` body is not documented; its fields arrive as additional properties.

        Attributes:
            type_ (SignalAnalyticsResponseType):
            keywords (list[SignalKeywordStat] | Unset):
            pagination (CursorPagination | Unset): Cursor block of the `cursor` pagination style. The last page has
                `hasMore` false and a null cursor.
            summary_avg_score (None | SignalAnalyticsScoreSummary | Unset):
    """

    type_: SignalAnalyticsResponseType
    keywords: list[SignalKeywordStat] | Unset = UNSET
    pagination: CursorPagination | Unset = UNSET
    summary_avg_score: SignalAnalyticsScoreSummary | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        keywords: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keywords, Unset):
            keywords = []
            for keywords_item_data in self.keywords:
                keywords_item = keywords_item_data.to_dict()
                keywords.append(keywords_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        summary_avg_score: dict[str, Any] | Unset | None
        if isinstance(self.summary_avg_score, Unset):
            summary_avg_score = UNSET
        elif isinstance(self.summary_avg_score, SignalAnalyticsScoreSummary):
            summary_avg_score = self.summary_avg_score.to_dict()
        else:
            summary_avg_score = self.summary_avg_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if summary_avg_score is not UNSET:
            field_dict["summaryAvgScore"] = summary_avg_score

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = SignalAnalyticsResponseType(d.pop("type"))

        _keywords = d.pop("keywords", UNSET)
        keywords: list[SignalKeywordStat] | Unset = UNSET
        if _keywords is not UNSET:
            keywords = []
            for keywords_item_data in _keywords:
                keywords_item = SignalKeywordStat.from_dict(keywords_item_data)

                keywords.append(keywords_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: CursorPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = CursorPagination.from_dict(_pagination)

        def _parse_summary_avg_score(data: object) -> SignalAnalyticsScoreSummary | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_avg_score_type_0 = SignalAnalyticsScoreSummary.from_dict(data)

                return summary_avg_score_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalAnalyticsScoreSummary | Unset, data)

        summary_avg_score = _parse_summary_avg_score(d.pop("summaryAvgScore", UNSET))

        _instance = cls(
            type_=type_,
            keywords=keywords,
            pagination=pagination,
            summary_avg_score=summary_avg_score,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.signal_analytics_score_summary import SignalAnalyticsScoreSummary  # noqa: E402
from ..models.signal_keyword_stat import SignalKeywordStat  # noqa: E402
