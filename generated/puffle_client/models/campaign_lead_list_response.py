from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.campaign_lead import CampaignLead


T = TypeVar("T", bound="CampaignLeadListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignLeadListResponse(AdditionalProperties):
    """One page of a campaign's leads.

    Attributes:
        prospects (list[CampaignLead]):
        total (int | None): Leads matching the filter across all pages.
        page (int | None):
        limit (int | None):
    """

    prospects: list[CampaignLead]
    total: int | None = None
    page: int | None = None
    limit: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["prospects"] = [_i.to_dict() for _i in self.prospects]
        field_dict["total"] = self.total
        field_dict["page"] = self.page
        field_dict["limit"] = self.limit
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        prospects = src_dict["prospects"]
        if _type(prospects) is not list:
            prospects = _check_list(prospects, "CampaignLeadListResponse", "prospects")
        prospects = [
            _CampaignLead_from_dict(_i)
            if _type(_i) is dict
            else _CampaignLead_from_dict(_check_object(_i, "CampaignLeadListResponse", "prospects"))
            for _i in prospects
        ]
        total = _get("total")
        if _type(total) is not int and total is not None:
            total = _check_int(total, "CampaignLeadListResponse", "total")
        page = _get("page")
        if _type(page) is not int and page is not None:
            page = _check_int(page, "CampaignLeadListResponse", "page")
        limit = _get("limit")
        if _type(limit) is not int and limit is not None:
            limit = _check_int(limit, "CampaignLeadListResponse", "limit")
        _instance = cls(prospects, total, page, limit)
        if not _CAMPAIGNLEADLISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEADLISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead import CampaignLead  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEADLISTRESPONSE_KEYS: frozenset[str] = frozenset({"prospects", "total", "page", "limit"})
_CampaignLead_from_dict = CampaignLead._from_dict
