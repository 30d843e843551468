from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="CampaignAccountLimit")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignAccountLimit(AdditionalProperties):
    """Per-sender daily cap for an email campaign.

    Attributes:
        account_id (str | Unset):
        daily_limit (int | Unset):
    """

    account_id: str | Unset = UNSET
    daily_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.account_id, Unset):
            field_dict["account_id"] = self.account_id
        if not isinstance(self.daily_limit, Unset):
            field_dict["daily_limit"] = self.daily_limit
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        account_id = _get("account_id", UNSET)
        if _type(account_id) is not str and account_id is not UNSET:
            account_id = _check_str(account_id, "CampaignAccountLimit", "account_id")
        daily_limit = _get("daily_limit", UNSET)
        if _type(daily_limit) is not int and daily_limit is not UNSET:
            daily_limit = _check_int(daily_limit, "CampaignAccountLimit", "daily_limit")
        _instance = cls(account_id, daily_limit)
        if not _CAMPAIGNACCOUNTLIMIT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNACCOUNTLIMIT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNACCOUNTLIMIT_KEYS: frozenset[str] = frozenset({"account_id", "daily_limit"})
