from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.message import Message
    from ..models.thread import Thread
    from ..models.thread_participant_details import ThreadParticipantDetails
    from ..models.thread_sender_account import ThreadSenderAccount


T = TypeVar("T", bound="ThreadDetailResponse")


@_attrs_define
class ThreadDetailResponse(AdditionalProperties):
    """A thread with its full message list, participant enrichment and sender status. Note the mixed key
    style: `thread`/`messages` contents are snake_case, the other top-level keys camelCase.

        Attributes:
            thread (Thread): A Unibox conversation with one participant over email or LinkedIn. Thread fields are
                snake_case.
                Drafts of one-off emails are threads in `draft` status whose `draft_*` fields hold the unsent email.
            messages (list[Message]): All messages, oldest first.
            participant_details (None | ThreadParticipantDetails | Unset):
            sender_disconnected (bool | None | Unset): True when the thread's sender account is gone or can no longer send.
            sender_account (None | ThreadSenderAccount | Unset):
    """

    thread: Thread
    messages: list[Message]
    participant_details: ThreadParticipantDetails | Unset | None = UNSET
    sender_disconnected: bool | Unset | None = UNSET
    sender_account: ThreadSenderAccount | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thread = self.thread.to_dict()

        messages = []
        for messages_item_data in self.messages:
            messages_item = messages_item_data.to_dict()
            messages.append(messages_item)

        participant_details: dict[str, Any] | Unset | None
        if isinstance(self.participant_details, Unset):
            participant_details = UNSET
        elif isinstance(self.participant_details, ThreadParticipantDetails):
            participant_details = self.participant_details.to_dict()
        else:
            participant_details = self.participant_details

        sender_disconnected: bool | Unset | None
        if isinstance(self.sender_disconnected, Unset):
            sender_disconnected = UNSET
        else:
            sender_disconnected = self.sender_disconnected

        sender_account: dict[str, Any] | Unset | None
        if isinstance(self.sender_account, Unset):
            sender_account = UNSET
        elif isinstance(self.sender_account, ThreadSenderAccount):
            sender_account = self.sender_account.to_dict()
        else:
            sender_account = self.sender_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thread": thread,
                "messages": messages,
            }
        )
        if participant_details is not UNSET:
            field_dict["participantDetails"] = participant_details
        if sender_disconnected is not UNSET:
            field_dict["senderDisconnected"] = sender_disconnected
        if sender_account is not UNSET:
            field_dict["senderAccount"] = sender_account

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thread = Thread.from_dict(d.pop("thread"))

        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = Message.from_dict(messages_item_data)

            messages.append(messages_item)

        def _parse_participant_details(data: object) -> ThreadParticipantDetails | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                participant_details_type_0 = ThreadParticipantDetails.from_dict(data)

                return participant_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadParticipantDetails | Unset, data)

        participant_details = _parse_participant_details(d.pop("participantDetails", UNSET))

        sender_disconnected = cast(bool | None | Unset, d.pop("senderDisconnected", UNSET))

        def _parse_sender_account(data: object) -> ThreadSenderAccount | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sender_account_type_0 = ThreadSenderAccount.from_dict(data)

                return sender_account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadSenderAccount | Unset, data)

        sender_account = _parse_sender_account(d.pop("senderAccount", UNSET))

        _instance = cls(
            thread=thread,
            messages=messages,
            participant_details=participant_details,
            sender_disconnected=sender_disconnected,
            sender_account=sender_account,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.message import Message  # noqa: E402
from ..models.thread import Thread  # noqa: E402
from ..models.thread_participant_details import ThreadParticipantDetails  # noqa: E402
from ..models.thread_sender_account import ThreadSenderAccount  # noqa: E402
