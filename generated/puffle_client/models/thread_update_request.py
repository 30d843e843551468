from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.thread_update_request_status import ThreadUpdateRequestStatus
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ThreadUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class ThreadUpdateRequest(AdditionalProperties):
    """Fields to change on a thread; send at least one.

    Attributes:
        status (ThreadUpdateRequestStatus | Unset): Archive or reactivate the thread; other values are ignored by the
            server.
        unread_count (int | Unset): New unread count (0 marks the thread read, a positive value marks it unread).
        account_id (str | Unset | None): Email sender account of the draft, or null to clear it; must be a ready email
            sender of the workspace.
        participant_email (str | Unset): Recipient of the draft (stored lowercased).
        participant_name (str | Unset):
        draft_subject (str | Unset | None):
        draft_body_text (str | Unset | None):
        draft_body_html (str | Unset | None):
        draft_cc (str | Unset | None):
        draft_bcc (str | Unset | None):
        draft_attachments (list[Attachment] | Unset | None): Metadata objects returned by `uploadThreadAttachment`.
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.status, Unset):
            field_dict["status"] = self.status.value
        if not isinstance(self.unread_count, Unset):
            field_dict["unread_count"] = self.unread_count
        if not isinstance(self.account_id, Unset):
            field_dict["account_id"] = self.account_id
        if not isinstance(self.participant_email, Unset):
            field_dict["participant_email"] = self.participant_email
        if not isinstance(self.participant_name, Unset):
            field_dict["participant_name"] = self.participant_name
        if not isinstance(self.draft_subject, Unset):
            field_dict["draft_subject"] = self.draft_subject
        if not isinstance(self.draft_body_text, Unset):
            field_dict["draft_body_text"] = self.draft_body_text
        if not isinstance(self.draft_body_html, Unset):
            field_dict["draft_body_html"] = self.draft_body_html
        if not isinstance(self.draft_cc, Unset):
            field_dict["draft_cc"] = self.draft_cc
        if not isinstance(self.draft_bcc, Unset):
            field_dict["draft_bcc"] = self.draft_bcc
        if not isinstance(self.draft_attachments, Unset):
            field_dict["draft_attachments"] = (
                None if self.draft_attachments is None else [_i.to_dict() for _i in self.draft_attachments]
            )
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        status = _get("status", UNSET)
        if status is not UNSET:
            if _type(status) is str and status in _THREADUPDATEREQUESTSTATUS_BY_VALUE:
                status = _THREADUPDATEREQUESTSTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(ThreadUpdateRequestStatus, status, "ThreadUpdateRequest", "status")
        unread_count = _get("unread_count", UNSET)
        if _type(unread_count) is not int and unread_count is not UNSET:
            unread_count = _check_int(unread_count, "ThreadUpdateRequest", "unread_count")
        account_id = _get("account_id", UNSET)
        if _type(account_id) is not str and account_id is not UNSET and account_id is not None:
            account_id = _check_str(account_id, "ThreadUpdateRequest", "account_id")
        participant_email = _get("participant_email", UNSET)
        if _type(participant_email) is not str and participant_email is not UNSET:
            participant_email = _check_str(participant_email, "ThreadUpdateRequest", "participant_email")
        participant_name = _get("participant_name", UNSET)
        if _type(participant_name) is not str and participant_name is not UNSET:
            participant_name = _check_str(participant_name, "ThreadUpdateRequest", "participant_name")
        draft_subject = _get("draft_subject", UNSET)
        if _type(draft_subject) is not str and draft_subject is not UNSET and draft_subject is not None:
            draft_subject = _check_str(draft_subject, "ThreadUpdateRequest", "draft_subject")
        draft_body_text = _get("draft_body_text", UNSET)
        if _type(draft_body_text) is not str and draft_body_text is not UNSET and draft_body_text is not None:
            draft_body_text = _check_str(draft_body_text, "ThreadUpdateRequest", "draft_body_text")
        draft_body_html = _get("draft_body_html", UNSET)
        if _type(draft_body_html) is not str and draft_body_html is not UNSET and draft_body_html is not None:
            draft_body_html = _check_str(draft_body_html, "ThreadUpdateRequest", "draft_body_html")
        draft_cc = _get("draft_cc", UNSET)
        if _type(draft_cc) is not str and draft_cc is not UNSET and draft_cc is not None:
            draft_cc = _check_str(draft_cc, "ThreadUpdateRequest", "draft_cc")
        draft_bcc = _get("draft_bcc", UNSET)
        if _type(draft_bcc) is not str and draft_bcc is not UNSET and draft_bcc is not None:
            draft_bcc = _check_str(draft_bcc, "ThreadUpdateRequest", "draft_bcc")
        draft_attachments = _get("draft_attachments", UNSET)
        if draft_attachments is not UNSET and draft_attachments is not None:
            if _type(draft_attachments) is not list:
                draft_attachments = _check_list(draft_attachments, "ThreadUpdateRequest", "draft_attachments")
            draft_attachments = [
                _Attachment_from_dict(_i)
                if _type(_i) is dict
                else _Attachment_from_dict(_check_object(_i, "ThreadUpdateRequest", "draft_attachments"))
                for _i in draft_attachments
            ]
        _instance = cls(
            status,
            unread_count,
            account_id,
            participant_email,
            participant_name,
            draft_subject,
            draft_body_text,
            draft_body_html,
            draft_cc,
            draft_bcc,
            draft_attachments,
        )
        if not _THREADUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADUPDATEREQUEST_KEYS: frozenset[str] = frozenset(
    {
        "status",
        "unread_count",
        "account_id",
        "participant_email",
        "participant_name",
        "draft_subject",
        "draft_body_text",
        "draft_body_html",
        "draft_cc",
        "draft_bcc",
        "draft_attachments",
    }
)
_THREADUPDATEREQUESTSTATUS_BY_VALUE: dict[object, ThreadUpdateRequestStatus] = cast(
    "dict[object, ThreadUpdateRequestStatus]", ThreadUpdateRequestStatus._value2member_map_
)
_Attachment_from_dict = Attachment._from_dict
