from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignListImportResult")


@_attrs_define
class CampaignListImportResult(AdditionalProperties):
    """Counts from importing a list into a campaign.

    Attributes:
        imported (int | None | Unset):
        duplicates (int | None | Unset):
        invalid (int | None | Unset): Rows lacking the channel's identity field.
        errors (int | None | Unset): Rows that failed to insert.
        total (int | None | Unset):
        partial (bool | None | Unset): True only on a 206 partial import.
    """

    imported: int | Unset | None = UNSET
    duplicates: int | Unset | None = UNSET
    invalid: int | Unset | None = UNSET
    errors: int | Unset | None = UNSET
    total: int | Unset | None = UNSET
    partial: bool | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        imported: int | Unset | None
        if isinstance(self.imported, Unset):
            imported = UNSET
        else:
            imported = self.imported

        duplicates: int | Unset | None
        if isinstance(self.duplicates, Unset):
            duplicates = UNSET
        else:
            duplicates = self.duplicates

        invalid: int | Unset | None
        if isinstance(self.invalid, Unset):
            invalid = UNSET
        else:
            invalid = self.invalid

        errors: int | Unset | None
        if isinstance(self.errors, Unset):
            errors = UNSET
        else:
            errors = self.errors

        total: int | Unset | None
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        partial: bool | Unset | None
        if isinstance(self.partial, Unset):
            partial = UNSET
        else:
            partial = self.partial

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if imported is not UNSET:
            field_dict["imported"] = imported
        if duplicates is not UNSET:
            field_dict["duplicates"] = duplicates
        if invalid is not UNSET:
            field_dict["invalid"] = invalid
        if errors is not UNSET:
            field_dict["errors"] = errors
        if total is not UNSET:
            field_dict["total"] = total
        if partial is not UNSET:
            field_dict["partial"] = partial

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        imported = cast(int | None | Unset, d.pop("imported", UNSET))

        duplicates = cast(int | None | Unset, d.pop("duplicates", UNSET))

        invalid = cast(int | None | Unset, d.pop("invalid", UNSET))

        errors = cast(int | None | Unset, d.pop("errors", UNSET))

        total = cast(int | None | Unset, d.pop("total", UNSET))

        partial = cast(bool | None | Unset, d.pop("partial", UNSET))

        _instance = cls(
            imported=imported,
            duplicates=duplicates,
            invalid=invalid,
            errors=errors,
            total=total,
            partial=partial,
        )

        _instance.additional_properties = d
        return _instance
