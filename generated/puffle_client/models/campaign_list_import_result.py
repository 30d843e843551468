from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
)

T = TypeVar("T", bound="CampaignListImportResult")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignListImportResult(AdditionalProperties):
    """Counts from importing a list into a campaign.

    Attributes:
        imported (int | None):
        duplicates (int | None):
        invalid (int | None): Rows lacking the channel's identity field.
        errors (int | None): Rows that failed to insert.
        total (int | None):
        partial (bool | None): True only on a 206 partial import.
    """

    imported: int | None = None
    duplicates: int | None = None
    invalid: int | None = None
    errors: int | None = None
    total: int | None = None
    partial: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["imported"] = self.imported
        field_dict["duplicates"] = self.duplicates
        field_dict["invalid"] = self.invalid
        field_dict["errors"] = self.errors
        field_dict["total"] = self.total
        field_dict["partial"] = self.partial
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        imported = _get("imported")
        if _type(imported) is not int and imported is not None:
            imported = _check_int(imported, "CampaignListImportResult", "imported")
        duplicates = _get("duplicates")
        if _type(duplicates) is not int and duplicates is not None:
            duplicates = _check_int(duplicates, "CampaignListImportResult", "duplicates")
        invalid = _get("invalid")
        if _type(invalid) is not int and invalid is not None:
            invalid = _check_int(invalid, "CampaignListImportResult", "invalid")
        errors = _get("errors")
        if _type(errors) is not int and errors is not None:
            errors = _check_int(errors, "CampaignListImportResult", "errors")
        total = _get("total")
        if _type(total) is not int and total is not None:
            total = _check_int(total, "CampaignListImportResult", "total")
        partial = _get("partial")
        if _type(partial) is not bool and partial is not None:
            partial = _check_bool(partial, "CampaignListImportResult", "partial")
        _instance = cls(imported, duplicates, invalid, errors, total, partial)
        if not _CAMPAIGNLISTIMPORTRESULT_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLISTIMPORTRESULT_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLISTIMPORTRESULT_KEYS: frozenset[str] = frozenset(
    {"imported", "duplicates", "invalid", "errors", "total", "partial"}
)
