from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LeadLocation")


@_attrs_define
class LeadLocation(AdditionalProperties):
    """Where the Lead is based.

    Attributes:
        city (None | str | Unset):
        state (None | str | Unset):
        country (None | str | Unset):
        raw (None | str | Unset): The location as the source wrote it.
    """

    city: str | Unset | None = UNSET
    state: str | Unset | None = UNSET
    country: str | Unset | None = UNSET
    raw: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        city: str | Unset | None
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: str | Unset | None
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country: str | Unset | None
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        raw: str | Unset | None
        if isinstance(self.raw, Unset):
            raw = UNSET
        else:
            raw = self.raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if raw is not UNSET:
            field_dict["raw"] = raw

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        city = cast(None | str | Unset, d.pop("city", UNSET))

        state = cast(None | str | Unset, d.pop("state", UNSET))

        country = cast(None | str | Unset, d.pop("country", UNSET))

        raw = cast(None | str | Unset, d.pop("raw", UNSET))

        _instance = cls(
            city=city,
            state=state,
            country=country,
            raw=raw,
        )

        _instance.additional_properties = d
        return _instance
