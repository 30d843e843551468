from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.campaign_channel import CampaignChannel
from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_sender import CampaignSender
    from ..models.campaign_stats_map import CampaignStatsMap


T = TypeVar("T", bound="CampaignSendersResponse")


@_attrs_define
class CampaignSendersResponse(AdditionalProperties):
    """Senders attached to one campaign plus campaign-wide send totals.

    Attributes:
        senders (list[CampaignSender]):
        campaign_type (CampaignChannel | None | Unset):
        campaign_total_sent (int | None | Unset): Messages sent by this campaign across all senders.
        campaign_total_replies (int | None | Unset):
        campaign_total_bounced (int | None | Unset):
        campaign_total_completed (int | None | Unset):
        campaign_total_committed (int | None | Unset):
        campaign_stats_by_status (CampaignStatsMap | None | Unset): Lead counts by status; shape not documented.
        campaign_sender_stats_by_status (CampaignStatsMap | None | Unset): Per-sender lead counts by status; shape not
            documented.
        campaign_sender_today_stats_by_status (CampaignStatsMap | None | Unset): Per-sender lead counts by status for
            today; shape not documented.
        campaign_active_prospects_count (CampaignStatsMap | None | Unset): Active lead counts; shape not documented.
    """

    senders: list[CampaignSender]
    campaign_type: CampaignChannel | Unset | None = UNSET
    campaign_total_sent: int | Unset | None = UNSET
    campaign_total_replies: int | Unset | None = UNSET
    campaign_total_bounced: int | Unset | None = UNSET
    campaign_total_completed: int | Unset | None = UNSET
    campaign_total_committed: int | Unset | None = UNSET
    campaign_stats_by_status: CampaignStatsMap | Unset | None = UNSET
    campaign_sender_stats_by_status: CampaignStatsMap | Unset | None = UNSET
    campaign_sender_today_stats_by_status: CampaignStatsMap | Unset | None = UNSET
    campaign_active_prospects_count: CampaignStatsMap | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        senders = []
        for senders_item_data in self.senders:
            senders_item = senders_item_data.to_dict()
            senders.append(senders_item)

        campaign_type: str | Unset | None
        if isinstance(self.campaign_type, Unset):
            campaign_type = UNSET
        elif isinstance(self.campaign_type, CampaignChannel):
            campaign_type = self.campaign_type.value
        else:
            campaign_type = self.campaign_type

        campaign_total_sent: int | Unset | None
        if isinstance(self.campaign_total_sent, Unset):
            campaign_total_sent = UNSET
        else:
            campaign_total_sent = self.campaign_total_sent

        campaign_total_replies: int | Unset | None
        if isinstance(self.campaign_total_replies, Unset):
            campaign_total_replies = UNSET
        else:
            campaign_total_replies = self.campaign_total_replies

        campaign_total_bounced: int | Unset | None
        if isinstance(self.campaign_total_bounced, Unset):
            campaign_total_bounced = UNSET
        else:
            campaign_total_bounced = self.campaign_total_bounced

        campaign_total_completed: int | Unset | None
        if isinstance(self.campaign_total_completed, Unset):
            campaign_total_completed = UNSET
        else:
            campaign_total_completed = self.campaign_total_completed

        campaign_total_committed: int | Unset | None
        if isinstance(self.campaign_total_committed, Unset):
            campaign_total_committed = UNSET
        else:
            campaign_total_committed = self.campaign_total_committed

        campaign_stats_by_status: dict[str, Any] | Unset | None
        if isinstance(self.campaign_stats_by_status, Unset):
            campaign_stats_by_status = UNSET
        elif isinstance(self.campaign_stats_by_status, CampaignStatsMap):
            campaign_stats_by_status = self.campaign_stats_by_status.to_dict()
        else:
            campaign_stats_by_status = self.campaign_stats_by_status

        campaign_sender_stats_by_status: dict[str, Any] | Unset | None
        if isinstance(self.campaign_sender_stats_by_status, Unset):
            campaign_sender_stats_by_status = UNSET
        elif isinstance(self.campaign_sender_stats_by_status, CampaignStatsMap):
            campaign_sender_stats_by_status = self.campaign_sender_stats_by_status.to_dict()
        else:
            campaign_sender_stats_by_status = self.campaign_sender_stats_by_status

        campaign_sender_today_stats_by_status: dict[str, Any] | Unset | None
        if isinstance(self.campaign_sender_today_stats_by_status, Unset):
            campaign_sender_today_stats_by_status = UNSET
        elif isinstance(self.campaign_sender_today_stats_by_status, CampaignStatsMap):
            campaign_sender_today_stats_by_status = self.campaign_sender_today_stats_by_status.to_dict()
        else:
            campaign_sender_today_stats_by_status = self.campaign_sender_today_stats_by_status

        campaign_active_prospects_count: dict[str, Any] | Unset | None
        if isinstance(self.campaign_active_prospects_count, Unset):
            campaign_active_prospects_count = UNSET
        elif isinstance(self.campaign_active_prospects_count, CampaignStatsMap):
            campaign_active_prospects_count = self.campaign_active_prospects_count.to_dict()
        else:
            campaign_active_prospects_count = self.campaign_active_prospects_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "senders": senders,
            }
        )
        if campaign_type is not UNSET:
            field_dict["campaign_type"] = campaign_type
        if campaign_total_sent is not UNSET:
            field_dict["campaign_total_sent"] = campaign_total_sent
        if campaign_total_replies is not UNSET:
            field_dict["campaign_total_replies"] = campaign_total_replies
        if campaign_total_bounced is not UNSET:
            field_dict["campaign_total_bounced"] = campaign_total_bounced
        if campaign_total_completed is not UNSET:
            field_dict["campaign_total_completed"] = campaign_total_completed
        if campaign_total_committed is not UNSET:
            field_dict["campaign_total_committed"] = campaign_total_committed
        if campaign_stats_by_status is not UNSET:
            field_dict["campaignStatsByStatus"] = campaign_stats_by_status
        if campaign_sender_stats_by_status is not UNSET:
            field_dict["campaignSenderStatsByStatus"] = campaign_sender_stats_by_status
        if campaign_sender_today_stats_by_status is not UNSET:
            field_dict["campaignSenderTodayStatsByStatus"] = campaign_sender_today_stats_by_status
        if campaign_active_prospects_count is not UNSET:
            field_dict["campaignActiveProspectsCount"] = campaign_active_prospects_count

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        senders = []
        _senders = d.pop("senders")
        for senders_item_data in _senders:
            senders_item = CampaignSender.from_dict(senders_item_data)

            senders.append(senders_item)

        def _parse_campaign_type(data: object) -> CampaignChannel | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                campaign_type_type_0 = CampaignChannel(data)

                return campaign_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignChannel | None | Unset, data)

        campaign_type = _parse_campaign_type(d.pop("campaign_type", UNSET))

        campaign_total_sent = cast(int | None | Unset, d.pop("campaign_total_sent", UNSET))

        campaign_total_replies = cast(int | None | Unset, d.pop("campaign_total_replies", UNSET))

        campaign_total_bounced = cast(int | None | Unset, d.pop("campaign_total_bounced", UNSET))

        campaign_total_completed = cast(int | None | Unset, d.pop("campaign_total_completed", UNSET))

        campaign_total_committed = cast(int | None | Unset, d.pop("campaign_total_committed", UNSET))

        def _parse_campaign_stats_by_status(data: object) -> CampaignStatsMap | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_stats_by_status_type_0 = CampaignStatsMap.from_dict(data)

                return campaign_stats_by_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignStatsMap | None | Unset, data)

        campaign_stats_by_status = _parse_campaign_stats_by_status(d.pop("campaignStatsByStatus", UNSET))

        def _parse_campaign_sender_stats_by_status(data: object) -> CampaignStatsMap | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_sender_stats_by_status_type_0 = CampaignStatsMap.from_dict(data)

                return campaign_sender_stats_by_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignStatsMap | None | Unset, data)

        campaign_sender_stats_by_status = _parse_campaign_sender_stats_by_status(
            d.pop("campaignSenderStatsByStatus", UNSET)
        )

        def _parse_campaign_sender_today_stats_by_status(data: object) -> CampaignStatsMap | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_sender_today_stats_by_status_type_0 = CampaignStatsMap.from_dict(data)

                return campaign_sender_today_stats_by_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignStatsMap | None | Unset, data)

        campaign_sender_today_stats_by_status = _parse_campaign_sender_today_stats_by_status(
            d.pop("campaignSenderTodayStatsByStatus", UNSET)
        )

        def _parse_campaign_active_prospects_count(data: object) -> CampaignStatsMap | Unset | None:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                campaign_active_prospects_count_type_0 = CampaignStatsMap.from_dict(data)

                return campaign_active_prospects_count_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CampaignStatsMap | None | Unset, data)

        campaign_active_prospects_count = _parse_campaign_active_prospects_count(
            d.pop("campaignActiveProspectsCount", UNSET)
        )

        _instance = cls(
            senders=senders,
            campaign_type=campaign_type,
            campaign_total_sent=campaign_total_sent,
            campaign_total_replies=campaign_total_replies,
            campaign_total_bounced=campaign_total_bounced,
            campaign_total_completed=campaign_total_completed,
            campaign_total_committed=campaign_total_committed,
            campaign_stats_by_status=campaign_stats_by_status,
            campaign_sender_stats_by_status=campaign_sender_stats_by_status,
            campaign_sender_today_stats_by_status=campaign_sender_today_stats_by_status,
            campaign_active_prospects_count=campaign_active_prospects_count,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_sender import CampaignSender  # noqa: E402
from ..models.campaign_stats_map import CampaignStatsMap  # noqa: E402
