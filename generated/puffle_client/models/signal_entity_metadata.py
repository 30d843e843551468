from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.signal_entity_company import SignalEntityCompany
    from ..models.signal_entity_person import SignalEntityPerson


T = TypeVar("T", bound="SignalEntityMetadata")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SignalEntityMetadata(AdditionalProperties):
    """Enrichment metadata of the person and company behind a signal.

    Attributes:
        person (SignalEntityPerson | None):
        company (SignalEntityCompany | None):
    """

    person: SignalEntityPerson | None = None
    company: SignalEntityCompany | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["person"] = None if self.person is None else self.person.to_dict()
        field_dict["company"] = None if self.company is None else self.company.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        person = _get("person")
        if person is not None:
            if _type(person) is not dict:
                person = _check_object(person, "SignalEntityMetadata", "person")
            person = _SignalEntityPerson_from_dict(person)
        company = _get("company")
        if company is not None:
            if _type(company) is not dict:
                company = _check_object(company, "SignalEntityMetadata", "company")
            company = _SignalEntityCompany_from_dict(company)
        _instance = cls(person, company)
        if not _SIGNALENTITYMETADATA_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SIGNALENTITYMETADATA_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.signal_entity_company import SignalEntityCompany  # noqa: E402
from ..models.signal_entity_person import SignalEntityPerson  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SIGNALENTITYMETADATA_KEYS: frozenset[str] = frozenset({"person", "company"})
_SignalEntityCompany_from_dict = SignalEntityCompany._from_dict
_SignalEntityPerson_from_dict = SignalEntityPerson._from_dict
