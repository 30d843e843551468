from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_domain_update_request_status import EmailDomainUpdateRequestStatus
from ..types import (
    AdditionalProperties,
    _parse_enum,
)

T = TypeVar("T", bound="EmailDomainUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailDomainUpdateRequest(AdditionalProperties):
    """New stored status for a sending domain.

    Attributes:
        status (EmailDomainUpdateRequestStatus): `verified` is not accepted here; only `verifyEmailDomain` sets it.
    """

    status: EmailDomainUpdateRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["status"] = self.status.value
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        status = src_dict["status"]
        if _type(status) is str and status in _EMAILDOMAINUPDATEREQUESTSTATUS_BY_VALUE:
            status = _EMAILDOMAINUPDATEREQUESTSTATUS_BY_VALUE[status]
        else:
            status = _parse_enum(EmailDomainUpdateRequestStatus, status, "EmailDomainUpdateRequest", "status")
        _instance = cls(status)
        if not _EMAILDOMAINUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILDOMAINUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILDOMAINUPDATEREQUEST_KEYS: frozenset[str] = frozenset({"status"})
_EMAILDOMAINUPDATEREQUESTSTATUS_BY_VALUE: dict[object, EmailDomainUpdateRequestStatus] = cast(
    "dict[object, EmailDomainUpdateRequestStatus]", EmailDomainUpdateRequestStatus._value2member_map_
)
