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

T = TypeVar("T", bound="LeadLocation")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class LeadLocation(AdditionalProperties):
    """Where the Lead is based.

    Attributes:
        city (str | Unset | None):
        state (str | Unset | None):
        country (str | Unset | None):
        raw (str | Unset | None): The location as the source wrote it.
    """

    city: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    raw: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.city, Unset):
            field_dict["city"] = self.city
        if not isinstance(self.state, Unset):
            field_dict["state"] = self.state
        if not isinstance(self.country, Unset):
            field_dict["country"] = self.country
        if not isinstance(self.raw, Unset):
            field_dict["raw"] = self.raw
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        city = _get("city", UNSET)
        if _type(city) is not str and city is not UNSET and city is not None:
            city = _check_str(city, "LeadLocation", "city")
        state = _get("state", UNSET)
        if _type(state) is not str and state is not UNSET and state is not None:
            state = _check_str(state, "LeadLocation", "state")
        country = _get("country", UNSET)
        if _type(country) is not str and country is not UNSET and country is not None:
            country = _check_str(country, "LeadLocation", "country")
        raw = _get("raw", UNSET)
        if _type(raw) is not str and raw is not UNSET and raw is not None:
            raw = _check_str(raw, "LeadLocation", "raw")
        _instance = cls(city, state, country, raw)
        if not _LEADLOCATION_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADLOCATION_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADLOCATION_KEYS: frozenset[str] = frozenset({"city", "state", "country", "raw"})
