from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sender_type import SenderType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.email_domain_summary import EmailDomainSummary
    from ..models.sender_stats import SenderStats


T = TypeVar("T", bound="Sender")


@_attrs_define
class Sender(AdditionalProperties):
    """One sender account — a row of the unified accounts table, either an email inbox or a connected
    LinkedIn account. Columns that belong to the other channel are null.

        Attributes:
            id (str): Sender id; used as `sender_id` / `account_id` in Unibox and as `{id}` in `/api/senders/{id}`.
            user_id (None | str | Unset): Owning user.
            type_ (None | SenderType | Unset): Channel of the sender.
            display_name (None | str | Unset):
            status (None | str | Unset): Sender status. Values seen in the docs: email `pending`, `warming`, `active`,
                `error`; LinkedIn
                `connected`, `credentials_required`, `disconnected`. Only `active` email inboxes send campaign email.
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            provider_account_id (None | str | Unset): LinkedIn only — id of the connected LinkedIn account at the connection
                provider.
            profile_url (None | str | Unset): LinkedIn only — profile URL.
            is_premium (bool | None | Unset): LinkedIn only — whether the account has LinkedIn Premium.
            has_sales_navigator (bool | None | Unset): LinkedIn only — whether the account has Sales Navigator.
            weekly_connection_limit (int | None | Unset): LinkedIn only — connection requests allowed per week.
            weekly_message_limit (int | None | Unset): LinkedIn only — messages allowed per week.
            email_address (None | str | Unset): Email only — the inbox address.
            domain_id (None | str | Unset): Email only — the sending domain (`email_domains.id`).
            agentmail_inbox_id (None | str | Unset): Email only — id of the backing mailbox.
            instantly_account_id (None | str | Unset): Email only — id of the account at the warmup provider.
            warmup_status (None | str | Unset): Email only — warmup state. Values seen in the docs: `not_started`,
                `warming`, `warmed`, `active`,
                `completed`, `banned`, `suspended`.
            first_name (None | str | Unset):
            last_name (None | str | Unset):
            signature (None | str | Unset):
            daily_limit (int | None | Unset): Daily send limit.
            instantly_tag_id (None | str | Unset): Email only — account tag at the warmup provider.
            instantly_warmup_tag_id (None | str | Unset): Email only — warmup tag at the warmup provider.
            email_domains (EmailDomainSummary | None | Unset): Email only — summary of the inbox's sending domain (present
                on list rows).
            stats (None | SenderStats | Unset): Today's usage; returned by `getSender` only.
    """

    id: str
    user_id: str | Unset | None = UNSET
    type_: SenderType | Unset | None = UNSET
    display_name: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    provider_account_id: str | Unset | None = UNSET
    profile_url: str | Unset | None = UNSET
    is_premium: bool | Unset | None = UNSET
    has_sales_navigator: bool | Unset | None = UNSET
    weekly_connection_limit: int | Unset | None = UNSET
    weekly_message_limit: int | Unset | None = UNSET
    email_address: str | Unset | None = UNSET
    domain_id: str | Unset | None = UNSET
    agentmail_inbox_id: str | Unset | None = UNSET
    instantly_account_id: str | Unset | None = UNSET
    warmup_status: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    signature: str | Unset | None = UNSET
    daily_limit: int | Unset | None = UNSET
    instantly_tag_id: str | Unset | None = UNSET
    instantly_warmup_tag_id: str | Unset | None = UNSET
    email_domains: EmailDomainSummary | Unset | None = UNSET
    stats: SenderStats | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, SenderType):
            type_ = self.type_.value
        else:
            type_ = self.type_

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

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        provider_account_id: str | Unset | None
        if isinstance(self.provider_account_id, Unset):
            provider_account_id = UNSET
        else:
            provider_account_id = self.provider_account_id

        profile_url: str | Unset | None
        if isinstance(self.profile_url, Unset):
            profile_url = UNSET
        else:
            profile_url = self.profile_url

        is_premium: bool | Unset | None
        if isinstance(self.is_premium, Unset):
            is_premium = UNSET
        else:
            is_premium = self.is_premium

        has_sales_navigator: bool | Unset | None
        if isinstance(self.has_sales_navigator, Unset):
            has_sales_navigator = UNSET
        else:
            has_sales_navigator = self.has_sales_navigator

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

        email_address: str | Unset | None
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        domain_id: str | Unset | None
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        agentmail_inbox_id: str | Unset | None
        if isinstance(self.agentmail_inbox_id, Unset):
            agentmail_inbox_id = UNSET
        else:
            agentmail_inbox_id = self.agentmail_inbox_id

        instantly_account_id: str | Unset | None
        if isinstance(self.instantly_account_id, Unset):
            instantly_account_id = UNSET
        else:
            instantly_account_id = self.instantly_account_id

        warmup_status: str | Unset | None
        if isinstance(self.warmup_status, Unset):
            warmup_status = UNSET
        else:
            warmup_status = self.warmup_status

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

        signature: str | Unset | None
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        daily_limit: int | Unset | None
        if isinstance(self.daily_limit, Unset):
            daily_limit = UNSET
        else:
            daily_limit = self.daily_limit

        instantly_tag_id: str | Unset | None
        if isinstance(self.instantly_tag_id, Unset):
            instantly_tag_id = UNSET
        else:
            instantly_tag_id = self.instantly_tag_id

        instantly_warmup_tag_id: str | Unset | None
        if isinstance(self.instantly_warmup_tag_id, Unset):
            instantly_warmup_tag_id = UNSET
        else:
            instantly_warmup_tag_id = self.instantly_warmup_tag_id

        email_domains: dict[str, Any] | Unset | None
        if isinstance(self.email_domains, Unset):
            email_domains = UNSET
        elif isinstance(self.email_domains, EmailDomainSummary):
            email_domains = self.email_domains.to_dict()
        else:
            email_domains = self.email_domains

        stats: dict[str, Any] | Unset | None
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, SenderStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if provider_account_id is not UNSET:
            field_dict["provider_account_id"] = provider_account_id
        if profile_url is not UNSET:
            field_dict["profile_url"] = profile_url
        if is_premium is not UNSET:
            field_dict["is_premium"] = is_premium
        if has_sales_navigator is not UNSET:
            field_dict["has_sales_navigator"] = has_sales_navigator
        if weekly_connection_limit is not UNSET:
            field_dict["weekly_connection_limit"] = weekly_connection_limit
        if weekly_message_limit is not UNSET:
            field_dict["weekly_message_limit"] = weekly_message_limit
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if agentmail_inbox_id is not UNSET:
            field_dict["agentmail_inbox_id"] = agentmail_inbox_id
        if instantly_account_id is not UNSET:
            field_dict["instantly_account_id"] = instantly_account_id
        if warmup_status is not UNSET:
            field_dict["warmup_status"] = warmup_status
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if signature is not UNSET:
            field_dict["signature"] = signature
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if instantly_tag_id is not UNSET:
            field_dict["instantly_tag_id"] = instantly_tag_id
        if instantly_warmup_tag_id is not UNSET:
            field_dict["instantly_warmup_tag_id"] = instantly_warmup_tag_id
        if email_domains is not UNSET:
            field_dict["email_domains"] = email_domains
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = cast(None | str | Unset, d.pop("user_id", UNSET))

        def _parse_type_(data: object) -> SenderType | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = SenderType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SenderType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        provider_account_id = cast(None | str | Unset, d.pop("provider_account_id", UNSET))

        profile_url = cast(None | str | Unset, d.pop("profile_url", UNSET))

        is_premium = cast(bool | None | Unset, d.pop("is_premium", UNSET))

        has_sales_navigator = cast(bool | None | Unset, d.pop("has_sales_navigator", UNSET))

        weekly_connection_limit = cast(int | None | Unset, d.pop("weekly_connection_limit", UNSET))

        weekly_message_limit = cast(int | None | Unset, d.pop("weekly_message_limit", UNSET))

        email_address = cast(None | str | Unset, d.pop("email_address", UNSET))

        domain_id = cast(None | str | Unset, d.pop("domain_id", UNSET))

        agentmail_inbox_id = cast(None | str | Unset, d.pop("agentmail_inbox_id", UNSET))

        instantly_account_id = cast(None | str | Unset, d.pop("instantly_account_id", UNSET))

        warmup_status = cast(None | str | Unset, d.pop("warmup_status", UNSET))

        first_name = cast(None | str | Unset, d.pop("first_name", UNSET))

        last_name = cast(None | str | Unset, d.pop("last_name", UNSET))

        signature = cast(None | str | Unset, d.pop("signature", UNSET))

        daily_limit = cast(int | None | Unset, d.pop("daily_limit", UNSET))

        instantly_tag_id = cast(None | str | Unset, d.pop("instantly_tag_id", UNSET))

        instantly_warmup_tag_id = cast(None | str | Unset, d.pop("instantly_warmup_tag_id", UNSET))

        def _parse_email_domains(data: object) -> EmailDomainSummary | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_domains_type_0 = EmailDomainSummary.from_dict(data)

                return email_domains_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailDomainSummary | None | Unset, data)

        email_domains = _parse_email_domains(d.pop("email_domains", UNSET))

        def _parse_stats(data: object) -> SenderStats | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stats_type_0 = SenderStats.from_dict(data)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SenderStats | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        _instance = cls(
            id=id,
            user_id=user_id,
            type_=type_,
            display_name=display_name,
            status=status,
            created_at=created_at,
            updated_at=updated_at,
            provider_account_id=provider_account_id,
            profile_url=profile_url,
            is_premium=is_premium,
            has_sales_navigator=has_sales_navigator,
            weekly_connection_limit=weekly_connection_limit,
            weekly_message_limit=weekly_message_limit,
            email_address=email_address,
            domain_id=domain_id,
            agentmail_inbox_id=agentmail_inbox_id,
            instantly_account_id=instantly_account_id,
            warmup_status=warmup_status,
            first_name=first_name,
            last_name=last_name,
            signature=signature,
            daily_limit=daily_limit,
            instantly_tag_id=instantly_tag_id,
            instantly_warmup_tag_id=instantly_warmup_tag_id,
            email_domains=email_domains,
            stats=stats,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain_summary import EmailDomainSummary  # noqa: E402
from ..models.sender_stats import SenderStats  # noqa: E402
