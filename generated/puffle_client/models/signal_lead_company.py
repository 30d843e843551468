from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_str,
)

T = TypeVar("T", bound="SignalLeadCompany")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalLeadCompany(AdditionalProperties):
    """Company details of a signal lead.

    Attributes:
        name (str | None):
        domain (str | None): Missing when enrichment failed.
        linkedin_url (str | None): Missing when enrichment failed.
        industry (str | None):
    """

    name: str | None = None
    domain: str | None = None
    linkedin_url: str | None = None
    industry: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["domain"] = self.domain
        field_dict["linkedinUrl"] = self.linkedin_url
        field_dict["industry"] = self.industry
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "SignalLeadCompany", "name")
        domain = _get("domain")
        if _type(domain) is not str and domain is not None:
            domain = _check_str(domain, "SignalLeadCompany", "domain")
        linkedin_url = _get("linkedinUrl")
        if _type(linkedin_url) is not str and linkedin_url is not None:
            linkedin_url = _check_str(linkedin_url, "SignalLeadCompany", "linkedinUrl")
        industry = _get("industry")
        if _type(industry) is not str and industry is not None:
            industry = _check_str(industry, "SignalLeadCompany", "industry")
        _instance = cls(name, domain, linkedin_url, industry)
        if not _SIGNALLEADCOMPANY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALLEADCOMPANY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALLEADCOMPANY_KEYS: frozenset[str] = frozenset({"name", "domain", "linkedinUrl", "industry"})
