from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields


T = TypeVar("T", bound="CampaignLeadInput")


@_attrs_define
class CampaignLeadInput(AdditionalProperties):
    """A lead to add to a campaign.

    Attributes:
        email (str | Unset): Required for email campaigns; stored lower-cased.
        linkedin_url (str | Unset): Required for LinkedIn campaigns; trailing slash and query string are stripped.
        first_name (str | Unset):
        last_name (str | Unset):
        company (str | Unset):
        position (str | Unset):
        headline (str | Unset):
        custom_fields (CampaignLeadCustomFields | Unset): Free-form lead values, usable in templates as
            `%custom_fields.<key>%`.
    """

    email: str | Unset = UNSET
    linkedin_url: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    company: str | Unset = UNSET
    position: str | Unset = UNSET
    headline: str | Unset = UNSET
    custom_fields: CampaignLeadCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        linkedin_url = self.linkedin_url

        first_name = self.first_name

        last_name = self.last_name

        company = self.company

        position = self.position

        headline = self.headline

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

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
        if company is not UNSET:
            field_dict["company"] = company
        if position is not UNSET:
            field_dict["position"] = position
        if headline is not UNSET:
            field_dict["headline"] = headline
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email", UNSET)

        linkedin_url = d.pop("linkedin_url", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        company = d.pop("company", UNSET)

        position = d.pop("position", UNSET)

        headline = d.pop("headline", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: CampaignLeadCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = CampaignLeadCustomFields.from_dict(_custom_fields)

        _instance = cls(
            email=email,
            linkedin_url=linkedin_url,
            first_name=first_name,
            last_name=last_name,
            company=company,
            position=position,
            headline=headline,
            custom_fields=custom_fields,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields  # noqa: E402
