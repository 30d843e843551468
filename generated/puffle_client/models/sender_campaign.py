from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.sender_campaign_operating_hours import SenderCampaignOperatingHours
    from ..models.sender_campaign_stats import SenderCampaignStats


T = TypeVar("T", bound="SenderCampaign")


@_attrs_define
class SenderCampaign(AdditionalProperties):
    """A campaign the sender is attached to, as summarised by `getSender`.

    Attributes:
        id (str):
        name (None | str | Unset):
        status (None | str | Unset): Campaign status (e.g. `active`).
        daily_limit (int | None | Unset):
        type_ (None | str | Unset): Campaign channel (e.g. `email`).
        stats (None | SenderCampaignStats | Unset):
        operating_hours (None | SenderCampaignOperatingHours | Unset):
        sequence_nodes (list[Any] | None | Unset):
    """

    id: str
    name: str | Unset | None = UNSET
    status: str | Unset | None = UNSET
    daily_limit: int | Unset | None = UNSET
    type_: str | Unset | None = UNSET
    stats: SenderCampaignStats | Unset | None = UNSET
    operating_hours: SenderCampaignOperatingHours | Unset | None = UNSET
    sequence_nodes: list[Any] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        daily_limit: int | Unset | None
        if isinstance(self.daily_limit, Unset):
            daily_limit = UNSET
        else:
            daily_limit = self.daily_limit

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        stats: dict[str, Any] | Unset | None
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, SenderCampaignStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        operating_hours: dict[str, Any] | Unset | None
        if isinstance(self.operating_hours, Unset):
            operating_hours = UNSET
        elif isinstance(self.operating_hours, SenderCampaignOperatingHours):
            operating_hours = self.operating_hours.to_dict()
        else:
            operating_hours = self.operating_hours

        sequence_nodes: list[Any] | Unset | None
        if isinstance(self.sequence_nodes, Unset):
            sequence_nodes = UNSET
        elif isinstance(self.sequence_nodes, list):
            sequence_nodes = self.sequence_nodes

        else:
            sequence_nodes = self.sequence_nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stats is not UNSET:
            field_dict["stats"] = stats
        if operating_hours is not UNSET:
            field_dict["operating_hours"] = operating_hours
        if sequence_nodes is not UNSET:
            field_dict["sequence_nodes"] = sequence_nodes

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = cast(None | str | Unset, d.pop("name", UNSET))

        status = cast(None | str | Unset, d.pop("status", UNSET))

        daily_limit = cast(int | None | Unset, d.pop("daily_limit", UNSET))

        type_ = cast(None | str | Unset, d.pop("type", UNSET))

        def _parse_stats(data: object) -> SenderCampaignStats | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stats_type_0 = SenderCampaignStats.from_dict(data)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SenderCampaignStats | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        def _parse_operating_hours(data: object) -> SenderCampaignOperatingHours | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operating_hours_type_0 = SenderCampaignOperatingHours.from_dict(data)

                return operating_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SenderCampaignOperatingHours | Unset, data)

        operating_hours = _parse_operating_hours(d.pop("operating_hours", UNSET))

        def _parse_sequence_nodes(data: object) -> list[Any] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sequence_nodes_type_0 = cast(list[Any], data)

                return sequence_nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        sequence_nodes = _parse_sequence_nodes(d.pop("sequence_nodes", UNSET))

        _instance = cls(
            id=id,
            name=name,
            status=status,
            daily_limit=daily_limit,
            type_=type_,
            stats=stats,
            operating_hours=operating_hours,
            sequence_nodes=sequence_nodes,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.sender_campaign_operating_hours import SenderCampaignOperatingHours  # noqa: E402
from ..models.sender_campaign_stats import SenderCampaignStats  # noqa: E402
