from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.email_domain import EmailDomain


T = TypeVar("T", bound="EmailDomainResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailDomainResponse(AdditionalProperties):
    """A single sending domain row.

    Attributes:
        domain (EmailDomain): A custom sending domain and the DNS records it needs.
    """

    domain: EmailDomain
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["domain"] = self.domain.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        domain = src_dict["domain"]
        if _type(domain) is not dict:
            domain = _check_object(domain, "EmailDomainResponse", "domain")
        domain = _EmailDomain_from_dict(domain)
        _instance = cls(domain)
        if not _EMAILDOMAINRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILDOMAINRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain import EmailDomain  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILDOMAINRESPONSE_KEYS: frozenset[str] = frozenset({"domain"})
_EmailDomain_from_dict = EmailDomain._from_dict
