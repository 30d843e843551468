from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignSettingsLimits")


@_attrs_define
class CampaignSettingsLimits(AdditionalProperties):
    """Current, maximum and recommended weekly limits of a sender account.

    Attributes:
        weekly_connection_limit (int | None | Unset):
        weekly_message_limit (int | None | Unset):
        max_connection_limit (int | None | Unset):
        max_message_limit (int | None | Unset):
        recommended_connection_limit (int | None | Unset):
        recommended_message_limit (int | None | Unset):
    """

    weekly_connection_limit: int | Unset | None = UNSET
    weekly_message_limit: int | Unset | None = UNSET
    max_connection_limit: int | Unset | None = UNSET
    max_message_limit: int | Unset | None = UNSET
    recommended_connection_limit: int | Unset | None = UNSET
    recommended_message_limit: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        weekly_connection_limit: int | Unset | None
        if isinstance(self.weekly_connection_limit, Unset):
            weekly_connection_limit = UNSET
        else:
            weekly_connection_limit = self.weekly_connection_limit

        weekly_message_limit: int | Unset | None
        if isinstance(self.weekly_message_limit, Unset):
            weekly_message_limit = UNSET
        else:
            weekly_message_limit = self.weekly_message_limit

        max_connection_limit: int | Unset | None
        if isinstance(self.max_connection_limit, Unset):
            max_connection_limit = UNSET
        else:
            max_connection_limit = self.max_connection_limit

        max_message_limit: int | Unset | None
        if isinstance(self.max_message_limit, Unset):
            max_message_limit = UNSET
        else:
            max_message_limit = self.max_message_limit

        recommended_connection_limit: int | Unset | None
        if isinstance(self.recommended_connection_limit, Unset):
            recommended_connection_limit = UNSET
        else:
            recommended_connection_limit = self.recommended_connection_limit

        recommended_message_limit: int | Unset | None
        if isinstance(self.recommended_message_limit, Unset):
            recommended_message_limit = UNSET
        else:
            recommended_message_limit = self.recommended_message_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if weekly_connection_limit is not UNSET:
            field_dict["weekly_connection_limit"] = weekly_connection_limit
        if weekly_message_limit is not UNSET:
            field_dict["weekly_message_limit"] = weekly_message_limit
        if max_connection_limit is not UNSET:
            field_dict["max_connection_limit"] = max_connection_limit
        if max_message_limit is not UNSET:
            field_dict["max_message_limit"] = max_message_limit
        if recommended_connection_limit is not UNSET:
            field_dict["recommended_connection_limit"] = recommended_connection_limit
        if recommended_message_limit is not UNSET:
            field_dict["recommended_message_limit"] = recommended_message_limit

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        weekly_connection_limit = cast(int | None | Unset, d.pop("weekly_connection_limit", UNSET))

        weekly_message_limit = cast(int | None | Unset, d.pop("weekly_message_limit", UNSET))

        max_connection_limit = cast(int | None | Unset, d.pop("max_connection_limit", UNSET))

        max_message_limit = cast(int | None | Unset, d.pop("max_message_limit", UNSET))

        recommended_connection_limit = cast(int | None | Unset, d.pop("recommended_connection_limit", UNSET))

        recommended_message_limit = cast(int | None | Unset, d.pop("recommended_message_limit", UNSET))

        _instance = cls(
            weekly_connection_limit=weekly_connection_limit,
            weekly_message_limit=weekly_message_limit,
            max_connection_limit=max_connection_limit,
            max_message_limit=max_message_limit,
            recommended_connection_limit=recommended_connection_limit,
            recommended_message_limit=recommended_message_limit,
        )

        _instance.additional_properties = d
        return _instance
