from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_channel import ThreadChannel
from ..models.thread_inbox_state import ThreadInboxState
from ..models.thread_status import ThreadStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="Thread")


@_attrs_define
class Thread(AdditionalProperties):
    """A Unibox conversation with one participant over email or LinkedIn. Thread fields are snake_case.
    Drafts of one-off emails are threads in `draft` status whose `draft_*` fields hold the unsent email.

        Attributes:
            id (str):
            channel (None | ThreadChannel | Unset):
            status (None | ThreadStatus | Unset):
            inbox_state (None | ThreadInboxState | Unset):
            account_id (None | str | Unset): Sender account the thread belongs to (the `sender_id` filter of listThreads).
            participant_email (None | str | Unset): Recipient email address (stored lowercased).
            participant_name (None | str | Unset):
            participant_linkedin_url (None | str | Unset):
            last_message_snippet (None | str | Unset):
            unread_count (int | None | Unset): Number of unread inbound messages; `getThread` resets it to 0.
            draft_subject (None | str | Unset):
            draft_body_text (None | str | Unset):
            draft_body_html (None | str | Unset):
            draft_cc (None | str | Unset): Comma-separated CC recipients of the draft.
            draft_bcc (None | str | Unset): Comma-separated BCC recipients of the draft.
            draft_attachments (list[Attachment] | None | Unset):
    """

    id: str
    channel: ThreadChannel | Unset | None = UNSET
    status: ThreadStatus | Unset | None = UNSET
    inbox_state: ThreadInboxState | Unset | None = UNSET
    account_id: str | Unset | None = UNSET
    participant_email: str | Unset | None = UNSET
    participant_name: str | Unset | None = UNSET
    participant_linkedin_url: str | Unset | None = UNSET
    last_message_snippet: str | Unset | None = UNSET
    unread_count: int | Unset | None = UNSET
    draft_subject: str | Unset | None = UNSET
    draft_body_text: str | Unset | None = UNSET
    draft_body_html: str | Unset | None = UNSET
    draft_cc: str | Unset | None = UNSET
    draft_bcc: str | Unset | None = UNSET
    draft_attachments: list[Attachment] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        channel: str | Unset | None
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, ThreadChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, ThreadStatus):
            status = self.status.value
        else:
            status = self.status

        inbox_state: str | Unset | None
        if isinstance(self.inbox_state, Unset):
            inbox_state = UNSET
        elif isinstance(self.inbox_state, ThreadInboxState):
            inbox_state = self.inbox_state.value
        else:
            inbox_state = self.inbox_state

        account_id: str | Unset | None
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        participant_email: str | Unset | None
        if isinstance(self.participant_email, Unset):
            participant_email = UNSET
        else:
            participant_email = self.participant_email

        participant_name: str | Unset | None
        if isinstance(self.participant_name, Unset):
            participant_name = UNSET
        else:
            participant_name = self.participant_name

        participant_linkedin_url: str | Unset | None
        if isinstance(self.participant_linkedin_url, Unset):
            participant_linkedin_url = UNSET
        else:
            participant_linkedin_url = self.participant_linkedin_url

        last_message_snippet: str | Unset | None
        if isinstance(self.last_message_snippet, Unset):
            last_message_snippet = UNSET
        else:
            last_message_snippet = self.last_message_snippet

        unread_count: int | Unset | None
        if isinstance(self.unread_count, Unset):
            unread_count = UNSET
        else:
            unread_count = self.unread_count

        draft_subject: str | Unset | None
        if isinstance(self.draft_subject, Unset):
            draft_subject = UNSET
        else:
            draft_subject = self.draft_subject

        draft_body_text: str | Unset | None
        if isinstance(self.draft_body_text, Unset):
            draft_body_text = UNSET
        else:
            draft_body_text = self.draft_body_text

        draft_body_html: str | Unset | None
        if isinstance(self.draft_body_html, Unset):
            draft_body_html = UNSET
        else:
            draft_body_html = self.draft_body_html

        draft_cc: str | Unset | None
        if isinstance(self.draft_cc, Unset):
            draft_cc = UNSET
        else:
            draft_cc = self.draft_cc

        draft_bcc: str | Unset | None
        if isinstance(self.draft_bcc, Unset):
            draft_bcc = UNSET
        else:
            draft_bcc = self.draft_bcc

        draft_attachments: list[dict[str, Any]] | Unset | None
        if isinstance(self.draft_attachments, Unset):
            draft_attachments = UNSET
        elif isinstance(self.draft_attachments, list):
            draft_attachments = []
            for draft_attachments_type_0_item_data in self.draft_attachments:
                draft_attachments_type_0_item = draft_attachments_type_0_item_data.to_dict()
                draft_attachments.append(draft_attachments_type_0_item)

        else:
            draft_attachments = self.draft_attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if channel is not UNSET:
            field_dict["channel"] = channel
        if status is not UNSET:
            field_dict["status"] = status
        if inbox_state is not UNSET:
            field_dict["inbox_state"] = inbox_state
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if participant_email is not UNSET:
            field_dict["participant_email"] = participant_email
        if participant_name is not UNSET:
            field_dict["participant_name"] = participant_name
        if participant_linkedin_url is not UNSET:
            field_dict["participant_linkedin_url"] = participant_linkedin_url
        if last_message_snippet is not UNSET:
            field_dict["last_message_snippet"] = last_message_snippet
        if unread_count is not UNSET:
            field_dict["unread_count"] = unread_count
        if draft_subject is not UNSET:
            field_dict["draft_subject"] = draft_subject
        if draft_body_text is not UNSET:
            field_dict["draft_body_text"] = draft_body_text
        if draft_body_html is not UNSET:
            field_dict["draft_body_html"] = draft_body_html
        if draft_cc is not UNSET:
            field_dict["draft_cc"] = draft_cc
        if draft_bcc is not UNSET:
            field_dict["draft_bcc"] = draft_bcc
        if draft_attachments is not UNSET:
            field_dict["draft_attachments"] = draft_attachments

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        def _parse_channel(data: object) -> ThreadChannel | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = ThreadChannel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadChannel | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_status(data: object) -> ThreadStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = ThreadStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_inbox_state(data: object) -> ThreadInboxState | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                inbox_state_type_0 = ThreadInboxState(data)

                return inbox_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ThreadInboxState | Unset, data)

        inbox_state = _parse_inbox_state(d.pop("inbox_state", UNSET))

        account_id = cast(None | str | Unset, d.pop("account_id", UNSET))

        participant_email = cast(None | str | Unset, d.pop("participant_email", UNSET))

        participant_name = cast(None | str | Unset, d.pop("participant_name", UNSET))

        participant_linkedin_url = cast(None | str | Unset, d.pop("participant_linkedin_url", UNSET))

        last_message_snippet = cast(None | str | Unset, d.pop("last_message_snippet", UNSET))

        unread_count = cast(int | None | Unset, d.pop("unread_count", UNSET))

        draft_subject = cast(None | str | Unset, d.pop("draft_subject", UNSET))

        draft_body_text = cast(None | str | Unset, d.pop("draft_body_text", UNSET))

        draft_body_html = cast(None | str | Unset, d.pop("draft_body_html", UNSET))

        draft_cc = cast(None | str | Unset, d.pop("draft_cc", UNSET))

        draft_bcc = cast(None | str | Unset, d.pop("draft_bcc", UNSET))

        def _parse_draft_attachments(data: object) -> list[Attachment] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                draft_attachments_type_0 = []
                _draft_attachments_type_0 = data
                for draft_attachments_type_0_item_data in _draft_attachments_type_0:
                    draft_attachments_type_0_item = Attachment.from_dict(draft_attachments_type_0_item_data)

                    draft_attachments_type_0.append(draft_attachments_type_0_item)

                return draft_attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Attachment] | None | Unset, data)

        draft_attachments = _parse_draft_attachments(d.pop("draft_attachments", UNSET))

        _instance = cls(
            id=id,
            channel=channel,
            status=status,
            inbox_state=inbox_state,
            account_id=account_id,
            participant_email=participant_email,
            participant_name=participant_name,
            participant_linkedin_url=participant_linkedin_url,
            last_message_snippet=last_message_snippet,
            unread_count=unread_count,
            draft_subject=draft_subject,
            draft_body_text=draft_body_text,
            draft_body_html=draft_body_html,
            draft_cc=draft_cc,
            draft_bcc=draft_bcc,
            draft_attachments=draft_attachments,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402
