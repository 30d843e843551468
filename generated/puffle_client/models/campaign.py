from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..models.campaign_status import CampaignStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_operating_hours import CampaignOperatingHours
    from ..models.campaign_sender_account import CampaignSenderAccount
    from ..models.campaign_stats import CampaignStats
    from ..models.sequence_node import SequenceNode


T = TypeVar("T", bound="Campaign")


@_attrs_define
class Campaign(AdditionalProperties):
    """An outreach campaign on one channel (LinkedIn or email). Channel-specific fields are null on campaigns of the other
    channel.

        Attributes:
            id (str): Campaign id (a UUID).
            user_id (None | str | Unset): Owner of the campaign.
            type_ (CampaignChannel | None | Unset): Channel, fixed when the campaign is created.
            name (None | str | Unset):
            status (CampaignStatus | None | Unset): Lifecycle state of the campaign.
            daily_limit (int | None | Unset): Email only: most leads contacted per day across all senders.
            stop_on_reply (bool | None | Unset): Email only.
            open_tracking (bool | None | Unset): Email only.
            signature (None | str | Unset): Email only: signature appended to emails.
            skip_other_campaigns (bool | None | Unset): LinkedIn only: skip leads already in another campaign.
            operating_hours (CampaignOperatingHours | None | Unset): Sending schedule; null when not set.
            stats (CampaignStats | None | Unset): Lead counters; null until the campaign has leads or launches.
            created_at (datetime.datetime | None | Unset):
            updated_at (datetime.datetime | None | Unset):
            sender_accounts (list[CampaignSenderAccount] | None | Unset): Sender accounts attached to the campaign (list,
                get, update, pause and resume responses).
            node_count (int | None | Unset): Number of sequence steps (list response only).
            sequence_nodes (list[SequenceNode] | None | Unset): The sequence, ordered by position (create response only).
    """

    id: str
    user_id: str | Unset | None = UNSET
    type_: CampaignChannel | Unset | None = UNSET
    name: str | Unset | None = UNSET
    status: CampaignStatus | Unset | None = UNSET
    daily_limit: int | Unset | None = UNSET
    stop_on_reply: bool | Unset | None = UNSET
    open_tracking: bool | Unset | None = UNSET
    signature: str | Unset | None = UNSET
    skip_other_campaigns: bool | Unset | None = UNSET
    operating_hours: CampaignOperatingHours | Unset | None = UNSET
    stats: CampaignStats | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    updated_at: datetime.datetime | Unset | None = UNSET
    sender_accounts: list[CampaignSenderAccount] | Unset | None = UNSET
    node_count: int | Unset | None = UNSET
    sequence_nodes: list[SequenceNode] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id: str | Unset | None
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CampaignChannel):
            type_ = self.type_.value
        else:
            type_ = self.type_

        name: str | Unset | None
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CampaignStatus):
            status = self.status.value
        else:
            status = self.status

        daily_limit: int | Unset | None
        if isinstance(self.daily_limit, Unset):
            daily_limit = UNSET
        else:
            daily_limit = self.daily_limit

        stop_on_reply: bool | Unset | None
        if isinstance(self.stop_on_reply, Unset):
            stop_on_reply = UNSET
        else:
            stop_on_reply = self.stop_on_reply

        open_tracking: bool | Unset | None
        if isinstance(self.open_tracking, Unset):
            open_tracking = UNSET
        else:
            open_tracking = self.open_tracking

        signature: str | Unset | None
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        skip_other_campaigns: bool | Unset | None
        if isinstance(self.skip_other_campaigns, Unset):
            skip_other_campaigns = UNSET
        else:
            skip_other_campaigns = self.skip_other_campaigns

        operating_hours: dict[str, Any] | Unset | None
        if isinstance(self.operating_hours, Unset):
            operating_hours = UNSET
        elif isinstance(self.operating_hours, CampaignOperatingHours):
            operating_hours = self.operating_hours.to_dict()
        else:
            operating_hours = self.operating_hours

        stats: dict[str, Any] | Unset | None
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, CampaignStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: str | Unset | None
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        sender_accounts: list[dict[str, Any]] | Unset | None
        if isinstance(self.sender_accounts, Unset):
            sender_accounts = UNSET
        elif isinstance(self.sender_accounts, list):
            sender_accounts = []
            for sender_accounts_type_0_item_data in self.sender_accounts:
                sender_accounts_type_0_item = sender_accounts_type_0_item_data.to_dict()
                sender_accounts.append(sender_accounts_type_0_item)

        else:
            sender_accounts = self.sender_accounts

        node_count: int | Unset | None
        if isinstance(self.node_count, Unset):
            node_count = UNSET
        else:
            node_count = self.node_count

        sequence_nodes: list[dict[str, Any]] | Unset | None
        if isinstance(self.sequence_nodes, Unset):
            sequence_nodes = UNSET
        elif isinstance(self.sequence_nodes, list):
            sequence_nodes = []
            for sequence_nodes_type_0_item_data in self.sequence_nodes:
                sequence_nodes_type_0_item = sequence_nodes_type_0_item_data.to_dict()
                sequence_nodes.append(sequence_nodes_type_0_item)

        else:
            sequence_nodes = self.sequence_nodes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if stop_on_reply is not UNSET:
            field_dict["stop_on_reply"] = stop_on_reply
        if open_tracking is not UNSET:
            field_dict["open_tracking"] = open_tracking
        if signature is not UNSET:
            field_dict["signature"] = signature
        if skip_other_campaigns is not UNSET:
            field_dict["skip_other_campaigns"] = skip_other_campaigns
        if operating_hours is not UNSET:
            field_dict["operating_hours"] = operating_hours
        if stats is not UNSET:
            field_dict["stats"] = stats
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if sender_accounts is not UNSET:
            field_dict["sender_accounts"] = sender_accounts
        if node_count is not UNSET:
            field_dict["node_count"] = node_count
        if sequence_nodes is not UNSET:
            field_dict["sequence_nodes"] = sequence_nodes

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        user_id = cast(None | str | Unset, d.pop("user_id", UNSET))

        def _parse_type_(data: object) -> CampaignChannel | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = CampaignChannel(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignChannel | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        name = cast(None | str | Unset, d.pop("name", UNSET))

        def _parse_status(data: object) -> CampaignStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CampaignStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        daily_limit = cast(int | None | Unset, d.pop("daily_limit", UNSET))

        stop_on_reply = cast(bool | None | Unset, d.pop("stop_on_reply", UNSET))

        open_tracking = cast(bool | None | Unset, d.pop("open_tracking", UNSET))

        signature = cast(None | str | Unset, d.pop("signature", UNSET))

        skip_other_campaigns = cast(bool | None | Unset, d.pop("skip_other_campaigns", UNSET))

        def _parse_operating_hours(data: object) -> CampaignOperatingHours | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                operating_hours_type_0 = CampaignOperatingHours.from_dict(data)

                return operating_hours_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignOperatingHours | None | Unset, data)

        operating_hours = _parse_operating_hours(d.pop("operating_hours", UNSET))

        def _parse_stats(data: object) -> CampaignStats | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stats_type_0 = CampaignStats.from_dict(data)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignStats | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_sender_accounts(data: object) -> list[CampaignSenderAccount] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sender_accounts_type_0 = []
                _sender_accounts_type_0 = data
                for sender_accounts_type_0_item_data in _sender_accounts_type_0:
                    sender_accounts_type_0_item = CampaignSenderAccount.from_dict(sender_accounts_type_0_item_data)

                    sender_accounts_type_0.append(sender_accounts_type_0_item)

                return sender_accounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CampaignSenderAccount] | None | Unset, data)

        sender_accounts = _parse_sender_accounts(d.pop("sender_accounts", UNSET))

        node_count = cast(int | None | Unset, d.pop("node_count", UNSET))

        def _parse_sequence_nodes(data: object) -> list[SequenceNode] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sequence_nodes_type_0 = []
                _sequence_nodes_type_0 = data
                for sequence_nodes_type_0_item_data in _sequence_nodes_type_0:
                    sequence_nodes_type_0_item = SequenceNode.from_dict(sequence_nodes_type_0_item_data)

                    sequence_nodes_type_0.append(sequence_nodes_type_0_item)

                return sequence_nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SequenceNode] | None | Unset, data)

        sequence_nodes = _parse_sequence_nodes(d.pop("sequence_nodes", UNSET))

        _instance = cls(
            id=id,
            user_id=user_id,
            type_=type_,
            name=name,
            status=status,
            daily_limit=daily_limit,
            stop_on_reply=stop_on_reply,
            open_tracking=open_tracking,
            signature=signature,
            skip_other_campaigns=skip_other_campaigns,
            operating_hours=operating_hours,
            stats=stats,
            created_at=created_at,
            updated_at=updated_at,
            sender_accounts=sender_accounts,
            node_count=node_count,
            sequence_nodes=sequence_nodes,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_operating_hours import CampaignOperatingHours  # noqa: E402
from ..models.campaign_sender_account import CampaignSenderAccount  # noqa: E402
from ..models.campaign_stats import CampaignStats  # noqa: E402
from ..models.sequence_node import SequenceNode  # noqa: E402
