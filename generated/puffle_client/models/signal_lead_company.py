from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalLeadCompany")


@_attrs_define
class SignalLeadCompany(AdditionalProperties):
    """Company details of a signal lead.

    Attributes:
        name (None | str | Unset):
        domain (None | str | Unset): Missing when enrichment failed.
        linkedin_url (None | str | Unset): Missing when enrichment failed.
        industry (None | str | Unset):
    """

    name: str | Unset | None = UNSET
    domain: str | Unset | None = UNSET
    linkedin_url: str | Unset | None = UNSET
    industry: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        domain: str | Unset | None
        if isinstance(self.domain, Unset):
            domain = UNSET
        else:
            domain = self.domain

        linkedin_url: str | Unset | None
        if isinstance(self.linkedin_url, Unset):
            linkedin_url = UNSET
        else:
            linkedin_url = self.linkedin_url

        industry: str | Unset | None
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if linkedin_url is not UNSET:
            field_dict["linkedinUrl"] = linkedin_url
        if industry is not UNSET:
            field_dict["industry"] = industry

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(None | str | Unset, d.pop("name", UNSET))

        domain = cast(None | str | Unset, d.pop("domain", UNSET))

        linkedin_url = cast(None | str | Unset, d.pop("linkedinUrl", UNSET))

        industry = cast(None | str | Unset, d.pop("industry", UNSET))

        _instance = cls(
            name=name,
            domain=domain,
            linkedin_url=linkedin_url,
            industry=industry,
        )

        _instance.additional_properties = d
        return _instance
