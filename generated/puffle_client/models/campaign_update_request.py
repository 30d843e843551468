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
    from ..models.campaign_account_limit import CampaignAccountLimit
    from ..models.campaign_operating_hours import CampaignOperatingHours
    from ..models.campaign_sequence_node_input import CampaignSequenceNodeInput


T = TypeVar("T", bound="CampaignUpdateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignUpdateRequest(AdditionalProperties):
    """Partial campaign update. Draft-only fields are silently ignored once the campaign has left draft.

    Attributes:
        name (str | Unset): Editable in any status.
        operating_hours (CampaignOperatingHours | Unset): Weekly sending schedule keyed by weekday (LinkedIn campaigns).
            The inner format is not documented. Changing it on an active campaign makes waiting leads re-check the schedule
            at once.
        daily_limit (int | Unset): Email only; editable in any status.
        skip_other_campaigns (bool | Unset): LinkedIn only; applied to drafts only.
        stop_on_reply (bool | Unset): Email only; applied to drafts only.
        open_tracking (bool | Unset): Email only; applied to drafts only.
        signature (str | Unset): Email only; applied to drafts only.
        sender_account_ids (list[str] | Unset): New full set of sender accounts; applied to drafts only.
        sequence_nodes (list[CampaignSequenceNodeInput] | Unset): New full sequence (include the final `end` node);
            applied to drafts only.
        account_limits (list[CampaignAccountLimit] | Unset): Email only: per-sender daily caps; editable in any status.
    """

    name: str | Unset = UNSET
    operating_hours: CampaignOperatingHours | Unset = UNSET
    daily_limit: int | Unset = UNSET
    skip_other_campaigns: bool | Unset = UNSET
    stop_on_reply: bool | Unset = UNSET
    open_tracking: bool | Unset = UNSET
    signature: str | Unset = UNSET
    sender_account_ids: list[str] | Unset = UNSET
    sequence_nodes: list[CampaignSequenceNodeInput] | Unset = UNSET
    account_limits: list[CampaignAccountLimit] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.name, Unset):
            field_dict["name"] = self.name
        if not isinstance(self.operating_hours, Unset):
            field_dict["operating_hours"] = self.operating_hours.to_dict()
        if not isinstance(self.daily_limit, Unset):
            field_dict["daily_limit"] = self.daily_limit
        if not isinstance(self.skip_other_campaigns, Unset):
            field_dict["skip_other_campaigns"] = self.skip_other_campaigns
        if not isinstance(self.stop_on_reply, Unset):
            field_dict["stop_on_reply"] = self.stop_on_reply
        if not isinstance(self.open_tracking, Unset):
            field_dict["open_tracking"] = self.open_tracking
        if not isinstance(self.signature, Unset):
            field_dict["signature"] = self.signature
        if not isinstance(self.sender_account_ids, Unset):
            field_dict["sender_account_ids"] = list(self.sender_account_ids)
        if not isinstance(self.sequence_nodes, Unset):
            field_dict["sequence_nodes"] = [_i.to_dict() for _i in self.sequence_nodes]
        if not isinstance(self.account_limits, Unset):
            field_dict["account_limits"] = [_i.to_dict() for _i in self.account_limits]
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        name = _get("name", UNSET)
        if _type(name) is not str and name is not UNSET:
            name = _check_str(name, "CampaignUpdateRequest", "name")
        operating_hours = _get("operating_hours", UNSET)
        if operating_hours is not UNSET:
            if _type(operating_hours) is not dict:
                operating_hours = _check_object(operating_hours, "CampaignUpdateRequest", "operating_hours")
            operating_hours = _CampaignOperatingHours_from_dict(operating_hours)
        daily_limit = _get("daily_limit", UNSET)
        if _type(daily_limit) is not int and daily_limit is not UNSET:
            daily_limit = _check_int(daily_limit, "CampaignUpdateRequest", "daily_limit")
        skip_other_campaigns = _get("skip_other_campaigns", UNSET)
        if _type(skip_other_campaigns) is not bool and skip_other_campaigns is not UNSET:
            skip_other_campaigns = _check_bool(skip_other_campaigns, "CampaignUpdateRequest", "skip_other_campaigns")
        stop_on_reply = _get("stop_on_reply", UNSET)
        if _type(stop_on_reply) is not bool and stop_on_reply is not UNSET:
            stop_on_reply = _check_bool(stop_on_reply, "CampaignUpdateRequest", "stop_on_reply")
        open_tracking = _get("open_tracking", UNSET)
        if _type(open_tracking) is not bool and open_tracking is not UNSET:
            open_tracking = _check_bool(open_tracking, "CampaignUpdateRequest", "open_tracking")
        signature = _get("signature", UNSET)
        if _type(signature) is not str and signature is not UNSET:
            signature = _check_str(signature, "CampaignUpdateRequest", "signature")
        sender_account_ids = _get("sender_account_ids", UNSET)
        if sender_account_ids is not UNSET:
            if _type(sender_account_ids) is not list:
                sender_account_ids = _check_list(sender_account_ids, "CampaignUpdateRequest", "sender_account_ids")
            for _i in sender_account_ids:
                if _type(_i) is not str:
                    _check_str(_i, "CampaignUpdateRequest", "sender_account_ids")
        sequence_nodes = _get("sequence_nodes", UNSET)
        if sequence_nodes is not UNSET:
            if _type(sequence_nodes) is not list:
                sequence_nodes = _check_list(sequence_nodes, "CampaignUpdateRequest", "sequence_nodes")
            sequence_nodes = [
                _CampaignSequenceNodeInput_from_dict(_i)
                if _type(_i) is dict
                else _CampaignSequenceNodeInput_from_dict(_check_object(_i, "CampaignUpdateRequest", "sequence_nodes"))
                for _i in sequence_nodes
            ]
        account_limits = _get("account_limits", UNSET)
        if account_limits is not UNSET:
            if _type(account_limits) is not list:
                account_limits = _check_list(account_limits, "CampaignUpdateRequest", "account_limits")
            account_limits = [
                _CampaignAccountLimit_from_dict(_i)
                if _type(_i) is dict
                else _CampaignAccountLimit_from_dict(_check_object(_i, "CampaignUpdateRequest", "account_limits"))
                for _i in account_limits
            ]
        _instance = cls(
            name,
            operating_hours,
            daily_limit,
            skip_other_campaigns,
            stop_on_reply,
            open_tracking,
            signature,
            sender_account_ids,
            sequence_nodes,
            account_limits,
        )
        if not _CAMPAIGNUPDATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNUPDATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_account_limit import CampaignAccountLimit  # noqa: E402
from ..models.campaign_operating_hours import CampaignOperatingHours  # noqa: E402
from ..models.campaign_sequence_node_input import CampaignSequenceNodeInput  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNUPDATEREQUEST_KEYS: frozenset[str] = frozenset(
    {
        "name",
        "operating_hours",
        "daily_limit",
        "skip_other_campaigns",
        "stop_on_reply",
        "open_tracking",
        "signature",
        "sender_account_ids",
        "sequence_nodes",
        "account_limits",
    }
)
_CampaignAccountLimit_from_dict = CampaignAccountLimit._from_dict
_CampaignOperatingHours_from_dict = CampaignOperatingHours._from_dict
_CampaignSequenceNodeInput_from_dict = CampaignSequenceNodeInput._from_dict
