from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="CampaignSettingsDailyStats")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSettingsDailyStats(AdditionalProperties):
    """Today's email sends of a sender account against its daily cap.

    Attributes:
        sent (int | None):
        daily_limit (int | None):
    """

    sent: int | None = None
    daily_limit: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["sent"] = self.sent
        field_dict["daily_limit"] = self.daily_limit
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        sent = _get("sent")
        if _type(sent) is not int and sent is not None:
            sent = _check_int(sent, "CampaignSettingsDailyStats", "sent")
        daily_limit = _get("daily_limit")
        if _type(daily_limit) is not int and daily_limit is not None:
            daily_limit = _check_int(daily_limit, "CampaignSettingsDailyStats", "daily_limit")
        _instance = cls(sent, daily_limit)
        if not _CAMPAIGNSETTINGSDAILYSTATS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSETTINGSDAILYSTATS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSETTINGSDAILYSTATS_KEYS: frozenset[str] = frozenset({"sent", "daily_limit"})
