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
    from ..models.enrichment_item import EnrichmentItem
    from ..models.page_cursor import PageCursor


T = TypeVar("T", bound="EnrichmentItemPage")
_type = type  # the parser's class checks; a field named `type` cannot shadow this one


@_attrs_define(repr=False)
class EnrichmentItemPage(AdditionalProperties):
    """One page of enrichment run items.

    Attributes:
        items (list[EnrichmentItem]):
        page (PageCursor | None): Page block of the `page-next-cursor` pagination style.
    """

    items: list[EnrichmentItem]
    page: PageCursor | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = dict(self.additional_properties)
        field_dict["items"] = [_i.to_dict() for _i in self.items]
        if self.page is not None:
            field_dict["page"] = self.page.to_dict()
        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _get = src_dict.get
        items = src_dict["items"]
        if _type(items) is not list:
            items = _check_list(items, "EnrichmentItemPage", "items")
        items = [
            _EnrichmentItem_from_dict(_i)
            if _type(_i) is dict
            else _EnrichmentItem_from_dict(_check_object(_i, "EnrichmentItemPage", "items"))
            for _i in items
        ]
        page = _get("page")
        if page is not None:
            if _type(page) is not dict:
                page = _check_object(page, "EnrichmentItemPage", "page")
            page = _PageCursor_from_dict(page)
        _instance = cls(items, page)
        if not _ENRICHMENTITEMPAGE_KEYS.issuperset(src_dict):
            d = {_k: _v for _k, _v in src_dict.items() if _k not in _ENRICHMENTITEMPAGE_KEYS}
            _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.enrichment_item import EnrichmentItem  # noqa: E402
from ..models.page_cursor import PageCursor  # noqa: E402

# Tables _from_dict reads: the declared JSON keys, and enum value maps (a dict lookup instead of Enum(value)).
_ENRICHMENTITEMPAGE_KEYS: frozenset[str] = frozenset({"items", "page"})
_EnrichmentItem_from_dict = EnrichmentItem._from_dict
_PageCursor_from_dict = PageCursor._from_dict
