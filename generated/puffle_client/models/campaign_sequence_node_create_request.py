from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_node_type import CampaignNodeType
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_int,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="CampaignSequenceNodeCreateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSequenceNodeCreateRequest(AdditionalProperties):
    """A new sequence step.

    Attributes:
        type_ (CampaignNodeType): Kind of sequence step. LinkedIn campaigns use connection_request, message, delay, ai
            and end; email campaigns use email, delay, ai and end.
        position (int | Unset): Where to insert; leave out to insert just before the final `end` node.
        subject (str | Unset):
        body (str | Unset):
        signature (str | Unset):
        include_message (bool | Unset):
        is_reply (bool | Unset):
        delay_days (int | Unset):
        delay_hours (int | Unset):
        delay_minutes (int | Unset):
    """

    type_: CampaignNodeType
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value
        if not isinstance(self.position, Unset):
            field_dict["position"] = self.position
        if not isinstance(self.subject, Unset):
            field_dict["subject"] = self.subject
        if not isinstance(self.body, Unset):
            field_dict["body"] = self.body
        if not isinstance(self.signature, Unset):
            field_dict["signature"] = self.signature
        if not isinstance(self.include_message, Unset):
            field_dict["include_message"] = self.include_message
        if not isinstance(self.is_reply, Unset):
            field_dict["is_reply"] = self.is_reply
        if not isinstance(self.delay_days, Unset):
            field_dict["delay_days"] = self.delay_days
        if not isinstance(self.delay_hours, Unset):
            field_dict["delay_hours"] = self.delay_hours
        if not isinstance(self.delay_minutes, Unset):
            field_dict["delay_minutes"] = self.delay_minutes
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = src_dict["type"]
        if _type(type_) is str and type_ in _CAMPAIGNNODETYPE_BY_VALUE:
            type_ = _CAMPAIGNNODETYPE_BY_VALUE[type_]
        else:
            type_ = _parse_enum(CampaignNodeType, type_, "CampaignSequenceNodeCreateRequest", "type")
        position = _get("position", UNSET)
        if _type(position) is not int and position is not UNSET:
            position = _check_int(position, "CampaignSequenceNodeCreateRequest", "position")
        subject = _get("subject", UNSET)
        if _type(subject) is not str and subject is not UNSET:
            subject = _check_str(subject, "CampaignSequenceNodeCreateRequest", "subject")
        body = _get("body", UNSET)
        if _type(body) is not str and body is not UNSET:
            body = _check_str(body, "CampaignSequenceNodeCreateRequest", "body")
        signature = _get("signature", UNSET)
        if _type(signature) is not str and signature is not UNSET:
            signature = _check_str(signature, "CampaignSequenceNodeCreateRequest", "signature")
        include_message = _get("include_message", UNSET)
        if _type(include_message) is not bool and include_message is not UNSET:
            include_message = _check_bool(include_message, "CampaignSequenceNodeCreateRequest", "include_message")
        is_reply = _get("is_reply", UNSET)
        if _type(is_reply) is not bool and is_reply is not UNSET:
            is_reply = _check_bool(is_reply, "CampaignSequenceNodeCreateRequest", "is_reply")
        delay_days = _get("delay_days", UNSET)
        if _type(delay_days) is not int and delay_days is not UNSET:
            delay_days = _check_int(delay_days, "CampaignSequenceNodeCreateRequest", "delay_days")
        delay_hours = _get("delay_hours", UNSET)
        if _type(delay_hours) is not int and delay_hours is not UNSET:
            delay_hours = _check_int(delay_hours, "CampaignSequenceNodeCreateRequest", "delay_hours")
        delay_minutes = _get("delay_minutes", UNSET)
        if _type(delay_minutes) is not int and delay_minutes is not UNSET:
            delay_minutes = _check_int(delay_minutes, "CampaignSequenceNodeCreateRequest", "delay_minutes")
        _instance = cls(
            type_, position, subject, body, signature, include_message, is_reply, delay_days, delay_hours, delay_minutes
        )
        if not _CAMPAIGNSEQUENCENODECREATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSEQUENCENODECREATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSEQUENCENODECREATEREQUEST_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "position",
        "subject",
        "body",
        "signature",
        "include_message",
        "is_reply",
        "delay_days",
        "delay_hours",
        "delay_minutes",
    }
)
_CAMPAIGNNODETYPE_BY_VALUE: dict[object, CampaignNodeType] = cast(
    "dict[object, CampaignNodeType]", CampaignNodeType._value2member_map_
)
