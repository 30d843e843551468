from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.signal_lead_company import SignalLeadCompany
    from ..models.signal_lead_person import SignalLeadPerson


T = TypeVar("T", bound="SignalLead")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalLead(AdditionalProperties):
    """A person or company referenced by one or more signals, rolled up into one row.

    Attributes:
        id (str): Entity id (the `entityId` for updateSignalLeads).
        name (str | None):
        signal_ids (list[str] | None):
        person (SignalLeadPerson | None):
        company (SignalLeadCompany | None):
    """

    id: str
    name: str | None = None
    signal_ids: list[str] | None = None
    person: SignalLeadPerson | None = None
    company: SignalLeadCompany | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["signalIds"] = None if self.signal_ids is None else list(self.signal_ids)
        field_dict["person"] = None if self.person is None else self.person.to_dict()
        field_dict["company"] = None if self.company is None else self.company.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SignalLead", "id")
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "SignalLead", "name")
        signal_ids = _get("signalIds")
        if signal_ids is not None:
            if _type(signal_ids) is not list:
                signal_ids = _check_list(signal_ids, "SignalLead", "signalIds")
            for _i in signal_ids:
                if _type(_i) is not str:
                    _check_str(_i, "SignalLead", "signalIds")
        person = _get("person")
        if person is not None:
            if _type(person) is not dict:
                person = _check_object(person, "SignalLead", "person")
            person = _SignalLeadPerson_from_dict(person)
        company = _get("company")
        if company is not None:
            if _type(company) is not dict:
                company = _check_object(company, "SignalLead", "company")
            company = _SignalLeadCompany_from_dict(company)
        _instance = cls(id, name, signal_ids, person, company)
        if not _SIGNALLEAD_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALLEAD_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_lead_company import SignalLeadCompany  # noqa: E402
from ..models.signal_lead_person import SignalLeadPerson  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALLEAD_KEYS: frozenset[str] = frozenset({"id", "name", "signalIds", "person", "company"})
_SignalLeadCompany_from_dict = SignalLeadCompany._from_dict
_SignalLeadPerson_from_dict = SignalLeadPerson._from_dict
