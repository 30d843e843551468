from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_message_direction import ThreadMessageDirection
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="Message")


@_attrs_define
class Message(AdditionalProperties):
    """One message of a thread (a conversation message row); fields are snake_case.

    Attributes:
        id (str):
        conversation_id (None | str | Unset): ID of the thread the message belongs to.
        direction (None | ThreadMessageDirection | Unset):
        subject (None | str | Unset):
        body_text (None | str | Unset):
        body_html (None | str | Unset):
        sent_at (datetime.datetime | None | Unset):
        attachments (list[Attachment] | None | Unset):
    """

    id: str
    conversation_id: str | Unset | None = UNSET
    direction: ThreadMessageDirection | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    body_text: str | Unset | None = UNSET
    body_html: str | Unset | None = UNSET
    sent_at: datetime.datetime | Unset | None = UNSET
    attachments: list[Attachment] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        conversation_id: str | Unset | None
        if isinstance(self.conversation_id, Unset):
            conversation_id = UNSET
        else:
            conversation_id = self.conversation_id

        direction: str | Unset | None
        if isinstance(self.direction, Unset):
            direction = UNSET
        elif isinstance(self.direction, ThreadMessageDirection):
            direction = self.direction.value
        else:
            direction = self.direction

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body_text: str | Unset | None
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        else:
            body_text = self.body_text

        body_html: str | Unset | None
        if isinstance(self.body_html, Unset):
            body_html = UNSET
        else:
            body_html = self.body_html

        sent_at: str | Unset | None
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

        attachments: list[dict[str, Any]] | Unset | None
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if conversation_id is not UNSET:
            field_dict["conversation_id"] = conversation_id
        if direction is not UNSET:
            field_dict["direction"] = direction
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        conversation_id = cast(None | str | Unset, d.pop("conversation_id", UNSET))

        def _parse_direction(data: object) -> ThreadMessageDirection | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                direction_type_0 = ThreadMessageDirection(data)

                return direction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadMessageDirection | Unset, data)

        direction = _parse_direction(d.pop("direction", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        body_text = cast(None | str | Unset, d.pop("body_text", UNSET))

        body_html = cast(None | str | Unset, d.pop("body_html", UNSET))

        def _parse_sent_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

        def _parse_attachments(data: object) -> list[Attachment] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = Attachment.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attachment] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        _instance = cls(
            id=id,
            conversation_id=conversation_id,
            direction=direction,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            sent_at=sent_at,
            attachments=attachments,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402
