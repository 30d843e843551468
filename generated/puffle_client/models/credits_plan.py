from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.credits_plan_display import CreditsPlanDisplay


T = TypeVar("T", bound="CreditsPlan")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CreditsPlan(AdditionalProperties):
    """One billing plan of the registry.

    Attributes:
        id (str | None):
        billing_product_id (str | None):
        display (CreditsPlanDisplay | None):
    """

    id: str | None = None
    billing_product_id: str | None = None
    display: CreditsPlanDisplay | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["billingProductId"] = self.billing_product_id
        field_dict["display"] = None if self.display is None else self.display.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = _get("id")
        if _type(id) is not str and id is not None:
            id = _check_str(id, "CreditsPlan", "id")
        billing_product_id = _get("billingProductId")
        if _type(billing_product_id) is not str and billing_product_id is not None:
            billing_product_id = _check_str(billing_product_id, "CreditsPlan", "billingProductId")
        display = _get("display")
        if display is not None:
            if _type(display) is not dict:
                display = _check_object(display, "CreditsPlan", "display")
            display = _CreditsPlanDisplay_from_dict(display)
        _instance = cls(id, billing_product_id, display)
        if not _CREDITSPLAN_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CREDITSPLAN_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.credits_plan_display import CreditsPlanDisplay  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CREDITSPLAN_KEYS: frozenset[str] = frozenset({"id", "billingProductId", "display"})
_CreditsPlanDisplay_from_dict = CreditsPlanDisplay._from_dict
