from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_domain_status import EmailDomainStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.email_domain_dns_record import EmailDomainDnsRecord


T = TypeVar("T", bound="EmailDomain")


@_attrs_define
class EmailDomain(AdditionalProperties):
    """A custom sending domain and the DNS records it needs.

    Attributes:
        id (str):
        user_id (None | str | Unset):
        domain (None | str | Unset):
        agentmail_domain_id (None | str | Unset): Id of the domain on the backing mail infrastructure.
        status (EmailDomainStatus | None | Unset): Verification status. `verified` is required before inboxes can be
            created; `pending` means the DNS
            records still have to be added by hand.
        dns_records (list[EmailDomainDnsRecord] | None | Unset):
        verified_at (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    id: str
    user_id: str | Unset | None = UNSET
    domain: str | Unset | None = UNSET
    agentmail_domain_id: str | Unset | None = UNSET
    status: EmailDomainStatus | Unset | None = UNSET
    dns_records: list[EmailDomainDnsRecord] | Unset | None = UNSET
    verified_at: datetime.datetime | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        domain: str | Unset | None
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        agentmail_domain_id: str | Unset | None
        if isinstance(self.agentmail_domain_id, Unset):
            agentmail_domain_id = UNSET
        else:
            agentmail_domain_id = self.agentmail_domain_id

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EmailDomainStatus):
            status = self.status.value
        else:
            status = self.status

        dns_records: list[dict[str, Any]] | Unset | None
        if isinstance(self.dns_records, Unset):
            dns_records = UNSET
        elif isinstance(self.dns_records, list):
            dns_records = []
            for dns_records_type_0_item_data in self.dns_records:
                dns_records_type_0_item = dns_records_type_0_item_data.to_dict()
                dns_records.append(dns_records_type_0_item)

        else:
            dns_records = self.dns_records

        verified_at: str | Unset | None
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat()
        else:
            verified_at = self.verified_at

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if domain is not UNSET:
            field_dict["domain"] = domain
        if agentmail_domain_id is not UNSET:
            field_dict["agentmail_domain_id"] = agentmail_domain_id
        if status is not UNSET:
            field_dict["status"] = status
        if dns_records is not UNSET:
            field_dict["dns_records"] = dns_records
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = cast(None | str | Unset, d.pop("user_id", UNSET))

        domain = cast(None | str | Unset, d.pop("domain", UNSET))

        agentmail_domain_id = cast(None | str | Unset, d.pop("agentmail_domain_id", UNSET))

        def _parse_status(data: object) -> EmailDomainStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = EmailDomainStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailDomainStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_dns_records(data: object) -> list[EmailDomainDnsRecord] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dns_records_type_0 = []
                _dns_records_type_0 = data
                for dns_records_type_0_item_data in _dns_records_type_0:
                    dns_records_type_0_item = EmailDomainDnsRecord.from_dict(dns_records_type_0_item_data)

                    dns_records_type_0.append(dns_records_type_0_item)

                return dns_records_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[EmailDomainDnsRecord] | None | Unset, data)

        dns_records = _parse_dns_records(d.pop("dns_records", UNSET))

        def _parse_verified_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                verified_at_type_0 = datetime.datetime.fromisoformat(data)

                return verified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        verified_at = _parse_verified_at(d.pop("verified_at", UNSET))

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

        _instance = cls(
            id=id,
            user_id=user_id,
            domain=domain,
            agentmail_domain_id=agentmail_domain_id,
            status=status,
            dns_records=dns_records,
            verified_at=verified_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain_dns_record import EmailDomainDnsRecord  # noqa: E402
