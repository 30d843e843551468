from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.credits_plan_display import CreditsPlanDisplay


T = TypeVar("T", bound="CreditsPlan")


@_attrs_define
class CreditsPlan(AdditionalProperties):
    """One billing plan of the registry.

    Attributes:
        id (None | str | Unset):
        billing_product_id (None | str | Unset):
        display (CreditsPlanDisplay | None | Unset):
    """

    id: str | Unset | None = UNSET
    billing_product_id: str | Unset | None = UNSET
    display: CreditsPlanDisplay | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset | None
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        billing_product_id: str | Unset | None
        if isinstance(self.billing_product_id, Unset):
            billing_product_id = UNSET
        else:
            billing_product_id = self.billing_product_id

        display: dict[str, Any] | Unset | None
        if isinstance(self.display, Unset):
            display = UNSET
        elif isinstance(self.display, CreditsPlanDisplay):
            display = self.display.to_dict()
        else:
            display = self.display

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if billing_product_id is not UNSET:
            field_dict["billingProductId"] = billing_product_id
        if display is not UNSET:
            field_dict["display"] = display

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = cast(None | str | Unset, d.pop("id", UNSET))

        billing_product_id = cast(None | str | Unset, d.pop("billingProductId", UNSET))

        def _parse_display(data: object) -> CreditsPlanDisplay | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_type_0 = CreditsPlanDisplay.from_dict(data)

                return display_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreditsPlanDisplay | None | Unset, data)

        display = _parse_display(d.pop("display", UNSET))

        _instance = cls(
            id=id,
            billing_product_id=billing_product_id,
            display=display,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.credits_plan_display import CreditsPlanDisplay  # noqa: E402
