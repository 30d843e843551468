from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_message_direction import ThreadMessageDirection
from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
    _check_str,
    _parse_datetime,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="Message")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Message(AdditionalProperties):
    """One message of a thread (a conversation message row); fields are snake_case.

    Attributes:
        id (str):
        conversation_id (str | None): ID of the thread the message belongs to.
        direction (ThreadMessageDirection | None):
        subject (str | None):
        body_text (str | None):
        body_html (str | None):
        sent_at (datetime.datetime | None):
        attachments (list[Attachment] | None):
    """

    id: str
    conversation_id: str | None = None
    direction: ThreadMessageDirection | None = None
    subject: str | None = None
    body_text: str | None = None
    body_html: str | None = None
    sent_at: datetime.datetime | None = None
    attachments: list[Attachment] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["conversation_id"] = self.conversation_id
        field_dict["direction"] = None if self.direction is None else self.direction.value
        field_dict["subject"] = self.subject
        field_dict["body_text"] = self.body_text
        field_dict["body_html"] = self.body_html
        field_dict["sent_at"] = None if self.sent_at is None else self.sent_at.isoformat()
        field_dict["attachments"] = None if self.attachments is None else [_i.to_dict() for _i in self.attachments]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "Message", "id")
        conversation_id = _get("conversation_id")
        if _type(conversation_id) is not str and conversation_id is not None:
            conversation_id = _check_str(conversation_id, "Message", "conversation_id")
        direction = _get("direction")
        if direction is not None:
            if _type(direction) is str and direction in _THREADMESSAGEDIRECTION_BY_VALUE:
                direction = _THREADMESSAGEDIRECTION_BY_VALUE[direction]
            else:
                direction = _parse_enum(ThreadMessageDirection, direction, "Message", "direction")
        subject = _get("subject")
        if _type(subject) is not str and subject is not None:
            subject = _check_str(subject, "Message", "subject")
        body_text = _get("body_text")
        if _type(body_text) is not str and body_text is not None:
            body_text = _check_str(body_text, "Message", "body_text")
        body_html = _get("body_html")
        if _type(body_html) is not str and body_html is not None:
            body_html = _check_str(body_html, "Message", "body_html")
        sent_at = _get("sent_at")
        if sent_at is not None:
            sent_at = _parse_datetime(sent_at, "Message", "sent_at")
        attachments = _get("attachments")
        if attachments is not None:
            if _type(attachments) is not list:
                attachments = _check_list(attachments, "Message", "attachments")
            attachments = [
                _Attachment_from_dict(_i)
                if _type(_i) is dict
                else _Attachment_from_dict(_check_object(_i, "Message", "attachments"))
                for _i in attachments
            ]
        _instance = cls(id, conversation_id, direction, subject, body_text, body_html, sent_at, attachments)
        if not _MESSAGE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _MESSAGE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_MESSAGE_KEYS: frozenset[str] = frozenset(
    {"id", "conversation_id", "direction", "subject", "body_text", "body_html", "sent_at", "attachments"}
)
_THREADMESSAGEDIRECTION_BY_VALUE: dict[object, ThreadMessageDirection] = cast(
    "dict[object, ThreadMessageDirection]", ThreadMessageDirection._value2member_map_
)
_Attachment_from_dict = Attachment._from_dict
