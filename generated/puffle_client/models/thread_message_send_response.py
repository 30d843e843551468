from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.thread import Thread


T = TypeVar("T", bound="ThreadMessageSendResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadMessageSendResponse(AdditionalProperties):
    """The outbound message that was stored and the thread as it is after the send.

    Attributes:
        message (Message | None):
        thread (Thread | None):
    """

    message: Message | None = None
    thread: Thread | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["message"] = None if self.message is None else self.message.to_dict()
        field_dict["thread"] = None if self.thread is None else self.thread.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        message = _get("message")
        if message is not None:
            if _type(message) is not dict:
                message = _check_object(message, "ThreadMessageSendResponse", "message")
            message = _Message_from_dict(message)
        thread = _get("thread")
        if thread is not None:
            if _type(thread) is not dict:
                thread = _check_object(thread, "ThreadMessageSendResponse", "thread")
            thread = _Thread_from_dict(thread)
        _instance = cls(message, thread)
        if not _THREADMESSAGESENDRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADMESSAGESENDRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.message import Message  # noqa: E402
from ..models.thread import Thread  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADMESSAGESENDRESPONSE_KEYS: frozenset[str] = frozenset({"message", "thread"})
_Message_from_dict = Message._from_dict
_Thread_from_dict = Thread._from_dict
