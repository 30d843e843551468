from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_ai_node import CampaignAiNode


T = TypeVar("T", bound="CampaignSequenceNodeUpdateRequest")


@_attrs_define
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
        subject = self.subject

        body = self.body

        body_html = self.body_html

        signature = self.signature

        from_name = self.from_name

        reply_to = self.reply_to

        cc = self.cc

        bcc = self.bcc

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        include_message = self.include_message

        is_reply = self.is_reply

        delay_days = self.delay_days

        delay_hours = self.delay_hours

        delay_minutes = self.delay_minutes

        ai_node: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ai_node, Unset):
            ai_node = self.ai_node.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body is not UNSET:
            field_dict["body"] = body
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if signature is not UNSET:
            field_dict["signature"] = signature
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if reply_to is not UNSET:
            field_dict["reply_to"] = reply_to
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if include_message is not UNSET:
            field_dict["include_message"] = include_message
        if is_reply is not UNSET:
            field_dict["is_reply"] = is_reply
        if delay_days is not UNSET:
            field_dict["delay_days"] = delay_days
        if delay_hours is not UNSET:
            field_dict["delay_hours"] = delay_hours
        if delay_minutes is not UNSET:
            field_dict["delay_minutes"] = delay_minutes
        if ai_node is not UNSET:
            field_dict["ai_node"] = ai_node

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        body_html = d.pop("body_html", UNSET)

        signature = d.pop("signature", UNSET)

        from_name = d.pop("from_name", UNSET)

        reply_to = d.pop("reply_to", UNSET)

        cc = d.pop("cc", UNSET)

        bcc = d.pop("bcc", UNSET)

        attachments = cast(list[Any], d.pop("attachments", UNSET))

        include_message = d.pop("include_message", UNSET)

        is_reply = d.pop("is_reply", UNSET)

        delay_days = d.pop("delay_days", UNSET)

        delay_hours = d.pop("delay_hours", UNSET)

        delay_minutes = d.pop("delay_minutes", UNSET)

        _ai_node = d.pop("ai_node", UNSET)
        ai_node: CampaignAiNode | Unset
        if isinstance(_ai_node, Unset):
            ai_node = UNSET
        else:
            ai_node = CampaignAiNode.from_dict(_ai_node)

        _instance = cls(
            subject=subject,
            body=body,
            body_html=body_html,
            signature=signature,
            from_name=from_name,
            reply_to=reply_to,
            cc=cc,
            bcc=bcc,
            attachments=attachments,
            include_message=include_message,
            is_reply=is_reply,
            delay_days=delay_days,
            delay_hours=delay_hours,
            delay_minutes=delay_minutes,
            ai_node=ai_node,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_ai_node import CampaignAiNode  # noqa: E402
