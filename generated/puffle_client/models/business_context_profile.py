from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="BusinessContextProfile")


@_attrs_define
class BusinessContextProfile(AdditionalProperties):
    """Identity fields stored next to the business context.

    Attributes:
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        company_name (None | str | Unset):
        website (None | str | Unset):
    """

    first_name: str | Unset | None = UNSET
    last_name: str | Unset | None = UNSET
    company_name: str | Unset | None = UNSET
    website: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name: str | Unset | None
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: str | Unset | None
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        company_name: str | Unset | None
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        website: str | Unset | None
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if company_name is not UNSET:
            field_dict["companyName"] = company_name
        if website is not UNSET:
            field_dict["website"] = website

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        first_name = cast(None | str | Unset, d.pop("firstName", UNSET))

        last_name = cast(None | str | Unset, d.pop("lastName", UNSET))

        company_name = cast(None | str | Unset, d.pop("companyName", UNSET))

        website = cast(None | str | Unset, d.pop("website", UNSET))

        _instance = cls(
            first_name=first_name,
            last_name=last_name,
            company_name=company_name,
            website=website,
        )

        _instance.additional_properties = d
        return _instance
