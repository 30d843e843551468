from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_str,
)

T = TypeVar("T", bound="LeadName")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class LeadName(AdditionalProperties):
    """Name parts of a Lead.

    Attributes:
        full (str | Unset | None):
        short (str | Unset | None):
        aliases (list[str] | Unset | None):
        first (str | Unset | None):
        last (str | Unset | None):
    """

    full: str | Unset | None = UNSET
    short: str | Unset | None = UNSET
    aliases: list[str] | Unset | None = UNSET
    first: str | Unset | None = UNSET
    last: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.full, Unset):
            field_dict["full"] = self.full
        if not isinstance(self.short, Unset):
            field_dict["short"] = self.short
        if not isinstance(self.aliases, Unset):
            field_dict["aliases"] = None if self.aliases is None else list(self.aliases)
        if not isinstance(self.first, Unset):
            field_dict["first"] = self.first
        if not isinstance(self.last, Unset):
            field_dict["last"] = self.last
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        full = _get("full", UNSET)
        if _type(full) is not str and full is not UNSET and full is not None:
            full = _check_str(full, "LeadName", "full")
        short = _get("short", UNSET)
        if _type(short) is not str and short is not UNSET and short is not None:
            short = _check_str(short, "LeadName", "short")
        aliases = _get("aliases", UNSET)
        if aliases is not UNSET and aliases is not None:
            if _type(aliases) is not list:
                aliases = _check_list(aliases, "LeadName", "aliases")
            for _i in aliases:
                if _type(_i) is not str:
                    _check_str(_i, "LeadName", "aliases")
        first = _get("first", UNSET)
        if _type(first) is not str and first is not UNSET and first is not None:
            first = _check_str(first, "LeadName", "first")
        last = _get("last", UNSET)
        if _type(last) is not str and last is not UNSET and last is not None:
            last = _check_str(last, "LeadName", "last")
        _instance = cls(full, short, aliases, first, last)
        if not _LEADNAME_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _LEADNAME_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_LEADNAME_KEYS: frozenset[str] = frozenset({"full", "short", "aliases", "first", "last"})
