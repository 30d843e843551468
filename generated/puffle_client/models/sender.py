from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sender_type import SenderType
from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_object,
    _check_str,
    _parse_datetime,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.email_domain_summary import EmailDomainSummary
    from ..models.sender_stats import SenderStats


T = TypeVar("T", bound="Sender")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Sender(AdditionalProperties):
    """One sender account — a row of the unified accounts table, either an email inbox or a connected
    LinkedIn account. Columns that belong to the other channel are null.

        Attributes:
            id (str): Sender id; used as `sender_id` / `account_id` in Unibox and as `{id}` in `/api/senders/{id}`.
            user_id (str | None): Owning user.
            type_ (SenderType | None): Channel of the sender.
            display_name (str | None):
            status (str | None): Sender status. Values seen in the docs: email `pending`, `warming`, `active`, `error`;
                LinkedIn
                `connected`, `credentials_required`, `disconnected`. Only `active` email inboxes send campaign email.
            created_at (datetime.datetime | None):
            updated_at (datetime.datetime | None):
            provider_account_id (str | None): LinkedIn only — id of the connected LinkedIn account at the connection
                provider.
            profile_url (str | None): LinkedIn only — profile URL.
            is_premium (bool | None): LinkedIn only — whether the account has LinkedIn Premium.
            has_sales_navigator (bool | None): LinkedIn only — whether the account has Sales Navigator.
            weekly_connection_limit (int | None): LinkedIn only — connection requests allowed per week.
            weekly_message_limit (int | None): LinkedIn only — messages allowed per week.
            email_address (str | None): Email only — the inbox address.
            domain_id (str | None): Email only — the sending domain (`email_domains.id`).
            agentmail_inbox_id (str | None): Email only — id of the backing mailbox.
            instantly_account_id (str | None): Email only — id of the account at the warmup provider.
            warmup_status (str | None): Email only — warmup state. Values seen in the docs: `not_started`, `warming`,
                `warmed`, `active`,
                `completed`, `banned`, `suspended`.
            first_name (str | None):
            last_name (str | None):
            signature (str | None):
            daily_limit (int | None): Daily send limit.
            instantly_tag_id (str | None): Email only — account tag at the warmup provider.
            instantly_warmup_tag_id (str | None): Email only — warmup tag at the warmup provider.
            email_domains (EmailDomainSummary | None): Email only — summary of the inbox's sending domain (present on list
                rows).
            stats (SenderStats | None): Today's usage; returned by `getSender` only.
    """

    id: str
    user_id: str | None = None
    type_: SenderType | None = None
    display_name: str | None = None
    status: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    provider_account_id: str | None = None
    profile_url: str | None = None
    is_premium: bool | None = None
    has_sales_navigator: bool | None = None
    weekly_connection_limit: int | None = None
    weekly_message_limit: int | None = None
    email_address: str | None = None
    domain_id: str | None = None
    agentmail_inbox_id: str | None = None
    instantly_account_id: str | None = None
    warmup_status: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    signature: str | None = None
    daily_limit: int | None = None
    instantly_tag_id: str | None = None
    instantly_warmup_tag_id: str | None = None
    email_domains: EmailDomainSummary | None = None
    stats: SenderStats | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["user_id"] = self.user_id
        field_dict["type"] = None if self.type_ is None else self.type_.value
        field_dict["display_name"] = self.display_name
        field_dict["status"] = self.status
        field_dict["created_at"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["updated_at"] = None if self.updated_at is None else self.updated_at.isoformat()
        field_dict["provider_account_id"] = self.provider_account_id
        field_dict["profile_url"] = self.profile_url
        field_dict["is_premium"] = self.is_premium
        field_dict["has_sales_navigator"] = self.has_sales_navigator
        field_dict["weekly_connection_limit"] = self.weekly_connection_limit
        field_dict["weekly_message_limit"] = self.weekly_message_limit
        field_dict["email_address"] = self.email_address
        field_dict["domain_id"] = self.domain_id
        field_dict["agentmail_inbox_id"] = self.agentmail_inbox_id
        field_dict["instantly_account_id"] = self.instantly_account_id
        field_dict["warmup_status"] = self.warmup_status
        field_dict["first_name"] = self.first_name
        field_dict["last_name"] = self.last_name
        field_dict["signature"] = self.signature
        field_dict["daily_limit"] = self.daily_limit
        field_dict["instantly_tag_id"] = self.instantly_tag_id
        field_dict["instantly_warmup_tag_id"] = self.instantly_warmup_tag_id
        field_dict["email_domains"] = None if self.email_domains is None else self.email_domains.to_dict()
        field_dict["stats"] = None if self.stats is None else self.stats.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "Sender", "id")
        user_id = _get("user_id")
        if _type(user_id) is not str and user_id is not None:
            user_id = _check_str(user_id, "Sender", "user_id")
        type_ = _get("type")
        if type_ is not None:
            if _type(type_) is str and type_ in _SENDERTYPE_BY_VALUE:
                type_ = _SENDERTYPE_BY_VALUE[type_]
            else:
                type_ = _parse_enum(SenderType, type_, "Sender", "type")
        display_name = _get("display_name")
        if _type(display_name) is not str and display_name is not None:
            display_name = _check_str(display_name, "Sender", "display_name")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "Sender", "status")
        created_at = _get("created_at")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "Sender", "created_at")
        updated_at = _get("updated_at")
        if updated_at is not None:
            updated_at = _parse_datetime(updated_at, "Sender", "updated_at")
        provider_account_id = _get("provider_account_id")
        if _type(provider_account_id) is not str and provider_account_id is not None:
            provider_account_id = _check_str(provider_account_id, "Sender", "provider_account_id")
        profile_url = _get("profile_url")
        if _type(profile_url) is not str and profile_url is not None:
            profile_url = _check_str(profile_url, "Sender", "profile_url")
        is_premium = _get("is_premium")
        if _type(is_premium) is not bool and is_premium is not None:
            is_premium = _check_bool(is_premium, "Sender", "is_premium")
        has_sales_navigator = _get("has_sales_navigator")
        if _type(has_sales_navigator) is not bool and has_sales_navigator is not None:
            has_sales_navigator = _check_bool(has_sales_navigator, "Sender", "has_sales_navigator")
        weekly_connection_limit = _get("weekly_connection_limit")
        if _type(weekly_connection_limit) is not int and weekly_connection_limit is not None:
            weekly_connection_limit = _check_int(weekly_connection_limit, "Sender", "weekly_connection_limit")
        weekly_message_limit = _get("weekly_message_limit")
        if _type(weekly_message_limit) is not int and weekly_message_limit is not None:
            weekly_message_limit = _check_int(weekly_message_limit, "Sender", "weekly_message_limit")
        email_address = _get("email_address")
        if _type(email_address) is not str and email_address is not None:
            email_address = _check_str(email_address, "Sender", "email_address")
        domain_id = _get("domain_id")
        if _type(domain_id) is not str and domain_id is not None:
            domain_id = _check_str(domain_id, "Sender", "domain_id")
        agentmail_inbox_id = _get("agentmail_inbox_id")
        if _type(agentmail_inbox_id) is not str and agentmail_inbox_id is not None:
            agentmail_inbox_id = _check_str(agentmail_inbox_id, "Sender", "agentmail_inbox_id")
        instantly_account_id = _get("instantly_account_id")
        if _type(instantly_account_id) is not str and instantly_account_id is not None:
            instantly_account_id = _check_str(instantly_account_id, "Sender", "instantly_account_id")
        warmup_status = _get("warmup_status")
        if _type(warmup_status) is not str and warmup_status is not None:
            warmup_status = _check_str(warmup_status, "Sender", "warmup_status")
        first_name = _get("first_name")
        if _type(first_name) is not str and first_name is not None:
            first_name = _check_str(first_name, "Sender", "first_name")
        last_name = _get("last_name")
        if _type(last_name) is not str and last_name is not None:
            last_name = _check_str(last_name, "Sender", "last_name")
        signature = _get("signature")
        if _type(signature) is not str and signature is not None:
            signature = _check_str(signature, "Sender", "signature")
        daily_limit = _get("daily_limit")
        if _type(daily_limit) is not int and daily_limit is not None:
            daily_limit = _check_int(daily_limit, "Sender", "daily_limit")
        instantly_tag_id = _get("instantly_tag_id")
        if _type(instantly_tag_id) is not str and instantly_tag_id is not None:
            instantly_tag_id = _check_str(instantly_tag_id, "Sender", "instantly_tag_id")
        instantly_warmup_tag_id = _get("instantly_warmup_tag_id")
        if _type(instantly_warmup_tag_id) is not str and instantly_warmup_tag_id is not None:
            instantly_warmup_tag_id = _check_str(instantly_warmup_tag_id, "Sender", "instantly_warmup_tag_id")
        email_domains = _get("email_domains")
        if email_domains is not None:
            if _type(email_domains) is not dict:
                email_domains = _check_object(email_domains, "Sender", "email_domains")
            email_domains = _EmailDomainSummary_from_dict(email_domains)
        stats = _get("stats")
        if stats is not None:
            if _type(stats) is not dict:
                stats = _check_object(stats, "Sender", "stats")
            stats = _SenderStats_from_dict(stats)
        _instance = cls(
            id,
            user_id,
            type_,
            display_name,
            status,
            created_at,
            updated_at,
            provider_account_id,
            profile_url,
            is_premium,
            has_sales_navigator,
            weekly_connection_limit,
            weekly_message_limit,
            email_address,
            domain_id,
            agentmail_inbox_id,
            instantly_account_id,
            warmup_status,
            first_name,
            last_name,
            signature,
            daily_limit,
            instantly_tag_id,
            instantly_warmup_tag_id,
            email_domains,
            stats,
        )
        if not _SENDER_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SENDER_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain_summary import EmailDomainSummary  # noqa: E402
from ..models.sender_stats import SenderStats  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SENDER_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "type",
        "display_name",
        "status",
        "created_at",
        "updated_at",
        "provider_account_id",
        "profile_url",
        "is_premium",
        "has_sales_navigator",
        "weekly_connection_limit",
        "weekly_message_limit",
        "email_address",
        "domain_id",
        "agentmail_inbox_id",
        "instantly_account_id",
        "warmup_status",
        "first_name",
        "last_name",
        "signature",
        "daily_limit",
        "instantly_tag_id",
        "instantly_warmup_tag_id",
        "email_domains",
        "stats",
    }
)
_SENDERTYPE_BY_VALUE: dict[object, SenderType] = cast("dict[object, SenderType]", SenderType._value2member_map_)
_EmailDomainSummary_from_dict = EmailDomainSummary._from_dict
_SenderStats_from_dict = SenderStats._from_dict
