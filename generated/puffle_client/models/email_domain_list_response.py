from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.email_domain import EmailDomain


T = TypeVar("T", bound="EmailDomainListResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EmailDomainListResponse(AdditionalProperties):
    """The caller's sending domains.

    Attributes:
        domains (list[EmailDomain]):
    """

    domains: list[EmailDomain]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["domains"] = [_i.to_dict() for _i in self.domains]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        domains = src_dict["domains"]
        if _type(domains) is not list:
            domains = _check_list(domains, "EmailDomainListResponse", "domains")
        domains = [
            _EmailDomain_from_dict(_i)
            if _type(_i) is dict
            else _EmailDomain_from_dict(_check_object(_i, "EmailDomainListResponse", "domains"))
            for _i in domains
        ]
        _instance = cls(domains)
        if not _EMAILDOMAINLISTRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _EMAILDOMAINLISTRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.email_domain import EmailDomain  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_EMAILDOMAINLISTRESPONSE_KEYS: frozenset[str] = frozenset({"domains"})
_EmailDomain_from_dict = EmailDomain._from_dict
