from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="CampaignSender")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSender(AdditionalProperties):
    """A sender attached to a campaign, with its limits and current usage.

    Attributes:
        account_id (str): Sender account id.
        display_name (str | None):
        email_address (str | None):
        profile_url (str | None):
        status (str | None):
        type_ (CampaignChannel | None):
        is_premium (bool | None):
        warmup_status (str | None): Email warmup state (for example `completed`).
        weekly_connection_limit (int | None):
        weekly_message_limit (int | None):
        daily_limit (int | None):
        weekly_connections_sent (int | None): Rolling 7-day total across all of the caller's campaigns on this account.
        weekly_messages_sent (int | None): Rolling 7-day total across all of the caller's campaigns on this account.
        committed_count (int | None):
        campaign_messages_sent (int | None): Sent by this sender for this campaign; only filled for LinkedIn campaigns
            with a single sender.
        today_sent (int | None):
    """

    account_id: str
    display_name: str | None = None
    email_address: str | None = None
    profile_url: str | None = None
    status: str | None = None
    type_: CampaignChannel | None = None
    is_premium: bool | None = None
    warmup_status: str | None = None
    weekly_connection_limit: int | None = None
    weekly_message_limit: int | None = None
    daily_limit: int | None = None
    weekly_connections_sent: int | None = None
    weekly_messages_sent: int | None = None
    committed_count: int | None = None
    campaign_messages_sent: int | None = None
    today_sent: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["account_id"] = self.account_id
        field_dict["display_name"] = self.display_name
        field_dict["email_address"] = self.email_address
        field_dict["profile_url"] = self.profile_url
        field_dict["status"] = self.status
        field_dict["type"] = None if self.type_ is None else self.type_.value
        field_dict["is_premium"] = self.is_premium
        field_dict["warmup_status"] = self.warmup_status
        field_dict["weekly_connection_limit"] = self.weekly_connection_limit
        field_dict["weekly_message_limit"] = self.weekly_message_limit
        field_dict["daily_limit"] = self.daily_limit
        field_dict["weekly_connections_sent"] = self.weekly_connections_sent
        field_dict["weekly_messages_sent"] = self.weekly_messages_sent
        field_dict["committed_count"] = self.committed_count
        field_dict["campaign_messages_sent"] = self.campaign_messages_sent
        field_dict["today_sent"] = self.today_sent
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        account_id = src_dict["account_id"]
        if _type(account_id) is not str:
            account_id = _check_str(account_id, "CampaignSender", "account_id")
        display_name = _get("display_name")
        if _type(display_name) is not str and display_name is not None:
            display_name = _check_str(display_name, "CampaignSender", "display_name")
        email_address = _get("email_address")
        if _type(email_address) is not str and email_address is not None:
            email_address = _check_str(email_address, "CampaignSender", "email_address")
        profile_url = _get("profile_url")
        if _type(profile_url) is not str and profile_url is not None:
            profile_url = _check_str(profile_url, "CampaignSender", "profile_url")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "CampaignSender", "status")
        type_ = _get("type")
        if type_ is not None:
            if _type(type_) is str and type_ in _CAMPAIGNCHANNEL_BY_VALUE:
                type_ = _CAMPAIGNCHANNEL_BY_VALUE[type_]
            else:
                type_ = _parse_enum(CampaignChannel, type_, "CampaignSender", "type")
        is_premium = _get("is_premium")
        if _type(is_premium) is not bool and is_premium is not None:
            is_premium = _check_bool(is_premium, "CampaignSender", "is_premium")
        warmup_status = _get("warmup_status")
        if _type(warmup_status) is not str and warmup_status is not None:
            warmup_status = _check_str(warmup_status, "CampaignSender", "warmup_status")
        weekly_connection_limit = _get("weekly_connection_limit")
        if _type(weekly_connection_limit) is not int and weekly_connection_limit is not None:
            weekly_connection_limit = _check_int(weekly_connection_limit, "CampaignSender", "weekly_connection_limit")
        weekly_message_limit = _get("weekly_message_limit")
        if _type(weekly_message_limit) is not int and weekly_message_limit is not None:
            weekly_message_limit = _check_int(weekly_message_limit, "CampaignSender", "weekly_message_limit")
        daily_limit = _get("daily_limit")
        if _type(daily_limit) is not int and daily_limit is not None:
            daily_limit = _check_int(daily_limit, "CampaignSender", "daily_limit")
        weekly_connections_sent = _get("weekly_connections_sent")
        if _type(weekly_connections_sent) is not int and weekly_connections_sent is not None:
            weekly_connections_sent = _check_int(weekly_connections_sent, "CampaignSender", "weekly_connections_sent")
        weekly_messages_sent = _get("weekly_messages_sent")
        if _type(weekly_messages_sent) is not int and weekly_messages_sent is not None:
            weekly_messages_sent = _check_int(weekly_messages_sent, "CampaignSender", "weekly_messages_sent")
        committed_count = _get("committed_count")
        if _type(committed_count) is not int and committed_count is not None:
            committed_count = _check_int(committed_count, "CampaignSender", "committed_count")
        campaign_messages_sent = _get("campaign_messages_sent")
        if _type(campaign_messages_sent) is not int and campaign_messages_sent is not None:
            campaign_messages_sent = _check_int(campaign_messages_sent, "CampaignSender", "campaign_messages_sent")
        today_sent = _get("today_sent")
        if _type(today_sent) is not int and today_sent is not None:
            today_sent = _check_int(today_sent, "CampaignSender", "today_sent")
        _instance = cls(
            account_id,
            display_name,
            email_address,
            profile_url,
            status,
            type_,
            is_premium,
            warmup_status,
            weekly_connection_limit,
            weekly_message_limit,
            daily_limit,
            weekly_connections_sent,
            weekly_messages_sent,
            committed_count,
            campaign_messages_sent,
            today_sent,
        )
        if not _CAMPAIGNSENDER_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSENDER_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSENDER_KEYS: frozenset[str] = frozenset(
    {
        "account_id",
        "display_name",
        "email_address",
        "profile_url",
        "status",
        "type",
        "is_premium",
        "warmup_status",
        "weekly_connection_limit",
        "weekly_message_limit",
        "daily_limit",
        "weekly_connections_sent",
        "weekly_messages_sent",
        "committed_count",
        "campaign_messages_sent",
        "today_sent",
    }
)
_CAMPAIGNCHANNEL_BY_VALUE: dict[object, CampaignChannel] = cast(
    "dict[object, CampaignChannel]", CampaignChannel._value2member_map_
)
