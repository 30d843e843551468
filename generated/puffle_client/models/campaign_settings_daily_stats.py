from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignSettingsDailyStats")


@_attrs_define
class CampaignSettingsDailyStats(AdditionalProperties):
    """Today's email sends of a sender account against its daily cap.

    Attributes:
        sent (int | None | Unset):
        daily_limit (int | None | Unset):
    """

    sent: int | Unset | None = UNSET
    daily_limit: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sent: int | Unset | None
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        daily_limit: int | Unset | None
        if isinstance(self.daily_limit, Unset):
            daily_limit = UNSET
        else:
            daily_limit = self.daily_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sent is not UNSET:
            field_dict["sent"] = sent
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sent = cast(int | None | Unset, d.pop("sent", UNSET))

        daily_limit = cast(int | None | Unset, d.pop("daily_limit", UNSET))

        _instance = cls(
            sent=sent,
            daily_limit=daily_limit,
        )

        _instance.additional_properties = d
        return _instance
