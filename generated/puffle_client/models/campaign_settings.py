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
    from ..models.campaign_settings_account import CampaignSettingsAccount


T = TypeVar("T", bound="CampaignSettings")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSettings(AdditionalProperties):
    """Account-wide sending limits and usage for the caller's campaign senders.

    Attributes:
        accounts (list[CampaignSettingsAccount]):
        schedules (list[Any] | None): Item shape not documented.
        weekly_stats (list[Any] | None): Item shape not documented.
    """

    accounts: list[CampaignSettingsAccount]
    schedules: list[Any] | None = None
    weekly_stats: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["accounts"] = [_i.to_dict() for _i in self.accounts]
        field_dict["schedules"] = None if self.schedules is None else list(self.schedules)
        field_dict["weekly_stats"] = None if self.weekly_stats is None else list(self.weekly_stats)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        accounts = src_dict["accounts"]
        if _type(accounts) is not list:
            accounts = _check_list(accounts, "CampaignSettings", "accounts")
        accounts = [
            _CampaignSettingsAccount_from_dict(_i)
            if _type(_i) is dict
            else _CampaignSettingsAccount_from_dict(_check_object(_i, "CampaignSettings", "accounts"))
            for _i in accounts
        ]
        schedules = _get("schedules")
        if schedules is not None:
            if _type(schedules) is not list:
                schedules = _check_list(schedules, "CampaignSettings", "schedules")
        weekly_stats = _get("weekly_stats")
        if weekly_stats is not None:
            if _type(weekly_stats) is not list:
                weekly_stats = _check_list(weekly_stats, "CampaignSettings", "weekly_stats")
        _instance = cls(accounts, schedules, weekly_stats)
        if not _CAMPAIGNSETTINGS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSETTINGS_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_settings_account import CampaignSettingsAccount  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSETTINGS_KEYS: frozenset[str] = frozenset({"accounts", "schedules", "weekly_stats"})
_CampaignSettingsAccount_from_dict = CampaignSettingsAccount._from_dict
