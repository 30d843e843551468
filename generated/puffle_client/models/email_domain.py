from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_domain_status import EmailDomainStatus
from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
    _check_str,
    _parse_datetime,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.email_domain_dns_record import EmailDomainDnsRecord


T = TypeVar("T", bound="EmailDomain")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailDomain(AdditionalProperties):
    """A custom sending domain and the DNS records it needs.

    Attributes:
        id (str):
        user_id (str | None):
        domain (str | None):
        agentmail_domain_id (str | None): Id of the domain on the backing mail infrastructure.
        status (EmailDomainStatus | None): Verification status. `verified` is required before inboxes can be created;
            `pending` means the DNS
            records still have to be added by hand.
        dns_records (list[EmailDomainDnsRecord] | None):
        verified_at (datetime.datetime | None):
        created_at (datetime.datetime | None):
        updated_at (datetime.datetime | None):
    """

    id: str
    user_id: str | None = None
    domain: str | None = None
    agentmail_domain_id: str | None = None
    status: EmailDomainStatus | None = None
    dns_records: list[EmailDomainDnsRecord] | None = None
    verified_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["user_id"] = self.user_id
        field_dict["domain"] = self.domain
        field_dict["agentmail_domain_id"] = self.agentmail_domain_id
        field_dict["status"] = None if self.status is None else self.status.value
        field_dict["dns_records"] = None if self.dns_records is None else [_i.to_dict() for _i in self.dns_records]
        field_dict["verified_at"] = None if self.verified_at is None else self.verified_at.isoformat()
        field_dict["created_at"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["updated_at"] = None if self.updated_at is None else self.updated_at.isoformat()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "EmailDomain", "id")
        user_id = _get("user_id")
        if _type(user_id) is not str and user_id is not None:
            user_id = _check_str(user_id, "EmailDomain", "user_id")
        domain = _get("domain")
        if _type(domain) is not str and domain is not None:
            domain = _check_str(domain, "EmailDomain", "domain")
        agentmail_domain_id = _get("agentmail_domain_id")
        if _type(agentmail_domain_id) is not str and agentmail_domain_id is not None:
            agentmail_domain_id = _check_str(agentmail_domain_id, "EmailDomain", "agentmail_domain_id")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _EMAILDOMAINSTATUS_BY_VALUE:
                status = _EMAILDOMAINSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(EmailDomainStatus, status, "EmailDomain", "status")
        dns_records = _get("dns_records")
        if dns_records is not None:
            if _type(dns_records) is not list:
                dns_records = _check_list(dns_records, "EmailDomain", "dns_records")
            dns_records = [
                _EmailDomainDnsRecord_from_dict(_i)
                if _type(_i) is dict
                else _EmailDomainDnsRecord_from_dict(_check_object(_i, "EmailDomain", "dns_records"))
                for _i in dns_records
            ]
        verified_at = _get("verified_at")
        if verified_at is not None:
            verified_at = _parse_datetime(verified_at, "EmailDomain", "verified_at")
        created_at = _get("created_at")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "EmailDomain", "created_at")
        updated_at = _get("updated_at")
        if updated_at is not None:
            updated_at = _parse_datetime(updated_at, "EmailDomain", "updated_at")
        _instance = cls(
            id, user_id, domain, agentmail_domain_id, status, dns_records, verified_at, created_at, updated_at
        )
        if not _EMAILDOMAIN_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILDOMAIN_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain_dns_record import EmailDomainDnsRecord  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILDOMAIN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "domain",
        "agentmail_domain_id",
        "status",
        "dns_records",
        "verified_at",
        "created_at",
        "updated_at",
    }
)
_EMAILDOMAINSTATUS_BY_VALUE: dict[object, EmailDomainStatus] = cast(
    "dict[object, EmailDomainStatus]", EmailDomainStatus._value2member_map_
)
_EmailDomainDnsRecord_from_dict = EmailDomainDnsRecord._from_dict
