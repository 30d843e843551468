from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    AdditionalProperties,
    _check_list,
    _check_object,
)

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
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class SenderDetails(AdditionalProperties):
    """One sender with today's usage, its campaigns and per-status prospect counts.

    Attributes:
        account (Sender): One sender account — a row of the unified accounts table, either an email inbox or a connected
            LinkedIn account. Columns that belong to the other channel are null.
        campaigns (list[SenderCampaign] | None):
        mappings (list[SenderCampaignMapping] | None):
        campaign_stats_by_status (SenderDetailsCampaignStatsByStatus | None): Campaign id → prospect counts by status.
        campaign_sender_stats_by_status (SenderDetailsCampaignSenderStatsByStatus | None): `<campaign_id>:<account_id>`
            → prospect counts by status.
        campaign_sender_today_stats_by_status (SenderDetailsCampaignSenderTodayStatsByStatus | None):
            `<campaign_id>:<account_id>` → today's prospect counts by status.
        campaign_active_prospects_count (SenderDetailsCampaignActiveProspectsCount | None): Campaign id → number of
            active prospects.
    """

    account: Sender
    campaigns: list[SenderCampaign] | None = None
    mappings: list[SenderCampaignMapping] | None = None
    campaign_stats_by_status: SenderDetailsCampaignStatsByStatus | None = None
    campaign_sender_stats_by_status: SenderDetailsCampaignSenderStatsByStatus | None = None
    campaign_sender_today_stats_by_status: SenderDetailsCampaignSenderTodayStatsByStatus | None = None
    campaign_active_prospects_count: SenderDetailsCampaignActiveProspectsCount | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["account"] = self.account.to_dict()
        if self.campaigns is not None:
            field_dict["campaigns"] = [_i.to_dict() for _i in self.campaigns]
        if self.mappings is not None:
            field_dict["mappings"] = [_i.to_dict() for _i in self.mappings]
        if self.campaign_stats_by_status is not None:
            field_dict["campaignStatsByStatus"] = self.campaign_stats_by_status.to_dict()
        if self.campaign_sender_stats_by_status is not None:
            field_dict["campaignSenderStatsByStatus"] = self.campaign_sender_stats_by_status.to_dict()
        if self.campaign_sender_today_stats_by_status is not None:
            field_dict["campaignSenderTodayStatsByStatus"] = self.campaign_sender_today_stats_by_status.to_dict()
        if self.campaign_active_prospects_count is not None:
            field_dict["campaignActiveProspectsCount"] = self.campaign_active_prospects_count.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        account = src_dict["account"]
        if _type(account) is not dict:
            account = _check_object(account, "SenderDetails", "account")
        account = _Sender_from_dict(account)
        campaigns = _get("campaigns")
        if campaigns is not None:
            if _type(campaigns) is not list:
                campaigns = _check_list(campaigns, "SenderDetails", "campaigns")
            campaigns = [
                _SenderCampaign_from_dict(_i)
                if _type(_i) is dict
                else _SenderCampaign_from_dict(_check_object(_i, "SenderDetails", "campaigns"))
                for _i in campaigns
            ]
        mappings = _get("mappings")
        if mappings is not None:
            if _type(mappings) is not list:
                mappings = _check_list(mappings, "SenderDetails", "mappings")
            mappings = [
                _SenderCampaignMapping_from_dict(_i)
                if _type(_i) is dict
                else _SenderCampaignMapping_from_dict(_check_object(_i, "SenderDetails", "mappings"))
                for _i in mappings
            ]
        campaign_stats_by_status = _get("campaignStatsByStatus")
        if campaign_stats_by_status is not None:
            if _type(campaign_stats_by_status) is not dict:
                campaign_stats_by_status = _check_object(
                    campaign_stats_by_status, "SenderDetails", "campaignStatsByStatus"
                )
            campaign_stats_by_status = _SenderDetailsCampaignStatsByStatus_from_dict(campaign_stats_by_status)
        campaign_sender_stats_by_status = _get("campaignSenderStatsByStatus")
        if campaign_sender_stats_by_status is not None:
            if _type(campaign_sender_stats_by_status) is not dict:
                campaign_sender_stats_by_status = _check_object(
                    campaign_sender_stats_by_status, "SenderDetails", "campaignSenderStatsByStatus"
                )
            campaign_sender_stats_by_status = _SenderDetailsCampaignSenderStatsByStatus_from_dict(
                campaign_sender_stats_by_status
            )
        campaign_sender_today_stats_by_status = _get("campaignSenderTodayStatsByStatus")
        if campaign_sender_today_stats_by_status is not None:
            if _type(campaign_sender_today_stats_by_status) is not dict:
                campaign_sender_today_stats_by_status = _check_object(
                    campaign_sender_today_stats_by_status, "SenderDetails", "campaignSenderTodayStatsByStatus"
                )
            campaign_sender_today_stats_by_status = _SenderDetailsCampaignSenderTodayStatsByStatus_from_dict(
                campaign_sender_today_stats_by_status
            )
        campaign_active_prospects_count = _get("campaignActiveProspectsCount")
        if campaign_active_prospects_count is not None:
            if _type(campaign_active_prospects_count) is not dict:
                campaign_active_prospects_count = _check_object(
                    campaign_active_prospects_count, "SenderDetails", "campaignActiveProspectsCount"
                )
            campaign_active_prospects_count = _SenderDetailsCampaignActiveProspectsCount_from_dict(
                campaign_active_prospects_count
            )
        _instance = cls(
            account,
            campaigns,
            mappings,
            campaign_stats_by_status,
            campaign_sender_stats_by_status,
            campaign_sender_today_stats_by_status,
            campaign_active_prospects_count,
        )
        if not _SENDERDETAILS_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _SENDERDETAILS_KEYS}
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

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_SENDERDETAILS_KEYS: frozenset[str] = frozenset(
    {
        "account",
        "campaigns",
        "mappings",
        "campaignStatsByStatus",
        "campaignSenderStatsByStatus",
        "campaignSenderTodayStatsByStatus",
        "campaignActiveProspectsCount",
    }
)
_Sender_from_dict = Sender._from_dict
_SenderCampaign_from_dict = SenderCampaign._from_dict
_SenderCampaignMapping_from_dict = SenderCampaignMapping._from_dict
_SenderDetailsCampaignActiveProspectsCount_from_dict = SenderDetailsCampaignActiveProspectsCount._from_dict
_SenderDetailsCampaignSenderStatsByStatus_from_dict = SenderDetailsCampaignSenderStatsByStatus._from_dict
_SenderDetailsCampaignSenderTodayStatsByStatus_from_dict = SenderDetailsCampaignSenderTodayStatsByStatus._from_dict
_SenderDetailsCampaignStatsByStatus_from_dict = SenderDetailsCampaignStatsByStatus._from_dict
