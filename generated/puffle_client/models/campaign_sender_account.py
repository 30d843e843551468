from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignSenderAccount")


@_attrs_define
class CampaignSenderAccount(AdditionalProperties):
    """Compact view of a sender account attached to a campaign, as embedded in campaign objects.

    Attributes:
        id (str): Sender account id.
        type_ (CampaignChannel | None | Unset): Channel of the account.
        email_address (None | str | Unset):
        provider_account_id (None | str | Unset): Upstream LinkedIn account id; null for email senders.
        display_name (None | str | Unset):
        status (None | str | Unset): Account state as reported by the sender (for example `active`).
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        daily_limit (int | None | Unset):
        weekly_connection_limit (int | None | Unset): LinkedIn only; null for email senders.
        weekly_message_limit (int | None | Unset): LinkedIn only; null for email senders.
        is_premium (bool | None | Unset): LinkedIn only; null for email senders.
    """

    id: str
    type_: CampaignChannel | Unset | None = UNSET
    email_address: str | Unset | None = UNSET
    provider_account_id: str | Unset | None = UNSET
    display_name: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    daily_limit: int | Unset | None = UNSET
    weekly_connection_limit: int | Unset | None = UNSET
    weekly_message_limit: int | Unset | None = UNSET
    is_premium: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CampaignChannel):
            type_ = self.type_.value
        else:
            type_ = self.type_

        email_address: str | Unset | None
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        provider_account_id: str | Unset | None
        if isinstance(self.provider_account_id, Unset):
            provider_account_id = UNSET
        else:
            provider_account_id = self.provider_account_id

        display_name: str | Unset | None
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        daily_limit: int | Unset | None
        if isinstance(self.daily_limit, Unset):
            daily_limit = UNSET
        else:
            daily_limit = self.daily_limit

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

        is_premium: bool | Unset | None
        if isinstance(self.is_premium, Unset):
            is_premium = UNSET
        else:
            is_premium = self.is_premium

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if provider_account_id is not UNSET:
            field_dict["provider_account_id"] = provider_account_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if status is not UNSET:
            field_dict["status"] = status
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if weekly_connection_limit is not UNSET:
            field_dict["weekly_connection_limit"] = weekly_connection_limit
        if weekly_message_limit is not UNSET:
            field_dict["weekly_message_limit"] = weekly_message_limit
        if is_premium is not UNSET:
            field_dict["is_premium"] = is_premium

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_type_(data: object) -> CampaignChannel | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = CampaignChannel(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignChannel | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        email_address = cast(None | str | Unset, d.pop("email_address", UNSET))

        provider_account_id = cast(None | str | Unset, d.pop("provider_account_id", UNSET))

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        first_name = cast(None | str | Unset, d.pop("first_name", UNSET))

        last_name = cast(None | str | Unset, d.pop("last_name", UNSET))

        daily_limit = cast(int | None | Unset, d.pop("daily_limit", UNSET))

        weekly_connection_limit = cast(int | None | Unset, d.pop("weekly_connection_limit", UNSET))

        weekly_message_limit = cast(int | None | Unset, d.pop("weekly_message_limit", UNSET))

        is_premium = cast(bool | None | Unset, d.pop("is_premium", UNSET))

        _instance = cls(
            id=id,
            type_=type_,
            email_address=email_address,
            provider_account_id=provider_account_id,
            display_name=display_name,
            status=status,
            first_name=first_name,
            last_name=last_name,
            daily_limit=daily_limit,
            weekly_connection_limit=weekly_connection_limit,
            weekly_message_limit=weekly_message_limit,
            is_premium=is_premium,
        )

        _instance.additional_properties = d
        return _instance
