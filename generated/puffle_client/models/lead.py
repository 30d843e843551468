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
    from ..models.list_summary import ListSummary


T = TypeVar("T", bound="Lead")


@_attrs_define
class Lead(AdditionalProperties):
    """One reusable person or company record of the workspace. The same Lead can belong to many Lists and
    keeps its data (including attributes from enrichment or manual edits) wherever it appears.

        Attributes:
            id (str):
            type_ (LeadType | None | Unset): Kind of record (the values of the `type` filter of the list operations).
            name (LeadName | None | Unset):
            lists (list[ListSummary] | None | Unset): Every List the Lead belongs to.
            sources (list[LeadSource] | None | Unset): Provider records the Lead came from.
            created_at (None | str | Unset): When the Lead was created (a timestamp string; the docs example is only a
                placeholder).
            updated_at (None | str | Unset): When the Lead last changed (a timestamp string; the docs example is only a
                placeholder).
            location (LeadLocation | None | Unset):
            socials (list[LeadSocial] | None | Unset): Social profile links, e.g. a LinkedIn URL.
            contacts (list[LeadContact] | None | Unset): Contact points such as a work email.
            attributes (LeadAttributes | None | Unset):
            raw (LeadRawPayload | None | Unset):
            title (None | str | Unset): Job title.
            company (LeadCompany | None | Unset):
    """

    id: str
    type_: LeadType | Unset | None = UNSET
    name: LeadName | Unset | None = UNSET
    lists: list[ListSummary] | Unset | None = UNSET
    sources: list[LeadSource] | Unset | None = UNSET
    created_at: str | Unset | None = UNSET
    updated_at: str | Unset | None = UNSET
    location: LeadLocation | Unset | None = UNSET
    socials: list[LeadSocial] | Unset | None = UNSET
    contacts: list[LeadContact] | Unset | None = UNSET
    attributes: LeadAttributes | Unset | None = UNSET
    raw: LeadRawPayload | Unset | None = UNSET
    title: str | Unset | None = UNSET
    company: LeadCompany | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LeadType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        name: dict[str, Any] | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        elif isinstance(self.name, LeadName):
            name = self.name.to_dict()
        else:
            name = self.name

        lists: list[dict[str, Any]] | Unset | None
        if isinstance(self.lists, Unset):
            lists = UNSET
        elif isinstance(self.lists, list):
            lists = []
            for lists_type_0_item_data in self.lists:
                lists_type_0_item = lists_type_0_item_data.to_dict()
                lists.append(lists_type_0_item)

        else:
            lists = self.lists

        sources: list[dict[str, Any]] | Unset | None
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, list):
            sources = []
            for sources_type_0_item_data in self.sources:
                sources_type_0_item = sources_type_0_item_data.to_dict()
                sources.append(sources_type_0_item)

        else:
            sources = self.sources

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = self.updated_at

        location: dict[str, Any] | Unset | None
        if isinstance(self.location, Unset):
            location = UNSET
        elif isinstance(self.location, LeadLocation):
            location = self.location.to_dict()
        else:
            location = self.location

        socials: list[dict[str, Any]] | Unset | None
        if isinstance(self.socials, Unset):
            socials = UNSET
        elif isinstance(self.socials, list):
            socials = []
            for socials_type_0_item_data in self.socials:
                socials_type_0_item = socials_type_0_item_data.to_dict()
                socials.append(socials_type_0_item)

        else:
            socials = self.socials

        contacts: list[dict[str, Any]] | Unset | None
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        elif isinstance(self.contacts, list):
            contacts = []
            for contacts_type_0_item_data in self.contacts:
                contacts_type_0_item = contacts_type_0_item_data.to_dict()
                contacts.append(contacts_type_0_item)

        else:
            contacts = self.contacts

        attributes: dict[str, Any] | Unset | None
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, LeadAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        raw: dict[str, Any] | Unset | None
        if isinstance(self.raw, Unset):
            raw = UNSET
        elif isinstance(self.raw, LeadRawPayload):
            raw = self.raw.to_dict()
        else:
            raw = self.raw

        title: str | Unset | None
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        company: dict[str, Any] | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, LeadCompany):
            company = self.company.to_dict()
        else:
            company = self.company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if lists is not UNSET:
            field_dict["lists"] = lists
        if sources is not UNSET:
            field_dict["sources"] = sources
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if location is not UNSET:
            field_dict["location"] = location
        if socials is not UNSET:
            field_dict["socials"] = socials
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if raw is not UNSET:
            field_dict["raw"] = raw
        if title is not UNSET:
            field_dict["title"] = title
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_type_(data: object) -> LeadType | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = LeadType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_name(data: object) -> LeadName | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                name_type_0 = LeadName.from_dict(data)

                return name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadName | None | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_lists(data: object) -> list[ListSummary] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lists_type_0 = []
                _lists_type_0 = data
                for lists_type_0_item_data in _lists_type_0:
                    lists_type_0_item = ListSummary.from_dict(lists_type_0_item_data)

                    lists_type_0.append(lists_type_0_item)

                return lists_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ListSummary] | None | Unset, data)

        lists = _parse_lists(d.pop("lists", UNSET))

        def _parse_sources(data: object) -> list[LeadSource] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sources_type_0 = []
                _sources_type_0 = data
                for sources_type_0_item_data in _sources_type_0:
                    sources_type_0_item = LeadSource.from_dict(sources_type_0_item_data)

                    sources_type_0.append(sources_type_0_item)

                return sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LeadSource] | None | Unset, data)

        sources = _parse_sources(d.pop("sources", UNSET))

        created_at = cast(None | str | Unset, d.pop("createdAt", UNSET))

        updated_at = cast(None | str | Unset, d.pop("updatedAt", UNSET))

        def _parse_location(data: object) -> LeadLocation | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                location_type_0 = LeadLocation.from_dict(data)

                return location_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadLocation | None | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_socials(data: object) -> list[LeadSocial] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                socials_type_0 = []
                _socials_type_0 = data
                for socials_type_0_item_data in _socials_type_0:
                    socials_type_0_item = LeadSocial.from_dict(socials_type_0_item_data)

                    socials_type_0.append(socials_type_0_item)

                return socials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LeadSocial] | None | Unset, data)

        socials = _parse_socials(d.pop("socials", UNSET))

        def _parse_contacts(data: object) -> list[LeadContact] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contacts_type_0 = []
                _contacts_type_0 = data
                for contacts_type_0_item_data in _contacts_type_0:
                    contacts_type_0_item = LeadContact.from_dict(contacts_type_0_item_data)

                    contacts_type_0.append(contacts_type_0_item)

                return contacts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LeadContact] | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        def _parse_attributes(data: object) -> LeadAttributes | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                attributes_type_0 = LeadAttributes.from_dict(data)

                return attributes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadAttributes | None | Unset, data)

        attributes = _parse_attributes(d.pop("attributes", UNSET))

        def _parse_raw(data: object) -> LeadRawPayload | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                raw_type_0 = LeadRawPayload.from_dict(data)

                return raw_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadRawPayload | None | Unset, data)

        raw = _parse_raw(d.pop("raw", UNSET))

        title = cast(None | str | Unset, d.pop("title", UNSET))

        def _parse_company(data: object) -> LeadCompany | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = LeadCompany.from_dict(data)

                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadCompany | None | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        _instance = cls(
            id=id,
            type_=type_,
            name=name,
            lists=lists,
            sources=sources,
            created_at=created_at,
            updated_at=updated_at,
            location=location,
            socials=socials,
            contacts=contacts,
            attributes=attributes,
            raw=raw,
            title=title,
            company=company,
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
from ..models.list_summary import ListSummary  # noqa: E402
