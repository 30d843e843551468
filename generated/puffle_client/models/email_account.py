from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_object,
    _check_str,
    _parse_datetime,
)

if TYPE_CHECKING:
    from ..models.email_domain_summary import EmailDomainSummary


T = TypeVar("T", bound="EmailAccount")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailAccount(AdditionalProperties):
    """A Puffle-managed email inbox (an accounts row with `type` `email`) joined with its domain.

    Attributes:
        id (str):
        user_id (str | None):
        type_ (str | None): Always `email` for inboxes.
        domain_id (str | None):
        email_address (str | None):
        agentmail_inbox_id (str | None): Id of the backing mailbox.
        instantly_account_id (str | None): Id of the account at the warmup provider.
        status (str | None): Sending status. Values seen in the docs: `pending`, `warming`, `active`, `error`. Only
            `active`
            inboxes send campaign email.
        warmup_status (str | None): Warmup state. Values seen in the docs: `not_started`, `warming`, `warmed`, `active`,
            `completed`,
            `banned`, `suspended`.
        display_name (str | None):
        first_name (str | None):
        last_name (str | None):
        signature (str | None): Email signature; may contain variables such as `%first_name%`.
        daily_limit (int | None): Daily send limit.
        instantly_tag_id (str | None):
        instantly_warmup_tag_id (str | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
        email_domains (EmailDomainSummary | None): Summary of the inbox's sending domain.
    """

    id: str
    user_id: str | None = None
    type_: str | None = None
    domain_id: str | None = None
    email_address: str | None = None
    agentmail_inbox_id: str | None = None
    instantly_account_id: str | None = None
    status: str | None = None
    warmup_status: str | None = None
    display_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    signature: str | None = None
    daily_limit: int | None = None
    instantly_tag_id: str | None = None
    instantly_warmup_tag_id: str | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    email_domains: EmailDomainSummary | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["user_id"] = self.user_id
        field_dict["type"] = self.type_
        field_dict["domain_id"] = self.domain_id
        field_dict["email_address"] = self.email_address
        field_dict["agentmail_inbox_id"] = self.agentmail_inbox_id
        field_dict["instantly_account_id"] = self.instantly_account_id
        field_dict["status"] = self.status
        field_dict["warmup_status"] = self.warmup_status
        field_dict["display_name"] = self.display_name
        field_dict["first_name"] = self.first_name
        field_dict["last_name"] = self.last_name
        field_dict["signature"] = self.signature
        field_dict["daily_limit"] = self.daily_limit
        field_dict["instantly_tag_id"] = self.instantly_tag_id
        field_dict["instantly_warmup_tag_id"] = self.instantly_warmup_tag_id
        field_dict["created_at"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["updated_at"] = None if self.updated_at is None else self.updated_at.isoformat()
        field_dict["email_domains"] = None if self.email_domains is None else self.email_domains.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "EmailAccount", "id")
        user_id = _get("user_id")
        if _type(user_id) is not str and user_id is not None:
            user_id = _check_str(user_id, "EmailAccount", "user_id")
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "EmailAccount", "type")
        domain_id = _get("domain_id")
        if _type(domain_id) is not str and domain_id is not None:
            domain_id = _check_str(domain_id, "EmailAccount", "domain_id")
        email_address = _get("email_address")
        if _type(email_address) is not str and email_address is not None:
            email_address = _check_str(email_address, "EmailAccount", "email_address")
        agentmail_inbox_id = _get("agentmail_inbox_id")
        if _type(agentmail_inbox_id) is not str and agentmail_inbox_id is not None:
            agentmail_inbox_id = _check_str(agentmail_inbox_id, "EmailAccount", "agentmail_inbox_id")
        instantly_account_id = _get("instantly_account_id")
        if _type(instantly_account_id) is not str and instantly_account_id is not None:
            instantly_account_id = _check_str(instantly_account_id, "EmailAccount", "instantly_account_id")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "EmailAccount", "status")
        warmup_status = _get("warmup_status")
        if _type(warmup_status) is not str and warmup_status is not None:
            warmup_status = _check_str(warmup_status, "EmailAccount", "warmup_status")
        display_name = _get("display_name")
        if _type(display_name) is not str and display_name is not None:
            display_name = _check_str(display_name, "EmailAccount", "display_name")
        first_name = _get("first_name")
        if _type(first_name) is not str and first_name is not None:
            first_name = _check_str(first_name, "EmailAccount", "first_name")
        last_name = _get("last_name")
        if _type(last_name) is not str and last_name is not None:
            last_name = _check_str(last_name, "EmailAccount", "last_name")
        signature = _get("signature")
        if _type(signature) is not str and signature is not None:
            signature = _check_str(signature, "EmailAccount", "signature")
        daily_limit = _get("daily_limit")
        if _type(daily_limit) is not int and daily_limit is not None:
            daily_limit = _check_int(daily_limit, "EmailAccount", "daily_limit")
        instantly_tag_id = _get("instantly_tag_id")
        if _type(instantly_tag_id) is not str and instantly_tag_id is not None:
            instantly_tag_id = _check_str(instantly_tag_id, "EmailAccount", "instantly_tag_id")
        instantly_warmup_tag_id = _get("instantly_warmup_tag_id")
        if _type(instantly_warmup_tag_id) is not str and instantly_warmup_tag_id is not None:
            instantly_warmup_tag_id = _check_str(instantly_warmup_tag_id, "EmailAccount", "instantly_warmup_tag_id")
        created_at = _get("created_at")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "EmailAccount", "created_at")
        updated_at = _get("updated_at")
        if updated_at is not None:
            updated_at = _parse_datetime(updated_at, "EmailAccount", "updated_at")
        email_domains = _get("email_domains")
        if email_domains is not None:
            if _type(email_domains) is not dict:
                email_domains = _check_object(email_domains, "EmailAccount", "email_domains")
            email_domains = _EmailDomainSummary_from_dict(email_domains)
        _instance = cls(
            id,
            user_id,
            type_,
            domain_id,
            email_address,
            agentmail_inbox_id,
            instantly_account_id,
            status,
            warmup_status,
            display_name,
            first_name,
            last_name,
            signature,
            daily_limit,
            instantly_tag_id,
            instantly_warmup_tag_id,
            created_at,
            updated_at,
            email_domains,
        )
        if not _EMAILACCOUNT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILACCOUNT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain_summary import EmailDomainSummary  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILACCOUNT_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "type",
        "domain_id",
        "email_address",
        "agentmail_inbox_id",
        "instantly_account_id",
        "status",
        "warmup_status",
        "display_name",
        "first_name",
        "last_name",
        "signature",
        "daily_limit",
        "instantly_tag_id",
        "instantly_warmup_tag_id",
        "created_at",
        "updated_at",
        "email_domains",
    }
)
_EmailDomainSummary_from_dict = EmailDomainSummary._from_dict
