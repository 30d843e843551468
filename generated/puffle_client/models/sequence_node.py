from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_node_type import CampaignNodeType
from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.campaign_ai_node import CampaignAiNode


T = TypeVar("T", bound="SequenceNode")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SequenceNode(AdditionalProperties):
    """One step of a campaign sequence. Which fields matter depends on `type`; the rest are absent or null.

    Attributes:
        id (str): Node id.
        campaign_id (str | None):
        position (int | None): Zero-based place of the node in the sequence.
        type_ (CampaignNodeType | None): Step kind.
        subject (str | None): Email subject (email nodes).
        body (str | None): Text of a connection_request, message or email node; may hold `%variable%` placeholders.
        body_html (str | None): HTML body of an email node.
        signature (str | None):
        from_name (str | None): Email nodes: sender name override.
        reply_to (str | None): Email nodes: Reply-To address.
        cc (str | None):
        bcc (str | None):
        attachments (list[Any] | None): Email attachments; the item shape is not documented.
        include_message (bool | None): connection_request nodes: send a note with the invite.
        is_reply (bool | None): Email nodes: send in the same thread as the previous email.
        delay_days (int | None): Delay nodes.
        delay_hours (int | None): Delay nodes.
        delay_minutes (int | None): Delay nodes.
        ai_node (CampaignAiNode | None): AI extension of the node; null for non-AI nodes.
    """

    id: str
    campaign_id: str | None = None
    position: int | None = None
    type_: CampaignNodeType | None = None
    subject: str | None = None
    body: str | None = None
    body_html: str | None = None
    signature: str | None = None
    from_name: str | None = None
    reply_to: str | None = None
    cc: str | None = None
    bcc: str | None = None
    attachments: list[Any] | None = None
    include_message: bool | None = None
    is_reply: bool | None = None
    delay_days: int | None = None
    delay_hours: int | None = None
    delay_minutes: int | None = None
    ai_node: CampaignAiNode | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["campaign_id"] = self.campaign_id
        field_dict["position"] = self.position
        field_dict["type"] = None if self.type_ is None else self.type_.value
        field_dict["subject"] = self.subject
        field_dict["body"] = self.body
        field_dict["body_html"] = self.body_html
        field_dict["signature"] = self.signature
        field_dict["from_name"] = self.from_name
        field_dict["reply_to"] = self.reply_to
        field_dict["cc"] = self.cc
        field_dict["bcc"] = self.bcc
        field_dict["attachments"] = None if self.attachments is None else list(self.attachments)
        field_dict["include_message"] = self.include_message
        field_dict["is_reply"] = self.is_reply
        field_dict["delay_days"] = self.delay_days
        field_dict["delay_hours"] = self.delay_hours
        field_dict["delay_minutes"] = self.delay_minutes
        field_dict["ai_node"] = None if self.ai_node is None else self.ai_node.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "SequenceNode", "id")
        campaign_id = _get("campaign_id")
        if _type(campaign_id) is not str and campaign_id is not None:
            campaign_id = _check_str(campaign_id, "SequenceNode", "campaign_id")
        position = _get("position")
        if _type(position) is not int and position is not None:
            position = _check_int(position, "SequenceNode", "position")
        type_ = _get("type")
        if type_ is not None:
            if _type(type_) is str and type_ in _CAMPAIGNNODETYPE_BY_VALUE:
                type_ = _CAMPAIGNNODETYPE_BY_VALUE[type_]
            else:
                type_ = _parse_enum(CampaignNodeType, type_, "SequenceNode", "type")
        subject = _get("subject")
        if _type(subject) is not str and subject is not None:
            subject = _check_str(subject, "SequenceNode", "subject")
        body = _get("body")
        if _type(body) is not str and body is not None:
            body = _check_str(body, "SequenceNode", "body")
        body_html = _get("body_html")
        if _type(body_html) is not str and body_html is not None:
            body_html = _check_str(body_html, "SequenceNode", "body_html")
        signature = _get("signature")
        if _type(signature) is not str and signature is not None:
            signature = _check_str(signature, "SequenceNode", "signature")
        from_name = _get("from_name")
        if _type(from_name) is not str and from_name is not None:
            from_name = _check_str(from_name, "SequenceNode", "from_name")
        reply_to = _get("reply_to")
        if _type(reply_to) is not str and reply_to is not None:
            reply_to = _check_str(reply_to, "SequenceNode", "reply_to")
        cc = _get("cc")
        if _type(cc) is not str and cc is not None:
            cc = _check_str(cc, "SequenceNode", "cc")
        bcc = _get("bcc")
        if _type(bcc) is not str and bcc is not None:
            bcc = _check_str(bcc, "SequenceNode", "bcc")
        attachments = _get("attachments")
        if attachments is not None:
            if _type(attachments) is not list:
                attachments = _check_list(attachments, "SequenceNode", "attachments")
        include_message = _get("include_message")
        if _type(include_message) is not bool and include_message is not None:
            include_message = _check_bool(include_message, "SequenceNode", "include_message")
        is_reply = _get("is_reply")
        if _type(is_reply) is not bool and is_reply is not None:
            is_reply = _check_bool(is_reply, "SequenceNode", "is_reply")
        delay_days = _get("delay_days")
        if _type(delay_days) is not int and delay_days is not None:
            delay_days = _check_int(delay_days, "SequenceNode", "delay_days")
        delay_hours = _get("delay_hours")
        if _type(delay_hours) is not int and delay_hours is not None:
            delay_hours = _check_int(delay_hours, "SequenceNode", "delay_hours")
        delay_minutes = _get("delay_minutes")
        if _type(delay_minutes) is not int and delay_minutes is not None:
            delay_minutes = _check_int(delay_minutes, "SequenceNode", "delay_minutes")
        ai_node = _get("ai_node")
        if ai_node is not None:
            if _type(ai_node) is not dict:
                ai_node = _check_object(ai_node, "SequenceNode", "ai_node")
            ai_node = _CampaignAiNode_from_dict(ai_node)
        _instance = cls(
            id,
            campaign_id,
            position,
            type_,
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
        if not _SEQUENCENODE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SEQUENCENODE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_ai_node import CampaignAiNode  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SEQUENCENODE_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "campaign_id",
        "position",
        "type",
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
_CAMPAIGNNODETYPE_BY_VALUE: dict[object, CampaignNodeType] = cast(
    "dict[object, CampaignNodeType]", CampaignNodeType._value2member_map_
)
_CampaignAiNode_from_dict = CampaignAiNode._from_dict
