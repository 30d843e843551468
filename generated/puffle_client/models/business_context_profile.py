from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="BusinessContextProfile")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class BusinessContextProfile(AdditionalProperties):
    """Identity fields stored next to the business context.

    Attributes:
        first_name (str | Unset | None):
        last_name (str | Unset | None):
        company_name (str | Unset | None):
        website (str | Unset | None):
    """

    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    company_name: str | Unset | None = UNSET
    website: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.first_name, Unset):
            field_dict["firstName"] = self.first_name
        if not isinstance(self.last_name, Unset):
            field_dict["lastName"] = self.last_name
        if not isinstance(self.company_name, Unset):
            field_dict["companyName"] = self.company_name
        if not isinstance(self.website, Unset):
            field_dict["website"] = self.website
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        first_name = _get("firstName", UNSET)
        if _type(first_name) is not str and first_name is not UNSET and first_name is not None:
            first_name = _check_str(first_name, "BusinessContextProfile", "firstName")
        last_name = _get("lastName", UNSET)
        if _type(last_name) is not str and last_name is not UNSET and last_name is not None:
            last_name = _check_str(last_name, "BusinessContextProfile", "lastName")
        company_name = _get("companyName", UNSET)
        if _type(company_name) is not str and company_name is not UNSET and company_name is not None:
            company_name = _check_str(company_name, "BusinessContextProfile", "companyName")
        website = _get("website", UNSET)
        if _type(website) is not str and website is not UNSET and website is not None:
            website = _check_str(website, "BusinessContextProfile", "website")
        _instance = cls(first_name, last_name, company_name, website)
        if not _BUSINESSCONTEXTPROFILE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _BUSINESSCONTEXTPROFILE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_BUSINESSCONTEXTPROFILE_KEYS: frozenset[str] = frozenset({"firstName", "lastName", "companyName", "website"})
