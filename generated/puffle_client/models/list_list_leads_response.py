from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.lead import Lead


T = TypeVar("T", bound="ListListLeadsResponse")


@_attrs_define
class ListListLeadsResponse(AdditionalProperties):
    """One page of a List's member Leads.

    Attributes:
        leads (list[Lead]):
        total (int | None | Unset): Number of Leads in the List.
        has_more (bool | None | Unset):
        next_cursor (None | str | Unset): Cursor for the next page; null or absent on the last page.
    """

    leads: list[Lead]
    total: int | Unset | None = UNSET
    has_more: bool | Unset | None = UNSET
    next_cursor: str | Unset | None = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leads = []
        for leads_item_data in self.leads:
            leads_item = leads_item_data.to_dict()
            leads.append(leads_item)

        total: int | Unset | None
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        has_more: bool | Unset | None
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        next_cursor: str | Unset | None
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leads": leads,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more
        if next_cursor is not UNSET:
            field_dict["nextCursor"] = next_cursor

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        leads = []
        _leads = d.pop("leads")
        for leads_item_data in _leads:
            leads_item = Lead.from_dict(leads_item_data)

            leads.append(leads_item)

        total = cast(int | None | Unset, d.pop("total", UNSET))

        has_more = cast(bool | None | Unset, d.pop("hasMore", UNSET))

        next_cursor = cast(None | str | Unset, d.pop("nextCursor", UNSET))

        _instance = cls(
            leads=leads,
            total=total,
            has_more=has_more,
            next_cursor=next_cursor,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.lead import Lead  # noqa: E402
