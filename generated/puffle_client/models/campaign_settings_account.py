from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_settings_daily_stats import CampaignSettingsDailyStats
    from ..models.campaign_settings_limits import CampaignSettingsLimits
    from ..models.campaign_settings_weekly_stats import CampaignSettingsWeeklyStats


T = TypeVar("T", bound="CampaignSettingsAccount")


@_attrs_define
class CampaignSettingsAccount(AdditionalProperties):
    """A sender account that can run campaigns, with its limits and recent usage.

    Attributes:
        id (str):
        type_ (None | str | Unset): Channel of the account (`linkedin` or `email`).
        provider_account_id (None | str | Unset):
        is_premium (bool | None | Unset):
        weekly_connection_limit (int | None | Unset):
        weekly_message_limit (int | None | Unset):
        display_name (None | str | Unset):
        email_address (None | str | Unset):
        status (None | str | Unset):
        daily_limit (int | None | Unset):
        weekly_stats (CampaignSettingsWeeklyStats | None | Unset): Usage over the last 7 days.
        limits (CampaignSettingsLimits | None | Unset): Current, maximum and recommended weekly limits.
        daily_stats (CampaignSettingsDailyStats | None | Unset): Email: today's sends against the daily cap; may be
            missing.
    """

    id: str
    type_: str | Unset | None = UNSET
    provider_account_id: str | Unset | None = UNSET
    is_premium: bool | Unset | None = UNSET
    weekly_connection_limit: int | Unset | None = UNSET
    weekly_message_limit: int | Unset | None = UNSET
    display_name: str | Unset | None = UNSET
    email_address: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    daily_limit: int | Unset | None = UNSET
    weekly_stats: CampaignSettingsWeeklyStats | Unset | None = UNSET
    limits: CampaignSettingsLimits | Unset | None = UNSET
    daily_stats: CampaignSettingsDailyStats | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        provider_account_id: str | Unset | None
        if isinstance(self.provider_account_id, Unset):
            provider_account_id = UNSET
        else:
            provider_account_id = self.provider_account_id

        is_premium: bool | Unset | None
        if isinstance(self.is_premium, Unset):
            is_premium = UNSET
        else:
            is_premium = self.is_premium

        weekly_connection_limit: int | Unset | None
        if isinstance(self.weekly_connection_limit, Unset):
            weekly_connection_limit = UNSET
        else:
            weekly_connection_limit = self.weekly_connection_limit

        weekly_message_limit: int | Unset | None
        if isinstance(self.weekly_message_limit, Unset):
            weekly_message_limit = UNSET
        else:
            weekly_message_limit = self.weekly_message_limit

        display_name: str | Unset | None
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        email_address: str | Unset | None
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        daily_limit: int | Unset | None
        if isinstance(self.daily_limit, Unset):
            daily_limit = UNSET
        else:
            daily_limit = self.daily_limit

        weekly_stats: dict[str, Any] | Unset | None
        if isinstance(self.weekly_stats, Unset):
            weekly_stats = UNSET
        elif isinstance(self.weekly_stats, CampaignSettingsWeeklyStats):
            weekly_stats = self.weekly_stats.to_dict()
        else:
            weekly_stats = self.weekly_stats

        limits: dict[str, Any] | Unset | None
        if isinstance(self.limits, Unset):
            limits = UNSET
        elif isinstance(self.limits, CampaignSettingsLimits):
            limits = self.limits.to_dict()
        else:
            limits = self.limits

        daily_stats: dict[str, Any] | Unset | None
        if isinstance(self.daily_stats, Unset):
            daily_stats = UNSET
        elif isinstance(self.daily_stats, CampaignSettingsDailyStats):
            daily_stats = self.daily_stats.to_dict()
        else:
            daily_stats = self.daily_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if provider_account_id is not UNSET:
            field_dict["provider_account_id"] = provider_account_id
        if is_premium is not UNSET:
            field_dict["is_premium"] = is_premium
        if weekly_connection_limit is not UNSET:
            field_dict["weekly_connection_limit"] = weekly_connection_limit
        if weekly_message_limit is not UNSET:
            field_dict["weekly_message_limit"] = weekly_message_limit
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if status is not UNSET:
            field_dict["status"] = status
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if weekly_stats is not UNSET:
            field_dict["weekly_stats"] = weekly_stats
        if limits is not UNSET:
            field_dict["limits"] = limits
        if daily_stats is not UNSET:
            field_dict["daily_stats"] = daily_stats

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        provider_account_id = cast(None | str | Unset, d.pop("provider_account_id", UNSET))

        is_premium = cast(bool | None | Unset, d.pop("is_premium", UNSET))

        weekly_connection_limit = cast(int | None | Unset, d.pop("weekly_connection_limit", UNSET))

        weekly_message_limit = cast(int | None | Unset, d.pop("weekly_message_limit", UNSET))

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        email_address = cast(None | str | Unset, d.pop("email_address", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        daily_limit = cast(int | None | Unset, d.pop("daily_limit", UNSET))

        def _parse_weekly_stats(data: object) -> CampaignSettingsWeeklyStats | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                weekly_stats_type_0 = CampaignSettingsWeeklyStats.from_dict(data)

                return weekly_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignSettingsWeeklyStats | None | Unset, data)

        weekly_stats = _parse_weekly_stats(d.pop("weekly_stats", UNSET))

        def _parse_limits(data: object) -> CampaignSettingsLimits | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                limits_type_0 = CampaignSettingsLimits.from_dict(data)

                return limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignSettingsLimits | None | Unset, data)

        limits = _parse_limits(d.pop("limits", UNSET))

        def _parse_daily_stats(data: object) -> CampaignSettingsDailyStats | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                daily_stats_type_0 = CampaignSettingsDailyStats.from_dict(data)

                return daily_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignSettingsDailyStats | None | Unset, data)

        daily_stats = _parse_daily_stats(d.pop("daily_stats", UNSET))

        _instance = cls(
            id=id,
            type_=type_,
            provider_account_id=provider_account_id,
            is_premium=is_premium,
            weekly_connection_limit=weekly_connection_limit,
            weekly_message_limit=weekly_message_limit,
            display_name=display_name,
            email_address=email_address,
            status=status,
            daily_limit=daily_limit,
            weekly_stats=weekly_stats,
            limits=limits,
            daily_stats=daily_stats,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_settings_daily_stats import CampaignSettingsDailyStats  # noqa: E402
from ..models.campaign_settings_limits import CampaignSettingsLimits  # noqa: E402
from ..models.campaign_settings_weekly_stats import CampaignSettingsWeeklyStats  # noqa: E402
