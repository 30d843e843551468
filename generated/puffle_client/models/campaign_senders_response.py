from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..types import (
    AdditionalProperties,
    _check_int,
    _check_list,
    _check_object,
    _parse_enum,
)

if TYPE_CHECKING:
    from ..models.campaign_sender import CampaignSender
    from ..models.campaign_stats_map import CampaignStatsMap


T = TypeVar("T", bound="CampaignSendersResponse")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignSendersResponse(AdditionalProperties):
    """Senders attached to one campaign plus campaign-wide send totals.

    Attributes:
        senders (list[CampaignSender]):
        campaign_type (CampaignChannel | None):
        campaign_total_sent (int | None): Messages sent by this campaign across all senders.
        campaign_total_replies (int | None):
        campaign_total_bounced (int | None):
        campaign_total_completed (int | None):
        campaign_total_committed (int | None):
        campaign_stats_by_status (CampaignStatsMap | None): Lead counts by status; shape not documented.
        campaign_sender_stats_by_status (CampaignStatsMap | None): Per-sender lead counts by status; shape not
            documented.
        campaign_sender_today_stats_by_status (CampaignStatsMap | None): Per-sender lead counts by status for today;
            shape not documented.
        campaign_active_prospects_count (CampaignStatsMap | None): Active lead counts; shape not documented.
    """

    senders: list[CampaignSender]
    campaign_type: CampaignChannel | None = None
    campaign_total_sent: int | None = None
    campaign_total_replies: int | None = None
    campaign_total_bounced: int | None = None
    campaign_total_completed: int | None = None
    campaign_total_committed: int | None = None
    campaign_stats_by_status: CampaignStatsMap | None = None
    campaign_sender_stats_by_status: CampaignStatsMap | None = None
    campaign_sender_today_stats_by_status: CampaignStatsMap | None = None
    campaign_active_prospects_count: CampaignStatsMap | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["senders"] = [_i.to_dict() for _i in self.senders]
        field_dict["campaign_type"] = None if self.campaign_type is None else self.campaign_type.value
        field_dict["campaign_total_sent"] = self.campaign_total_sent
        field_dict["campaign_total_replies"] = self.campaign_total_replies
        field_dict["campaign_total_bounced"] = self.campaign_total_bounced
        field_dict["campaign_total_completed"] = self.campaign_total_completed
        field_dict["campaign_total_committed"] = self.campaign_total_committed
        field_dict["campaignStatsByStatus"] = (
            None if self.campaign_stats_by_status is None else self.campaign_stats_by_status.to_dict()
        )
        field_dict["campaignSenderStatsByStatus"] = (
            None if self.campaign_sender_stats_by_status is None else self.campaign_sender_stats_by_status.to_dict()
        )
        field_dict["campaignSenderTodayStatsByStatus"] = (
            None
            if self.campaign_sender_today_stats_by_status is None
            else self.campaign_sender_today_stats_by_status.to_dict()
        )
        field_dict["campaignActiveProspectsCount"] = (
            None if self.campaign_active_prospects_count is None else self.campaign_active_prospects_count.to_dict()
        )
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        senders = src_dict["senders"]
        if _type(senders) is not list:
            senders = _check_list(senders, "CampaignSendersResponse", "senders")
        senders = [
            _CampaignSender_from_dict(_i)
            if _type(_i) is dict
            else _CampaignSender_from_dict(_check_object(_i, "CampaignSendersResponse", "senders"))
            for _i in senders
        ]
        campaign_type = _get("campaign_type")
        if campaign_type is not None:
            if _type(campaign_type) is str and campaign_type in _CAMPAIGNCHANNEL_BY_VALUE:
                campaign_type = _CAMPAIGNCHANNEL_BY_VALUE[campaign_type]
            else:
                campaign_type = _parse_enum(CampaignChannel, campaign_type, "CampaignSendersResponse", "campaign_type")
        campaign_total_sent = _get("campaign_total_sent")
        if _type(campaign_total_sent) is not int and campaign_total_sent is not None:
            campaign_total_sent = _check_int(campaign_total_sent, "CampaignSendersResponse", "campaign_total_sent")
        campaign_total_replies = _get("campaign_total_replies")
        if _type(campaign_total_replies) is not int and campaign_total_replies is not None:
            campaign_total_replies = _check_int(
                campaign_total_replies, "CampaignSendersResponse", "campaign_total_replies"
            )
        campaign_total_bounced = _get("campaign_total_bounced")
        if _type(campaign_total_bounced) is not int and campaign_total_bounced is not None:
            campaign_total_bounced = _check_int(
                campaign_total_bounced, "CampaignSendersResponse", "campaign_total_bounced"
            )
        campaign_total_completed = _get("campaign_total_completed")
        if _type(campaign_total_completed) is not int and campaign_total_completed is not None:
            campaign_total_completed = _check_int(
                campaign_total_completed, "CampaignSendersResponse", "campaign_total_completed"
            )
        campaign_total_committed = _get("campaign_total_committed")
        if _type(campaign_total_committed) is not int and campaign_total_committed is not None:
            campaign_total_committed = _check_int(
                campaign_total_committed, "CampaignSendersResponse", "campaign_total_committed"
            )
        campaign_stats_by_status = _get("campaignStatsByStatus")
        if campaign_stats_by_status is not None:
            if _type(campaign_stats_by_status) is not dict:
                campaign_stats_by_status = _check_object(
                    campaign_stats_by_status, "CampaignSendersResponse", "campaignStatsByStatus"
                )
            campaign_stats_by_status = _CampaignStatsMap_from_dict(campaign_stats_by_status)
        campaign_sender_stats_by_status = _get("campaignSenderStatsByStatus")
        if campaign_sender_stats_by_status is not None:
            if _type(campaign_sender_stats_by_status) is not dict:
                campaign_sender_stats_by_status = _check_object(
                    campaign_sender_stats_by_status, "CampaignSendersResponse", "campaignSenderStatsByStatus"
                )
            campaign_sender_stats_by_status = _CampaignStatsMap_from_dict(campaign_sender_stats_by_status)
        campaign_sender_today_stats_by_status = _get("campaignSenderTodayStatsByStatus")
        if campaign_sender_today_stats_by_status is not None:
            if _type(campaign_sender_today_stats_by_status) is not dict:
                campaign_sender_today_stats_by_status = _check_object(
                    campaign_sender_today_stats_by_status, "CampaignSendersResponse", "campaignSenderTodayStatsByStatus"
                )
            campaign_sender_today_stats_by_status = _CampaignStatsMap_from_dict(campaign_sender_today_stats_by_status)
        campaign_active_prospects_count = _get("campaignActiveProspectsCount")
        if campaign_active_prospects_count is not None:
            if _type(campaign_active_prospects_count) is not dict:
                campaign_active_prospects_count = _check_object(
                    campaign_active_prospects_count, "CampaignSendersResponse", "campaignActiveProspectsCount"
                )
            campaign_active_prospects_count = _CampaignStatsMap_from_dict(campaign_active_prospects_count)
        _instance = cls(
            senders,
            campaign_type,
            campaign_total_sent,
            campaign_total_replies,
            campaign_total_bounced,
            campaign_total_completed,
            campaign_total_committed,
            campaign_stats_by_status,
            campaign_sender_stats_by_status,
            campaign_sender_today_stats_by_status,
            campaign_active_prospects_count,
        )
        if not _CAMPAIGNSENDERSRESPONSE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNSENDERSRESPONSE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_sender import CampaignSender  # noqa: E402
from ..models.campaign_stats_map import CampaignStatsMap  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNSENDERSRESPONSE_KEYS: frozenset[str] = frozenset(
    {
        "senders",
        "campaign_type",
        "campaign_total_sent",
        "campaign_total_replies",
        "campaign_total_bounced",
        "campaign_total_completed",
        "campaign_total_committed",
        "campaignStatsByStatus",
        "campaignSenderStatsByStatus",
        "campaignSenderTodayStatsByStatus",
        "campaignActiveProspectsCount",
    }
)
_CAMPAIGNCHANNEL_BY_VALUE: dict[object, CampaignChannel] = cast(
    "dict[object, CampaignChannel]", CampaignChannel._value2member_map_
)
_CampaignSender_from_dict = CampaignSender._from_dict
_CampaignStatsMap_from_dict = CampaignStatsMap._from_dict
