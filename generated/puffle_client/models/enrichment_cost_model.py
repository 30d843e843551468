from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="EnrichmentCostModel")


@_attrs_define
class EnrichmentCostModel(AdditionalProperties):
    """How an Enrichment is billed.

    Attributes:
        credit_action (None | str | Unset): Credit action charged once per Lead at dispatch (prices in `GET
            /api/credits/config`).
    """

    credit_action: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        credit_action: str | Unset | None
        if isinstance(self.credit_action, Unset):
            credit_action = UNSET
        else:
            credit_action = self.credit_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if credit_action is not UNSET:
            field_dict["creditAction"] = credit_action

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        credit_action = cast(None | str | Unset, d.pop("creditAction", UNSET))

        _instance = cls(
            credit_action=credit_action,
        )

        _instance.additional_properties = d
        return _instance
