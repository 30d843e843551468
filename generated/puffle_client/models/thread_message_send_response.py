from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.thread import Thread


T = TypeVar("T", bound="ThreadMessageSendResponse")


@_attrs_define
class ThreadMessageSendResponse(AdditionalProperties):
    """The outbound message that was stored and the thread as it is after the send.

    Attributes:
        message (Message | None | Unset):
        thread (None | Thread | Unset):
    """

    message: Message | Unset | None = UNSET
    thread: Thread | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message: dict[str, Any] | Unset | None
        if isinstance(self.message, Unset):
            message = UNSET
        elif isinstance(self.message, Message):
            message = self.message.to_dict()
        else:
            message = self.message

        thread: dict[str, Any] | Unset | None
        if isinstance(self.thread, Unset):
            thread = UNSET
        elif isinstance(self.thread, Thread):
            thread = self.thread.to_dict()
        else:
            thread = self.thread

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if thread is not UNSET:
            field_dict["thread"] = thread

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_message(data: object) -> Message | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                message_type_0 = Message.from_dict(data)

                return message_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Message | None | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_thread(data: object) -> Thread | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                thread_type_0 = Thread.from_dict(data)

                return thread_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Thread | Unset, data)

        thread = _parse_thread(d.pop("thread", UNSET))

        _instance = cls(
            message=message,
            thread=thread,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.message import Message  # noqa: E402
from ..models.thread import Thread  # noqa: E402
