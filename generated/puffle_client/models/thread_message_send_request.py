from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_message_send_request_threading_mode import ThreadMessageSendRequestThreadingMode
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_object,
    _check_str,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ThreadMessageSendRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["body_text"] = self.body_text
        if not isinstance(self.body_html, Unset):
            field_dict["body_html"] = self.body_html
        if not isinstance(self.subject, Unset):
            field_dict["subject"] = self.subject
        if not isinstance(self.account_id, Unset):
            field_dict["account_id"] = self.account_id
        if not isinstance(self.threading_mode, Unset):
            field_dict["threading_mode"] = self.threading_mode.value
        if not isinstance(self.cc, Unset):
            field_dict["cc"] = self.cc
        if not isinstance(self.bcc, Unset):
            field_dict["bcc"] = self.bcc
        if not isinstance(self.attachments, Unset):
            field_dict["attachments"] = [_i.to_dict() for _i in self.attachments]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        body_text = src_dict["body_text"]
        if _type(body_text) is not str:
            body_text = _check_str(body_text, "ThreadMessageSendRequest", "body_text")
        body_html = _get("body_html", UNSET)
        if _type(body_html) is not str and body_html is not UNSET:
            body_html = _check_str(body_html, "ThreadMessageSendRequest", "body_html")
        subject = _get("subject", UNSET)
        if _type(subject) is not str and subject is not UNSET:
            subject = _check_str(subject, "ThreadMessageSendRequest", "subject")
        account_id = _get("account_id", UNSET)
        if _type(account_id) is not str and account_id is not UNSET:
            account_id = _check_str(account_id, "ThreadMessageSendRequest", "account_id")
        threading_mode = _get("threading_mode", UNSET)
        if threading_mode is not UNSET:
            if _type(threading_mode) is str and threading_mode in _THREADMESSAGESENDREQUESTTHREADINGMODE_BY_VALUE:
                threading_mode = _THREADMESSAGESENDREQUESTTHREADINGMODE_BY_VALUE[threading_mode]
            else:
                threading_mode = _parse_enum(
                    ThreadMessageSendRequestThreadingMode, threading_mode, "ThreadMessageSendRequest", "threading_mode"
                )
        cc = _get("cc", UNSET)
        if _type(cc) is not str and cc is not UNSET:
            cc = _check_str(cc, "ThreadMessageSendRequest", "cc")
        bcc = _get("bcc", UNSET)
        if _type(bcc) is not str and bcc is not UNSET:
            bcc = _check_str(bcc, "ThreadMessageSendRequest", "bcc")
        attachments = _get("attachments", UNSET)
        if attachments is not UNSET:
            if _type(attachments) is not list:
                attachments = _check_list(attachments, "ThreadMessageSendRequest", "attachments")
            attachments = [
                _Attachment_from_dict(_i)
                if _type(_i) is dict
                else _Attachment_from_dict(_check_object(_i, "ThreadMessageSendRequest", "attachments"))
                for _i in attachments
            ]
        _instance = cls(body_text, body_html, subject, account_id, threading_mode, cc, bcc, attachments)
        if not _THREADMESSAGESENDREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADMESSAGESENDREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADMESSAGESENDREQUEST_KEYS: frozenset[str] = frozenset(
    {"body_text", "body_html", "subject", "account_id", "threading_mode", "cc", "bcc", "attachments"}
)
_THREADMESSAGESENDREQUESTTHREADINGMODE_BY_VALUE: dict[object, ThreadMessageSendRequestThreadingMode] = cast(
    "dict[object, ThreadMessageSendRequestThreadingMode]", ThreadMessageSendRequestThreadingMode._value2member_map_
)
_Attachment_from_dict = Attachment._from_dict
