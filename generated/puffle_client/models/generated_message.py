from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_message_status import CampaignMessageStatus
from ..types import (
    AdditionalProperties,
    _check_bool,
    _check_str,
    _parse_datetime,
    _parse_enum,
)

T = TypeVar("T", bound="GeneratedMessage")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class GeneratedMessage(AdditionalProperties):
    """A message prepared for one lead at one sequence node.

    Attributes:
        id (str):
        campaign_id (str | None):
        prospect_id (str | None): Lead the message is for.
        node_id (str | None): Sequence node the message belongs to.
        subject (str | None):
        body_text (str | None):
        body_html (str | None):
        status (CampaignMessageStatus | None):
        manually_edited (bool | None): True once edited by hand; `resolve` then leaves it alone.
        created_at (datetime.datetime | None):
    """

    id: str
    campaign_id: str | None = None
    prospect_id: str | None = None
    node_id: str | None = None
    subject: str | None = None
    body_text: str | None = None
    body_html: str | None = None
    status: CampaignMessageStatus | None = None
    manually_edited: bool | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["id"] = self.id
        field_dict["campaign_id"] = self.campaign_id
        field_dict["prospect_id"] = self.prospect_id
        field_dict["node_id"] = self.node_id
        field_dict["subject"] = self.subject
        field_dict["body_text"] = self.body_text
        field_dict["body_html"] = self.body_html
        field_dict["status"] = None if self.status is None else self.status.value
        field_dict["manually_edited"] = self.manually_edited
        field_dict["created_at"] = None if self.created_at is None else self.created_at.isoformat()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        id = src_dict["id"]
        if _type(id) is not str:
            id = _check_str(id, "GeneratedMessage", "id")
        campaign_id = _get("campaign_id")
        if _type(campaign_id) is not str and campaign_id is not None:
            campaign_id = _check_str(campaign_id, "GeneratedMessage", "campaign_id")
        prospect_id = _get("prospect_id")
        if _type(prospect_id) is not str and prospect_id is not None:
            prospect_id = _check_str(prospect_id, "GeneratedMessage", "prospect_id")
        node_id = _get("node_id")
        if _type(node_id) is not str and node_id is not None:
            node_id = _check_str(node_id, "GeneratedMessage", "node_id")
        subject = _get("subject")
        if _type(subject) is not str and subject is not None:
            subject = _check_str(subject, "GeneratedMessage", "subject")
        body_text = _get("body_text")
        if _type(body_text) is not str and body_text is not None:
            body_text = _check_str(body_text, "GeneratedMessage", "body_text")
        body_html = _get("body_html")
        if _type(body_html) is not str and body_html is not None:
            body_html = _check_str(body_html, "GeneratedMessage", "body_html")
        status = _get("status")
        if status is not None:
            if _type(status) is str and status in _CAMPAIGNMESSAGESTATUS_BY_VALUE:
                status = _CAMPAIGNMESSAGESTATUS_BY_VALUE[status]
            else:
                status = _parse_enum(CampaignMessageStatus, status, "GeneratedMessage", "status")
        manually_edited = _get("manually_edited")
        if _type(manually_edited) is not bool and manually_edited is not None:
            manually_edited = _check_bool(manually_edited, "GeneratedMessage", "manually_edited")
        created_at = _get("created_at")
        if created_at is not None:
            created_at = _parse_datetime(created_at, "GeneratedMessage", "created_at")
        _instance = cls(
            id, campaign_id, prospect_id, node_id, subject, body_text, body_html, status, manually_edited, created_at
        )
        if not _GENERATEDMESSAGE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _GENERATEDMESSAGE_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_GENERATEDMESSAGE_KEYS: frozenset[str] = frozenset(
    {
        "id",
        "campaign_id",
        "prospect_id",
        "node_id",
        "subject",
        "body_text",
        "body_html",
        "status",
        "manually_edited",
        "created_at",
    }
)
_CAMPAIGNMESSAGESTATUS_BY_VALUE: dict[object, CampaignMessageStatus] = cast(
    "dict[object, CampaignMessageStatus]", CampaignMessageStatus._value2member_map_
)
