from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="BusinessContextMarket")


@_attrs_define
class BusinessContextMarket(AdditionalProperties):
    """Target market and ideal customer profile.

    Attributes:
        target_audience (None | str | Unset):
        industry_context (None | str | Unset):
        icp_job_titles (list[str] | None | Unset):
        icp_industries (list[str] | None | Unset):
        icp_company_sizes (list[str] | None | Unset):
        icp_pain_points (list[str] | None | Unset):
        icp_keywords (list[str] | None | Unset):
    """

    target_audience: str | Unset | None = UNSET
    industry_context: str | Unset | None = UNSET
    icp_job_titles: list[str] | Unset | None = UNSET
    icp_industries: list[str] | Unset | None = UNSET
    icp_company_sizes: list[str] | Unset | None = UNSET
    icp_pain_points: list[str] | Unset | None = UNSET
    icp_keywords: list[str] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_audience: str | Unset | None
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        else:
            target_audience = self.target_audience

        industry_context: str | Unset | None
        if isinstance(self.industry_context, Unset):
            industry_context = UNSET
        else:
            industry_context = self.industry_context

        icp_job_titles: list[str] | Unset | None
        if isinstance(self.icp_job_titles, Unset):
            icp_job_titles = UNSET
        elif isinstance(self.icp_job_titles, list):
            icp_job_titles = self.icp_job_titles

        else:
            icp_job_titles = self.icp_job_titles

        icp_industries: list[str] | Unset | None
        if isinstance(self.icp_industries, Unset):
            icp_industries = UNSET
        elif isinstance(self.icp_industries, list):
            icp_industries = self.icp_industries

        else:
            icp_industries = self.icp_industries

        icp_company_sizes: list[str] | Unset | None
        if isinstance(self.icp_company_sizes, Unset):
            icp_company_sizes = UNSET
        elif isinstance(self.icp_company_sizes, list):
            icp_company_sizes = self.icp_company_sizes

        else:
            icp_company_sizes = self.icp_company_sizes

        icp_pain_points: list[str] | Unset | None
        if isinstance(self.icp_pain_points, Unset):
            icp_pain_points = UNSET
        elif isinstance(self.icp_pain_points, list):
            icp_pain_points = self.icp_pain_points

        else:
            icp_pain_points = self.icp_pain_points

        icp_keywords: list[str] | Unset | None
        if isinstance(self.icp_keywords, Unset):
            icp_keywords = UNSET
        elif isinstance(self.icp_keywords, list):
            icp_keywords = self.icp_keywords

        else:
            icp_keywords = self.icp_keywords

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_audience is not UNSET:
            field_dict["targetAudience"] = target_audience
        if industry_context is not UNSET:
            field_dict["industryContext"] = industry_context
        if icp_job_titles is not UNSET:
            field_dict["icpJobTitles"] = icp_job_titles
        if icp_industries is not UNSET:
            field_dict["icpIndustries"] = icp_industries
        if icp_company_sizes is not UNSET:
            field_dict["icpCompanySizes"] = icp_company_sizes
        if icp_pain_points is not UNSET:
            field_dict["icpPainPoints"] = icp_pain_points
        if icp_keywords is not UNSET:
            field_dict["icpKeywords"] = icp_keywords

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_audience = cast(None | str | Unset, d.pop("targetAudience", UNSET))

        industry_context = cast(None | str | Unset, d.pop("industryContext", UNSET))

        def _parse_icp_job_titles(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icp_job_titles_type_0 = cast(list[str], data)

                return icp_job_titles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        icp_job_titles = _parse_icp_job_titles(d.pop("icpJobTitles", UNSET))

        def _parse_icp_industries(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icp_industries_type_0 = cast(list[str], data)

                return icp_industries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        icp_industries = _parse_icp_industries(d.pop("icpIndustries", UNSET))

        def _parse_icp_company_sizes(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icp_company_sizes_type_0 = cast(list[str], data)

                return icp_company_sizes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        icp_company_sizes = _parse_icp_company_sizes(d.pop("icpCompanySizes", UNSET))

        def _parse_icp_pain_points(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icp_pain_points_type_0 = cast(list[str], data)

                return icp_pain_points_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        icp_pain_points = _parse_icp_pain_points(d.pop("icpPainPoints", UNSET))

        def _parse_icp_keywords(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                icp_keywords_type_0 = cast(list[str], data)

                return icp_keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        icp_keywords = _parse_icp_keywords(d.pop("icpKeywords", UNSET))

        _instance = cls(
            target_audience=target_audience,
            industry_context=industry_context,
            icp_job_titles=icp_job_titles,
            icp_industries=icp_industries,
            icp_company_sizes=icp_company_sizes,
            icp_pain_points=icp_pain_points,
            icp_keywords=icp_keywords,
        )

        _instance.additional_properties = d
        return _instance
