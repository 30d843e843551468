from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.email_domain_update_request_status import EmailDomainUpdateRequestStatus
from ..types import AdditionalProperties

T = TypeVar("T", bound="EmailDomainUpdateRequest")


@_attrs_define
class EmailDomainUpdateRequest(AdditionalProperties):
    """New stored status for a sending domain.

    Attributes:
        status (EmailDomainUpdateRequestStatus): `verified` is not accepted here; only `verifyEmailDomain` sets it.
    """

    status: EmailDomainUpdateRequestStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = EmailDomainUpdateRequestStatus(d.pop("status"))

        _instance = cls(
            status=status,
        )

        _instance.additional_properties = d
        return _instance
