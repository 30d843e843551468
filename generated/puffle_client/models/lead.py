from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.lead_type import LeadType
from ..types import (
    AdditionalProperties,
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
    from ..models.list_summary import ListSummary


T = TypeVar("T", bound="Lead")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Lead(AdditionalProperties):
    """One reusable person or company record of the workspace. The same Lead can belong to many Lists and
    keeps its data (including attributes from enrichment or manual edits) wherever it appears.

        Attributes:
            id (str):
            type_ (LeadType | None): Kind of record (the values of the `type` filter of the list operations).
            name (LeadName | None):
            lists (list[ListSummary] | None): Every List the Lead belongs to.
            sources (list[LeadSource] | None): Provider records the Lead came from.
            created_at (str | None): When the Lead was created (a timestamp string; the docs example is only a placeholder).
            updated_at (str | None): When the Lead last changed (a timestamp string; the docs example is only a
                placeholder).
            location (LeadLocation | None):
            socials (list[LeadSocial] | None): Social profile links, e.g. a LinkedIn URL.
            contacts (list[LeadContact] | None): Contact points such as a work email.
            attributes (LeadAttributes | None):
            raw (LeadRawPayload | None):
            title (str | None): Job title.
            company (LeadCompany | None):
    """

    id: str
    type_: LeadType | None = None
    name: LeadName | None = None
    lists: list[ListSummary] | None = None
    sources: list[LeadSource] | None = None
    created_at: str | None = None
    updated_at: str | None = None
    location: LeadLocation | None = None
    socials: list[LeadSocial] | None = None
    contacts: list[LeadContact] | None = None
    attributes: LeadAttributes | None = None
    raw: LeadRawPayload | None = None
    title: str | None = None
    company: LeadCompany | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["type"] = None if self.type_ is None else self.type_.value
        field_dict["name"] = None if self.name is None else self.name.to_dict()
        field_dict["lists"] = None if self.lists is None else [_i.to_dict() for _i in self.lists]
        field_dict["sources"] = None if self.sources is None else [_i.to_dict() for _i in self.sources]
        field_dict["createdAt"] = self.created_at
        field_dict["updatedAt"] = self.updated_at
        field_dict["location"] = None if self.location is None else self.location.to_dict()
        field_dict["socials"] = None if self.socials is None else [_i.to_dict() for _i in self.socials]
        field_dict["contacts"] = None if self.contacts is None else [_i.to_dict() for _i in self.contacts]
        field_dict["attributes"] = None if self.attributes is None else self.attributes.to_dict()
        field_dict["raw"] = None if self.raw is None else self.raw.to_dict()
        field_dict["title"] = self.title
        field_dict["company"] = None if self.company is None else self.company.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "Lead", "id")
        type_ = _get("type")
        if type_ is not None:
            if _type(type_) is str and type_ in _LEADTYPE_BY_VALUE:
                type_ = _LEADTYPE_BY_VALUE[type_]
            else:
                type_ = _parse_enum(LeadType, type_, "Lead", "type")
        name = _get("name")
        if name is not None:
            if _type(name) is not dict:
                name = _check_object(name, "Lead", "name")
            name = _LeadName_from_dict(name)
        lists = _get("lists")
        if lists is not None:
            if _type(lists) is not list:
                lists = _check_list(lists, "Lead", "lists")
            lists = [
                _ListSummary_from_dict(_i)
                if _type(_i) is dict
                else _ListSummary_from_dict(_check_object(_i, "Lead", "lists"))
                for _i in lists
            ]
        sources = _get("sources")
        if sources is not None:
            if _type(sources) is not list:
                sources = _check_list(sources, "Lead", "sources")
            sources = [
                _LeadSource_from_dict(_i)
                if _type(_i) is dict
                else _LeadSource_from_dict(_check_object(_i, "Lead", "sources"))
                for _i in sources
            ]
        created_at = _get("createdAt")
        if _type(created_at) is not str and created_at is not None:
            created_at = _check_str(created_at, "Lead", "createdAt")
        updated_at = _get("updatedAt")
        if _type(updated_at) is not str and updated_at is not None:
            updated_at = _check_str(updated_at, "Lead", "updatedAt")
        location = _get("location")
        if location is not None:
            if _type(location) is not dict:
                location = _check_object(location, "Lead", "location")
            location = _LeadLocation_from_dict(location)
        socials = _get("socials")
        if socials is not None:
            if _type(socials) is not list:
                socials = _check_list(socials, "Lead", "socials")
            socials = [
                _LeadSocial_from_dict(_i)
                if _type(_i) is dict
                else _LeadSocial_from_dict(_check_object(_i, "Lead", "socials"))
                for _i in socials
            ]
        contacts = _get("contacts")
        if contacts is not None:
            if _type(contacts) is not list:
                contacts = _check_list(contacts, "Lead", "contacts")
            contacts = [
                _LeadContact_from_dict(_i)
                if _type(_i) is dict
                else _LeadContact_from_dict(_check_object(_i, "Lead", "contacts"))
                for _i in contacts
            ]
        attributes = _get("attributes")
        if attributes is not None:
            if _type(attributes) is not dict:
                attributes = _check_object(attributes, "Lead", "attributes")
            attributes = _LeadAttributes_from_dict(attributes)
        raw = _get("raw")
        if raw is not None:
            if _type(raw) is not dict:
                raw = _check_object(raw, "Lead", "raw")
            raw = _LeadRawPayload_from_dict(raw)
        title = _get("title")
        if _type(title) is not str and title is not None:
            title = _check_str(title, "Lead", "title")
        company = _get("company")
        if company is not None:
            if _type(company) is not dict:
                company = _check_object(company, "Lead", "company")
            company = _LeadCompany_from_dict(company)
        _instance = cls(
            id,
            type_,
            name,
            lists,
            sources,
            created_at,
            updated_at,
            location,
            socials,
            contacts,
            attributes,
            raw,
            title,
            company,
        )
        if not _LEAD_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEAD_KEYS}
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
from ..models.list_summary import ListSummary  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEAD_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "type",
        "name",
        "lists",
        "sources",
        "createdAt",
        "updatedAt",
        "location",
        "socials",
        "contacts",
        "attributes",
        "raw",
        "title",
        "company",
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
_ListSummary_from_dict = ListSummary._from_dict
