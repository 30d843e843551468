from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields


T = TypeVar("T", bound="CampaignLeadInput")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.email, Unset):
            field_dict["email"] = self.email
        if not isinstance(self.linkedin_url, Unset):
            field_dict["linkedin_url"] = self.linkedin_url
        if not isinstance(self.first_name, Unset):
            field_dict["first_name"] = self.first_name
        if not isinstance(self.last_name, Unset):
            field_dict["last_name"] = self.last_name
        if not isinstance(self.company, Unset):
            field_dict["company"] = self.company
        if not isinstance(self.position, Unset):
            field_dict["position"] = self.position
        if not isinstance(self.headline, Unset):
            field_dict["headline"] = self.headline
        if not isinstance(self.custom_fields, Unset):
            field_dict["custom_fields"] = self.custom_fields.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        email = _get("email", UNSET)
        if _type(email) is not str and email is not UNSET:
            email = _check_str(email, "CampaignLeadInput", "email")
        linkedin_url = _get("linkedin_url", UNSET)
        if _type(linkedin_url) is not str and linkedin_url is not UNSET:
            linkedin_url = _check_str(linkedin_url, "CampaignLeadInput", "linkedin_url")
        first_name = _get("first_name", UNSET)
        if _type(first_name) is not str and first_name is not UNSET:
            first_name = _check_str(first_name, "CampaignLeadInput", "first_name")
        last_name = _get("last_name", UNSET)
        if _type(last_name) is not str and last_name is not UNSET:
            last_name = _check_str(last_name, "CampaignLeadInput", "last_name")
        company = _get("company", UNSET)
        if _type(company) is not str and company is not UNSET:
            company = _check_str(company, "CampaignLeadInput", "company")
        position = _get("position", UNSET)
        if _type(position) is not str and position is not UNSET:
            position = _check_str(position, "CampaignLeadInput", "position")
        headline = _get("headline", UNSET)
        if _type(headline) is not str and headline is not UNSET:
            headline = _check_str(headline, "CampaignLeadInput", "headline")
        custom_fields = _get("custom_fields", UNSET)
        if custom_fields is not UNSET:
            if _type(custom_fields) is not dict:
                custom_fields = _check_object(custom_fields, "CampaignLeadInput", "custom_fields")
            custom_fields = _CampaignLeadCustomFields_from_dict(custom_fields)
        _instance = cls(email, linkedin_url, first_name, last_name, company, position, headline, custom_fields)
        if not _CAMPAIGNLEADINPUT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLEADINPUT_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead_custom_fields import CampaignLeadCustomFields  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLEADINPUT_KEYS: frozenset[str] = frozenset(
    {"email", "linkedin_url", "first_name", "last_name", "company", "position", "headline", "custom_fields"}
)
_CampaignLeadCustomFields_from_dict = CampaignLeadCustomFields._from_dict
