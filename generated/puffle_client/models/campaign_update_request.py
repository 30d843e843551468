from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_account_limit import CampaignAccountLimit
    from ..models.campaign_operating_hours import CampaignOperatingHours
    from ..models.campaign_sequence_node_input import CampaignSequenceNodeInput


T = TypeVar("T", bound="CampaignUpdateRequest")


@_attrs_define
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
        name = self.name

        operating_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_hours, Unset):
            operating_hours = self.operating_hours.to_dict()

        daily_limit = self.daily_limit

        skip_other_campaigns = self.skip_other_campaigns

        stop_on_reply = self.stop_on_reply

        open_tracking = self.open_tracking

        signature = self.signature

        sender_account_ids: list[str] | Unset = UNSET
        if not isinstance(self.sender_account_ids, Unset):
            sender_account_ids = self.sender_account_ids

        sequence_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sequence_nodes, Unset):
            sequence_nodes = []
            for sequence_nodes_item_data in self.sequence_nodes:
                sequence_nodes_item = sequence_nodes_item_data.to_dict()
                sequence_nodes.append(sequence_nodes_item)

        account_limits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.account_limits, Unset):
            account_limits = []
            for account_limits_item_data in self.account_limits:
                account_limits_item = account_limits_item_data.to_dict()
                account_limits.append(account_limits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if operating_hours is not UNSET:
            field_dict["operating_hours"] = operating_hours
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if skip_other_campaigns is not UNSET:
            field_dict["skip_other_campaigns"] = skip_other_campaigns
        if stop_on_reply is not UNSET:
            field_dict["stop_on_reply"] = stop_on_reply
        if open_tracking is not UNSET:
            field_dict["open_tracking"] = open_tracking
        if signature is not UNSET:
            field_dict["signature"] = signature
        if sender_account_ids is not UNSET:
            field_dict["sender_account_ids"] = sender_account_ids
        if sequence_nodes is not UNSET:
            field_dict["sequence_nodes"] = sequence_nodes
        if account_limits is not UNSET:
            field_dict["account_limits"] = account_limits

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _operating_hours = d.pop("operating_hours", UNSET)
        operating_hours: CampaignOperatingHours | Unset
        if isinstance(_operating_hours, Unset):
            operating_hours = UNSET
        else:
            operating_hours = CampaignOperatingHours.from_dict(_operating_hours)

        daily_limit = d.pop("daily_limit", UNSET)

        skip_other_campaigns = d.pop("skip_other_campaigns", UNSET)

        stop_on_reply = d.pop("stop_on_reply", UNSET)

        open_tracking = d.pop("open_tracking", UNSET)

        signature = d.pop("signature", UNSET)

        sender_account_ids = cast(list[str], d.pop("sender_account_ids", UNSET))

        _sequence_nodes = d.pop("sequence_nodes", UNSET)
        sequence_nodes: list[CampaignSequenceNodeInput] | Unset = UNSET
        if _sequence_nodes is not UNSET:
            sequence_nodes = []
            for sequence_nodes_item_data in _sequence_nodes:
                sequence_nodes_item = CampaignSequenceNodeInput.from_dict(sequence_nodes_item_data)

                sequence_nodes.append(sequence_nodes_item)

        _account_limits = d.pop("account_limits", UNSET)
        account_limits: list[CampaignAccountLimit] | Unset = UNSET
        if _account_limits is not UNSET:
            account_limits = []
            for account_limits_item_data in _account_limits:
                account_limits_item = CampaignAccountLimit.from_dict(account_limits_item_data)

                account_limits.append(account_limits_item)

        _instance = cls(
            name=name,
            operating_hours=operating_hours,
            daily_limit=daily_limit,
            skip_other_campaigns=skip_other_campaigns,
            stop_on_reply=stop_on_reply,
            open_tracking=open_tracking,
            signature=signature,
            sender_account_ids=sender_account_ids,
            sequence_nodes=sequence_nodes,
            account_limits=account_limits,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_account_limit import CampaignAccountLimit  # noqa: E402
from ..models.campaign_operating_hours import CampaignOperatingHours  # noqa: E402
from ..models.campaign_sequence_node_input import CampaignSequenceNodeInput  # noqa: E402
