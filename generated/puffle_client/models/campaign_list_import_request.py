from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    AdditionalProperties,
    Unset,
    _check_object,
    _check_str,
)

if TYPE_CHECKING:
    from ..models.campaign_list_import_filter import CampaignListImportFilter


T = TypeVar("T", bound="CampaignListImportRequest")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class CampaignListImportRequest(AdditionalProperties):
    """Source list (and optional filter) for importing leads into a campaign.

    Attributes:
        list_id (str): Saved list owned by the caller.
        filter_ (CampaignListImportFilter | Unset): Narrows which list members are imported.
    """

    list_id: str
    filter_: CampaignListImportFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["listId"] = self.list_id
        if not isinstance(self.filter_, Unset):
            field_dict["filter"] = self.filter_.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        list_id = src_dict["listId"]
        if _type(list_id) is not str:
            list_id = _check_str(list_id, "CampaignListImportRequest", "listId")
        filter_ = _get("filter", UNSET)
        if filter_ is not UNSET:
            if _type(filter_) is not dict:
                filter_ = _check_object(filter_, "CampaignListImportRequest", "filter")
            filter_ = _CampaignListImportFilter_from_dict(filter_)
        _instance = cls(list_id, filter_)
        if not _CAMPAIGNLISTIMPORTREQUEST_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _CAMPAIGNLISTIMPORTREQUEST_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_list_import_filter import CampaignListImportFilter  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_CAMPAIGNLISTIMPORTREQUEST_KEYS: frozenset[str] = frozenset({"listId", "filter"})
_CampaignListImportFilter_from_dict = CampaignListImportFilter._from_dict
