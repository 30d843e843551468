from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignLeadUpdates")


@_attrs_define
class CampaignLeadUpdates(AdditionalProperties):
    """Profile fields to overwrite on a campaign lead; any other key is ignored.

    Attributes:
        email (str | Unset):
        linkedin_url (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        name (str | Unset):
        company (str | Unset):
        position (str | Unset):
        headline (str | Unset):
    """

    email: str | Unset = UNSET
    linkedin_url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    name: str | Unset = UNSET
    company: str | Unset = UNSET
    position: str | Unset = UNSET
    headline: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        linkedin_url = self.linkedin_url

        first_name = self.first_name

        last_name = self.last_name

        name = self.name

        company = self.company

        position = self.position

        headline = self.headline

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if linkedin_url is not UNSET:
            field_dict["linkedin_url"] = linkedin_url
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if company is not UNSET:
            field_dict["company"] = company
        if position is not UNSET:
            field_dict["position"] = position
        if headline is not UNSET:
            field_dict["headline"] = headline

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        linkedin_url = d.pop("linkedin_url", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        name = d.pop("name", UNSET)

        company = d.pop("company", UNSET)

        position = d.pop("position", UNSET)

        headline = d.pop("headline", UNSET)

        _instance = cls(
            email=email,
            linkedin_url=linkedin_url,
            first_name=first_name,
            last_name=last_name,
            name=name,
            company=company,
            position=position,
            headline=headline,
        )

        _instance.additional_properties = d
        return _instance
