from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_generate_messages_request_action import CampaignGenerateMessagesRequestAction
from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="CampaignGenerateMessagesRequest")


@_attrs_define
class CampaignGenerateMessagesRequest(AdditionalProperties):
    """Which generation step to run.

    Attributes:
        action (CampaignGenerateMessagesRequestAction): `resolve` fills template variables now; `generate_ai` queues AI
            writing for one AI node.
        node_id (str | Unset): `generate_ai`: the AI node to generate for (a UUID).
        prospect_ids (list[str] | Unset): `generate_ai`: only regenerate these leads (their current drafts are deleted
            first).
    """

    action: CampaignGenerateMessagesRequestAction
    node_id: str | Unset = UNSET
    prospect_ids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        node_id = self.node_id

        prospect_ids: list[str] | Unset = UNSET
        if not isinstance(self.prospect_ids, Unset):
            prospect_ids = self.prospect_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
            }
        )
        if node_id is not UNSET:
            field_dict["node_id"] = node_id
        if prospect_ids is not UNSET:
            field_dict["prospect_ids"] = prospect_ids

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = CampaignGenerateMessagesRequestAction(d.pop("action"))

        node_id = d.pop("node_id", UNSET)

        prospect_ids = cast(list[str], d.pop("prospect_ids", UNSET))

        _instance = cls(
            action=action,
            node_id=node_id,
            prospect_ids=prospect_ids,
        )

        _instance.additional_properties = d
        return _instance
