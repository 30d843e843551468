from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_node_type import CampaignNodeType
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_ai_node import CampaignAiNode


T = TypeVar("T", bound="SequenceNode")


@_attrs_define
class SequenceNode(AdditionalProperties):
    """One step of a campaign sequence. Which fields matter depends on `type`; the rest are absent or null.

    Attributes:
        id (str): Node id.
        campaign_id (None | str | Unset):
        position (int | None | Unset): Zero-based place of the node in the sequence.
        type_ (CampaignNodeType | None | Unset): Step kind.
        subject (None | str | Unset): Email subject (email nodes).
        body (None | str | Unset): Text of a connection_request, message or email node; may hold `%variable%`
            placeholders.
        body_html (None | str | Unset): HTML body of an email node.
        signature (None | str | Unset):
        from_name (None | str | Unset): Email nodes: sender name override.
        reply_to (None | str | Unset): Email nodes: Reply-To address.
        cc (None | str | Unset):
        bcc (None | str | Unset):
        attachments (list[Any] | None | Unset): Email attachments; the item shape is not documented.
        include_message (bool | None | Unset): connection_request nodes: send a note with the invite.
        is_reply (bool | None | Unset): Email nodes: send in the same thread as the previous email.
        delay_days (int | None | Unset): Delay nodes.
        delay_hours (int | None | Unset): Delay nodes.
        delay_minutes (int | None | Unset): Delay nodes.
        ai_node (CampaignAiNode | None | Unset): AI extension of the node; null for non-AI nodes.
    """

    id: str
    campaign_id: str | Unset | None = UNSET
    position: int | Unset | None = UNSET
    type_: CampaignNodeType | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    body: str | Unset | None = UNSET
    body_html: str | Unset | None = UNSET
    signature: str | Unset | None = UNSET
    from_name: str | Unset | None = UNSET
    reply_to: str | Unset | None = UNSET
    cc: str | Unset | None = UNSET
    bcc: str | Unset | None = UNSET
    attachments: list[Any] | Unset | None = UNSET
    include_message: bool | Unset | None = UNSET
    is_reply: bool | Unset | None = UNSET
    delay_days: int | Unset | None = UNSET
    delay_hours: int | Unset | None = UNSET
    delay_minutes: int | Unset | None = UNSET
    ai_node: CampaignAiNode | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id: str | Unset | None
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        position: int | Unset | None
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        type_: str | Unset | None
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CampaignNodeType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body: str | Unset | None
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        body_html: str | Unset | None
        if isinstance(self.body_html, Unset):
            body_html = UNSET
        else:
            body_html = self.body_html

        signature: str | Unset | None
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        from_name: str | Unset | None
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        reply_to: str | Unset | None
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        cc: str | Unset | None
        if isinstance(self.cc, Unset):
            cc = UNSET
        else:
            cc = self.cc

        bcc: str | Unset | None
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        else:
            bcc = self.bcc

        attachments: list[Any] | Unset | None
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = self.attachments

        else:
            attachments = self.attachments

        include_message: bool | Unset | None
        if isinstance(self.include_message, Unset):
            include_message = UNSET
        else:
            include_message = self.include_message

        is_reply: bool | Unset | None
        if isinstance(self.is_reply, Unset):
            is_reply = UNSET
        else:
            is_reply = self.is_reply

        delay_days: int | Unset | None
        if isinstance(self.delay_days, Unset):
            delay_days = UNSET
        else:
            delay_days = self.delay_days

        delay_hours: int | Unset | None
        if isinstance(self.delay_hours, Unset):
            delay_hours = UNSET
        else:
            delay_hours = self.delay_hours

        delay_minutes: int | Unset | None
        if isinstance(self.delay_minutes, Unset):
            delay_minutes = UNSET
        else:
            delay_minutes = self.delay_minutes

        ai_node: dict[str, Any] | Unset | None
        if isinstance(self.ai_node, Unset):
            ai_node = UNSET
        elif isinstance(self.ai_node, CampaignAiNode):
            ai_node = self.ai_node.to_dict()
        else:
            ai_node = self.ai_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if position is not UNSET:
            field_dict["position"] = position
        if type_ is not UNSET:
            field_dict["type"] = type_
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
        id = d.pop("id")

        campaign_id = cast(None | str | Unset, d.pop("campaign_id", UNSET))

        position = cast(int | None | Unset, d.pop("position", UNSET))

        def _parse_type_(data: object) -> CampaignNodeType | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = CampaignNodeType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignNodeType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        body = cast(None | str | Unset, d.pop("body", UNSET))

        body_html = cast(None | str | Unset, d.pop("body_html", UNSET))

        signature = cast(None | str | Unset, d.pop("signature", UNSET))

        from_name = cast(None | str | Unset, d.pop("from_name", UNSET))

        reply_to = cast(None | str | Unset, d.pop("reply_to", UNSET))

        cc = cast(None | str | Unset, d.pop("cc", UNSET))

        bcc = cast(None | str | Unset, d.pop("bcc", UNSET))

        def _parse_attachments(data: object) -> list[Any] | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = cast(list[Any], data)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        include_message = cast(bool | None | Unset, d.pop("include_message", UNSET))

        is_reply = cast(bool | None | Unset, d.pop("is_reply", UNSET))

        delay_days = cast(int | None | Unset, d.pop("delay_days", UNSET))

        delay_hours = cast(int | None | Unset, d.pop("delay_hours", UNSET))

        delay_minutes = cast(int | None | Unset, d.pop("delay_minutes", UNSET))

        def _parse_ai_node(data: object) -> CampaignAiNode | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ai_node_type_0 = CampaignAiNode.from_dict(data)

                return ai_node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignAiNode | None | Unset, data)

        ai_node = _parse_ai_node(d.pop("ai_node", UNSET))

        _instance = cls(
            id=id,
            campaign_id=campaign_id,
            position=position,
            type_=type_,
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
