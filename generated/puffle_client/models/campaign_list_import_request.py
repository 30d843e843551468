from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.campaign_list_import_filter import CampaignListImportFilter


T = TypeVar("T", bound="CampaignListImportRequest")


@_attrs_define
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
        list_id = self.list_id

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "listId": list_id,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        list_id = d.pop("listId")

        _filter_ = d.pop("filter", UNSET)
        filter_: CampaignListImportFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = CampaignListImportFilter.from_dict(_filter_)

        _instance = cls(
            list_id=list_id,
            filter_=filter_,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.campaign_list_import_filter import CampaignListImportFilter  # noqa: E402
