from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="CampaignListImportFilterOrderByItem")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignListImportFilterOrderByItem(AdditionalProperties):
    """CampaignListImportFilterOrderByItem: a JSON object the spec describes only by its fields.

    Attributes:
        field (str | Unset):
    """

    field: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.field, Unset):
            field_dict["field"] = self.field
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        field = _get("field", UNSET)
        if _type(field) is not str and field is not UNSET:
            field = _check_str(field, "CampaignListImportFilterOrderByItem", "field")
        _instance = cls(field)
        if not _CAMPAIGNLISTIMPORTFILTERORDERBYITEM_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLISTIMPORTFILTERORDERBYITEM_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLISTIMPORTFILTERORDERBYITEM_KEYS: frozenset[str] = frozenset({"field"})
