from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_generate_messages_request_action import CampaignGenerateMessagesRequestAction
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_list,
    _check_str,
    _parse_enum,
)

T = TypeVar("T", bound="CampaignGenerateMessagesRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["action"] = self.action.value
        if not isinstance(self.node_id, Unset):
            field_dict["node_id"] = self.node_id
        if not isinstance(self.prospect_ids, Unset):
            field_dict["prospect_ids"] = list(self.prospect_ids)
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        action = src_dict["action"]
        if _type(action) is str and action in _CAMPAIGNGENERATEMESSAGESREQUESTACTION_BY_VALUE:
            action = _CAMPAIGNGENERATEMESSAGESREQUESTACTION_BY_VALUE[action]
        else:
            action = _parse_enum(
                CampaignGenerateMessagesRequestAction, action, "CampaignGenerateMessagesRequest", "action"
            )
        node_id = _get("node_id", UNSET)
        if _type(node_id) is not str and node_id is not UNSET:
            node_id = _check_str(node_id, "CampaignGenerateMessagesRequest", "node_id")
        prospect_ids = _get("prospect_ids", UNSET)
        if prospect_ids is not UNSET:
            if _type(prospect_ids) is not list:
                prospect_ids = _check_list(prospect_ids, "CampaignGenerateMessagesRequest", "prospect_ids")
            for _i in prospect_ids:
                if _type(_i) is not str:
                    _check_str(_i, "CampaignGenerateMessagesRequest", "prospect_ids")
        _instance = cls(action, node_id, prospect_ids)
        if not _CAMPAIGNGENERATEMESSAGESREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNGENERATEMESSAGESREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNGENERATEMESSAGESREQUEST_KEYS: frozenset[str] = frozenset({"action", "node_id", "prospect_ids"})
_CAMPAIGNGENERATEMESSAGESREQUESTACTION_BY_VALUE: dict[object, CampaignGenerateMessagesRequestAction] = cast(
    "dict[object, CampaignGenerateMessagesRequestAction]", CampaignGenerateMessagesRequestAction._value2member_map_
)
