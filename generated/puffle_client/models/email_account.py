from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.email_domain_summary import EmailDomainSummary


T = TypeVar("T", bound="EmailAccount")


@_attrs_define
class EmailAccount(AdditionalProperties):
    """A Puffle-managed email inbox (an accounts row with `type` `email`) joined with its domain.

    Attributes:
        id (str):
        user_id (None | str | Unset):
        type_ (None | str | Unset): Always `email` for inboxes.
        domain_id (None | str | Unset):
        email_address (None | str | Unset):
        agentmail_inbox_id (None | str | Unset): Id of the backing mailbox.
        instantly_account_id (None | str | Unset): Id of the account at the warmup provider.
        status (None | str | Unset): Sending status. Values seen in the docs: `pending`, `warming`, `active`, `error`.
            Only `active`
            inboxes send campaign email.
        warmup_status (None | str | Unset): Warmup state. Values seen in the docs: `not_started`, `warming`, `warmed`,
            `active`, `completed`,
            `banned`, `suspended`.
        display_name (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        signature (None | str | Unset): Email signature; may contain variables such as `%first_name%`.
        daily_limit (int | None | Unset): Daily send limit.
        instantly_tag_id (None | str | Unset):
        instantly_warmup_tag_id (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        email_domains (EmailDomainSummary | None | Unset): Summary of the inbox's sending domain.
    """

    id: str
    user_id: str | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    domain_id: str | Unset | None = UNSET
    email_address: str | Unset | None = UNSET
    agentmail_inbox_id: str | Unset | None = UNSET
    instantly_account_id: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    warmup_status: str | Unset | None = UNSET
    display_name: str | Unset | None = UNSET
    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    signature: str | Unset | None = UNSET
    daily_limit: int | Unset | None = UNSET
    instantly_tag_id: str | Unset | None = UNSET
    instantly_warmup_tag_id: str | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    email_domains: EmailDomainSummary | Unset | None = UNSET
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
        else:
            type_ = self.type_

        domain_id: str | Unset | None
        if isinstance(self.domain_id, Unset):
            domain_id = UNSET
        else:
            domain_id = self.domain_id

        email_address: str | Unset | None
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

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

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        warmup_status: str | Unset | None
        if isinstance(self.warmup_status, Unset):
            warmup_status = UNSET
        else:
            warmup_status = self.warmup_status

        display_name: str | Unset | None
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

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

        email_domains: dict[str, Any] | Unset | None
        if isinstance(self.email_domains, Unset):
            email_domains = UNSET
        elif isinstance(self.email_domains, EmailDomainSummary):
            email_domains = self.email_domains.to_dict()
        else:
            email_domains = self.email_domains

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
        if domain_id is not UNSET:
            field_dict["domain_id"] = domain_id
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if agentmail_inbox_id is not UNSET:
            field_dict["agentmail_inbox_id"] = agentmail_inbox_id
        if instantly_account_id is not UNSET:
            field_dict["instantly_account_id"] = instantly_account_id
        if status is not UNSET:
            field_dict["status"] = status
        if warmup_status is not UNSET:
            field_dict["warmup_status"] = warmup_status
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
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
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if email_domains is not UNSET:
            field_dict["email_domains"] = email_domains

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = cast(None | str | Unset, d.pop("user_id", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        domain_id = cast(None | str | Unset, d.pop("domain_id", UNSET))

        email_address = cast(None | str | Unset, d.pop("email_address", UNSET))

        agentmail_inbox_id = cast(None | str | Unset, d.pop("agentmail_inbox_id", UNSET))

        instantly_account_id = cast(None | str | Unset, d.pop("instantly_account_id", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        warmup_status = cast(None | str | Unset, d.pop("warmup_status", UNSET))

        display_name = cast(None | str | Unset, d.pop("display_name", UNSET))

        first_name = cast(None | str | Unset, d.pop("first_name", UNSET))

        last_name = cast(None | str | Unset, d.pop("last_name", UNSET))

        signature = cast(None | str | Unset, d.pop("signature", UNSET))

        daily_limit = cast(int | None | Unset, d.pop("daily_limit", UNSET))

        instantly_tag_id = cast(None | str | Unset, d.pop("instantly_tag_id", UNSET))

        instantly_warmup_tag_id = cast(None | str | Unset, d.pop("instantly_warmup_tag_id", UNSET))

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

        _instance = cls(
            id=id,
            user_id=user_id,
            type_=type_,
            domain_id=domain_id,
            email_address=email_address,
            agentmail_inbox_id=agentmail_inbox_id,
            instantly_account_id=instantly_account_id,
            status=status,
            warmup_status=warmup_status,
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            signature=signature,
            daily_limit=daily_limit,
            instantly_tag_id=instantly_tag_id,
            instantly_warmup_tag_id=instantly_warmup_tag_id,
            created_at=created_at,
            updated_at=updated_at,
            email_domains=email_domains,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain_summary import EmailDomainSummary  # noqa: E402
