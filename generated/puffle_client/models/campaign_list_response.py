from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.campaign import Campaign


T = TypeVar("T", bound="CampaignListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignListResponse(AdditionalProperties):
    """Every campaign of the caller, active and paused ones first.

    Attributes:
        campaigns (list[Campaign]):
    """

    campaigns: list[Campaign]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["campaigns"] = [_i.to_dict() for _i in self.campaigns]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        campaigns = src_dict["campaigns"]
        if _type(campaigns) is not list:
            campaigns = _check_list(campaigns, "CampaignListResponse", "campaigns")
        campaigns = [
            _Campaign_from_dict(_i)
            if _type(_i) is dict
            else _Campaign_from_dict(_check_object(_i, "CampaignListResponse", "campaigns"))
            for _i in campaigns
        ]
        _instance = cls(campaigns)
        if not _CAMPAIGNLISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign import Campaign  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLISTRESPONSE_KEYS: frozenset[str] = frozenset({"campaigns"})
_Campaign_from_dict = Campaign._from_dict
