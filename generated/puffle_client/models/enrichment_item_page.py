from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.enrichment_item import EnrichmentItem
    from ..models.page_cursor import PageCursor


T = TypeVar("T", bound="EnrichmentItemPage")


@_attrs_define
class EnrichmentItemPage(AdditionalProperties):
    """One page of enrichment run items.

    Attributes:
        items (list[EnrichmentItem]):
        page (PageCursor | Unset): Page block of the `page-next-cursor` pagination style.
    """

    items: list[EnrichmentItem]
    page: PageCursor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page: dict[str, Any] | Unset = UNSET
        if not isinstance(self.page, Unset):
            page = self.page.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
            }
        )
        if page is not UNSET:
            field_dict["page"] = page

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = EnrichmentItem.from_dict(items_item_data)

            items.append(items_item)

        _page = d.pop("page", UNSET)
        page: PageCursor | Unset
        if isinstance(_page, Unset):
            page = UNSET
        else:
            page = PageCursor.from_dict(_page)

        _instance = cls(
            items=items,
            page=page,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_item import EnrichmentItem  # noqa: E402
from ..models.page_cursor import PageCursor  # noqa: E402
