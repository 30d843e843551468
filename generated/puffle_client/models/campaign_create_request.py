from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_bool,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.campaign_operating_hours import CampaignOperatingHours


T = TypeVar("T", bound="CampaignCreateRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["type"] = self.type_.value
        field_dict["name"] = self.name
        field_dict["sender_account_ids"] = list(self.sender_account_ids)
        if not isinstance(self.skip_other_campaigns, Unset):
            field_dict["skip_other_campaigns"] = self.skip_other_campaigns
        if not isinstance(self.operating_hours, Unset):
            field_dict["operating_hours"] = self.operating_hours.to_dict()
        if not isinstance(self.daily_limit, Unset):
            field_dict["daily_limit"] = self.daily_limit
        if not isinstance(self.stop_on_reply, Unset):
            field_dict["stop_on_reply"] = self.stop_on_reply
        if not isinstance(self.open_tracking, Unset):
            field_dict["open_tracking"] = self.open_tracking
        if not isinstance(self.signature, Unset):
            field_dict["signature"] = self.signature
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        type_ = src_dict["type"]
        if _type(type_) is str and type_ in _CAMPAIGNCHANNEL_BY_VALUE:
            type_ = _CAMPAIGNCHANNEL_BY_VALUE[type_]
        else:
            type_ = _parse_enum(CampaignChannel, type_, "CampaignCreateRequest", "type")
        name = src_dict["name"]
        if _type(name) is not str:
            name = _check_str(name, "CampaignCreateRequest", "name")
        sender_account_ids = src_dict["sender_account_ids"]
        if _type(sender_account_ids) is not list:
            sender_account_ids = _check_list(sender_account_ids, "CampaignCreateRequest", "sender_account_ids")
        for _i in sender_account_ids:
            if _type(_i) is not str:
                _check_str(_i, "CampaignCreateRequest", "sender_account_ids")
        skip_other_campaigns = _get("skip_other_campaigns", UNSET)
        if _type(skip_other_campaigns) is not bool and skip_other_campaigns is not UNSET:
            skip_other_campaigns = _check_bool(skip_other_campaigns, "CampaignCreateRequest", "skip_other_campaigns")
        operating_hours = _get("operating_hours", UNSET)
        if operating_hours is not UNSET:
            if _type(operating_hours) is not dict:
                operating_hours = _check_object(operating_hours, "CampaignCreateRequest", "operating_hours")
            operating_hours = _CampaignOperatingHours_from_dict(operating_hours)
        daily_limit = _get("daily_limit", UNSET)
        if _type(daily_limit) is not int and daily_limit is not UNSET:
            daily_limit = _check_int(daily_limit, "CampaignCreateRequest", "daily_limit")
        stop_on_reply = _get("stop_on_reply", UNSET)
        if _type(stop_on_reply) is not bool and stop_on_reply is not UNSET:
            stop_on_reply = _check_bool(stop_on_reply, "CampaignCreateRequest", "stop_on_reply")
        open_tracking = _get("open_tracking", UNSET)
        if _type(open_tracking) is not bool and open_tracking is not UNSET:
            open_tracking = _check_bool(open_tracking, "CampaignCreateRequest", "open_tracking")
        signature = _get("signature", UNSET)
        if _type(signature) is not str and signature is not UNSET:
            signature = _check_str(signature, "CampaignCreateRequest", "signature")
        _instance = cls(
            type_,
            name,
            sender_account_ids,
            skip_other_campaigns,
            operating_hours,
            daily_limit,
            stop_on_reply,
            open_tracking,
            signature,
        )
        if not _CAMPAIGNCREATEREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNCREATEREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_operating_hours import CampaignOperatingHours  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNCREATEREQUEST_KEYS: frozenset[str] = frozenset(
    {
        "type",
        "name",
        "sender_account_ids",
        "skip_other_campaigns",
        "operating_hours",
        "daily_limit",
        "stop_on_reply",
        "open_tracking",
        "signature",
    }
)
_CAMPAIGNCHANNEL_BY_VALUE: dict[object, CampaignChannel] = cast(
    "dict[object, CampaignChannel]", CampaignChannel._value2member_map_
)
_CampaignOperatingHours_from_dict = CampaignOperatingHours._from_dict
