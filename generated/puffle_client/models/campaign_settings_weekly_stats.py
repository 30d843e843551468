from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignSettingsWeeklyStats")


@_attrs_define
class CampaignSettingsWeeklyStats(AdditionalProperties):
    """Rolling 7-day usage of a sender account.

    Attributes:
        connections_sent (int | None | Unset):
        messages_sent (int | None | Unset):
    """

    connections_sent: int | Unset | None = UNSET
    messages_sent: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections_sent: int | Unset | None
        if isinstance(self.connections_sent, Unset):
            connections_sent = UNSET
        else:
            connections_sent = self.connections_sent

        messages_sent: int | Unset | None
        if isinstance(self.messages_sent, Unset):
            messages_sent = UNSET
        else:
            messages_sent = self.messages_sent

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connections_sent is not UNSET:
            field_dict["connections_sent"] = connections_sent
        if messages_sent is not UNSET:
            field_dict["messages_sent"] = messages_sent

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        connections_sent = cast(int | None | Unset, d.pop("connections_sent", UNSET))

        messages_sent = cast(int | None | Unset, d.pop("messages_sent", UNSET))

        _instance = cls(
            connections_sent=connections_sent,
            messages_sent=messages_sent,
        )

        _instance.additional_properties = d
        return _instance
