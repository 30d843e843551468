from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_node_type import CampaignNodeType
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignSequenceNodeInput")


@_attrs_define
class CampaignSequenceNodeInput(AdditionalProperties):
    """One step in a full-sequence replacement sent through Update Campaign.

    Attributes:
        id (str | Unset): Id of an existing node to keep.
        type_ (CampaignNodeType | Unset): Kind of sequence step. LinkedIn campaigns use connection_request, message,
            delay, ai and end; email campaigns use email, delay, ai and end.
        position (int | Unset): Ignored: positions follow the array order.
        subject (str | Unset):
        body (str | Unset):
        signature (str | Unset):
        include_message (bool | Unset):
        is_reply (bool | Unset):
        delay_days (int | Unset):
        delay_hours (int | Unset):
        delay_minutes (int | Unset):
    """

    id: str | Unset = UNSET
    type_: CampaignNodeType | Unset = UNSET
    position: int | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    signature: str | Unset = UNSET
    include_message: bool | Unset = UNSET
    is_reply: bool | Unset = UNSET
    delay_days: int | Unset = UNSET
    delay_hours: int | Unset = UNSET
    delay_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        position = self.position

        subject = self.subject

        body = self.body

        signature = self.signature

        include_message = self.include_message

        is_reply = self.is_reply

        delay_days = self.delay_days

        delay_hours = self.delay_hours

        delay_minutes = self.delay_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if position is not UNSET:
            field_dict["position"] = position
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if signature is not UNSET:
            field_dict["signature"] = signature
        if include_message is not UNSET:
            field_dict["include_message"] = include_message
        if is_reply is not UNSET:
            field_dict["is_reply"] = is_reply
        if delay_days is not UNSET:
            field_dict["delay_days"] = delay_days
        if delay_hours is not UNSET:
            field_dict["delay_hours"] = delay_hours
        if delay_minutes is not UNSET:
            field_dict["delay_minutes"] = delay_minutes

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: CampaignNodeType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CampaignNodeType(_type_)

        position = d.pop("position", UNSET)

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        signature = d.pop("signature", UNSET)

        include_message = d.pop("include_message", UNSET)

        is_reply = d.pop("is_reply", UNSET)

        delay_days = d.pop("delay_days", UNSET)

        delay_hours = d.pop("delay_hours", UNSET)

        delay_minutes = d.pop("delay_minutes", UNSET)

        _instance = cls(
            id=id,
            type_=type_,
            position=position,
            subject=subject,
            body=body,
            signature=signature,
            include_message=include_message,
            is_reply=is_reply,
            delay_days=delay_days,
            delay_hours=delay_hours,
            delay_minutes=delay_minutes,
        )

        _instance.additional_properties = d
        return _instance
