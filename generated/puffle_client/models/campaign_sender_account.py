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

T = TypeVar("T", bound="CampaignSenderAccount")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSenderAccount(AdditionalProperties):
    """Compact view of a sender account attached to a campaign, as embedded in campaign objects.

    Attributes:
        id (str): Sender account id.
        type_ (CampaignChannel | None): Channel of the account.
        email_address (str | None):
        provider_account_id (str | None): Upstream LinkedIn account id; null for email senders.
        display_name (str | None):
        status (str | None): Account state as reported by the sender (for example `active`).
        first_name (str | None):
        last_name (str | None):
        daily_limit (int | None):
        weekly_connection_limit (int | None): LinkedIn only; null for email senders.
        weekly_message_limit (int | None): LinkedIn only; null for email senders.
        is_premium (bool | None): LinkedIn only; null for email senders.
    """

    id: str
    type_: CampaignChannel | None = None
    email_address: str | None = None
    provider_account_id: str | None = None
    display_name: str | None = None
    status: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    daily_limit: int | None = None
    weekly_connection_limit: int | None = None
    weekly_message_limit: int | None = None
    is_premium: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = None if self.type_ is None else self.type_.value
        field_dict["email_address"] = self.email_address
        field_dict["provider_account_id"] = self.provider_account_id
        field_dict["display_name"] = self.display_name
        field_dict["status"] = self.status
        field_dict["first_name"] = self.first_name
        field_dict["last_name"] = self.last_name
        field_dict["daily_limit"] = self.daily_limit
        field_dict["weekly_connection_limit"] = self.weekly_connection_limit
        field_dict["weekly_message_limit"] = self.weekly_message_limit
        field_dict["is_premium"] = self.is_premium
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "CampaignSenderAccount", "id")
        type_ = _get("type")
        if type_ is not None:
            if _type(type_) is str and type_ in _CAMPAIGNCHANNEL_BY_VALUE:
                type_ = _CAMPAIGNCHANNEL_BY_VALUE[type_]
            else:
                type_ = _parse_enum(CampaignChannel, type_, "CampaignSenderAccount", "type")
        email_address = _get("email_address")
        if _type(email_address) is not str and email_address is not None:
            email_address = _check_str(email_address, "CampaignSenderAccount", "email_address")
        provider_account_id = _get("provider_account_id")
        if _type(provider_account_id) is not str and provider_account_id is not None:
            provider_account_id = _check_str(provider_account_id, "CampaignSenderAccount", "provider_account_id")
        display_name = _get("display_name")
        if _type(display_name) is not str and display_name is not None:
            display_name = _check_str(display_name, "CampaignSenderAccount", "display_name")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "CampaignSenderAccount", "status")
        first_name = _get("first_name")
        if _type(first_name) is not str and first_name is not None:
            first_name = _check_str(first_name, "CampaignSenderAccount", "first_name")
        last_name = _get("last_name")
        if _type(last_name) is not str and last_name is not None:
            last_name = _check_str(last_name, "CampaignSenderAccount", "last_name")
        daily_limit = _get("daily_limit")
        if _type(daily_limit) is not int and daily_limit is not None:
            daily_limit = _check_int(daily_limit, "CampaignSenderAccount", "daily_limit")
        weekly_connection_limit = _get("weekly_connection_limit")
        if _type(weekly_connection_limit) is not int and weekly_connection_limit is not None:
            weekly_connection_limit = _check_int(
                weekly_connection_limit, "CampaignSenderAccount", "weekly_connection_limit"
            )
        weekly_message_limit = _get("weekly_message_limit")
        if _type(weekly_message_limit) is not int and weekly_message_limit is not None:
            weekly_message_limit = _check_int(weekly_message_limit, "CampaignSenderAccount", "weekly_message_limit")
        is_premium = _get("is_premium")
        if _type(is_premium) is not bool and is_premium is not None:
            is_premium = _check_bool(is_premium, "CampaignSenderAccount", "is_premium")
        _instance = cls(
            id,
            type_,
            email_address,
            provider_account_id,
            display_name,
            status,
            first_name,
            last_name,
            daily_limit,
            weekly_connection_limit,
            weekly_message_limit,
            is_premium,
        )
        if not _CAMPAIGNSENDERACCOUNT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSENDERACCOUNT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSENDERACCOUNT_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "email_address",
        "provider_account_id",
        "display_name",
        "status",
        "first_name",
        "last_name",
        "daily_limit",
        "weekly_connection_limit",
        "weekly_message_limit",
        "is_premium",
    }
)
_CAMPAIGNCHANNEL_BY_VALUE: dict[object, CampaignChannel] = cast(
    "dict[object, CampaignChannel]", CampaignChannel._value2member_map_
)
