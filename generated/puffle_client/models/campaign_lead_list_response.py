from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_lead import CampaignLead


T = TypeVar("T", bound="CampaignLeadListResponse")


@_attrs_define
class CampaignLeadListResponse(AdditionalProperties):
    """One page of a campaign's leads.

    Attributes:
        prospects (list[CampaignLead]):
        total (int | None | Unset): Leads matching the filter across all pages.
        page (int | None | Unset):
        limit (int | None | Unset):
    """

    prospects: list[CampaignLead]
    total: int | Unset | None = UNSET
    page: int | Unset | None = UNSET
    limit: int | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prospects = []
        for prospects_item_data in self.prospects:
            prospects_item = prospects_item_data.to_dict()
            prospects.append(prospects_item)

        total: int | Unset | None
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        page: int | Unset | None
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        limit: int | Unset | None
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prospects": prospects,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prospects = []
        _prospects = d.pop("prospects")
        for prospects_item_data in _prospects:
            prospects_item = CampaignLead.from_dict(prospects_item_data)

            prospects.append(prospects_item)

        total = cast(int | None | Unset, d.pop("total", UNSET))

        page = cast(int | None | Unset, d.pop("page", UNSET))

        limit = cast(int | None | Unset, d.pop("limit", UNSET))

        _instance = cls(
            prospects=prospects,
            total=total,
            page=page,
            limit=limit,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_lead import CampaignLead  # noqa: E402
