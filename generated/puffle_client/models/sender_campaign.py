from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.sender_campaign_operating_hours import SenderCampaignOperatingHours
    from ..models.sender_campaign_stats import SenderCampaignStats


T = TypeVar("T", bound="SenderCampaign")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SenderCampaign(AdditionalProperties):
    """A campaign the sender is attached to, as summarised by `getSender`.

    Attributes:
        id (str):
        name (str | None):
        status (str | None): Campaign status (e.g. `active`).
        daily_limit (int | None):
        type_ (str | None): Campaign channel (e.g. `email`).
        stats (SenderCampaignStats | None):
        operating_hours (SenderCampaignOperatingHours | None):
        sequence_nodes (list[Any] | None):
    """

    id: str
    name: str | None = None
    status: str | None = None
    daily_limit: int | None = None
    type_: str | None = None
    stats: SenderCampaignStats | None = None
    operating_hours: SenderCampaignOperatingHours | None = None
    sequence_nodes: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["name"] = self.name
        field_dict["status"] = self.status
        field_dict["daily_limit"] = self.daily_limit
        field_dict["type"] = self.type_
        field_dict["stats"] = None if self.stats is None else self.stats.to_dict()
        field_dict["operating_hours"] = None if self.operating_hours is None else self.operating_hours.to_dict()
        field_dict["sequence_nodes"] = None if self.sequence_nodes is None else list(self.sequence_nodes)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SenderCampaign", "id")
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "SenderCampaign", "name")
        status = _get("status")
        if _type(status) is not str and status is not None:
            status = _check_str(status, "SenderCampaign", "status")
        daily_limit = _get("daily_limit")
        if _type(daily_limit) is not int and daily_limit is not None:
            daily_limit = _check_int(daily_limit, "SenderCampaign", "daily_limit")
        type_ = _get("type")
        if _type(type_) is not str and type_ is not None:
            type_ = _check_str(type_, "SenderCampaign", "type")
        stats = _get("stats")
        if stats is not None:
            if _type(stats) is not dict:
                stats = _check_object(stats, "SenderCampaign", "stats")
            stats = _SenderCampaignStats_from_dict(stats)
        operating_hours = _get("operating_hours")
        if operating_hours is not None:
            if _type(operating_hours) is not dict:
                operating_hours = _check_object(operating_hours, "SenderCampaign", "operating_hours")
            operating_hours = _SenderCampaignOperatingHours_from_dict(operating_hours)
        sequence_nodes = _get("sequence_nodes")
        if sequence_nodes is not None:
            if _type(sequence_nodes) is not list:
                sequence_nodes = _check_list(sequence_nodes, "SenderCampaign", "sequence_nodes")
        _instance = cls(id, name, status, daily_limit, type_, stats, operating_hours, sequence_nodes)
        if not _SENDERCAMPAIGN_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SENDERCAMPAIGN_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.sender_campaign_operating_hours import SenderCampaignOperatingHours  # noqa: E402
from ..models.sender_campaign_stats import SenderCampaignStats  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SENDERCAMPAIGN_KEYS: frozenset[str] = frozenset(
    {"id", "name", "status", "daily_limit", "type", "stats", "operating_hours", "sequence_nodes"}
)
_SenderCampaignOperatingHours_from_dict = SenderCampaignOperatingHours._from_dict
_SenderCampaignStats_from_dict = SenderCampaignStats._from_dict
