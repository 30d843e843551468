from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_type import LeadType
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_object,
    _check_str,
    _parse_enum,
)

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
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.type_, Unset):
            field_dict["type"] = self.type_.value
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name.to_dict()
        if not isinstance(self.title, Unset):
            field_dict["title"] = self.title
        if not isinstance(self.company, Unset):
            field_dict["company"] = self.company.to_dict()
        if not isinstance(self.location, Unset):
            field_dict["location"] = self.location.to_dict()
        if not isinstance(self.socials, Unset):
            field_dict["socials"] = [_i.to_dict() for _i in self.socials]
        if not isinstance(self.contacts, Unset):
            field_dict["contacts"] = [_i.to_dict() for _i in self.contacts]
        if not isinstance(self.domain, Unset):
            field_dict["domain"] = self.domain
        if not isinstance(self.industry, Unset):
            field_dict["industry"] = self.industry
        if not isinstance(self.size, Unset):
            field_dict["size"] = self.size
        if not isinstance(self.attributes, Unset):
            field_dict["attributes"] = self.attributes.to_dict()
        if not isinstance(self.sources, Unset):
            field_dict["sources"] = [_i.to_dict() for _i in self.sources]
        if not isinstance(self.list_ids, Unset):
            field_dict["listIds"] = list(self.list_ids)
        if not isinstance(self.raw, Unset):
            field_dict["raw"] = self.raw.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = _get("type", UNSET)
        if type_ is not UNSET:
            if _type(type_) is str and type_ in _LEADTYPE_BY_VALUE:
                type_ = _LEADTYPE_BY_VALUE[type_]
            else:
                type_ = _parse_enum(LeadType, type_, "LeadInput", "type")
        name = _get("name", UNSET)
        if name is not UNSET:
            if _type(name) is not dict:
                name = _check_object(name, "LeadInput", "name")
            name = _LeadName_from_dict(name)
        title = _get("title", UNSET)
        if _type(title) is not str and title is not UNSET:
            title = _check_str(title, "LeadInput", "title")
        company = _get("company", UNSET)
        if company is not UNSET:
            if _type(company) is not dict:
                company = _check_object(company, "LeadInput", "company")
            company = _LeadCompany_from_dict(company)
        location = _get("location", UNSET)
        if location is not UNSET:
            if _type(location) is not dict:
                location = _check_object(location, "LeadInput", "location")
            location = _LeadLocation_from_dict(location)
        socials = _get("socials", UNSET)
        if socials is not UNSET:
            if _type(socials) is not list:
                socials = _check_list(socials, "LeadInput", "socials")
            socials = [
                _LeadSocial_from_dict(_i)
                if _type(_i) is dict
                else _LeadSocial_from_dict(_check_object(_i, "LeadInput", "socials"))
                for _i in socials
            ]
        contacts = _get("contacts", UNSET)
        if contacts is not UNSET:
            if _type(contacts) is not list:
                contacts = _check_list(contacts, "LeadInput", "contacts")
            contacts = [
                _LeadContact_from_dict(_i)
                if _type(_i) is dict
                else _LeadContact_from_dict(_check_object(_i, "LeadInput", "contacts"))
                for _i in contacts
            ]
        domain = _get("domain", UNSET)
        if _type(domain) is not str and domain is not UNSET:
            domain = _check_str(domain, "LeadInput", "domain")
        industry = _get("industry", UNSET)
        if _type(industry) is not str and industry is not UNSET:
            industry = _check_str(industry, "LeadInput", "industry")
        size = _get("size", UNSET)
        if _type(size) is not str and size is not UNSET:
            size = _check_str(size, "LeadInput", "size")
        attributes = _get("attributes", UNSET)
        if attributes is not UNSET:
            if _type(attributes) is not dict:
                attributes = _check_object(attributes, "LeadInput", "attributes")
            attributes = _LeadAttributes_from_dict(attributes)
        sources = _get("sources", UNSET)
        if sources is not UNSET:
            if _type(sources) is not list:
                sources = _check_list(sources, "LeadInput", "sources")
            sources = [
                _LeadSource_from_dict(_i)
                if _type(_i) is dict
                else _LeadSource_from_dict(_check_object(_i, "LeadInput", "sources"))
                for _i in sources
            ]
        list_ids = _get("listIds", UNSET)
        if list_ids is not UNSET:
            if _type(list_ids) is not list:
                list_ids = _check_list(list_ids, "LeadInput", "listIds")
            for _i in list_ids:
                if _type(_i) is not str:
                    _check_str(_i, "LeadInput", "listIds")
        raw = _get("raw", UNSET)
        if raw is not UNSET:
            if _type(raw) is not dict:
                raw = _check_object(raw, "LeadInput", "raw")
            raw = _LeadRawPayload_from_dict(raw)
        _instance = cls(
            type_,
            name,
            title,
            company,
            location,
            socials,
            contacts,
            domain,
            industry,
            size,
            attributes,
            sources,
            list_ids,
            raw,
        )
        if not _LEADINPUT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADINPUT_KEYS}
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

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADINPUT_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "title",
        "company",
        "location",
        "socials",
        "contacts",
        "domain",
        "industry",
        "size",
        "attributes",
        "sources",
        "listIds",
        "raw",
    }
)
_LEADTYPE_BY_VALUE: dict[object, LeadType] = cast("dict[object, LeadType]", LeadType._value2member_map_)
_LeadAttributes_from_dict = LeadAttributes._from_dict
_LeadCompany_from_dict = LeadCompany._from_dict
_LeadContact_from_dict = LeadContact._from_dict
_LeadLocation_from_dict = LeadLocation._from_dict
_LeadName_from_dict = LeadName._from_dict
_LeadRawPayload_from_dict = LeadRawPayload._from_dict
_LeadSocial_from_dict = LeadSocial._from_dict
_LeadSource_from_dict = LeadSource._from_dict
