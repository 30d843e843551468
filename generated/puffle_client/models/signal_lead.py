from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.signal_lead_company import SignalLeadCompany
    from ..models.signal_lead_person import SignalLeadPerson


T = TypeVar("T", bound="SignalLead")


@_attrs_define
class SignalLead(AdditionalProperties):
    """A person or company referenced by one or more signals, rolled up into one row.

    Attributes:
        id (str): Entity id (the `entityId` for updateSignalLeads).
        name (None | str | Unset):
        signal_ids (list[str] | None | Unset):
        person (None | SignalLeadPerson | Unset):
        company (None | SignalLeadCompany | Unset):
    """

    id: str
    name: str | Unset | None = UNSET
    signal_ids: list[str] | Unset | None = UNSET
    person: SignalLeadPerson | Unset | None = UNSET
    company: SignalLeadCompany | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        signal_ids: list[str] | Unset | None
        if isinstance(self.signal_ids, Unset):
            signal_ids = UNSET
        elif isinstance(self.signal_ids, list):
            signal_ids = self.signal_ids

        else:
            signal_ids = self.signal_ids

        person: dict[str, Any] | Unset | None
        if isinstance(self.person, Unset):
            person = UNSET
        elif isinstance(self.person, SignalLeadPerson):
            person = self.person.to_dict()
        else:
            person = self.person

        company: dict[str, Any] | Unset | None
        if isinstance(self.company, Unset):
            company = UNSET
        elif isinstance(self.company, SignalLeadCompany):
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
        if name is not UNSET:
            field_dict["name"] = name
        if signal_ids is not UNSET:
            field_dict["signalIds"] = signal_ids
        if person is not UNSET:
            field_dict["person"] = person
        if company is not UNSET:
            field_dict["company"] = company

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = cast(None | str | Unset, d.pop("name", UNSET))

        def _parse_signal_ids(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                signal_ids_type_0 = cast(list[str], data)

                return signal_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        signal_ids = _parse_signal_ids(d.pop("signalIds", UNSET))

        def _parse_person(data: object) -> SignalLeadPerson | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                person_type_0 = SignalLeadPerson.from_dict(data)

                return person_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalLeadPerson | Unset, data)

        person = _parse_person(d.pop("person", UNSET))

        def _parse_company(data: object) -> SignalLeadCompany | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                company_type_0 = SignalLeadCompany.from_dict(data)

                return company_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SignalLeadCompany | Unset, data)

        company = _parse_company(d.pop("company", UNSET))

        _instance = cls(
            id=id,
            name=name,
            signal_ids=signal_ids,
            person=person,
            company=company,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_lead_company import SignalLeadCompany  # noqa: E402
from ..models.signal_lead_person import SignalLeadPerson  # noqa: E402
