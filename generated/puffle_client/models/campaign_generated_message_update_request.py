from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignGeneratedMessageUpdateRequest")


@_attrs_define
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
        message_id = self.message_id

        subject = self.subject

        body_text = self.body_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message_id": message_id,
            }
        )
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_text is not UNSET:
            field_dict["body_text"] = body_text

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message_id = d.pop("message_id")

        subject = d.pop("subject", UNSET)

        body_text = d.pop("body_text", UNSET)

        _instance = cls(
            message_id=message_id,
            subject=subject,
            body_text=body_text,
        )

        _instance.additional_properties = d
        return _instance
