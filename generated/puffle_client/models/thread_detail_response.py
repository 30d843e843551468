from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_list,
    _check_object,
)

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.thread import Thread
    from ..models.thread_participant_details import ThreadParticipantDetails
    from ..models.thread_sender_account import ThreadSenderAccount


T = TypeVar("T", bound="ThreadDetailResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadDetailResponse(AdditionalProperties):
    """A thread with its full message list, participant enrichment and sender status. Note the mixed key
    style: `thread`/`messages` contents are snake_case, the other top-level keys camelCase.

        Attributes:
            thread (Thread): A Unibox conversation with one participant over email or LinkedIn. Thread fields are
                snake_case.
                Drafts of one-off emails are threads in `draft` status whose `draft_*` fields hold the unsent email.
            messages (list[Message]): All messages, oldest first.
            participant_details (ThreadParticipantDetails | None):
            sender_disconnected (bool | None): True when the thread's sender account is gone or can no longer send.
            sender_account (ThreadSenderAccount | None):
    """

    thread: Thread
    messages: list[Message]
    participant_details: ThreadParticipantDetails | None = None
    sender_disconnected: bool | None = None
    sender_account: ThreadSenderAccount | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["thread"] = self.thread.to_dict()
        field_dict["messages"] = [_i.to_dict() for _i in self.messages]
        field_dict["participantDetails"] = (
            None if self.participant_details is None else self.participant_details.to_dict()
        )
        field_dict["senderDisconnected"] = self.sender_disconnected
        field_dict["senderAccount"] = None if self.sender_account is None else self.sender_account.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        thread = src_dict["thread"]
        if _type(thread) is not dict:
            thread = _check_object(thread, "ThreadDetailResponse", "thread")
        thread = _Thread_from_dict(thread)
        messages = src_dict["messages"]
        if _type(messages) is not list:
            messages = _check_list(messages, "ThreadDetailResponse", "messages")
        messages = [
            _Message_from_dict(_i)
            if _type(_i) is dict
            else _Message_from_dict(_check_object(_i, "ThreadDetailResponse", "messages"))
            for _i in messages
        ]
        participant_details = _get("participantDetails")
        if participant_details is not None:
            if _type(participant_details) is not dict:
                participant_details = _check_object(participant_details, "ThreadDetailResponse", "participantDetails")
            participant_details = _ThreadParticipantDetails_from_dict(participant_details)
        sender_disconnected = _get("senderDisconnected")
        if _type(sender_disconnected) is not bool and sender_disconnected is not None:
            sender_disconnected = _check_bool(sender_disconnected, "ThreadDetailResponse", "senderDisconnected")
        sender_account = _get("senderAccount")
        if sender_account is not None:
            if _type(sender_account) is not dict:
                sender_account = _check_object(sender_account, "ThreadDetailResponse", "senderAccount")
            sender_account = _ThreadSenderAccount_from_dict(sender_account)
        _instance = cls(thread, messages, participant_details, sender_disconnected, sender_account)
        if not _THREADDETAILRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADDETAILRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.message import Message  # noqa: E402
from ..models.thread import Thread  # noqa: E402
from ..models.thread_participant_details import ThreadParticipantDetails  # noqa: E402
from ..models.thread_sender_account import ThreadSenderAccount  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADDETAILRESPONSE_KEYS: frozenset[str] = frozenset(
    {"thread", "messages", "participantDetails", "senderDisconnected", "senderAccount"}
)
_Message_from_dict = Message._from_dict
_Thread_from_dict = Thread._from_dict
_ThreadParticipantDetails_from_dict = ThreadParticipantDetails._from_dict
_ThreadSenderAccount_from_dict = ThreadSenderAccount._from_dict
