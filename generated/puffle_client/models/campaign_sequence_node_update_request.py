from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.campaign_ai_node import CampaignAiNode


T = TypeVar("T", bound="CampaignSequenceNodeUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSequenceNodeUpdateRequest(AdditionalProperties):
    """Content fields to change on one node; fields left out stay as they are. `ai_node` only applies to `ai` nodes.

    Attributes:
        subject (str | Unset): Email nodes.
        body (str | Unset): connection_request, message and email nodes.
        body_html (str | Unset): Email nodes.
        signature (str | Unset):
        from_name (str | Unset): Email nodes.
        reply_to (str | Unset): Email nodes.
        cc (str | Unset): Email nodes.
        bcc (str | Unset): Email nodes.
        attachments (list[Any] | Unset): Email attachments; item shape not documented.
        include_message (bool | Unset): connection_request nodes.
        is_reply (bool | Unset): Email nodes.
        delay_days (int | Unset): Delay nodes.
        delay_hours (int | Unset): Delay nodes.
        delay_minutes (int | Unset): Delay nodes.
        ai_node (CampaignAiNode | Unset): AI settings of an `ai` sequence node. Empty or null on other node types.
    """

    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    body_html: str | Unset = UNSET
    signature: str | Unset = UNSET
    from_name: str | Unset = UNSET
    reply_to: str | Unset = UNSET
    cc: str | Unset = UNSET
    bcc: str | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    include_message: bool | Unset = UNSET
    is_reply: bool | Unset = UNSET
    delay_days: int | Unset = UNSET
    delay_hours: int | Unset = UNSET
    delay_minutes: int | Unset = UNSET
    ai_node: CampaignAiNode | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.subject, Unset):
            field_dict["subject"] = self.subject
        if not isinstance(self.body, Unset):
            field_dict["body"] = self.body
        if not isinstance(self.body_html, Unset):
            field_dict["body_html"] = self.body_html
        if not isinstance(self.signature, Unset):
            field_dict["signature"] = self.signature
        if not isinstance(self.from_name, Unset):
            field_dict["from_name"] = self.from_name
        if not isinstance(self.reply_to, Unset):
            field_dict["reply_to"] = self.reply_to
        if not isinstance(self.cc, Unset):
            field_dict["cc"] = self.cc
        if not isinstance(self.bcc, Unset):
            field_dict["bcc"] = self.bcc
        if not isinstance(self.attachments, Unset):
            field_dict["attachments"] = list(self.attachments)
        if not isinstance(self.include_message, Unset):
            field_dict["include_message"] = self.include_message
        if not isinstance(self.is_reply, Unset):
            field_dict["is_reply"] = self.is_reply
        if not isinstance(self.delay_days, Unset):
            field_dict["delay_days"] = self.delay_days
        if not isinstance(self.delay_hours, Unset):
            field_dict["delay_hours"] = self.delay_hours
        if not isinstance(self.delay_minutes, Unset):
            field_dict["delay_minutes"] = self.delay_minutes
        if not isinstance(self.ai_node, Unset):
            field_dict["ai_node"] = self.ai_node.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        subject = _get("subject", UNSET)
        if _type(subject) is not str and subject is not UNSET:
            subject = _check_str(subject, "CampaignSequenceNodeUpdateRequest", "subject")
        body = _get("body", UNSET)
        if _type(body) is not str and body is not UNSET:
            body = _check_str(body, "CampaignSequenceNodeUpdateRequest", "body")
        body_html = _get("body_html", UNSET)
        if _type(body_html) is not str and body_html is not UNSET:
            body_html = _check_str(body_html, "CampaignSequenceNodeUpdateRequest", "body_html")
        signature = _get("signature", UNSET)
        if _type(signature) is not str and signature is not UNSET:
            signature = _check_str(signature, "CampaignSequenceNodeUpdateRequest", "signature")
        from_name = _get("from_name", UNSET)
        if _type(from_name) is not str and from_name is not UNSET:
            from_name = _check_str(from_name, "CampaignSequenceNodeUpdateRequest", "from_name")
        reply_to = _get("reply_to", UNSET)
        if _type(reply_to) is not str and reply_to is not UNSET:
            reply_to = _check_str(reply_to, "CampaignSequenceNodeUpdateRequest", "reply_to")
        cc = _get("cc", UNSET)
        if _type(cc) is not str and cc is not UNSET:
            cc = _check_str(cc, "CampaignSequenceNodeUpdateRequest", "cc")
        bcc = _get("bcc", UNSET)
        if _type(bcc) is not str and bcc is not UNSET:
            bcc = _check_str(bcc, "CampaignSequenceNodeUpdateRequest", "bcc")
        attachments = _get("attachments", UNSET)
        if attachments is not UNSET:
            if _type(attachments) is not list:
                attachments = _check_list(attachments, "CampaignSequenceNodeUpdateRequest", "attachments")
        include_message = _get("include_message", UNSET)
        if _type(include_message) is not bool and include_message is not UNSET:
            include_message = _check_bool(include_message, "CampaignSequenceNodeUpdateRequest", "include_message")
        is_reply = _get("is_reply", UNSET)
        if _type(is_reply) is not bool and is_reply is not UNSET:
            is_reply = _check_bool(is_reply, "CampaignSequenceNodeUpdateRequest", "is_reply")
        delay_days = _get("delay_days", UNSET)
        if _type(delay_days) is not int and delay_days is not UNSET:
            delay_days = _check_int(delay_days, "CampaignSequenceNodeUpdateRequest", "delay_days")
        delay_hours = _get("delay_hours", UNSET)
        if _type(delay_hours) is not int and delay_hours is not UNSET:
            delay_hours = _check_int(delay_hours, "CampaignSequenceNodeUpdateRequest", "delay_hours")
        delay_minutes = _get("delay_minutes", UNSET)
        if _type(delay_minutes) is not int and delay_minutes is not UNSET:
            delay_minutes = _check_int(delay_minutes, "CampaignSequenceNodeUpdateRequest", "delay_minutes")
        ai_node = _get("ai_node", UNSET)
        if ai_node is not UNSET:
            if _type(ai_node) is not dict:
                ai_node = _check_object(ai_node, "CampaignSequenceNodeUpdateRequest", "ai_node")
            ai_node = _CampaignAiNode_from_dict(ai_node)
        _instance = cls(
            subject,
            body,
            body_html,
            signature,
            from_name,
            reply_to,
            cc,
            bcc,
            attachments,
            include_message,
            is_reply,
            delay_days,
            delay_hours,
            delay_minutes,
            ai_node,
        )
        if not _CAMPAIGNSEQUENCENODEUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSEQUENCENODEUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_ai_node import CampaignAiNode  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSEQUENCENODEUPDATEREQUEST_KEYS: frozenset[str] = frozenset(
    {
        "subject",
        "body",
        "body_html",
        "signature",
        "from_name",
        "reply_to",
        "cc",
        "bcc",
        "attachments",
        "include_message",
        "is_reply",
        "delay_days",
        "delay_hours",
        "delay_minutes",
        "ai_node",
    }
)
_CampaignAiNode_from_dict = CampaignAiNode._from_dict
