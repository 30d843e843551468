from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_channel import ThreadChannel
from ..models.thread_inbox_state import ThreadInboxState
from ..models.thread_status import ThreadStatus
from ..types import (
    AdditionalProperties,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="Thread")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class Thread(AdditionalProperties):
    """A Unibox conversation with one participant over email or LinkedIn. Thread fields are snake_case.
    Drafts of one-off emails are threads in `draft` status whose `draft_*` fields hold the unsent email.

        Attributes:
            id (str):
            channel (ThreadChannel | None):
            status (ThreadStatus | None):
            inbox_state (ThreadInboxState | None):
            account_id (str | None): Sender account the thread belongs to (the `sender_id` filter of listThreads).
            participant_email (str | None): Recipient email address (stored lowercased).
            participant_name (str | None):
            participant_linkedin_url (str | None):
            last_message_snippet (str | None):
            unread_count (int | None): Number of unread inbound messages; `getThread` resets it to 0.
            draft_subject (str | None):
            draft_body_text (str | None):
            draft_body_html (str | None):
            draft_cc (str | None): Comma-separated CC recipients of the draft.
            draft_bcc (str | None): Comma-separated BCC recipients of the draft.
            draft_attachments (list[Attachment] | None):
    """

    id: str
    channel: ThreadChannel | None = None
    status: ThreadStatus | None = None
    inbox_state: ThreadInboxState | None = None
    account_id: str | None = None
    participant_email: str | None = None
    participant_name: str | None = None
    participant_linkedin_url: str | None = None
    last_message_snippet: str | None = None
    unread_count: int | None = None
    draft_subject: str | None = None
    draft_body_text: str | None = None
    draft_body_html: str | None = None
    draft_cc: str | None = None
    draft_bcc: str | None = None
    draft_attachments: list[Attachment] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["channel"] = None if self.channel is None else self.channel.value
        field_dict["status"] = None if self.status is None else self.status.value
        field_dict["inbox_state"] = None if self.inbox_state is None else self.inbox_state.value
        field_dict["account_id"] = self.account_id
        field_dict["participant_email"] = self.participant_email
        field_dict["participant_name"] = self.participant_name
        field_dict["participant_linkedin_url"] = self.participant_linkedin_url
        field_dict["last_message_snippet"] = self.last_message_snippet
        field_dict["unread_count"] = self.unread_count
        field_dict["draft_subject"] = self.draft_subject
        field_dict["draft_body_text"] = self.draft_body_text
        field_dict["draft_body_html"] = self.draft_body_html
        field_dict["draft_cc"] = self.draft_cc
        field_dict["draft_bcc"] = self.draft_bcc
        field_dict["draft_attachments"] = (
            None if self.draft_attachments is None else [_i.to_dict() for _i in self.draft_attachments]
        )
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "Thread", "id")
        channel = _get("channel")
        if channel is not None:
            if _type(channel) is str and channel in _THREADCHANNEL_BY_VALUE:
                channel = _THREADCHANNEL_BY_VALUE[channel]
            else:
                channel = _parse_enum(ThreadChannel, channel, "Thread", "channel")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _THREADSTATUS_BY_VALUE:
                status = _THREADSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(ThreadStatus, status, "Thread", "status")
        inbox_state = _get("inbox_state")
        if inbox_state is not None:
            if _type(inbox_state) is str and inbox_state in _THREADINBOXSTATE_BY_VALUE:
                inbox_state = _THREADINBOXSTATE_BY_VALUE[inbox_state]
            else:
                inbox_state = _parse_enum(ThreadInboxState, inbox_state, "Thread", "inbox_state")
        account_id = _get("account_id")
        if _type(account_id) is not str and account_id is not None:
            account_id = _check_str(account_id, "Thread", "account_id")
        participant_email = _get("participant_email")
        if _type(participant_email) is not str and participant_email is not None:
            participant_email = _check_str(participant_email, "Thread", "participant_email")
        participant_name = _get("participant_name")
        if _type(participant_name) is not str and participant_name is not None:
            participant_name = _check_str(participant_name, "Thread", "participant_name")
        participant_linkedin_url = _get("participant_linkedin_url")
        if _type(participant_linkedin_url) is not str and participant_linkedin_url is not None:
            participant_linkedin_url = _check_str(participant_linkedin_url, "Thread", "participant_linkedin_url")
        last_message_snippet = _get("last_message_snippet")
        if _type(last_message_snippet) is not str and last_message_snippet is not None:
            last_message_snippet = _check_str(last_message_snippet, "Thread", "last_message_snippet")
        unread_count = _get("unread_count")
        if _type(unread_count) is not int and unread_count is not None:
            unread_count = _check_int(unread_count, "Thread", "unread_count")
        draft_subject = _get("draft_subject")
        if _type(draft_subject) is not str and draft_subject is not None:
            draft_subject = _check_str(draft_subject, "Thread", "draft_subject")
        draft_body_text = _get("draft_body_text")
        if _type(draft_body_text) is not str and draft_body_text is not None:
            draft_body_text = _check_str(draft_body_text, "Thread", "draft_body_text")
        draft_body_html = _get("draft_body_html")
        if _type(draft_body_html) is not str and draft_body_html is not None:
            draft_body_html = _check_str(draft_body_html, "Thread", "draft_body_html")
        draft_cc = _get("draft_cc")
        if _type(draft_cc) is not str and draft_cc is not None:
            draft_cc = _check_str(draft_cc, "Thread", "draft_cc")
        draft_bcc = _get("draft_bcc")
        if _type(draft_bcc) is not str and draft_bcc is not None:
            draft_bcc = _check_str(draft_bcc, "Thread", "draft_bcc")
        draft_attachments = _get("draft_attachments")
        if draft_attachments is not None:
            if _type(draft_attachments) is not list:
                draft_attachments = _check_list(draft_attachments, "Thread", "draft_attachments")
            draft_attachments = [
                _Attachment_from_dict(_i)
                if _type(_i) is dict
                else _Attachment_from_dict(_check_object(_i, "Thread", "draft_attachments"))
                for _i in draft_attachments
            ]
        _instance = cls(
            id,
            channel,
            status,
            inbox_state,
            account_id,
            participant_email,
            participant_name,
            participant_linkedin_url,
            last_message_snippet,
            unread_count,
            draft_subject,
            draft_body_text,
            draft_body_html,
            draft_cc,
            draft_bcc,
            draft_attachments,
        )
        if not _THREAD_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREAD_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREAD_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "channel",
        "status",
        "inbox_state",
        "account_id",
        "participant_email",
        "participant_name",
        "participant_linkedin_url",
        "last_message_snippet",
        "unread_count",
        "draft_subject",
        "draft_body_text",
        "draft_body_html",
        "draft_cc",
        "draft_bcc",
        "draft_attachments",
    }
)
_THREADCHANNEL_BY_VALUE: dict[object, ThreadChannel] = cast(
    "dict[object, ThreadChannel]", ThreadChannel._value2member_map_
)
_THREADINBOXSTATE_BY_VALUE: dict[object, ThreadInboxState] = cast(
    "dict[object, ThreadInboxState]", ThreadInboxState._value2member_map_
)
_THREADSTATUS_BY_VALUE: dict[object, ThreadStatus] = cast("dict[object, ThreadStatus]", ThreadStatus._value2member_map_)
_Attachment_from_dict = Attachment._from_dict
