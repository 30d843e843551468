from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credits_action import CreditsAction
from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_float,
    _check_int,
    _parse_enum,
)

T = TypeVar("T", bound="CreditsPreview")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CreditsPreview(AdditionalProperties):
    """Affordability report for an action and batch size; nothing is charged.

    Attributes:
        action (CreditsAction | None): A (legacy) billable credit action name.
        count (int | None):
        cost_per_unit (int | None): Credits per unit of the action.
        total_credits (int | None): costPerUnit × count — what the real call would deduct.
        total_dollars (float | None): Dollar value of totalCredits.
        sufficient (bool | None): Whether the balance covers the cost; true when the billing backend could not be
            reached.
        balance (float | None): Current credit balance; null when the billing backend could not be reached.
    """

    action: CreditsAction | None = None
    count: int | None = None
    cost_per_unit: int | None = None
    total_credits: int | None = None
    total_dollars: float | None = None
    sufficient: bool | None = None
    balance: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if self.action is not None:
            field_dict["action"] = self.action.value
        field_dict["count"] = self.count
        field_dict["costPerUnit"] = self.cost_per_unit
        field_dict["totalCredits"] = self.total_credits
        field_dict["totalDollars"] = self.total_dollars
        field_dict["sufficient"] = self.sufficient
        field_dict["balance"] = self.balance
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        action = _get("action")
        if action is not None:
            if _type(action) is str and action in _CREDITSACTION_BY_VALUE:
                action = _CREDITSACTION_BY_VALUE[action]
            else:
                action = _parse_enum(CreditsAction, action, "CreditsPreview", "action")
        count = _get("count")
        if _type(count) is not int and count is not None:
            count = _check_int(count, "CreditsPreview", "count")
        cost_per_unit = _get("costPerUnit")
        if _type(cost_per_unit) is not int and cost_per_unit is not None:
            cost_per_unit = _check_int(cost_per_unit, "CreditsPreview", "costPerUnit")
        total_credits = _get("totalCredits")
        if _type(total_credits) is not int and total_credits is not None:
            total_credits = _check_int(total_credits, "CreditsPreview", "totalCredits")
        total_dollars = _get("totalDollars")
        if _type(total_dollars) is not float and total_dollars is not None:
            total_dollars = _check_float(total_dollars, "CreditsPreview", "totalDollars")
        sufficient = _get("sufficient")
        if _type(sufficient) is not bool and sufficient is not None:
            sufficient = _check_bool(sufficient, "CreditsPreview", "sufficient")
        balance = _get("balance")
        if _type(balance) is not float and balance is not None:
            balance = _check_float(balance, "CreditsPreview", "balance")
        _instance = cls(action, count, cost_per_unit, total_credits, total_dollars, sufficient, balance)
        if not _CREDITSPREVIEW_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CREDITSPREVIEW_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CREDITSPREVIEW_KEYS: frozenset[str] = frozenset(
    {"action", "count", "costPerUnit", "totalCredits", "totalDollars", "sufficient", "balance"}
)
_CREDITSACTION_BY_VALUE: dict[object, CreditsAction] = cast(
    "dict[object, CreditsAction]", CreditsAction._value2member_map_
)
