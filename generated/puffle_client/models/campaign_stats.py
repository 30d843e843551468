from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignStats")


@_attrs_define
class CampaignStats(AdditionalProperties):
    """Running lead counters of a campaign. Any key may be missing; the whole object is null on a fresh draft.

    Attributes:
        total (int | None | Unset): Leads counted for the campaign; set when it launches.
        sent (int | None | Unset): Leads that have been sent at least one step.
        replied (int | None | Unset):
        bounced (int | None | Unset):
        completed (int | None | Unset):
        timed_out (int | None | Unset):
        connection_sent (int | None | Unset): LinkedIn: connection requests sent.
        connected (int | None | Unset): LinkedIn: connection requests accepted.
        message_sent (int | None | Unset): LinkedIn: follow-up messages sent.
        contacted (int | None | Unset):
    """

    total: int | Unset | None = UNSET
    sent: int | Unset | None = UNSET
    replied: int | Unset | None = UNSET
    bounced: int | Unset | None = UNSET
    completed: int | Unset | None = UNSET
    timed_out: int | Unset | None = UNSET
    connection_sent: int | Unset | None = UNSET
    connected: int | Unset | None = UNSET
    message_sent: int | Unset | None = UNSET
    contacted: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | Unset | None
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        sent: int | Unset | None
        if isinstance(self.sent, Unset):
            sent = UNSET
        else:
            sent = self.sent

        replied: int | Unset | None
        if isinstance(self.replied, Unset):
            replied = UNSET
        else:
            replied = self.replied

        bounced: int | Unset | None
        if isinstance(self.bounced, Unset):
            bounced = UNSET
        else:
            bounced = self.bounced

        completed: int | Unset | None
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        timed_out: int | Unset | None
        if isinstance(self.timed_out, Unset):
            timed_out = UNSET
        else:
            timed_out = self.timed_out

        connection_sent: int | Unset | None
        if isinstance(self.connection_sent, Unset):
            connection_sent = UNSET
        else:
            connection_sent = self.connection_sent

        connected: int | Unset | None
        if isinstance(self.connected, Unset):
            connected = UNSET
        else:
            connected = self.connected

        message_sent: int | Unset | None
        if isinstance(self.message_sent, Unset):
            message_sent = UNSET
        else:
            message_sent = self.message_sent

        contacted: int | Unset | None
        if isinstance(self.contacted, Unset):
            contacted = UNSET
        else:
            contacted = self.contacted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if sent is not UNSET:
            field_dict["sent"] = sent
        if replied is not UNSET:
            field_dict["replied"] = replied
        if bounced is not UNSET:
            field_dict["bounced"] = bounced
        if completed is not UNSET:
            field_dict["completed"] = completed
        if timed_out is not UNSET:
            field_dict["timed_out"] = timed_out
        if connection_sent is not UNSET:
            field_dict["connection_sent"] = connection_sent
        if connected is not UNSET:
            field_dict["connected"] = connected
        if message_sent is not UNSET:
            field_dict["message_sent"] = message_sent
        if contacted is not UNSET:
            field_dict["contacted"] = contacted

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total = cast(int | None | Unset, d.pop("total", UNSET))

        sent = cast(int | None | Unset, d.pop("sent", UNSET))

        replied = cast(int | None | Unset, d.pop("replied", UNSET))

        bounced = cast(int | None | Unset, d.pop("bounced", UNSET))

        completed = cast(int | None | Unset, d.pop("completed", UNSET))

        timed_out = cast(int | None | Unset, d.pop("timed_out", UNSET))

        connection_sent = cast(int | None | Unset, d.pop("connection_sent", UNSET))

        connected = cast(int | None | Unset, d.pop("connected", UNSET))

        message_sent = cast(int | None | Unset, d.pop("message_sent", UNSET))

        contacted = cast(int | None | Unset, d.pop("contacted", UNSET))

        _instance = cls(
            total=total,
            sent=sent,
            replied=replied,
            bounced=bounced,
            completed=completed,
            timed_out=timed_out,
            connection_sent=connection_sent,
            connected=connected,
            message_sent=message_sent,
            contacted=contacted,
        )

        _instance.additional_properties = d
        return _instance
