from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignAccountLimit")


@_attrs_define
class CampaignAccountLimit(AdditionalProperties):
    """Per-sender daily cap for an email campaign.

    Attributes:
        account_id (str | Unset):
        daily_limit (int | Unset):
    """

    account_id: str | Unset = UNSET
    daily_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_id = self.account_id

        daily_limit = self.daily_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        account_id = d.pop("account_id", UNSET)

        daily_limit = d.pop("daily_limit", UNSET)

        _instance = cls(
            account_id=account_id,
            daily_limit=daily_limit,
        )

        _instance.additional_properties = d
        return _instance
