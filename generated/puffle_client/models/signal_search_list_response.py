from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, AdditionalProperties, Unset

if TYPE_CHECKING:
    from ..models.cursor_pagination import CursorPagination
    from ..models.signal_search import SignalSearch


T = TypeVar("T", bound="SignalSearchListResponse")


@_attrs_define
class SignalSearchListResponse(AdditionalProperties):
    """A page of signal searches.

    Attributes:
        searches (list[SignalSearch]):
        pagination (CursorPagination | Unset): Cursor block of the `cursor` pagination style. The last page has
            `hasMore` false and a null cursor.
    """

    searches: list[SignalSearch]
    pagination: CursorPagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        searches = []
        for searches_item_data in self.searches:
            searches_item = searches_item_data.to_dict()
            searches.append(searches_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "searches": searches,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def _from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        searches = []
        _searches = d.pop("searches")
        for searches_item_data in _searches:
            searches_item = SignalSearch.from_dict(searches_item_data)

            searches.append(searches_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: CursorPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = CursorPagination.from_dict(_pagination)

        _instance = cls(
            searches=searches,
            pagination=pagination,
        )

        _instance.additional_properties = d
        return _instance


# Imported last so that models referring to each other can import each other.
from ..models.cursor_pagination import CursorPagination  # noqa: E402
from ..models.signal_search import SignalSearch  # noqa: E402
