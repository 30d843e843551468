from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import AdditionalProperties

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.signal_lead import SignalLead


T = TypeVar("T", bound="SignalLeadListResponse")


@_attrs_define
class SignalLeadListResponse(AdditionalProperties):
    """A page of signal leads.

    Attributes:
        leads (list[SignalLead]):
        pagination (CursorPagination): Cursor block of the `cursor` pagination style. The last page has `hasMore` false
            and a null cursor.
    """

    leads: list[SignalLead]
    pagination: CursorPagination
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        leads = []
        for leads_item_data in self.leads:
            leads_item = leads_item_data.to_dict()
            leads.append(leads_item)

        pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leads": leads,
                "pagination": pagination,
            }
        )

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        leads = []
        _leads = d.pop("leads")
        for leads_item_data in _leads:
            leads_item = SignalLead.from_dict(leads_item_data)

            leads.append(leads_item)

        pagination = CursorPagination.from_dict(d.pop("pagination"))

        _instance = cls(
            leads=leads,
            pagination=pagination,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.signal_lead import SignalLead  # noqa: E402
