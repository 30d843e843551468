from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ThreadCreateRequest")


@_attrs_define
class ThreadCreateRequest(AdditionalProperties):
    """Fields of a new one-off email draft. All are optional, but at least one draft field must be given;
    `participant_email` and a sender (`account_id`, here or at send time) are needed before sending.

        Attributes:
            participant_email (str | Unset): Recipient address (stored lowercased). Needed before the draft can be sent.
            account_id (str | Unset): Email sender account; must be an email account of the workspace with a sending inbox
                that is ready to send.
            participant_name (str | Unset): Recipient display name.
            draft_subject (str | Unset):
            draft_body_text (str | Unset):
            draft_body_html (str | Unset):
            draft_cc (str | Unset): Comma-separated CC recipients.
            draft_bcc (str | Unset): Comma-separated BCC recipients.
            draft_attachments (list[Attachment] | Unset): Metadata objects returned by `uploadThreadAttachment`.
    """

    participant_email: str | Unset = UNSET
    account_id: str | Unset = UNSET
    participant_name: str | Unset = UNSET
    draft_subject: str | Unset = UNSET
    draft_body_text: str | Unset = UNSET
    draft_body_html: str | Unset = UNSET
    draft_cc: str | Unset = UNSET
    draft_bcc: str | Unset = UNSET
    draft_attachments: list[Attachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        participant_email = self.participant_email

        account_id = self.account_id

        participant_name = self.participant_name

        draft_subject = self.draft_subject

        draft_body_text = self.draft_body_text

        draft_body_html = self.draft_body_html

        draft_cc = self.draft_cc

        draft_bcc = self.draft_bcc

        draft_attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.draft_attachments, Unset):
            draft_attachments = []
            for draft_attachments_item_data in self.draft_attachments:
                draft_attachments_item = draft_attachments_item_data.to_dict()
                draft_attachments.append(draft_attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if participant_email is not UNSET:
            field_dict["participant_email"] = participant_email
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
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
        participant_email = d.pop("participant_email", UNSET)

        account_id = d.pop("account_id", UNSET)

        participant_name = d.pop("participant_name", UNSET)

        draft_subject = d.pop("draft_subject", UNSET)

        draft_body_text = d.pop("draft_body_text", UNSET)

        draft_body_html = d.pop("draft_body_html", UNSET)

        draft_cc = d.pop("draft_cc", UNSET)

        draft_bcc = d.pop("draft_bcc", UNSET)

        _draft_attachments = d.pop("draft_attachments", UNSET)
        draft_attachments: list[Attachment] | Unset = UNSET
        if _draft_attachments is not UNSET:
            draft_attachments = []
            for draft_attachments_item_data in _draft_attachments:
                draft_attachments_item = Attachment.from_dict(draft_attachments_item_data)

                draft_attachments.append(draft_attachments_item)

        _instance = cls(
            participant_email=participant_email,
            account_id=account_id,
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
