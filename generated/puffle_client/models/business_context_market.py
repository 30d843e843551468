from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_str,
)

T = TypeVar("T", bound="BusinessContextMarket")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BusinessContextMarket(AdditionalProperties):
    """Target market and ideal customer profile.

    Attributes:
        target_audience (str | Unset | None):
        industry_context (str | Unset | None):
        icp_job_titles (list[str] | Unset | None):
        icp_industries (list[str] | Unset | None):
        icp_company_sizes (list[str] | Unset | None):
        icp_pain_points (list[str] | Unset | None):
        icp_keywords (list[str] | Unset | None):
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.target_audience, Unset):
            field_dict["targetAudience"] = self.target_audience
        if not isinstance(self.industry_context, Unset):
            field_dict["industryContext"] = self.industry_context
        if not isinstance(self.icp_job_titles, Unset):
            field_dict["icpJobTitles"] = None if self.icp_job_titles is None else list(self.icp_job_titles)
        if not isinstance(self.icp_industries, Unset):
            field_dict["icpIndustries"] = None if self.icp_industries is None else list(self.icp_industries)
        if not isinstance(self.icp_company_sizes, Unset):
            field_dict["icpCompanySizes"] = None if self.icp_company_sizes is None else list(self.icp_company_sizes)
        if not isinstance(self.icp_pain_points, Unset):
            field_dict["icpPainPoints"] = None if self.icp_pain_points is None else list(self.icp_pain_points)
        if not isinstance(self.icp_keywords, Unset):
            field_dict["icpKeywords"] = None if self.icp_keywords is None else list(self.icp_keywords)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        target_audience = _get("targetAudience", UNSET)
        if _type(target_audience) is not str and target_audience is not UNSET and target_audience is not None:
            target_audience = _check_str(target_audience, "BusinessContextMarket", "targetAudience")
        industry_context = _get("industryContext", UNSET)
        if _type(industry_context) is not str and industry_context is not UNSET and industry_context is not None:
            industry_context = _check_str(industry_context, "BusinessContextMarket", "industryContext")
        icp_job_titles = _get("icpJobTitles", UNSET)
        if icp_job_titles is not UNSET and icp_job_titles is not None:
            if _type(icp_job_titles) is not list:
                icp_job_titles = _check_list(icp_job_titles, "BusinessContextMarket", "icpJobTitles")
            for _i in icp_job_titles:
                if _type(_i) is not str:
                    _check_str(_i, "BusinessContextMarket", "icpJobTitles")
        icp_industries = _get("icpIndustries", UNSET)
        if icp_industries is not UNSET and icp_industries is not None:
            if _type(icp_industries) is not list:
                icp_industries = _check_list(icp_industries, "BusinessContextMarket", "icpIndustries")
            for _i in icp_industries:
                if _type(_i) is not str:
                    _check_str(_i, "BusinessContextMarket", "icpIndustries")
        icp_company_sizes = _get("icpCompanySizes", UNSET)
        if icp_company_sizes is not UNSET and icp_company_sizes is not None:
            if _type(icp_company_sizes) is not list:
                icp_company_sizes = _check_list(icp_company_sizes, "BusinessContextMarket", "icpCompanySizes")
            for _i in icp_company_sizes:
                if _type(_i) is not str:
                    _check_str(_i, "BusinessContextMarket", "icpCompanySizes")
        icp_pain_points = _get("icpPainPoints", UNSET)
        if icp_pain_points is not UNSET and icp_pain_points is not None:
            if _type(icp_pain_points) is not list:
                icp_pain_points = _check_list(icp_pain_points, "BusinessContextMarket", "icpPainPoints")
            for _i in icp_pain_points:
                if _type(_i) is not str:
                    _check_str(_i, "BusinessContextMarket", "icpPainPoints")
        icp_keywords = _get("icpKeywords", UNSET)
        if icp_keywords is not UNSET and icp_keywords is not None:
            if _type(icp_keywords) is not list:
                icp_keywords = _check_list(icp_keywords, "BusinessContextMarket", "icpKeywords")
            for _i in icp_keywords:
                if _type(_i) is not str:
                    _check_str(_i, "BusinessContextMarket", "icpKeywords")
        _instance = cls(
            target_audience,
            industry_context,
            icp_job_titles,
            icp_industries,
            icp_company_sizes,
            icp_pain_points,
            icp_keywords,
        )
        if not _BUSINESSCONTEXTMARKET_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXTMARKET_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXTMARKET_KEYS: frozenset[str] = frozenset(
    {
        "targetAudience",
        "industryContext",
        "icpJobTitles",
        "icpIndustries",
        "icpCompanySizes",
        "icpPainPoints",
        "icpKeywords",
    }
)
