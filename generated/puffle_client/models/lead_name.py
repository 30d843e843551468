from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="LeadName")


@_attrs_define
class LeadName(AdditionalProperties):
    """Name parts of a Lead.

    Attributes:
        full (None | str | Unset):
        short (None | str | Unset):
        aliases (list[str] | None | Unset):
        first (None | str | Unset):
        last (None | str | Unset):
    """

    full: str | Unset | None = UNSET
    short: str | Unset | None = UNSET
    aliases: list[str] | Unset | None = UNSET
    first: str | Unset | None = UNSET
    last: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full: str | Unset | None
        if isinstance(self.full, Unset):
            full = UNSET
        else:
            full = self.full

        short: str | Unset | None
        if isinstance(self.short, Unset):
            short = UNSET
        else:
            short = self.short

        aliases: list[str] | Unset | None
        if isinstance(self.aliases, Unset):
            aliases = UNSET
        elif isinstance(self.aliases, list):
            aliases = self.aliases

        else:
            aliases = self.aliases

        first: str | Unset | None
        if isinstance(self.first, Unset):
            first = UNSET
        else:
            first = self.first

        last: str | Unset | None
        if isinstance(self.last, Unset):
            last = UNSET
        else:
            last = self.last

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full is not UNSET:
            field_dict["full"] = full
        if short is not UNSET:
            field_dict["short"] = short
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if first is not UNSET:
            field_dict["first"] = first
        if last is not UNSET:
            field_dict["last"] = last

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        full = cast(None | str | Unset, d.pop("full", UNSET))

        short = cast(None | str | Unset, d.pop("short", UNSET))

        def _parse_aliases(data: object) -> list[str] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aliases_type_0 = cast(list[str], data)

                return aliases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        aliases = _parse_aliases(d.pop("aliases", UNSET))

        first = cast(None | str | Unset, d.pop("first", UNSET))

        last = cast(None | str | Unset, d.pop("last", UNSET))

        _instance = cls(
            full=full,
            short=short,
            aliases=aliases,
            first=first,
            last=last,
        )

        _instance.additional_properties = d
        return _instance
