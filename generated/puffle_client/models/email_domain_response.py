from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.email_domain import EmailDomain


T = TypeVar("T", bound="EmailDomainResponse")


@_attrs_define
class EmailDomainResponse(AdditionalProperties):
    """A single sending domain row.

    Attributes:
        domain (EmailDomain): A custom sending domain and the DNS records it needs.
    """

    domain: EmailDomain
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        domain = EmailDomain.from_dict(d.pop("domain"))

        _instance = cls(
            domain=domain,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain import EmailDomain  # noqa: E402
