from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_int,
    _check_list,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.campaign_list_import_filter_order_by_item import CampaignListImportFilterOrderByItem
    from ..models.campaign_list_import_filter_where_item import CampaignListImportFilterWhereItem


T = TypeVar("T", bound="CampaignListImportFilter")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
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
        field_dict: dict[str, Any] = dict(self.additional_properties)
        if not isinstance(self.lead_ids, Unset):
            field_dict["leadIds"] = list(self.lead_ids)
        if not isinstance(self.where, Unset):
            field_dict["where"] = [_i.to_dict() for _i in self.where]
        if not isinstance(self.order_by, Unset):
            field_dict["orderBy"] = [_i.to_dict() for _i in self.order_by]
        if not isinstance(self.limit, Unset):
            field_dict["limit"] = self.limit
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        lead_ids = _get("leadIds", UNSET)
        if lead_ids is not UNSET:
            if _type(lead_ids) is not list:
                lead_ids = _check_list(lead_ids, "CampaignListImportFilter", "leadIds")
            for _i in lead_ids:
                if _type(_i) is not str:
                    _check_str(_i, "CampaignListImportFilter", "leadIds")
        where = _get("where", UNSET)
        if where is not UNSET:
            if _type(where) is not list:
                where = _check_list(where, "CampaignListImportFilter", "where")
            where = [
                _CampaignListImportFilterWhereItem_from_dict(_i)
                if _type(_i) is dict
                else _CampaignListImportFilterWhereItem_from_dict(
                    _check_object(_i, "CampaignListImportFilter", "where")
                )
                for _i in where
            ]
        order_by = _get("orderBy", UNSET)
        if order_by is not UNSET:
            if _type(order_by) is not list:
                order_by = _check_list(order_by, "CampaignListImportFilter", "orderBy")
            order_by = [
                _CampaignListImportFilterOrderByItem_from_dict(_i)
                if _type(_i) is dict
                else _CampaignListImportFilterOrderByItem_from_dict(
                    _check_object(_i, "CampaignListImportFilter", "orderBy")
                )
                for _i in order_by
            ]
        limit = _get("limit", UNSET)
        if _type(limit) is not int and limit is not UNSET:
            limit = _check_int(limit, "CampaignListImportFilter", "limit")
        _instance = cls(lead_ids, where, order_by, limit)
        if not _CAMPAIGNLISTIMPORTFILTER_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLISTIMPORTFILTER_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_list_import_filter_order_by_item import CampaignListImportFilterOrderByItem  # noqa: E402
from ..models.campaign_list_import_filter_where_item import CampaignListImportFilterWhereItem  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLISTIMPORTFILTER_KEYS: frozenset[str] = frozenset({"leadIds", "where", "orderBy", "limit"})
_CampaignListImportFilterOrderByItem_from_dict = CampaignListImportFilterOrderByItem._from_dict
_CampaignListImportFilterWhereItem_from_dict = CampaignListImportFilterWhereItem._from_dict
