from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_settings_account import CampaignSettingsAccount


T = TypeVar("T", bound="CampaignSettings")


@_attrs_define
class CampaignSettings(AdditionalProperties):
    """Account-wide sending limits and usage for the caller's campaign senders.

    Attributes:
        accounts (list[CampaignSettingsAccount]):
        schedules (list[Any] | None | Unset): Item shape not documented.
        weekly_stats (list[Any] | None | Unset): Item shape not documented.
    """

    accounts: list[CampaignSettingsAccount]
    schedules: list[Any] | Unset | None = UNSET
    weekly_stats: list[Any] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        schedules: list[Any] | Unset | None
        if isinstance(self.schedules, Unset):
            schedules = UNSET
        elif isinstance(self.schedules, list):
            schedules = self.schedules

        else:
            schedules = self.schedules

        weekly_stats: list[Any] | Unset | None
        if isinstance(self.weekly_stats, Unset):
            weekly_stats = UNSET
        elif isinstance(self.weekly_stats, list):
            weekly_stats = self.weekly_stats

        else:
            weekly_stats = self.weekly_stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accounts": accounts,
            }
        )
        if schedules is not UNSET:
            field_dict["schedules"] = schedules
        if weekly_stats is not UNSET:
            field_dict["weekly_stats"] = weekly_stats

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = CampaignSettingsAccount.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        def _parse_schedules(data: object) -> list[Any] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                schedules_type_0 = cast(list[Any], data)

                return schedules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        schedules = _parse_schedules(d.pop("schedules", UNSET))

        def _parse_weekly_stats(data: object) -> list[Any] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                weekly_stats_type_0 = cast(list[Any], data)

                return weekly_stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        weekly_stats = _parse_weekly_stats(d.pop("weekly_stats", UNSET))

        _instance = cls(
            accounts=accounts,
            schedules=schedules,
            weekly_stats=weekly_stats,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_settings_account import CampaignSettingsAccount  # noqa: E402
