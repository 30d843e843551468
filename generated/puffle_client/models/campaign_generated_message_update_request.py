from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_str,
)

T = TypeVar("T", bound="CampaignGeneratedMessageUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignGeneratedMessageUpdateRequest(AdditionalProperties):
    """New subject and/or plain-text body for one draft message.

    Attributes:
        message_id (str): Generated message to edit.
        subject (str | Unset):
        body_text (str | Unset):
    """

    message_id: str
    subject: str | Unset = UNSET
    body_text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message_id"] = self.message_id
        if not isinstance(self.subject, Unset):
            field_dict["subject"] = self.subject
        if not isinstance(self.body_text, Unset):
            field_dict["body_text"] = self.body_text
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        message_id = src_dict["message_id"]
        if _type(message_id) is not str:
            message_id = _check_str(message_id, "CampaignGeneratedMessageUpdateRequest", "message_id")
        subject = _get("subject", UNSET)
        if _type(subject) is not str and subject is not UNSET:
            subject = _check_str(subject, "CampaignGeneratedMessageUpdateRequest", "subject")
        body_text = _get("body_text", UNSET)
        if _type(body_text) is not str and body_text is not UNSET:
            body_text = _check_str(body_text, "CampaignGeneratedMessageUpdateRequest", "body_text")
        _instance = cls(message_id, subject, body_text)
        if not _CAMPAIGNGENERATEDMESSAGEUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNGENERATEDMESSAGEUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNGENERATEDMESSAGEUPDATEREQUEST_KEYS: frozenset[str] = frozenset({"message_id", "subject", "body_text"})
