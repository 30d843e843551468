from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credits_action import CreditsAction
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CreditsPreview")


@_attrs_define
class CreditsPreview(AdditionalProperties):
    """Affordability report for an action and batch size; nothing is charged.

    Attributes:
        action (CreditsAction | Unset): A (legacy) billable credit action name.
        count (int | None | Unset):
        cost_per_unit (int | None | Unset): Credits per unit of the action.
        total_credits (int | None | Unset): costPerUnit × count — what the real call would deduct.
        total_dollars (float | None | Unset): Dollar value of totalCredits.
        sufficient (bool | None | Unset): Whether the balance covers the cost; true when the billing backend could not
            be reached.
        balance (float | None | Unset): Current credit balance; null when the billing backend could not be reached.
    """

    action: CreditsAction | Unset = UNSET
    count: int | Unset | None = UNSET
    cost_per_unit: int | Unset | None = UNSET
    total_credits: int | Unset | None = UNSET
    total_dollars: float | Unset | None = UNSET
    sufficient: bool | Unset | None = UNSET
    balance: float | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = self.action.value

        count: int | Unset | None
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        cost_per_unit: int | Unset | None
        if isinstance(self.cost_per_unit, Unset):
            cost_per_unit = UNSET
        else:
            cost_per_unit = self.cost_per_unit

        total_credits: int | Unset | None
        if isinstance(self.total_credits, Unset):
            total_credits = UNSET
        else:
            total_credits = self.total_credits

        total_dollars: float | Unset | None
        if isinstance(self.total_dollars, Unset):
            total_dollars = UNSET
        else:
            total_dollars = self.total_dollars

        sufficient: bool | Unset | None
        if isinstance(self.sufficient, Unset):
            sufficient = UNSET
        else:
            sufficient = self.sufficient

        balance: float | Unset | None
        if isinstance(self.balance, Unset):
            balance = UNSET
        else:
            balance = self.balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if action is not UNSET:
            field_dict["action"] = action
        if count is not UNSET:
            field_dict["count"] = count
        if cost_per_unit is not UNSET:
            field_dict["costPerUnit"] = cost_per_unit
        if total_credits is not UNSET:
            field_dict["totalCredits"] = total_credits
        if total_dollars is not UNSET:
            field_dict["totalDollars"] = total_dollars
        if sufficient is not UNSET:
            field_dict["sufficient"] = sufficient
        if balance is not UNSET:
            field_dict["balance"] = balance

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _action = d.pop("action", UNSET)
        action: CreditsAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = CreditsAction(_action)

        count = cast(int | None | Unset, d.pop("count", UNSET))

        cost_per_unit = cast(int | None | Unset, d.pop("costPerUnit", UNSET))

        total_credits = cast(int | None | Unset, d.pop("totalCredits", UNSET))

        total_dollars = cast(float | None | Unset, d.pop("totalDollars", UNSET))

        sufficient = cast(bool | None | Unset, d.pop("sufficient", UNSET))

        balance = cast(float | None | Unset, d.pop("balance", UNSET))

        _instance = cls(
            action=action,
            count=count,
            cost_per_unit=cost_per_unit,
            total_credits=total_credits,
            total_dollars=total_dollars,
            sufficient=sufficient,
            balance=balance,
        )

        _instance.additional_properties = d
        return _instance
