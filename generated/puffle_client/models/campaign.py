from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..models.campaign_status import CampaignStatus
from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
    _parse_datetime,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.campaign_operating_hours import CampaignOperatingHours
    from ..models.campaign_sender_account import CampaignSenderAccount
    from ..models.campaign_stats import CampaignStats
    from ..models.sequence_node import SequenceNode


T = TypeVar("T", bound="Campaign")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Campaign(AdditionalProperties):
    """An outreach campaign on one channel (LinkedIn or email). Channel-specific fields are null on campaigns of the other
    channel.

        Attributes:
            id (str): Campaign id (a UUID).
            user_id (str | None): Owner of the campaign.
            type_ (CampaignChannel | None): Channel, fixed when the campaign is created.
            name (str | None):
            status (CampaignStatus | None): Lifecycle state of the campaign.
            daily_limit (int | None): Email only: most leads contacted per day across all senders.
            stop_on_reply (bool | None): Email only.
            open_tracking (bool | None): Email only.
            signature (str | None): Email only: signature appended to emails.
            skip_other_campaigns (bool | None): LinkedIn only: skip leads already in another campaign.
            operating_hours (CampaignOperatingHours | None): Sending schedule; null when not set.
            stats (CampaignStats | None): Lead counters; null until the campaign has leads or launches.
            created_at (datetime.datetime | None):
            updated_at (datetime.datetime | None):
            sender_accounts (list[CampaignSenderAccount] | None): Sender accounts attached to the campaign (list, get,
                update, pause and resume responses).
            node_count (int | None): Number of sequence steps (list response only).
            sequence_nodes (list[SequenceNode] | None): The sequence, ordered by position (create response only).
    """

    id: str
    user_id: str | None = None
    type_: CampaignChannel | None = None
    name: str | None = None
    status: CampaignStatus | None = None
    daily_limit: int | None = None
    stop_on_reply: bool | None = None
    open_tracking: bool | None = None
    signature: str | None = None
    skip_other_campaigns: bool | None = None
    operating_hours: CampaignOperatingHours | None = None
    stats: CampaignStats | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    sender_accounts: list[CampaignSenderAccount] | None = None
    node_count: int | None = None
    sequence_nodes: list[SequenceNode] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["user_id"] = self.user_id
        field_dict["type"] = None if self.type_ is None else self.type_.value
        field_dict["name"] = self.name
        field_dict["status"] = None if self.status is None else self.status.value
        field_dict["daily_limit"] = self.daily_limit
        field_dict["stop_on_reply"] = self.stop_on_reply
        field_dict["open_tracking"] = self.open_tracking
        field_dict["signature"] = self.signature
        field_dict["skip_other_campaigns"] = self.skip_other_campaigns
        field_dict["operating_hours"] = None if self.operating_hours is None else self.operating_hours.to_dict()
        field_dict["stats"] = None if self.stats is None else self.stats.to_dict()
        field_dict["created_at"] = None if self.created_at is None else self.created_at.isoformat()
        field_dict["updated_at"] = None if self.updated_at is None else self.updated_at.isoformat()
        field_dict["sender_accounts"] = (
            None if self.sender_accounts is None else [_i.to_dict() for _i in self.sender_accounts]
        )
        field_dict["node_count"] = self.node_count
        field_dict["sequence_nodes"] = (
            None if self.sequence_nodes is None else [_i.to_dict() for _i in self.sequence_nodes]
        )
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "Campaign", "id")
        user_id = _get("user_id")
        if _type(user_id) is not str and user_id is not None:
            user_id = _check_str(user_id, "Campaign", "user_id")
        type_ = _get("type")
        if type_ is not None:
            if _type(type_) is str and type_ in _CAMPAIGNCHANNEL_BY_VALUE:
                type_ = _CAMPAIGNCHANNEL_BY_VALUE[type_]
            else:
                type_ = _parse_enum(CampaignChannel, type_, "Campaign", "type")
        name = _get("name")
        if _type(name) is not str and name is not None:
            name = _check_str(name, "Campaign", "name")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _CAMPAIGNSTATUS_BY_VALUE:
                status = _CAMPAIGNSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(CampaignStatus, status, "Campaign", "status")
        daily_limit = _get("daily_limit")
        if _type(daily_limit) is not int and daily_limit is not None:
            daily_limit = _check_int(daily_limit, "Campaign", "daily_limit")
        stop_on_reply = _get("stop_on_reply")
        if _type(stop_on_reply) is not bool and stop_on_reply is not None:
            stop_on_reply = _check_bool(stop_on_reply, "Campaign", "stop_on_reply")
        open_tracking = _get("open_tracking")
        if _type(open_tracking) is not bool and open_tracking is not None:
            open_tracking = _check_bool(open_tracking, "Campaign", "open_tracking")
        signature = _get("signature")
        if _type(signature) is not str and signature is not None:
            signature = _check_str(signature, "Campaign", "signature")
        skip_other_campaigns = _get("skip_other_campaigns")
        if _type(skip_other_campaigns) is not bool and skip_other_campaigns is not None:
            skip_other_campaigns = _check_bool(skip_other_campaigns, "Campaign", "skip_other_campaigns")
        operating_hours = _get("operating_hours")
        if operating_hours is not None:
            if _type(operating_hours) is not dict:
                operating_hours = _check_object(operating_hours, "Campaign", "operating_hours")
            operating_hours = _CampaignOperatingHours_from_dict(operating_hours)
        stats = _get("stats")
        if stats is not None:
            if _type(stats) is not dict:
                stats = _check_object(stats, "Campaign", "stats")
            stats = _CampaignStats_from_dict(stats)
        created_at = _get("created_at")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "Campaign", "created_at")
        updated_at = _get("updated_at")
        if updated_at is not None:
            updated_at = _parse_datetime(updated_at, "Campaign", "updated_at")
        sender_accounts = _get("sender_accounts")
        if sender_accounts is not None:
            if _type(sender_accounts) is not list:
                sender_accounts = _check_list(sender_accounts, "Campaign", "sender_accounts")
            sender_accounts = [
                _CampaignSenderAccount_from_dict(_i)
                if _type(_i) is dict
                else _CampaignSenderAccount_from_dict(_check_object(_i, "Campaign", "sender_accounts"))
                for _i in sender_accounts
            ]
        node_count = _get("node_count")
        if _type(node_count) is not int and node_count is not None:
            node_count = _check_int(node_count, "Campaign", "node_count")
        sequence_nodes = _get("sequence_nodes")
        if sequence_nodes is not None:
            if _type(sequence_nodes) is not list:
                sequence_nodes = _check_list(sequence_nodes, "Campaign", "sequence_nodes")
            sequence_nodes = [
                _SequenceNode_from_dict(_i)
                if _type(_i) is dict
                else _SequenceNode_from_dict(_check_object(_i, "Campaign", "sequence_nodes"))
                for _i in sequence_nodes
            ]
        _instance = cls(
            id,
            user_id,
            type_,
            name,
            status,
            daily_limit,
            stop_on_reply,
            open_tracking,
            signature,
            skip_other_campaigns,
            operating_hours,
            stats,
            created_at,
            updated_at,
            sender_accounts,
            node_count,
            sequence_nodes,
        )
        if not _CAMPAIGN_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGN_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_operating_hours import CampaignOperatingHours  # noqa: E402
from ..models.campaign_sender_account import CampaignSenderAccount  # noqa: E402
from ..models.campaign_stats import CampaignStats  # noqa: E402
from ..models.sequence_node import SequenceNode  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGN_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "user_id",
        "type",
        "name",
        "status",
        "daily_limit",
        "stop_on_reply",
        "open_tracking",
        "signature",
        "skip_other_campaigns",
        "operating_hours",
        "stats",
        "created_at",
        "updated_at",
        "sender_accounts",
        "node_count",
        "sequence_nodes",
    }
)
_CAMPAIGNCHANNEL_BY_VALUE: dict[object, CampaignChannel] = cast(
    "dict[object, CampaignChannel]", CampaignChannel._value2member_map_
)
_CAMPAIGNSTATUS_BY_VALUE: dict[object, CampaignStatus] = cast(
    "dict[object, CampaignStatus]", CampaignStatus._value2member_map_
)
_CampaignOperatingHours_from_dict = CampaignOperatingHours._from_dict
_CampaignSenderAccount_from_dict = CampaignSenderAccount._from_dict
_CampaignStats_from_dict = CampaignStats._from_dict
_SequenceNode_from_dict = SequenceNode._from_dict
