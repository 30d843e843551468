from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SignalSearchProgress")


@_attrs_define
class SignalSearchProgress(AdditionalProperties):
    """Counters of a running or finished search.

    Attributes:
        fetched (int | None | Unset):
        filtered (int | None | Unset):
        total (int | None | Unset):
    """

    fetched: int | Unset | None = UNSET
    filtered: int | Unset | None = UNSET
    total: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        fetched: int | Unset | None
        if isinstance(self.fetched, Unset):
            fetched = UNSET
        else:
            fetched = self.fetched

        filtered: int | Unset | None
        if isinstance(self.filtered, Unset):
            filtered = UNSET
        else:
            filtered = self.filtered

        total: int | Unset | None
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fetched is not UNSET:
            field_dict["fetched"] = fetched
        if filtered is not UNSET:
            field_dict["filtered"] = filtered
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        fetched = cast(int | None | Unset, d.pop("fetched", UNSET))

        filtered = cast(int | None | Unset, d.pop("filtered", UNSET))

        total = cast(int | None | Unset, d.pop("total", UNSET))

        _instance = cls(
            fetched=fetched,
            filtered=filtered,
            total=total,
        )

        _instance.additional_properties = d
        return _instance
