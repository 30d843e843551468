from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.campaign_settings_daily_stats import CampaignSettingsDailyStats
    from ..models.campaign_settings_limits import CampaignSettingsLimits
    from ..models.campaign_settings_weekly_stats import CampaignSettingsWeeklyStats


T = TypeVar("T", bound="CampaignSettingsAccount")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSettingsAccount(AdditionalProperties):
    """A sender account that can run campaigns, with its limits and recent usage.

    Attributes:
        id (str):
        type_ (str | None): Channel of the account (`linkedin` or `email`).
        provider_account_id (str | None):
        is_premium (bool | None):
        weekly_connection_limit (int | None):
        weekly_message_limit (int | None):
        display_name (str | None):
        email_address (str | None):
        status (str | None):
        daily_limit (int | None):
        weekly_stats (CampaignSettingsWeeklyStats | None): Usage over the last 7 days.
        limits (CampaignSettingsLimits | None): Current, maximum and recommended weekly limits.
        daily_stats (CampaignSettingsDailyStats | None): Email: today's sends against the daily cap; may be missing.
    """

    id: str
    type_: str | None = None
    provider_account_id: str | None = None
    is_premium: bool | None = None
    weekly_connection_limit: int | None = None
    weekly_message_limit: int | None = None
    display_name: str | None = None
    email_address: str | None = None
    status: str | None = None
    daily_limit: int | None = None
    weekly_stats: CampaignSettingsWeeklyStats | None = None
    limits: CampaignSettingsLimits | None = None
    daily_stats: CampaignSettingsDailyStats | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = self.type_
        field_dict["provider_account_id"] = self.provider_account_id
        field_dict["is_premium"] = self.is_premium
        field_dict["weekly_connection_limit"] = self.weekly_connection_limit
        field_dict["weekly_message_limit"] = self.weekly_message_limit
        field_dict["display_name"] = self.display_name
        field_dict["email_address"] = self.email_address
        field_dict["status"] = self.status
        field_dict["daily_limit"] = self.daily_limit
        field_dict["weekly_stats"] = None if self.weekly_stats is None else self.weekly_stats.to_dict()
        field_dict["limits"] = None if self.limits is None else self.limits.to_dict()
        field_dict["daily_stats"] = None if self.daily_stats is None else self.daily_stats.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "CampaignSettingsAccount", "id")
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "CampaignSettingsAccount", "type")
        provider_account_id = _get("provider_account_id")
        if _type(provider_account_id) is not str and provider_account_id is not None:
            provider_account_id = _check_str(provider_account_id, "CampaignSettingsAccount", "provider_account_id")
        is_premium = _get("is_premium")
        if _type(is_premium) is not bool and is_premium is not None:
            is_premium = _check_bool(is_premium, "CampaignSettingsAccount", "is_premium")
        weekly_connection_limit = _get("weekly_connection_limit")
        if _type(weekly_connection_limit) is not int and weekly_connection_limit is not None:
            weekly_connection_limit = _check_int(
                weekly_connection_limit, "CampaignSettingsAccount", "weekly_connection_limit"
            )
        weekly_message_limit = _get("weekly_message_limit")
        if _type(weekly_message_limit) is not int and weekly_message_limit is not None:
            weekly_message_limit = _check_int(weekly_message_limit, "CampaignSettingsAccount", "weekly_message_limit")
        display_name = _get("display_name")
        if _type(display_name) is not str and display_name is not None:
            display_name = _check_str(display_name, "CampaignSettingsAccount", "display_name")
        email_address = _get("email_address")
        if _type(email_address) is not str and email_address is not None:
            email_address = _check_str(email_address, "CampaignSettingsAccount", "email_address")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "CampaignSettingsAccount", "status")
        daily_limit = _get("daily_limit")
        if _type(daily_limit) is not int and daily_limit is not None:
            daily_limit = _check_int(daily_limit, "CampaignSettingsAccount", "daily_limit")
        weekly_stats = _get("weekly_stats")
        if weekly_stats is not None:
            if _type(weekly_stats) is not dict:
                weekly_stats = _check_object(weekly_stats, "CampaignSettingsAccount", "weekly_stats")
            weekly_stats = _CampaignSettingsWeeklyStats_from_dict(weekly_stats)
        limits = _get("limits")
        if limits is not None:
            if _type(limits) is not dict:
                limits = _check_object(limits, "CampaignSettingsAccount", "limits")
            limits = _CampaignSettingsLimits_from_dict(limits)
        daily_stats = _get("daily_stats")
        if daily_stats is not None:
            if _type(daily_stats) is not dict:
                daily_stats = _check_object(daily_stats, "CampaignSettingsAccount", "daily_stats")
            daily_stats = _CampaignSettingsDailyStats_from_dict(daily_stats)
        _instance = cls(
            id,
            type_,
            provider_account_id,
            is_premium,
            weekly_connection_limit,
            weekly_message_limit,
            display_name,
            email_address,
            status,
            daily_limit,
            weekly_stats,
            limits,
            daily_stats,
        )
        if not _CAMPAIGNSETTINGSACCOUNT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSETTINGSACCOUNT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_settings_daily_stats import CampaignSettingsDailyStats  # noqa: E402
from ..models.campaign_settings_limits import CampaignSettingsLimits  # noqa: E402
from ..models.campaign_settings_weekly_stats import CampaignSettingsWeeklyStats  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSETTINGSACCOUNT_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "provider_account_id",
        "is_premium",
        "weekly_connection_limit",
        "weekly_message_limit",
        "display_name",
        "email_address",
        "status",
        "daily_limit",
        "weekly_stats",
        "limits",
        "daily_stats",
    }
)
_CampaignSettingsDailyStats_from_dict = CampaignSettingsDailyStats._from_dict
_CampaignSettingsLimits_from_dict = CampaignSettingsLimits._from_dict
_CampaignSettingsWeeklyStats_from_dict = CampaignSettingsWeeklyStats._from_dict
