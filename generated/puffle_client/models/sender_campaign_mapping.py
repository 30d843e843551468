from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SenderCampaignMapping")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SenderCampaignMapping(AdditionalProperties):
    """Link between a campaign and a sender account.

    Attributes:
        campaign_id (str | None):
        account_id (str | None):
    """

    campaign_id: str | None = None
    account_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["campaign_id"] = self.campaign_id
        field_dict["account_id"] = self.account_id
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        campaign_id = _get("campaign_id")
        if _type(campaign_id) is not str and campaign_id is not None:
            campaign_id = _check_str(campaign_id, "SenderCampaignMapping", "campaign_id")
        account_id = _get("account_id")
        if _type(account_id) is not str and account_id is not None:
            account_id = _check_str(account_id, "SenderCampaignMapping", "account_id")
        _instance = cls(campaign_id, account_id)
        if not _SENDERCAMPAIGNMAPPING_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SENDERCAMPAIGNMAPPING_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SENDERCAMPAIGNMAPPING_KEYS: frozenset[str] = frozenset({"campaign_id", "account_id"})
