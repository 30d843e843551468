from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_message_status import CampaignMessageStatus
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="GeneratedMessage")


@_attrs_define
class GeneratedMessage(AdditionalProperties):
    """A message prepared for one lead at one sequence node.

    Attributes:
        id (str):
        campaign_id (None | str | Unset):
        prospect_id (None | str | Unset): Lead the message is for.
        node_id (None | str | Unset): Sequence node the message belongs to.
        subject (None | str | Unset):
        body_text (None | str | Unset):
        body_html (None | str | Unset):
        status (CampaignMessageStatus | None | Unset):
        manually_edited (bool | None | Unset): True once edited by hand; `resolve` then leaves it alone.
        created_at (datetime.datetime | None | Unset):
    """

    id: str
    campaign_id: str | Unset | None = UNSET
    prospect_id: str | Unset | None = UNSET
    node_id: str | Unset | None = UNSET
    subject: str | Unset | None = UNSET
    body_text: str | Unset | None = UNSET
    body_html: str | Unset | None = UNSET
    status: CampaignMessageStatus | Unset | None = UNSET
    manually_edited: bool | Unset | None = UNSET
    created_at: datetime.datetime | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        campaign_id: str | Unset | None
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        prospect_id: str | Unset | None
        if isinstance(self.prospect_id, Unset):
            prospect_id = UNSET
        else:
            prospect_id = self.prospect_id

        node_id: str | Unset | None
        if isinstance(self.node_id, Unset):
            node_id = UNSET
        else:
            node_id = self.node_id

        subject: str | Unset | None
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        body_text: str | Unset | None
        if isinstance(self.body_text, Unset):
            body_text = UNSET
        else:
            body_text = self.body_text

        body_html: str | Unset | None
        if isinstance(self.body_html, Unset):
            body_html = UNSET
        else:
            body_html = self.body_html

        status: str | Unset | None
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CampaignMessageStatus):
            status = self.status.value
        else:
            status = self.status

        manually_edited: bool | Unset | None
        if isinstance(self.manually_edited, Unset):
            manually_edited = UNSET
        else:
            manually_edited = self.manually_edited

        created_at: str | Unset | None
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if prospect_id is not UNSET:
            field_dict["prospect_id"] = prospect_id
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if subject is not UNSET:
            field_dict["subject"] = subject
        if body_text is not UNSET:
            field_dict["body_text"] = body_text
        if body_html is not UNSET:
            field_dict["body_html"] = body_html
        if status is not UNSET:
            field_dict["status"] = status
        if manually_edited is not UNSET:
            field_dict["manually_edited"] = manually_edited
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        campaign_id = cast(None | str | Unset, d.pop("campaign_id", UNSET))

        prospect_id = cast(None | str | Unset, d.pop("prospect_id", UNSET))

        node_id = cast(None | str | Unset, d.pop("node_id", UNSET))

        subject = cast(None | str | Unset, d.pop("subject", UNSET))

        body_text = cast(None | str | Unset, d.pop("body_text", UNSET))

        body_html = cast(None | str | Unset, d.pop("body_html", UNSET))

        def _parse_status(data: object) -> CampaignMessageStatus | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = CampaignMessageStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignMessageStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        manually_edited = cast(bool | None | Unset, d.pop("manually_edited", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        _instance = cls(
            id=id,
            campaign_id=campaign_id,
            prospect_id=prospect_id,
            node_id=node_id,
            subject=subject,
            body_text=body_text,
            body_html=body_html,
            status=status,
            manually_edited=manually_edited,
            created_at=created_at,
        )

        _instance.additional_properties = d
        return _instance
