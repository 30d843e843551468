from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.lead_input import LeadInput


T = TypeVar("T", bound="ListImportRequest")


@_attrs_define
class ListImportRequest(AdditionalProperties):
    """
    Attributes:
        leads (list[LeadInput]):
        list_id (str | Unset): List that receives the imported Leads.
        preview (bool | Unset): When true, nothing is saved and only the counts are returned.
    """

    leads: list[LeadInput]
    list_id: str | Unset = UNSET
    preview: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leads = []
        for leads_item_data in self.leads:
            leads_item = leads_item_data.to_dict()
            leads.append(leads_item)

        list_id = self.list_id

        preview = self.preview

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leads": leads,
            }
        )
        if list_id is not UNSET:
            field_dict["listId"] = list_id
        if preview is not UNSET:
            field_dict["preview"] = preview

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        leads = []
        _leads = d.pop("leads")
        for leads_item_data in _leads:
            leads_item = LeadInput.from_dict(leads_item_data)

            leads.append(leads_item)

        list_id = d.pop("listId", UNSET)

        preview = d.pop("preview", UNSET)

        _instance = cls(
            leads=leads,
            list_id=list_id,
            preview=preview,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead_input import LeadInput  # noqa: E402
