from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.attachment import Attachment


T = TypeVar("T", bound="ThreadCreateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.participant_email, Unset):
            field_dict["participant_email"] = self.participant_email
        if not isinstance(self.account_id, Unset):
            field_dict["account_id"] = self.account_id
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
            field_dict["draft_attachments"] = [_i.to_dict() for _i in self.draft_attachments]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        participant_email = _get("participant_email", UNSET)
        if _type(participant_email) is not str and participant_email is not UNSET:
            participant_email = _check_str(participant_email, "ThreadCreateRequest", "participant_email")
        account_id = _get("account_id", UNSET)
        if _type(account_id) is not str and account_id is not UNSET:
            account_id = _check_str(account_id, "ThreadCreateRequest", "account_id")
        participant_name = _get("participant_name", UNSET)
        if _type(participant_name) is not str and participant_name is not UNSET:
            participant_name = _check_str(participant_name, "ThreadCreateRequest", "participant_name")
        draft_subject = _get("draft_subject", UNSET)
        if _type(draft_subject) is not str and draft_subject is not UNSET:
            draft_subject = _check_str(draft_subject, "ThreadCreateRequest", "draft_subject")
        draft_body_text = _get("draft_body_text", UNSET)
        if _type(draft_body_text) is not str and draft_body_text is not UNSET:
            draft_body_text = _check_str(draft_body_text, "ThreadCreateRequest", "draft_body_text")
        draft_body_html = _get("draft_body_html", UNSET)
        if _type(draft_body_html) is not str and draft_body_html is not UNSET:
            draft_body_html = _check_str(draft_body_html, "ThreadCreateRequest", "draft_body_html")
        draft_cc = _get("draft_cc", UNSET)
        if _type(draft_cc) is not str and draft_cc is not UNSET:
            draft_cc = _check_str(draft_cc, "ThreadCreateRequest", "draft_cc")
        draft_bcc = _get("draft_bcc", UNSET)
        if _type(draft_bcc) is not str and draft_bcc is not UNSET:
            draft_bcc = _check_str(draft_bcc, "ThreadCreateRequest", "draft_bcc")
        draft_attachments = _get("draft_attachments", UNSET)
        if draft_attachments is not UNSET:
            if _type(draft_attachments) is not list:
                draft_attachments = _check_list(draft_attachments, "ThreadCreateRequest", "draft_attachments")
            draft_attachments = [
                _Attachment_from_dict(_i)
                if _type(_i) is dict
                else _Attachment_from_dict(_check_object(_i, "ThreadCreateRequest", "draft_attachments"))
                for _i in draft_attachments
            ]
        _instance = cls(
            participant_email,
            account_id,
            participant_name,
            draft_subject,
            draft_body_text,
            draft_body_html,
            draft_cc,
            draft_bcc,
            draft_attachments,
        )
        if not _THREADCREATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _THREADCREATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.attachment import Attachment  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_THREADCREATEREQUEST_KEYS: frozenset[str] = frozenset(
    {
        "participant_email",
        "account_id",
        "participant_name",
        "draft_subject",
        "draft_body_text",
        "draft_body_html",
        "draft_cc",
        "draft_bcc",
        "draft_attachments",
    }
)
_Attachment_from_dict = Attachment._from_dict
