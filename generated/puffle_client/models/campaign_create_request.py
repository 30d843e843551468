from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_operating_hours import CampaignOperatingHours


T = TypeVar("T", bound="CampaignCreateRequest")


@_attrs_define
class CampaignCreateRequest(AdditionalProperties):
    """Settings for a new draft campaign. Fields that belong to the other channel are dropped without an error.

    Attributes:
        type_ (CampaignChannel): Channel of a campaign or sender account.
        name (str): Display name; must be unique among the caller's campaigns.
        sender_account_ids (list[str]): Sender accounts to use; each must belong to the same channel as `type`.
        skip_other_campaigns (bool | Unset): LinkedIn only; ignored for email.
        operating_hours (CampaignOperatingHours | Unset): Weekly sending schedule keyed by weekday (LinkedIn campaigns).
            The inner format is not documented. Changing it on an active campaign makes waiting leads re-check the schedule
            at once.
        daily_limit (int | Unset): Email only: daily cap on leads contacted.
        stop_on_reply (bool | Unset): Email only.
        open_tracking (bool | Unset): Email only.
        signature (str | Unset): Email only.
    """

    type_: CampaignChannel
    name: str
    sender_account_ids: list[str]
    skip_other_campaigns: bool | Unset = UNSET
    operating_hours: CampaignOperatingHours | Unset = UNSET
    daily_limit: int | Unset = UNSET
    stop_on_reply: bool | Unset = UNSET
    open_tracking: bool | Unset = UNSET
    signature: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        name = self.name

        sender_account_ids = self.sender_account_ids

        skip_other_campaigns = self.skip_other_campaigns

        operating_hours: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operating_hours, Unset):
            operating_hours = self.operating_hours.to_dict()

        daily_limit = self.daily_limit

        stop_on_reply = self.stop_on_reply

        open_tracking = self.open_tracking

        signature = self.signature

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "sender_account_ids": sender_account_ids,
            }
        )
        if skip_other_campaigns is not UNSET:
            field_dict["skip_other_campaigns"] = skip_other_campaigns
        if operating_hours is not UNSET:
            field_dict["operating_hours"] = operating_hours
        if daily_limit is not UNSET:
            field_dict["daily_limit"] = daily_limit
        if stop_on_reply is not UNSET:
            field_dict["stop_on_reply"] = stop_on_reply
        if open_tracking is not UNSET:
            field_dict["open_tracking"] = open_tracking
        if signature is not UNSET:
            field_dict["signature"] = signature

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = CampaignChannel(d.pop("type"))

        name = d.pop("name")

        sender_account_ids = cast(list[str], d.pop("sender_account_ids"))

        skip_other_campaigns = d.pop("skip_other_campaigns", UNSET)

        _operating_hours = d.pop("operating_hours", UNSET)
        operating_hours: CampaignOperatingHours | Unset
        if isinstance(_operating_hours, Unset):
            operating_hours = UNSET
        else:
            operating_hours = CampaignOperatingHours.from_dict(_operating_hours)

        daily_limit = d.pop("daily_limit", UNSET)

        stop_on_reply = d.pop("stop_on_reply", UNSET)

        open_tracking = d.pop("open_tracking", UNSET)

        signature = d.pop("signature", UNSET)

        _instance = cls(
            type_=type_,
            name=name,
            sender_account_ids=sender_account_ids,
            skip_other_campaigns=skip_other_campaigns,
            operating_hours=operating_hours,
            daily_limit=daily_limit,
            stop_on_reply=stop_on_reply,
            open_tracking=open_tracking,
            signature=signature,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_operating_hours import CampaignOperatingHours  # noqa: E402
