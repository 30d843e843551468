from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="ListImportPreview")


@_attrs_define
class ListImportPreview(AdditionalProperties):
    """Counts an import would produce.

    Attributes:
        lead_count (int | None | Unset):
        person_count (int | None | Unset):
        company_count (int | None | Unset):
    """

    lead_count: int | Unset | None = UNSET
    person_count: int | Unset | None = UNSET
    company_count: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_count: int | Unset | None
        if isinstance(self.lead_count, Unset):
            lead_count = UNSET
        else:
            lead_count = self.lead_count

        person_count: int | Unset | None
        if isinstance(self.person_count, Unset):
            person_count = UNSET
        else:
            person_count = self.person_count

        company_count: int | Unset | None
        if isinstance(self.company_count, Unset):
            company_count = UNSET
        else:
            company_count = self.company_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_count is not UNSET:
            field_dict["leadCount"] = lead_count
        if person_count is not UNSET:
            field_dict["personCount"] = person_count
        if company_count is not UNSET:
            field_dict["companyCount"] = company_count

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_count = cast(int | None | Unset, d.pop("leadCount", UNSET))

        person_count = cast(int | None | Unset, d.pop("personCount", UNSET))

        company_count = cast(int | None | Unset, d.pop("companyCount", UNSET))

        _instance = cls(
            lead_count=lead_count,
            person_count=person_count,
            company_count=company_count,
        )

        _instance.additional_properties = d
        return _instance
