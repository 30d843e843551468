from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.credits_action import CreditsAction
from ..types import AdditionalProperties

T = TypeVar("T", bound="CreditsPreviewRequest")


@_attrs_define
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
        action = self.action.value

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = CreditsAction(d.pop("action"))

        count = d.pop("count")

        _instance = cls(
            action=action,
            count=count,
        )

        _instance.additional_properties = d
        return _instance
