from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="CampaignSettingsWeeklyStats")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSettingsWeeklyStats(AdditionalProperties):
    """Rolling 7-day usage of a sender account.

    Attributes:
        connections_sent (int | None):
        messages_sent (int | None):
    """

    connections_sent: int | None = None
    messages_sent: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["connections_sent"] = self.connections_sent
        field_dict["messages_sent"] = self.messages_sent
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        connections_sent = _get("connections_sent")
        if _type(connections_sent) is not int and connections_sent is not None:
            connections_sent = _check_int(connections_sent, "CampaignSettingsWeeklyStats", "connections_sent")
        messages_sent = _get("messages_sent")
        if _type(messages_sent) is not int and messages_sent is not None:
            messages_sent = _check_int(messages_sent, "CampaignSettingsWeeklyStats", "messages_sent")
        _instance = cls(connections_sent, messages_sent)
        if not _CAMPAIGNSETTINGSWEEKLYSTATS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSETTINGSWEEKLYSTATS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSETTINGSWEEKLYSTATS_KEYS: frozenset[str] = frozenset({"connections_sent", "messages_sent"})
