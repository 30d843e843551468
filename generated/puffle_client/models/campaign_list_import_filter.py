from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_list_import_filter_order_by_item import CampaignListImportFilterOrderByItem
    from ..models.campaign_list_import_filter_where_item import CampaignListImportFilterWhereItem


T = TypeVar("T", bound="CampaignListImportFilter")


@_attrs_define
class CampaignListImportFilter(AdditionalProperties):
    """Narrows which list members are imported.

    Attributes:
        lead_ids (list[str] | Unset): Import only these leads of the list.
        where (list[CampaignListImportFilterWhereItem] | Unset): Conditions a list member must meet; operators are not
            documented.
        order_by (list[CampaignListImportFilterOrderByItem] | Unset): Sort order of the import.
        limit (int | Unset): Most leads to import.
    """

    lead_ids: list[str] | Unset = UNSET
    where: list[CampaignListImportFilterWhereItem] | Unset = UNSET
    order_by: list[CampaignListImportFilterOrderByItem] | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_ids: list[str] | Unset = UNSET
        if not isinstance(self.lead_ids, Unset):
            lead_ids = self.lead_ids

        where: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.where, Unset):
            where = []
            for where_item_data in self.where:
                where_item = where_item_data.to_dict()
                where.append(where_item)

        order_by: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.order_by, Unset):
            order_by = []
            for order_by_item_data in self.order_by:
                order_by_item = order_by_item_data.to_dict()
                order_by.append(order_by_item)

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_ids is not UNSET:
            field_dict["leadIds"] = lead_ids
        if where is not UNSET:
            field_dict["where"] = where
        if order_by is not UNSET:
            field_dict["orderBy"] = order_by
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        lead_ids = cast(list[str], d.pop("leadIds", UNSET))

        _where = d.pop("where", UNSET)
        where: list[CampaignListImportFilterWhereItem] | Unset = UNSET
        if _where is not UNSET:
            where = []
            for where_item_data in _where:
                where_item = CampaignListImportFilterWhereItem.from_dict(where_item_data)

                where.append(where_item)

        _order_by = d.pop("orderBy", UNSET)
        order_by: list[CampaignListImportFilterOrderByItem] | Unset = UNSET
        if _order_by is not UNSET:
            order_by = []
            for order_by_item_data in _order_by:
                order_by_item = CampaignListImportFilterOrderByItem.from_dict(order_by_item_data)

                order_by.append(order_by_item)

        limit = d.pop("limit", UNSET)

        _instance = cls(
            lead_ids=lead_ids,
            where=where,
            order_by=order_by,
            limit=limit,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_list_import_filter_order_by_item import CampaignListImportFilterOrderByItem  # noqa: E402
from ..models.campaign_list_import_filter_where_item import CampaignListImportFilterWhereItem  # noqa: E402
