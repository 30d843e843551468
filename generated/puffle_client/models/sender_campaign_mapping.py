from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

T = TypeVar("T", bound="SenderCampaignMapping")


@_attrs_define
class SenderCampaignMapping(AdditionalProperties):
    """Link between a campaign and a sender account.

    Attributes:
        campaign_id (None | str | Unset):
        account_id (None | str | Unset):
    """

    campaign_id: str | Unset | None = UNSET
    account_id: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        campaign_id: str | Unset | None
        if isinstance(self.campaign_id, Unset):
            campaign_id = UNSET
        else:
            campaign_id = self.campaign_id

        account_id: str | Unset | None
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if campaign_id is not UNSET:
            field_dict["campaign_id"] = campaign_id
        if account_id is not UNSET:
            field_dict["account_id"] = account_id

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        campaign_id = cast(None | str | Unset, d.pop("campaign_id", UNSET))

        account_id = cast(None | str | Unset, d.pop("account_id", UNSET))

        _instance = cls(
            campaign_id=campaign_id,
            account_id=account_id,
        )

        _instance.additional_properties = d
        return _instance
