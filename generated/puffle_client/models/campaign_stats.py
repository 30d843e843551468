from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_int,
)

T = TypeVar("T", bound="CampaignStats")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignStats(AdditionalProperties):
    """Running lead counters of a campaign. Any key may be missing; the whole object is null on a fresh draft.

    Attributes:
        total (int | None): Leads counted for the campaign; set when it launches.
        sent (int | None): Leads that have been sent at least one step.
        replied (int | None):
        bounced (int | None):
        completed (int | None):
        timed_out (int | None):
        connection_sent (int | None): LinkedIn: connection requests sent.
        connected (int | None): LinkedIn: connection requests accepted.
        message_sent (int | None): LinkedIn: follow-up messages sent.
        contacted (int | None):
    """

    total: int | None = None
    sent: int | None = None
    replied: int | None = None
    bounced: int | None = None
    completed: int | None = None
    timed_out: int | None = None
    connection_sent: int | None = None
    connected: int | None = None
    message_sent: int | None = None
    contacted: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["total"] = self.total
        field_dict["sent"] = self.sent
        field_dict["replied"] = self.replied
        field_dict["bounced"] = self.bounced
        field_dict["completed"] = self.completed
        field_dict["timed_out"] = self.timed_out
        field_dict["connection_sent"] = self.connection_sent
        field_dict["connected"] = self.connected
        field_dict["message_sent"] = self.message_sent
        field_dict["contacted"] = self.contacted
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        total = _get("total")
        if _type(total) is not int and total is not None:
            total = _check_int(total, "CampaignStats", "total")
        sent = _get("sent")
        if _type(sent) is not int and sent is not None:
            sent = _check_int(sent, "CampaignStats", "sent")
        replied = _get("replied")
        if _type(replied) is not int and replied is not None:
            replied = _check_int(replied, "CampaignStats", "replied")
        bounced = _get("bounced")
        if _type(bounced) is not int and bounced is not None:
            bounced = _check_int(bounced, "CampaignStats", "bounced")
        completed = _get("completed")
        if _type(completed) is not int and completed is not None:
            completed = _check_int(completed, "CampaignStats", "completed")
        timed_out = _get("timed_out")
        if _type(timed_out) is not int and timed_out is not None:
            timed_out = _check_int(timed_out, "CampaignStats", "timed_out")
        connection_sent = _get("connection_sent")
        if _type(connection_sent) is not int and connection_sent is not None:
            connection_sent = _check_int(connection_sent, "CampaignStats", "connection_sent")
        connected = _get("connected")
        if _type(connected) is not int and connected is not None:
            connected = _check_int(connected, "CampaignStats", "connected")
        message_sent = _get("message_sent")
        if _type(message_sent) is not int and message_sent is not None:
            message_sent = _check_int(message_sent, "CampaignStats", "message_sent")
        contacted = _get("contacted")
        if _type(contacted) is not int and contacted is not None:
            contacted = _check_int(contacted, "CampaignStats", "contacted")
        _instance = cls(
            total, sent, replied, bounced, completed, timed_out, connection_sent, connected, message_sent, contacted
        )
        if not _CAMPAIGNSTATS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSTATS_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSTATS_KEYS: frozenset[str] = frozenset(
    {
        "total",
        "sent",
        "replied",
        "bounced",
        "completed",
        "timed_out",
        "connection_sent",
        "connected",
        "message_sent",
        "contacted",
    }
)
