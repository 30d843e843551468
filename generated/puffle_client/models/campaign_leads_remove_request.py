from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignLeadsRemoveRequest")


@_attrs_define
class CampaignLeadsRemoveRequest(AdditionalProperties):
    """Which leads to remove: give `prospect_ids` or `all: true`.

    Attributes:
        prospect_ids (list[str] | Unset): Leads to remove.
        all_ (bool | Unset): Set to true to remove every lead; wins over `prospect_ids`.
    """

    prospect_ids: list[str] | Unset = UNSET
    all_: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prospect_ids: list[str] | Unset = UNSET
        if not isinstance(self.prospect_ids, Unset):
            prospect_ids = self.prospect_ids

        all_ = self.all_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prospect_ids is not UNSET:
            field_dict["prospect_ids"] = prospect_ids
        if all_ is not UNSET:
            field_dict["all"] = all_

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prospect_ids = cast(list[str], d.pop("prospect_ids", UNSET))

        all_ = d.pop("all", UNSET)

        _instance = cls(
            prospect_ids=prospect_ids,
            all_=all_,
        )

        _instance.additional_properties = d
        return _instance
