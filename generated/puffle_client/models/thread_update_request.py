from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_update_request_status import ThreadUpdateRequestStatus
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ThreadUpdateRequest")


@_attrs_define
class ThreadUpdateRequest(AdditionalProperties):
    """Fields to change on a thread; send at least one.

    Attributes:
        status (ThreadUpdateRequestStatus | Unset): Archive or reactivate the thread; other values are ignored by the
            server.
        unread_count (int | Unset): New unread count (0 marks the thread read, a positive value marks it unread).
        account_id (None | str | Unset): Email sender account of the draft, or null to clear it; must be a ready email
            sender of the workspace.
        participant_email (str | Unset): Recipient of the draft (stored lowercased).
        participant_name (str | Unset):
        draft_subject (None | str | Unset):
        draft_body_text (None | str | Unset):
        draft_body_html (None | str | Unset):
        draft_cc (None | str | Unset):
        draft_bcc (None | str | Unset):
        draft_attachments (list[Attachment] | None | Unset): Metadata objects returned by `uploadThreadAttachment`.
    """

    status: ThreadUpdateRequestStatus | Unset = UNSET
    unread_count: int | Unset = UNSET
    account_id: str | Unset | None = UNSET
    participant_email: str | Unset = UNSET
    participant_name: str | Unset = UNSET
    draft_subject: str | Unset | None = UNSET
    draft_body_text: str | Unset | None = UNSET
    draft_body_html: str | Unset | None = UNSET
    draft_cc: str | Unset | None = UNSET
    draft_bcc: str | Unset | None = UNSET
    draft_attachments: list[Attachment] | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        unread_count = self.unread_count

        account_id: str | Unset | None
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        participant_email = self.participant_email

        participant_name = self.participant_name

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
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if unread_count is not UNSET:
            field_dict["unread_count"] = unread_count
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if participant_email is not UNSET:
            field_dict["participant_email"] = participant_email
        if participant_name is not UNSET:
            field_dict["participant_name"] = participant_name
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
        _status = d.pop("status", UNSET)
        status: ThreadUpdateRequestStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ThreadUpdateRequestStatus(_status)

        unread_count = d.pop("unread_count", UNSET)

        account_id = cast(None | str | Unset, d.pop("account_id", UNSET))

        participant_email = d.pop("participant_email", UNSET)

        participant_name = d.pop("participant_name", UNSET)

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
            status=status,
            unread_count=unread_count,
            account_id=account_id,
            participant_email=participant_email,
            participant_name=participant_name,
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
