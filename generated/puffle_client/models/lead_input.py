from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_type import LeadType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.lead_attributes import LeadAttributes
    from ..models.lead_company import LeadCompany
    from ..models.lead_contact import LeadContact
    from ..models.lead_location import LeadLocation
    from ..models.lead_name import LeadName
    from ..models.lead_raw_payload import LeadRawPayload
    from ..models.lead_social import LeadSocial
    from ..models.lead_source import LeadSource


T = TypeVar("T", bound="LeadInput")


@_attrs_define
class LeadInput(AdditionalProperties):
    """Structured data for a new Lead (body of `createLead`, and each row of `importListLeads`). Send stable
    identifiers (LinkedIn URL, work email, company domain, provider ids) so duplicates can be avoided.

        Attributes:
            type_ (LeadType | Unset): Kind of Lead record.
            name (LeadName | Unset): Name parts of a Lead.
            title (str | Unset):
            company (LeadCompany | Unset): The company a person Lead works for (or the company itself).
            location (LeadLocation | Unset): Where the Lead is based.
            socials (list[LeadSocial] | Unset):
            contacts (list[LeadContact] | Unset):
            domain (str | Unset): Company domain.
            industry (str | Unset):
            size (str | Unset): Company size.
            attributes (LeadAttributes | Unset): Free-form extra data on a Lead, written by enrichment or manual edits; it
                follows the Lead into every
                List. Whether an update merges into or replaces the stored attributes is not documented.
            sources (list[LeadSource] | Unset):
            list_ids (list[str] | Unset): Lists to put the new Lead into.
            raw (LeadRawPayload | Unset): The raw provider payload a Lead was built from (free-form).
    """

    type_: LeadType | Unset = UNSET
    name: LeadName | Unset = UNSET
    title: str | Unset = UNSET
    company: LeadCompany | Unset = UNSET
    location: LeadLocation | Unset = UNSET
    socials: list[LeadSocial] | Unset = UNSET
    contacts: list[LeadContact] | Unset = UNSET
    domain: str | Unset = UNSET
    industry: str | Unset = UNSET
    size: str | Unset = UNSET
    attributes: LeadAttributes | Unset = UNSET
    sources: list[LeadSource] | Unset = UNSET
    list_ids: list[str] | Unset = UNSET
    raw: LeadRawPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.name, Unset):
            name = self.name.to_dict()

        title = self.title

        company: dict[str, Any] | Unset = UNSET
        if not isinstance(self.company, Unset):
            company = self.company.to_dict()

        location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.location, Unset):
            location = self.location.to_dict()

        socials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.socials, Unset):
            socials = []
            for socials_item_data in self.socials:
                socials_item = socials_item_data.to_dict()
                socials.append(socials_item)

        contacts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contacts, Unset):
            contacts = []
            for contacts_item_data in self.contacts:
                contacts_item = contacts_item_data.to_dict()
                contacts.append(contacts_item)

        domain = self.domain

        industry = self.industry

        size = self.size

        attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = self.attributes.to_dict()

        sources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = []
            for sources_item_data in self.sources:
                sources_item = sources_item_data.to_dict()
                sources.append(sources_item)

        list_ids: list[str] | Unset = UNSET
        if not isinstance(self.list_ids, Unset):
            list_ids = self.list_ids

        raw: dict[str, Any] | Unset = UNSET
        if not isinstance(self.raw, Unset):
            raw = self.raw.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if title is not UNSET:
            field_dict["title"] = title
        if company is not UNSET:
            field_dict["company"] = company
        if location is not UNSET:
            field_dict["location"] = location
        if socials is not UNSET:
            field_dict["socials"] = socials
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if domain is not UNSET:
            field_dict["domain"] = domain
        if industry is not UNSET:
            field_dict["industry"] = industry
        if size is not UNSET:
            field_dict["size"] = size
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if sources is not UNSET:
            field_dict["sources"] = sources
        if list_ids is not UNSET:
            field_dict["listIds"] = list_ids
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: LeadType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = LeadType(_type_)

        _name = d.pop("name", UNSET)
        name: LeadName | Unset
        if isinstance(_name, Unset):
            name = UNSET
        else:
            name = LeadName.from_dict(_name)

        title = d.pop("title", UNSET)

        _company = d.pop("company", UNSET)
        company: LeadCompany | Unset
        if isinstance(_company, Unset):
            company = UNSET
        else:
            company = LeadCompany.from_dict(_company)

        _location = d.pop("location", UNSET)
        location: LeadLocation | Unset
        if isinstance(_location, Unset):
            location = UNSET
        else:
            location = LeadLocation.from_dict(_location)

        _socials = d.pop("socials", UNSET)
        socials: list[LeadSocial] | Unset = UNSET
        if _socials is not UNSET:
            socials = []
            for socials_item_data in _socials:
                socials_item = LeadSocial.from_dict(socials_item_data)

                socials.append(socials_item)

        _contacts = d.pop("contacts", UNSET)
        contacts: list[LeadContact] | Unset = UNSET
        if _contacts is not UNSET:
            contacts = []
            for contacts_item_data in _contacts:
                contacts_item = LeadContact.from_dict(contacts_item_data)

                contacts.append(contacts_item)

        domain = d.pop("domain", UNSET)

        industry = d.pop("industry", UNSET)

        size = d.pop("size", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: LeadAttributes | Unset
        if isinstance(_attributes, Unset):
            attributes = UNSET
        else:
            attributes = LeadAttributes.from_dict(_attributes)

        _sources = d.pop("sources", UNSET)
        sources: list[LeadSource] | Unset = UNSET
        if _sources is not UNSET:
            sources = []
            for sources_item_data in _sources:
                sources_item = LeadSource.from_dict(sources_item_data)

                sources.append(sources_item)

        list_ids = cast(list[str], d.pop("listIds", UNSET))

        _raw = d.pop("raw", UNSET)
        raw: LeadRawPayload | Unset
        if isinstance(_raw, Unset):
            raw = UNSET
        else:
            raw = LeadRawPayload.from_dict(_raw)

        _instance = cls(
            type_=type_,
            name=name,
            title=title,
            company=company,
            location=location,
            socials=socials,
            contacts=contacts,
            domain=domain,
            industry=industry,
            size=size,
            attributes=attributes,
            sources=sources,
            list_ids=list_ids,
            raw=raw,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_attributes import LeadAttributes  # noqa: E402
from ..models.lead_company import LeadCompany  # noqa: E402
from ..models.lead_contact import LeadContact  # noqa: E402
from ..models.lead_location import LeadLocation  # noqa: E402
from ..models.lead_name import LeadName  # noqa: E402
from ..models.lead_raw_payload import LeadRawPayload  # noqa: E402
from ..models.lead_social import LeadSocial  # noqa: E402
from ..models.lead_source import LeadSource  # noqa: E402
