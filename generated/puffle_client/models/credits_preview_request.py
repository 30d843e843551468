from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credits_action import CreditsAction
from ..types import (
    AdditionalProperties,
    _check_int,
    _parse_enum,
)

T = TypeVar("T", bound="CreditsPreviewRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CreditsPreviewRequest(AdditionalProperties):
    """The action and batch size to price.

    Attributes:
        action (CreditsAction): A (legacy) billable credit action name.
        count (int): How many units the action would run for.
    """

    action: CreditsAction
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["action"] = self.action.value
        field_dict["count"] = self.count
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        action = src_dict["action"]
        if _type(action) is str and action in _CREDITSACTION_BY_VALUE:
            action = _CREDITSACTION_BY_VALUE[action]
        else:
            action = _parse_enum(CreditsAction, action, "CreditsPreviewRequest", "action")
        count = src_dict["count"]
        if _type(count) is not int:
            count = _check_int(count, "CreditsPreviewRequest", "count")
        _instance = cls(action, count)
        if not _CREDITSPREVIEWREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CREDITSPREVIEWREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CREDITSPREVIEWREQUEST_KEYS: frozenset[str] = frozenset({"action", "count"})
_CREDITSACTION_BY_VALUE: dict[object, CreditsAction] = cast(
    "dict[object, CreditsAction]", CreditsAction._value2member_map_
)
