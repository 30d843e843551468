from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="CampaignSettingsLimits")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSettingsLimits(AdditionalProperties):
    """Current, maximum and recommended weekly limits of a sender account.

    Attributes:
        weekly_connection_limit (int | None):
        weekly_message_limit (int | None):
        max_connection_limit (int | None):
        max_message_limit (int | None):
        recommended_connection_limit (int | None):
        recommended_message_limit (int | None):
    """

    weekly_connection_limit: int | None = None
    weekly_message_limit: int | None = None
    max_connection_limit: int | None = None
    max_message_limit: int | None = None
    recommended_connection_limit: int | None = None
    recommended_message_limit: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["weekly_connection_limit"] = self.weekly_connection_limit
        field_dict["weekly_message_limit"] = self.weekly_message_limit
        field_dict["max_connection_limit"] = self.max_connection_limit
        field_dict["max_message_limit"] = self.max_message_limit
        field_dict["recommended_connection_limit"] = self.recommended_connection_limit
        field_dict["recommended_message_limit"] = self.recommended_message_limit
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        weekly_connection_limit = _get("weekly_connection_limit")
        if _type(weekly_connection_limit) is not int and weekly_connection_limit is not None:
            weekly_connection_limit = _check_int(
                weekly_connection_limit, "CampaignSettingsLimits", "weekly_connection_limit"
            )
        weekly_message_limit = _get("weekly_message_limit")
        if _type(weekly_message_limit) is not int and weekly_message_limit is not None:
            weekly_message_limit = _check_int(weekly_message_limit, "CampaignSettingsLimits", "weekly_message_limit")
        max_connection_limit = _get("max_connection_limit")
        if _type(max_connection_limit) is not int and max_connection_limit is not None:
            max_connection_limit = _check_int(max_connection_limit, "CampaignSettingsLimits", "max_connection_limit")
        max_message_limit = _get("max_message_limit")
        if _type(max_message_limit) is not int and max_message_limit is not None:
            max_message_limit = _check_int(max_message_limit, "CampaignSettingsLimits", "max_message_limit")
        recommended_connection_limit = _get("recommended_connection_limit")
        if _type(recommended_connection_limit) is not int and recommended_connection_limit is not None:
            recommended_connection_limit = _check_int(
                recommended_connection_limit, "CampaignSettingsLimits", "recommended_connection_limit"
            )
        recommended_message_limit = _get("recommended_message_limit")
        if _type(recommended_message_limit) is not int and recommended_message_limit is not None:
            recommended_message_limit = _check_int(
                recommended_message_limit, "CampaignSettingsLimits", "recommended_message_limit"
            )
        _instance = cls(
            weekly_connection_limit,
            weekly_message_limit,
            max_connection_limit,
            max_message_limit,
            recommended_connection_limit,
            recommended_message_limit,
        )
        if not _CAMPAIGNSETTINGSLIMITS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSETTINGSLIMITS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSETTINGSLIMITS_KEYS: frozenset[str] = frozenset(
    {
        "weekly_connection_limit",
        "weekly_message_limit",
        "max_connection_limit",
        "max_message_limit",
        "recommended_connection_limit",
        "recommended_message_limit",
    }
)
