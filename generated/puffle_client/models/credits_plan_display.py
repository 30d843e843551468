from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_str,
)

T = TypeVar("T", bound="CreditsPlanDisplay")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CreditsPlanDisplay(AdditionalProperties):
    """How a plan is presented.

    Attributes:
        name (str | None):
        order (int | None):
        badge (str | None):
        positioning (str | None):
    """

    name: str | None = None
    order: int | None = None
    badge: str | None = None
    positioning: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["name"] = self.name
        field_dict["order"] = self.order
        field_dict["badge"] = self.badge
        field_dict["positioning"] = self.positioning
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "CreditsPlanDisplay", "name")
        order = _get("order")
        if _type(order) is not int and order is not None:
            order = _check_int(order, "CreditsPlanDisplay", "order")
        badge = _get("badge")
        if _type(badge) is not str and badge is not None:
            badge = _check_str(badge, "CreditsPlanDisplay", "badge")
        positioning = _get("positioning")
        if _type(positioning) is not str and positioning is not None:
            positioning = _check_str(positioning, "CreditsPlanDisplay", "positioning")
        _instance = cls(name, order, badge, positioning)
        if not _CREDITSPLANDISPLAY_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CREDITSPLANDISPLAY_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CREDITSPLANDISPLAY_KEYS: frozenset[str] = frozenset({"name", "order", "badge", "positioning"})
