from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="ListImportPreview")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ListImportPreview(AdditionalProperties):
    """Counts an import would produce.

    Attributes:
        lead_count (int | None):
        person_count (int | None):
        company_count (int | None):
    """

    lead_count: int | None = None
    person_count: int | None = None
    company_count: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["leadCount"] = self.lead_count
        field_dict["personCount"] = self.person_count
        field_dict["companyCount"] = self.company_count
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        lead_count = _get("leadCount")
        if _type(lead_count) is not int and lead_count is not None:
            lead_count = _check_int(lead_count, "ListImportPreview", "leadCount")
        person_count = _get("personCount")
        if _type(person_count) is not int and person_count is not None:
            person_count = _check_int(person_count, "ListImportPreview", "personCount")
        company_count = _get("companyCount")
        if _type(company_count) is not int and company_count is not None:
            company_count = _check_int(company_count, "ListImportPreview", "companyCount")
        _instance = cls(lead_count, person_count, company_count)
        if not _LISTIMPORTPREVIEW_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LISTIMPORTPREVIEW_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LISTIMPORTPREVIEW_KEYS: frozenset[str] = frozenset({"leadCount", "personCount", "companyCount"})
