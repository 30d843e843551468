from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignSender")


@_attrs_define
class CampaignSender(AdditionalProperties):
    """A sender attached to a campaign, with its limits and current usage.

    Attributes:
        account_id (str): Sender account id.
        display_name (None | str | Unset):
        email_address (None | str | Unset):
        profile_url (None | str | Unset):
        status (None | str | Unset):
        type_ (CampaignChannel | None | Unset):
        is_premium (bool | None | Unset):
        warmup_status (None | str | Unset): Email warmup state (for example `completed`).
        weekly_connection_limit (int | None | Unset):
        weekly_message_limit (int | None | Unset):
        daily_limit (int | None | Unset):
        weekly_connections_sent (int | None | Unset): Rolling 7-day total across all of the caller's campaigns on this
            account.
        weekly_messages_sent (int | None | Unset): Rolling 7-day total across all of the caller's campaigns on this
            account.
        committed_count (int | None | Unset):
        campaign_messages_sent (int | None | Unset): Sent by this sender for this campaign; only filled for LinkedIn
            campaigns with a single sender.
        today_sent (int | None | Unset):
    """

    account_id: str
    display_name: str | Unset | None = UNSET
    email_address: str | Unset | None = UNSET
    profile_url: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    type_: CampaignChannel | Unset | None = UNSET
    is_premium: bool | Unset | None = UNSET
    warmup_status: str | Unset | None = UNSET
    weekly_connection_limit: int | Unset | None = UNSET
    weekly_message_limit: int | Unset | None = UNSET
    daily_limit: int | Unset | None = UNSET
    weekly_connections_sent: int | Unset | None = UNSET
    weekly_messages_sent: int | Unset | None = UNSET
    committed_count: int | Unset | None = UNSET
    campaign_messages_sent: int | Unset | None = UNSET
    today_sent: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

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

        profile_url: str | Unset | None
        if isinstance(self.profile_url, Unset):
            profile_url = UNSET
        else:
            profile_url = self.profile_url

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CampaignChannel):
            type_ = self.type_.value
        else:
            type_ = self.type_

        is_premium: bool | Unset | None
        if isinstance(self.is_premium, Unset):
            is_premium = UNSET
        else:
            is_premium = self.is_premium

        warmup_status: str | Unset | None
        if isinstance(self.warmup_status, Unset):
            warmup_status = UNSET
        else:
            warmup_status = self.warmup_status

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

        daily_limit: int | Unset | None
        if isinstance(self.daily_limit, Unset):
            daily_limit = UNSET
        else:
            daily_limit = self.daily_limit

        weekly_connections_sent: int | Unset | None
        if isinstance(self.weekly_connections_sent, Unset):
            weekly_connections_sent = UNSET
        else:
            weekly_connections_sent = self.weekly_connections_sent

        weekly_messages_sent: int | Unset | None
        if isinstance(self.weekly_messages_sent, Unset):
            weekly_messages_sent = UNSET
        else:
            weekly_messages_sent = self.weekly_messages_sent

        committed_count: int | Unset | None
        if isinstance(self.committed_count, Unset):
            committed_count = UNSET
        else:
            committed_count = self.committed_count

        campaign_messages_sent: int | Unset | None
        if isinstance(self.campaign_messages_sent, Unset):
            campaign_messages_sent = UNSET
        else:
            campaign_messages_sent = self.campaign_messages_sent

        today_sent: int | Unset | None
        if isinstance(self.today_sent, Unset):
            today_sent = UNSET
        else:
            today_sent = self.today_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account_id": account_id,
            }
        )
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if profile_url is not UNSET:
            field_dict["profile_url"] = profile_url
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_premium is not UNSET:
            field_dict["is_premium"] = is_premium
        if warmup_status is not UNSET:
            field_dict["warmup_status"] = warmup_status
        if weekly_connection_limit is not UNSET:
            field_dict["weekly_connection_limit"] = weekly_connection_limit
        if weekly_message_limit is not UNSET:
            field_dict["weekly_message_limit"] = weekly_message_limit
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if weekly_connections_sent is not UNSET:
            field_dict["weekly_connections_sent"] = weekly_connections_sent
        if weekly_messages_sent is not UNSET:
            field_dict["weekly_messages_sent"] = weekly_messages_sent
        if committed_count is not UNSET:
            field_dict["committed_count"] = committed_count
        if campaign_messages_sent is not UNSET:
            field_dict["campaign_messages_sent"] = campaign_messages_sent
        if today_sent is not UNSET:
            field_dict["today_sent"] = today_sent

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id")

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        email_address = cast(None | str | Unset, d.pop("email_address", UNSET))

        profile_url = cast(None | str | Unset, d.pop("profile_url", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

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

        is_premium = cast(bool | None | Unset, d.pop("is_premium", UNSET))

        warmup_status = cast(None | str | Unset, d.pop("warmup_status", UNSET))

        weekly_connection_limit = cast(int | None | Unset, d.pop("weekly_connection_limit", UNSET))

        weekly_message_limit = cast(int | None | Unset, d.pop("weekly_message_limit", UNSET))

        daily_limit = cast(int | None | Unset, d.pop("daily_limit", UNSET))

        weekly_connections_sent = cast(int | None | Unset, d.pop("weekly_connections_sent", UNSET))

        weekly_messages_sent = cast(int | None | Unset, d.pop("weekly_messages_sent", UNSET))

        committed_count = cast(int | None | Unset, d.pop("committed_count", UNSET))

        campaign_messages_sent = cast(int | None | Unset, d.pop("campaign_messages_sent", UNSET))

        today_sent = cast(int | None | Unset, d.pop("today_sent", UNSET))

        _instance = cls(
            account_id=account_id,
            display_name=display_name,
            email_address=email_address,
            profile_url=profile_url,
            status=status,
            type_=type_,
            is_premium=is_premium,
            warmup_status=warmup_status,
            weekly_connection_limit=weekly_connection_limit,
            weekly_message_limit=weekly_message_limit,
            daily_limit=daily_limit,
            weekly_connections_sent=weekly_connections_sent,
            weekly_messages_sent=weekly_messages_sent,
            committed_count=committed_count,
            campaign_messages_sent=campaign_messages_sent,
            today_sent=today_sent,
        )

        _instance.additional_properties = d
        return _instance
