from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_entity_company import SignalEntityCompany
    from ..models.signal_entity_person import SignalEntityPerson


T = TypeVar("T", bound="SignalEntityMetadata")


@_attrs_define
class SignalEntityMetadata(AdditionalProperties):
    """Enrichment metadata of the person and company behind a signal.

    Attributes:
        person (None | SignalEntityPerson | Unset):
        company (None | SignalEntityCompany | Unset):
    """

    person: SignalEntityPerson | Unset | None = UNSET
    company: SignalEntityCompany | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        person: dict[str, Any] | Unset | None
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, SignalEntityPerson):
            person = self.person.to_dict()
        else:
            person = self.person

        company: dict[str, Any] | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, SignalEntityCompany):
            company = self.company.to_dict()
        else:
            company = self.company

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if person is not UNSET:
            field_dict["person"] = person
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_person(data: object) -> SignalEntityPerson | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = SignalEntityPerson.from_dict(data)

                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalEntityPerson | Unset, data)

        person = _parse_person(d.pop("person", UNSET))

        def _parse_company(data: object) -> SignalEntityCompany | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = SignalEntityCompany.from_dict(data)

                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalEntityCompany | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        _instance = cls(
            person=person,
            company=company,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_entity_company import SignalEntityCompany  # noqa: E402
from ..models.signal_entity_person import SignalEntityPerson  # noqa: E402
