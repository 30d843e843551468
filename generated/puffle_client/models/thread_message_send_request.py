from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_message_send_request_threading_mode import ThreadMessageSendRequestThreadingMode
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ThreadMessageSendRequest")


@_attrs_define
class ThreadMessageSendRequest(AdditionalProperties):
    """The message to send in a thread.

    Attributes:
        body_text (str): Plain-text body; must not be empty.
        body_html (str | Unset): HTML body; for email it is derived from `body_text` when left out.
        subject (str | Unset): Email subject; needed when the email thread has no subject yet. Ignored for LinkedIn.
        account_id (str | Unset): Email sender account; needed for email when the thread has no sender yet.
        threading_mode (ThreadMessageSendRequestThreadingMode | Unset): `new_thread` for a one-off outbound email; when
            absent the latest inbound email is answered if possible.
        cc (str | Unset): Comma-separated CC recipients (email only).
        bcc (str | Unset): Comma-separated BCC recipients (email only).
        attachments (list[Attachment] | Unset): Metadata objects returned by `uploadThreadAttachment`.
    """

    body_text: str
    body_html: str | Unset = UNSET
    subject: str | Unset = UNSET
    account_id: str | Unset = UNSET
    threading_mode: ThreadMessageSendRequestThreadingMode | Unset = UNSET
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    attachments: list[Attachment] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body_text = self.body_text

        body_html = self.body_html

        subject = self.subject

        account_id = self.account_id

        threading_mode: str | Unset = UNSET
        if not isinstance(self.threading_mode, Unset):
            threading_mode = self.threading_mode.value

        cc = self.cc

        bcc = self.bcc

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "body_text": body_text,
            }
        )
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if subject is not UNSET:
            field_dict["subject"] = subject
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if threading_mode is not UNSET:
            field_dict["threading_mode"] = threading_mode
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        body_text = d.pop("body_text")

        body_html = d.pop("body_html", UNSET)

        subject = d.pop("subject", UNSET)

        account_id = d.pop("account_id", UNSET)

        _threading_mode = d.pop("threading_mode", UNSET)
        threading_mode: ThreadMessageSendRequestThreadingMode | Unset
        if isinstance(_threading_mode, Unset):
            threading_mode = UNSET
        else:
            threading_mode = ThreadMessageSendRequestThreadingMode(_threading_mode)

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[Attachment] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = Attachment.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        _instance = cls(
            body_text=body_text,
            body_html=body_html,
            subject=subject,
            account_id=account_id,
            threading_mode=threading_mode,
            cc=cc,
            bcc=bcc,
            attachments=attachments,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402
