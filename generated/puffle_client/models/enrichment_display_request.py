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

T = TypeVar("T", bound="EnrichmentDisplayRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentDisplayRequest(AdditionalProperties):
    """Display hint for the run (purpose not documented).

    Attributes:
        field_id (str | Unset):
    """

    field_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.field_id, Unset):
            field_dict["fieldId"] = self.field_id
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        field_id = _get("fieldId", UNSET)
        if _type(field_id) is not str and field_id is not UNSET:
            field_id = _check_str(field_id, "EnrichmentDisplayRequest", "fieldId")
        _instance = cls(field_id)
        if not _ENRICHMENTDISPLAYREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTDISPLAYREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTDISPLAYREQUEST_KEYS: frozenset[str] = frozenset({"fieldId"})
