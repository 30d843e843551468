from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.sender import Sender
    from ..models.sender_campaign import SenderCampaign
    from ..models.sender_campaign_mapping import SenderCampaignMapping
    from ..models.sender_details_campaign_active_prospects_count import SenderDetailsCampaignActiveProspectsCount
    from ..models.sender_details_campaign_sender_stats_by_status import SenderDetailsCampaignSenderStatsByStatus
    from ..models.sender_details_campaign_sender_today_stats_by_status import (
        SenderDetailsCampaignSenderTodayStatsByStatus,
    )
    from ..models.sender_details_campaign_stats_by_status import SenderDetailsCampaignStatsByStatus


T = TypeVar("T", bound="SenderDetails")


@_attrs_define
class SenderDetails(AdditionalProperties):
    """One sender with today's usage, its campaigns and per-status prospect counts.

    Attributes:
        account (Sender): One sender account — a row of the unified accounts table, either an email inbox or a connected
            LinkedIn account. Columns that belong to the other channel are null.
        campaigns (list[SenderCampaign] | Unset):
        mappings (list[SenderCampaignMapping] | Unset):
        campaign_stats_by_status (SenderDetailsCampaignStatsByStatus | Unset): Campaign id → prospect counts by status.
        campaign_sender_stats_by_status (SenderDetailsCampaignSenderStatsByStatus | Unset): `<campaign_id>:<account_id>`
            → prospect counts by status.
        campaign_sender_today_stats_by_status (SenderDetailsCampaignSenderTodayStatsByStatus | Unset):
            `<campaign_id>:<account_id>` → today's prospect counts by status.
        campaign_active_prospects_count (SenderDetailsCampaignActiveProspectsCount | Unset): Campaign id → number of
            active prospects.
    """

    account: Sender
    campaigns: list[SenderCampaign] | Unset = UNSET
    mappings: list[SenderCampaignMapping] | Unset = UNSET
    campaign_stats_by_status: SenderDetailsCampaignStatsByStatus | Unset = UNSET
    campaign_sender_stats_by_status: SenderDetailsCampaignSenderStatsByStatus | Unset = UNSET
    campaign_sender_today_stats_by_status: SenderDetailsCampaignSenderTodayStatsByStatus | Unset = UNSET
    campaign_active_prospects_count: SenderDetailsCampaignActiveProspectsCount | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account = self.account.to_dict()

        campaigns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.campaigns, Unset):
            campaigns = []
            for campaigns_item_data in self.campaigns:
                campaigns_item = campaigns_item_data.to_dict()
                campaigns.append(campaigns_item)

        mappings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.mappings, Unset):
            mappings = []
            for mappings_item_data in self.mappings:
                mappings_item = mappings_item_data.to_dict()
                mappings.append(mappings_item)

        campaign_stats_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_stats_by_status, Unset):
            campaign_stats_by_status = self.campaign_stats_by_status.to_dict()

        campaign_sender_stats_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_sender_stats_by_status, Unset):
            campaign_sender_stats_by_status = self.campaign_sender_stats_by_status.to_dict()

        campaign_sender_today_stats_by_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_sender_today_stats_by_status, Unset):
            campaign_sender_today_stats_by_status = self.campaign_sender_today_stats_by_status.to_dict()

        campaign_active_prospects_count: dict[str, Any] | Unset = UNSET
        if not isinstance(self.campaign_active_prospects_count, Unset):
            campaign_active_prospects_count = self.campaign_active_prospects_count.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "account": account,
            }
        )
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns
        if mappings is not UNSET:
            field_dict["mappings"] = mappings
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
        account = Sender.from_dict(d.pop("account"))

        _campaigns = d.pop("campaigns", UNSET)
        campaigns: list[SenderCampaign] | Unset = UNSET
        if _campaigns is not UNSET:
            campaigns = []
            for campaigns_item_data in _campaigns:
                campaigns_item = SenderCampaign.from_dict(campaigns_item_data)

                campaigns.append(campaigns_item)

        _mappings = d.pop("mappings", UNSET)
        mappings: list[SenderCampaignMapping] | Unset = UNSET
        if _mappings is not UNSET:
            mappings = []
            for mappings_item_data in _mappings:
                mappings_item = SenderCampaignMapping.from_dict(mappings_item_data)

                mappings.append(mappings_item)

        _campaign_stats_by_status = d.pop("campaignStatsByStatus", UNSET)
        campaign_stats_by_status: SenderDetailsCampaignStatsByStatus | Unset
        if isinstance(_campaign_stats_by_status, Unset):
            campaign_stats_by_status = UNSET
        else:
            campaign_stats_by_status = SenderDetailsCampaignStatsByStatus.from_dict(_campaign_stats_by_status)

        _campaign_sender_stats_by_status = d.pop("campaignSenderStatsByStatus", UNSET)
        campaign_sender_stats_by_status: SenderDetailsCampaignSenderStatsByStatus | Unset
        if isinstance(_campaign_sender_stats_by_status, Unset):
            campaign_sender_stats_by_status = UNSET
        else:
            campaign_sender_stats_by_status = SenderDetailsCampaignSenderStatsByStatus.from_dict(
                _campaign_sender_stats_by_status
            )

        _campaign_sender_today_stats_by_status = d.pop("campaignSenderTodayStatsByStatus", UNSET)
        campaign_sender_today_stats_by_status: SenderDetailsCampaignSenderTodayStatsByStatus | Unset
        if isinstance(_campaign_sender_today_stats_by_status, Unset):
            campaign_sender_today_stats_by_status = UNSET
        else:
            campaign_sender_today_stats_by_status = SenderDetailsCampaignSenderTodayStatsByStatus.from_dict(
                _campaign_sender_today_stats_by_status
            )

        _campaign_active_prospects_count = d.pop("campaignActiveProspectsCount", UNSET)
        campaign_active_prospects_count: SenderDetailsCampaignActiveProspectsCount | Unset
        if isinstance(_campaign_active_prospects_count, Unset):
            campaign_active_prospects_count = UNSET
        else:
            campaign_active_prospects_count = SenderDetailsCampaignActiveProspectsCount.from_dict(
                _campaign_active_prospects_count
            )

        _instance = cls(
            account=account,
            campaigns=campaigns,
            mappings=mappings,
            campaign_stats_by_status=campaign_stats_by_status,
            campaign_sender_stats_by_status=campaign_sender_stats_by_status,
            campaign_sender_today_stats_by_status=campaign_sender_today_stats_by_status,
            campaign_active_prospects_count=campaign_active_prospects_count,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.sender import Sender  # noqa: E402
from ..models.sender_campaign import SenderCampaign  # noqa: E402
from ..models.sender_campaign_mapping import SenderCampaignMapping  # noqa: E402
from ..models.sender_details_campaign_active_prospects_count import SenderDetailsCampaignActiveProspectsCount  # noqa: E402
from ..models.sender_details_campaign_sender_stats_by_status import SenderDetailsCampaignSenderStatsByStatus  # noqa: E402
from ..models.sender_details_campaign_sender_today_stats_by_status import SenderDetailsCampaignSenderTodayStatsByStatus  # noqa: E402
from ..models.sender_details_campaign_stats_by_status import SenderDetailsCampaignStatsByStatus  # noqa: E402
