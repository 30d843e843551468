from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreditsPlanDisplay")


@_attrs_define
class CreditsPlanDisplay(AdditionalProperties):
    """How a plan is presented.

    Attributes:
        name (None | str | Unset):
        order (int | None | Unset):
        badge (None | str | Unset):
        positioning (None | str | Unset):
    """

    name: str | Unset | None = UNSET
    order: int | Unset | None = UNSET
    badge: str | Unset | None = UNSET
    positioning: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        order: int | Unset | None
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        badge: str | Unset | None
        if isinstance(self.badge, Unset):
            badge = UNSET
        else:
            badge = self.badge

        positioning: str | Unset | None
        if isinstance(self.positioning, Unset):
            positioning = UNSET
        else:
            positioning = self.positioning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if order is not UNSET:
            field_dict["order"] = order
        if badge is not UNSET:
            field_dict["badge"] = badge
        if positioning is not UNSET:
            field_dict["positioning"] = positioning

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = cast(None | str | Unset, d.pop("name", UNSET))

        order = cast(int | None | Unset, d.pop("order", UNSET))

        badge = cast(None | str | Unset, d.pop("badge", UNSET))

        positioning = cast(None | str | Unset, d.pop("positioning", UNSET))

        _instance = cls(
            name=name,
            order=order,
            badge=badge,
            positioning=positioning,
        )

        _instance.additional_properties = d
        return _instance
